"""One synthesis at a time per project: an exclusive lock on `.cache/synth.lock`.

Two runs on one project (`make synth` from an editor hook and from a terminal, CI steps sharing a
checkout) would otherwise interleave their reads and writes: one run's record of the outputs could
then describe the other's files. A run takes the lock before it reads anything and keeps it until
its outputs and its record are written. A second run waits, saying so on stderr once, and then reads
the workload files as they are then (so it sees the first run's outputs and the latest edits); it
does not fail, which would make every caller retry. The lock is `flock(2)`: the kernel releases it
when its holder exits or is killed (SIGKILL included), so a killed run never blocks the next one.
Ctrl-C while waiting ends the run like any interruption (exit 130).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

LOCK_FILE = Path(".cache/synth.lock")


class LockError(Exception):
    """The lock cannot be taken (`.cache` is a file, a read-only project): a one-line usage error."""


@contextlib.contextmanager
def project_lock(path: Path = LOCK_FILE, *, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the project's synthesis lock for the duration; `waiting(message)` is called once when
    another run holds it (this one then waits for it)."""
    folder = path.parent
    if os.path.lexists(folder) and not folder.is_dir():
        raise LockError(
            f"{folder} is a file, not a folder: synthesis keeps its lock and cache in {folder}/ (git-ignored); "
            "remove or rename that file"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as error:
        raise LockError(f"cannot create the synthesis lock {path} ({os.strerror(error.errno or 0)})") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip()
            waiting(f"waiting for another synthesis of this project to finish (pid {holder or '?'} holds {path})")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(descriptor)  # releases the lock
