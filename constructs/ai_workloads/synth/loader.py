"""Read and validate workload files. Every problem becomes a `<file>: <field path>: <message>` error."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ai_workloads._values.base import WorkloadValues
from ai_workloads._values.common import MISSING_FIELD_HINTS, FieldError, FieldErrors
from ai_workloads._values.k8s_names import explain as explain_pattern
from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError, WorkloadErrors, format_field_path, one_line
from ai_workloads.registry import kind_of, kind_of_type, kinds, validate_document
from ai_workloads.synth.key_suggestions import unknown_key_message
from ai_workloads.synth.workload_yaml import MAX_FILE_BYTES, read_workload_document  # noqa: F401 (MAX_FILE_BYTES: re-exported)

WORKLOAD_SUFFIXES = (".yaml", ".yml")


class LoadedWorkload:
    """A valid workload file: its display path and its validated values.

    `name`, `namespace` and `name_field` (what the cross-file rules and the outputs need) are plain
    attributes. A workload reused from the synthesis cache carries its values pickled and decodes them
    on first use of `values` (an unchanged workload usually never needs them: synth/cache.py)."""

    __slots__ = ("_pickled", "_values", "file", "name", "name_field", "namespace")

    def __init__(
        self,
        file: str,
        values: WorkloadValues | None = None,
        *,
        pickled: bytes | None = None,
        name: str | None = None,
        namespace: str | None = None,
        name_field: str | None = None,
    ) -> None:
        if values is not None:
            name, namespace, name_field = values.workload_name, values.namespace, kind_of(values).name_field
        elif pickled is None or name is None or namespace is None or name_field is None:
            raise TypeError("LoadedWorkload needs its values, or their pickle with name, namespace and name_field")
        self.file = file
        self.name: str = name
        self.namespace: str = namespace
        self.name_field: str = name_field
        self._values = values
        self._pickled = pickled

    @property
    def values(self) -> WorkloadValues:
        if self._values is None:
            self._values = pickle.loads(self._pickled)
        return self._values

    def pickled_values(self) -> bytes:
        if self._pickled is None:
            self._pickled = pickle.dumps(self._values, protocol=pickle.HIGHEST_PROTOCOL)
        return self._pickled

    def __getstate__(self) -> tuple:  # to a worker: the values themselves
        return (self.file, self.values)

    def __setstate__(self, state: tuple) -> None:
        self.__init__(*state)

    def __repr__(self) -> str:
        return f"LoadedWorkload(file={self.file!r}, name={self.name!r})"


def discover_workload_files(folder: Path) -> tuple[list[Path], list[WorkloadError]]:
    """The `*.yaml`/`*.yml` files directly in `folder`, sorted by name, and an error for anything else in
    it (hidden names, starting with '.', are skipped). Whether a file can be read is the reader's
    business (workload_yaml.read_workload_document)."""
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


def load_workload_file(path: Path, raw: bytes | None = None, file: str | None = None) -> LoadedWorkload:
    """Parse and validate one file (`raw`: its bytes, when read already); raises WorkloadErrors listing
    every problem found in it."""
    file = file if file is not None else display_path(path)
    positions: dict[tuple, tuple[int, int]] = {}
    document = read_workload_document(path, file, raw, positions)
    if not isinstance(document, dict):
        kind = "empty" if document is None else _kind(document)
        raise WorkloadErrors(
            [WorkloadError(file, DOCUMENT_ROOT, f"expected a mapping of workload values, found {kind}")]
        )
    declared_type = document.get("type")
    if kind_of_type(declared_type) is None:
        if declared_type is None:
            problem = "is missing"
        elif isinstance(declared_type, str):
            problem = f"{declared_type!r} is not a workload type"
        else:
            problem = f"must be a string, found {_kind(declared_type)}"
        valid = ", ".join(kind.type for kind in kinds())
        raise WorkloadErrors([WorkloadError(file, "type", f"{problem}; valid types: {valid}")])
    try:
        values = validate_document(document)
    except ValidationError as error:
        raise WorkloadErrors(_validation_errors(file, error, kind_of_type(declared_type).values, positions)) from None
    return LoadedWorkload(file=file, values=values)


def load_workload_files(paths: list[Path]) -> tuple[list[LoadedWorkload], list[WorkloadError]]:
    """Load each file once; the workloads that are valid, and the problems of the others."""
    loaded: list[LoadedWorkload] = []
    errors: list[WorkloadError] = []
    for path in paths:
        try:
            loaded.append(load_workload_file(path))
        except WorkloadErrors as failure:
            errors.extend(failure.errors)
    return loaded, errors


def no_workloads_error(folder: Path) -> WorkloadError:
    return WorkloadError(
        display_path(folder), DOCUMENT_ROOT, "no workload files (*.yaml): refusing to write an empty dist/"
    )


def workload_identity(workload: LoadedWorkload) -> tuple[str, str, str]:
    """(file, workload name, the field that sets it): what the cross-file name check needs."""
    return workload.file, workload.name, workload.name_field


def _kind(value: Any) -> str:
    kinds = {list: "a list", dict: "a mapping", bool: "a boolean", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _position(positions: dict[tuple, tuple[int, int]] | None, location: list[Any]) -> tuple[int | None, int | None]:
    """Where the field at `location` is written: its own key or list item, else the nearest written
    parent (a missing key is reported where its mapping is)."""
    if not positions:
        return None, None
    for end in range(len(location), -1, -1):
        if tuple(location[:end]) in positions:
            return positions[tuple(location[:end])]
    return None, None


def _validation_errors(
    file: str,
    error: ValidationError,
    values_model: type | None = None,
    positions: dict[tuple, tuple[int, int]] | None = None,
) -> list[WorkloadError]:
    problems = []
    for detail in error.errors(include_url=False):
        # The first location element is the union member's tag (e.g. ML_INFERENCE_LOAD): drop it.
        location: list[Any] = list(detail["loc"])[1:]
        message = detail["msg"]
        cause = (detail.get("ctx") or {}).get("error")
        if isinstance(cause, FieldErrors):
            for problem in cause.problems:
                path = [*location, *problem.path]
                problems.append(
                    WorkloadError(file, format_field_path(path), problem.message, *_position(positions, path))
                )
            continue
        if isinstance(cause, FieldError):
            location.extend(cause.path)
            message = cause.message
        elif detail["type"] == "extra_forbidden":
            message = (
                unknown_key_message(values_model, location)
                if values_model is not None
                else "unknown key (check the spelling; see the JSON Schema in schemas/)"
            )
        elif detail["type"] == "string_pattern_mismatch":
            message = explain_pattern((detail.get("ctx") or {}).get("pattern", ""), detail.get("input"))
        elif detail["type"] == "missing":
            hint = MISSING_FIELD_HINTS.get(str(location[-1])) if location else None
            message = "required field is missing" + (f"; {hint}" if hint else "")
        message = message.removeprefix("Value error, ")
        if location and location[-1] == "[key]":  # pydantic's marker for a mapping key's own problem
            location, message = location[:-1], f"as a key: {message}"
        problems.append(WorkloadError(file, format_field_path(location), message, *_position(positions, location)))
    return problems


def duplicate_name_errors(identities: list[tuple[str, str, str]]) -> list[WorkloadError]:
    """A workload name names its dist/ file, so it is unique across all files (whatever the namespace)."""
    first_file: dict[str, str] = {}
    errors = []
    for file, name, field in identities:
        if name in first_file:
            errors.append(
                WorkloadError(
                    file, field, f"'{name}' is already used by {first_file[name]} (it names dist/{name}.k8s.yaml)"
                )
            )
        else:
            first_file[name] = file
    return errors


def display_path(path: Path) -> str:
    """Paths relative to the working directory when possible: that is what the user typed."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
