"""Runs main.py with every Python process of the run reporting when it starts, starts importing a module,
or starts its jsii Node.js runtime (tests/probe_site/sitecustomize.py), optionally holding there: tests
act at a known point of the run and wait for processes to end by events (the FIFO's end-of-file, pidfds)
instead of polling /proc with sleeps."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SITE = Path(__file__).resolve().parent / "probe_site"
# Only a guard against a run that hangs: every wait below returns as soon as its event happens.
HANG_GUARD_SECONDS = 300


class ProbedRun:
    """`python ARGS` in `folder`, probed, in a process group of its own (ended, with anything of it left,
    when the test is done); `hold` is "", "import" (of `module`) or "node"."""

    def __init__(
        self, folder: Path, args: list[str], env: dict[str, str], hold: str = "", module: str = "", **popen: Any
    ) -> None:
        self.fifo = folder / "probe.fifo"
        os.mkfifo(self.fifo)
        # Opened before the run (its processes open it for writing without waiting); select() reports it
        # readable once a line arrives, or at end-of-file after the last writer has gone.
        self._fd = os.open(self.fifo, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        self._buffer = b""
        self.events: list[dict[str, Any]] = []
        self.ended = False
        probe = {"PROCESS_PROBE_FIFO": str(self.fifo), "PROCESS_PROBE_HOLD": hold, "PROCESS_PROBE_IMPORT": module}
        path = os.pathsep.join(p for p in (str(SITE), os.environ.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(
            [sys.executable, *args],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **env, **probe, "PYTHONPATH": path},
            start_new_session=True,
            **popen,
        )

    def __enter__(self) -> ProbedRun:
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:  # held processes of a failed test must not outlive it
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.communicate()
        os.close(self._fd)

    def next_event(self, event: str, where: Callable[[dict[str, Any]], bool] = lambda _: True) -> dict[str, Any]:
        """The first reported `event` (read so far or next) for which `where` holds."""
        seen = 0
        while True:
            for item in self.events[seen:]:
                if item["event"] == event and where(item):
                    return item
            seen = len(self.events)
            assert not self.ended, f"the run ended without reporting {event}: {self.events}"
            self._read()

    def wait_all_python_exited(self, guard: float = HANG_GUARD_SECONDS) -> None:
        """Returns once every Python process of the run has exited (the FIFO's end-of-file)."""
        while not self.ended:
            self._read(guard)

    def _read(self, guard: float = HANG_GUARD_SECONDS) -> None:
        ready, _, _ = select.select([self._fd], [], [], guard)
        assert ready, (
            f"nothing reported, and some Python process of the run still running, for {guard} s: {self.events}"
        )
        chunk = os.read(self._fd, 65536)
        if not chunk:
            self.ended = True
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        self.events += [json.loads(line) for line in lines]


def wait_exited(pidfds: list[int], guard: float = HANG_GUARD_SECONDS) -> None:
    """Returns once every process behind `pidfds` has exited (a pidfd becomes readable then); closes them."""
    waiting = list(pidfds)
    while waiting:
        ready, _, _ = select.select(waiting, [], [], guard)
        assert ready, f"{len(waiting)} process(es) still running after {guard} s"
        for fd in ready:
            os.close(fd)
        waiting = [fd for fd in waiting if fd not in ready]
