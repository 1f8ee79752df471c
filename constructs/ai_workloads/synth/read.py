"""Stage `read` (synth/run.py): the workload files of the folder, each read once.

Request -> Sources. The folder's own problems (missing, not a folder, a file that is no workload file)
and each file's problem when it cannot be read (files/workload_yaml.py read_workload_bytes: the one
reader) are kept, not raised: the load stage reports them with the others, in file order.
"""

from __future__ import annotations

import os
from pathlib import Path

from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError, one_line
from ai_workloads.files.workload_yaml import read_workload_bytes
from ai_workloads.stage_types import Request, Sources, WorkloadFile

WORKLOAD_SUFFIXES = (".yaml", ".yml")


def read(request: Request) -> Sources:
    """Every workload file of `request.settings.workloads` with its bytes (or why they cannot be read)."""
    paths, errors = discover_workload_files(request.settings.workloads)
    files = []
    for path in paths:
        display = display_path(path)
        files.append(WorkloadFile(path, display, read_workload_bytes(path, display)))
    return Sources(request, files, errors)


def discover_workload_files(folder: Path) -> tuple[list[Path], list[WorkloadError]]:
    """The `*.yaml`/`*.yml` files directly in `folder`, sorted by name, and an error for anything else in
    it (hidden names, starting with '.', are skipped). Whether a file can be read is the reader's
    business (files/workload_yaml.py read_workload_bytes)."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except FileNotFoundError:
        return [], [WorkloadError(display_path(folder), DOCUMENT_ROOT, "workloads folder does not exist")]
    except NotADirectoryError:
        return [], [WorkloadError(display_path(folder), DOCUMENT_ROOT, "is not a folder")]
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        return [], [WorkloadError(display_path(folder), DOCUMENT_ROOT, f"workloads folder cannot be read ({reason})")]
    files: list[Path] = []
    errors: list[WorkloadError] = []
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        problem = _name_problem(name, path)
        if problem is not None:
            errors.append(WorkloadError(display_path(path), DOCUMENT_ROOT, problem))
            continue
        files.append(path)
    return files, errors


def _name_problem(name: str, path: Path) -> str | None:
    if one_line(name) != name:
        return "file name contains control characters or bytes that are not UTF-8: rename the file"
    if name.endswith(WORKLOAD_SUFFIXES):
        return None
    if path.is_dir():
        return "is a folder: workload files are read from the workloads folder itself, not from subfolders"
    return "not a workload file: only *.yaml and *.yml files (lower case) belong in the workloads folder"


def no_workloads_error(folder: Path) -> WorkloadError:
    return WorkloadError(
        display_path(folder), DOCUMENT_ROOT, "no workload files (*.yaml): refusing to write an empty dist/"
    )


def display_path(path: Path) -> str:
    """Paths relative to the working directory when possible: that is what the user typed."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
