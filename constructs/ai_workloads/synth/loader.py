"""Read and validate workload files. Every problem becomes a `<file>: <field path>: <message>` error.

Also the rules across files that need only the values: unique workload names, and namespaces the
platform reserves for itself (cdk8s.yaml `platform.reservedNamespaces`, shell-style patterns; by
default the Kubernetes system namespaces and those of the controllers the workloads rely on)."""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ai_workloads._values.common import MISSING_FIELD_HINTS, FieldError, FieldErrors
from ai_workloads._values.k8s_names import explain as explain_pattern
from ai_workloads.errors import DOCUMENT_ROOT, PathPart, WorkloadError, WorkloadErrors, format_field_path
from ai_workloads.files.workload_yaml import read_workload_document
from ai_workloads.registry import kind_of_type, kinds, validate_document
from ai_workloads.stage_types import LoadedWorkload
from ai_workloads.synth.key_suggestions import unknown_key_message
from ai_workloads.synth.read import display_path


def load_workload_file(path: Path, raw: bytes | None = None, file: str | None = None) -> LoadedWorkload:
    """Parse and validate one file (`raw`: its bytes, when read already); raises WorkloadErrors listing
    every problem found in it."""
    file = file if file is not None else display_path(path)
    positions: dict[tuple[PathPart, ...], tuple[int, int]] = {}
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
        declared = kind_of_type(declared_type)
        model = declared.values if declared is not None else None
        raise WorkloadErrors(_validation_errors(file, error, model, positions)) from None
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


def workload_identity(workload: LoadedWorkload) -> tuple[str, str, str]:
    """(file, workload name, the field that sets it): what the cross-file name check needs."""
    return workload.file, workload.name, workload.name_field


def _kind(value: Any) -> str:
    kinds = {list: "a list", dict: "a mapping", bool: "a boolean", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _position(
    positions: dict[tuple[PathPart, ...], tuple[int, int]] | None, location: list[Any]
) -> tuple[int | None, int | None]:
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
    values_model: type[BaseModel] | None = None,
    positions: dict[tuple[PathPart, ...], tuple[int, int]] | None = None,
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


def reserved_namespace_errors(workloads: Sequence[LoadedWorkload], patterns: Sequence[str]) -> list[WorkloadError]:
    """A workload in a namespace matching one of `patterns` (reserved by the platform)."""
    errors = []
    for workload in workloads:
        namespace = workload.namespace
        matched = next((pattern for pattern in patterns if fnmatchcase(namespace, pattern)), None)
        if matched:
            errors.append(
                WorkloadError(
                    workload.file,
                    "namespace",
                    f"'{namespace}' is reserved by the platform (matches '{matched}'; reserved: {', '.join(patterns)})",
                )
            )
    return errors
