"""Read and validate workload files. Every problem becomes a `<file>: <field path>: <message>` error."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ai_workloads._values.base import WorkloadValues
from ai_workloads._values.common import FieldError
from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError, WorkloadErrors, format_field_path
from ai_workloads.registry import kind_of, kind_of_type, kinds, validate_document

WORKLOAD_SUFFIXES = (".yaml", ".yml")
# A workload file is a few kilobytes; anything this large is a mistake (or an attack on the YAML parser).
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class LoadedWorkload:
    file: str
    values: WorkloadValues

    @property
    def name(self) -> str:
        return self.values.workload_name


class _UniqueKeyLoader(yaml.CSafeLoader):
    """libyaml loader that rejects a key repeated in one mapping (PyYAML silently keeps the last one)."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first at line {seen[key].start_mark.line + 1})", key_node.start_mark
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def discover_workload_files(folder: Path) -> tuple[list[Path], list[WorkloadError]]:
    """The `*.yaml`/`*.yml` files directly in `folder`, sorted by name, and any that cannot be read."""
    if not folder.is_dir():
        return [], [WorkloadError(str(folder), DOCUMENT_ROOT, "workloads folder does not exist")]
    files: list[Path] = []
    errors: list[WorkloadError] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(WORKLOAD_SUFFIXES) or path.name.startswith("."):
            continue
        try:
            path.stat()  # follows symlinks: a loop or a dangling link fails here
        except OSError as error:
            reason = "symlink loop" if error.errno == errno.ELOOP else "cannot be read"
            errors.append(WorkloadError(_display(path), DOCUMENT_ROOT, f"{reason} ({os.strerror(error.errno or 0)})"))
            continue
        if not path.is_file():
            errors.append(WorkloadError(_display(path), DOCUMENT_ROOT, "is not a regular file"))
            continue
        files.append(path)
    return files, errors


def load_workload_file(path: Path) -> LoadedWorkload:
    """Parse and validate one file; raises WorkloadErrors listing every problem found in it."""
    file = _display(path)
    document = _read_document(path, file)
    if not isinstance(document, dict):
        kind = "empty" if document is None else f"a {type(document).__name__}"
        raise WorkloadErrors([WorkloadError(file, DOCUMENT_ROOT, f"expected a mapping of workload values, found {kind}")])
    declared_type = document.get("type")
    if kind_of_type(declared_type) is None:
        problem = "is missing" if declared_type is None else f"{declared_type!r} is not a workload type"
        valid = ", ".join(kind.type for kind in kinds())
        raise WorkloadErrors([WorkloadError(file, "type", f"{problem}; valid types: {valid}")])
    try:
        values = validate_document(document)
    except ValidationError as error:
        raise WorkloadErrors(_validation_errors(file, error)) from None
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
    return WorkloadError(_display(folder), DOCUMENT_ROOT, "no workload files (*.yaml): refusing to write an empty dist/")


def workload_identity(workload: LoadedWorkload) -> tuple[str, str, str]:
    """(file, workload name, the field that sets it): what the cross-file name check needs."""
    return workload.file, workload.values.workload_name, kind_of(workload.values).name_field


def _read_document(path: Path, file: str) -> Any:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkloadErrors(
            [WorkloadError(file, DOCUMENT_ROOT, f"file is {size} bytes; workload files are limited to {MAX_FILE_BYTES} bytes")]
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WorkloadErrors(
            [WorkloadError(file, DOCUMENT_ROOT, f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})")]
        ) from None
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        raise WorkloadErrors([WorkloadError(file, DOCUMENT_ROOT, "file is empty")])
    try:
        documents = list(yaml.load_all(text, Loader=_UniqueKeyLoader))
    except yaml.YAMLError as error:
        raise WorkloadErrors([WorkloadError(file, DOCUMENT_ROOT, _yaml_message(error))]) from None
    if len(documents) != 1:
        raise WorkloadErrors(
            [WorkloadError(file, DOCUMENT_ROOT, f"expected one YAML document, found {len(documents)}: one workload per file")]
        )
    return documents[0]


def _yaml_message(error: yaml.YAMLError) -> str:
    def at(mark: Any) -> str:
        return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""

    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    message = f"YAML syntax error{at(problem_mark or context_mark)}: {getattr(error, 'problem', None) or error}"
    context = getattr(error, "context", None)
    if context and problem_mark is not None and context_mark is not None:
        message += f" ({context}{at(context_mark)})"
    return message


def _validation_errors(file: str, error: ValidationError) -> list[WorkloadError]:
    problems = []
    for detail in error.errors(include_url=False):
        # The first location element is the union member's tag (e.g. ML_INFERENCE_LOAD): drop it.
        location: list[Any] = list(detail["loc"])[1:]
        message = detail["msg"]
        cause = (detail.get("ctx") or {}).get("error")
        if isinstance(cause, FieldError):
            location.extend(cause.path)
            message = cause.message
        elif detail["type"] == "extra_forbidden":
            message = "unknown key (check the spelling; see the JSON Schema in schemas/)"
        elif detail["type"] == "missing":
            message = "required field is missing"
        problems.append(WorkloadError(file, format_field_path(location), message.removeprefix("Value error, ")))
    return problems


def duplicate_name_errors(identities: list[tuple[str, str, str]]) -> list[WorkloadError]:
    """A workload name names its dist/ file, so it is unique across all files (whatever the namespace)."""
    first_file: dict[str, str] = {}
    errors = []
    for file, name, field in identities:
        if name in first_file:
            errors.append(
                WorkloadError(file, field, f"'{name}' is already used by {first_file[name]} (it names dist/{name}.k8s.yaml)")
            )
        else:
            first_file[name] = file
    return errors


def _display(path: Path) -> str:
    """Paths relative to the working directory when possible: that is what the user typed."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
