"""dist/, schemas/, .cat/backstage/ and argocd/ are one output: a run replaces them all or none.

Each folder that changes is first written completely beside its target (`.<name>.new-<pid>`, files
whose bytes are already in the target hard-linked: files/output.py `stage_folder`). Only then is the
journal written (JOURNAL, in the project root): for every staged folder its target and the identity
(device, inode) of the staged folder. Then each staged folder is exchanged with its target, the
previous content removed, and the journal removed last. Renames keep an inode, so for each entry the
journal tells without doubt whether it was done: the target has the staged inode (done) or the
staging path still has it (to do).

A run killed (SIGKILL, power cut of the process) between the journal and its removal leaves some
folders new and some old; the next run (`recover`, under the project lock, before it reads anything)
completes the swap: every folder then holds the killed run's new content, which was complete and
validated before the journal was written. `make check` refuses to pass while a journal is present.
Without a journal there is nothing to complete: the staging folders are leftovers of a run killed
while writing them, and are removed (output_folder.py `remove_stale_staging`).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ai_workloads.files.output import install_staged, stage_folder
from ai_workloads.files.output_folder import process_alive

JOURNAL = Path(".ai-workloads-swap.json")
_FORMAT = "ai-workloads swap journal 1"


class JournalError(Exception):
    """The journal cannot be completed (a staged folder is gone): reported on one line."""


def replace_together(folders: Mapping[Path, Mapping[str, str]], journal: Path = JOURNAL) -> None:
    """Make each folder (absolute target -> relative path -> text) hold exactly its files, all in one
    journaled step (see the module docstring). A failure while staging leaves every target untouched."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, files in folders.items():
            staged.append((target, stage_folder(target, files)))
        entries = []
        for target, staging in staged:
            info = os.lstat(staging)
            entries.append(
                {"target": str(target), "staging": str(staging), "device": info.st_dev, "inode": info.st_ino}
            )
        _write_journal(journal, entries)
    except BaseException:
        for _, staging in staged:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        _complete(entries)
    except OSError as error:
        raise JournalError(
            f"the output swap stopped half-way ({error.strerror or error}); {journal} is kept and the next run completes it"
        ) from None
    journal.unlink()


def recover(journal: Path = JOURNAL) -> str | None:
    """Complete the swap of a killed run, if its journal is there; returns a notice saying so (None when
    there was nothing to do). Raises JournalError when the journal cannot be completed."""
    for temp in journal.parent.glob(f"{journal.name}.tmp-*"):  # a journal being written when its run was killed
        pid = temp.name.rsplit("-", 1)[1]
        if pid.isdigit() and not process_alive(int(pid)):
            temp.unlink(missing_ok=True)
    try:
        text = journal.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise JournalError(f"{journal}: cannot be read ({error}): remove it and run again") from None
    try:
        document = json.loads(text)
        if document.get("format") != _FORMAT:
            raise ValueError("unknown format")
        entries = [
            {
                "target": str(e["target"]),
                "staging": str(e["staging"]),
                "device": int(e["device"]),
                "inode": int(e["inode"]),
            }
            for e in document["entries"]
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        # Written atomically: a damaged journal was not written by a run. Nothing can be known from it.
        raise JournalError(f"{journal}: not a journal this tool wrote: remove it and run again") from None
    _complete(entries)
    journal.unlink()
    names = ", ".join(os.path.basename(str(entry["target"])) + "/" for entry in entries)
    return f"notice: completed the output swap of an interrupted run ({names})"


def pending(journal: Path = JOURNAL) -> bool:
    """Whether a swap was interrupted and not completed yet (what `make check` refuses)."""
    return os.path.lexists(journal)


def _complete(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        target, staging = Path(entry["target"]), Path(entry["staging"])
        identity = (entry["device"], entry["inode"])
        if _identity(target) == identity:  # done: what is left at the staging path is the old content
            shutil.rmtree(staging, ignore_errors=True)
        elif _identity(staging) == identity:
            install_staged(staging, target)
        else:
            raise JournalError(
                f"{JOURNAL}: the staged {target.name}/ of an interrupted run is gone, so the outputs may be "
                "mixed: remove the journal and run `python main.py --no-cache` to write them all again"
            )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _write_journal(journal: Path, entries: list[dict[str, Any]]) -> None:
    temp = journal.with_name(f"{journal.name}.tmp-{os.getpid()}")
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump({"format": _FORMAT, "entries": entries}, handle, indent=1)
        os.replace(temp, journal)
    finally:
        if os.path.lexists(temp):
            os.unlink(temp)
