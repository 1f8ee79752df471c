"""Errors a user can act on: every message names the file, the field path inside it, and the problem."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence, Union

# The field path used for problems that concern the whole document rather than one field.
DOCUMENT_ROOT = "<root>"

PathPart = Union[str, int]


def format_field_path(parts: Sequence[PathPart]) -> str:
    """`("container", "containerPorts", 0, "portNumber")` -> `container.containerPorts[0].portNumber`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or DOCUMENT_ROOT


@dataclass(frozen=True, order=True)
class WorkloadError:
    """One problem in one input file, rendered as `<file>: <field path>: <message>`."""

    file: str
    field_path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field_path}: {self.message}"


class WorkloadErrors(Exception):
    """Raised when any input is invalid; carries every problem found, sorted for stable output."""

    def __init__(self, errors: Iterable[WorkloadError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(error) for error in self.errors))
