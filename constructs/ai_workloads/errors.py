"""Errors a user can act on: every message names the file, the field path inside it, and the problem."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# The field path used for problems that concern the whole document rather than one field.
DOCUMENT_ROOT = "<root>"

PathPart = str | int

# Characters that would break an error line (or, in a YAML comment, start a new line): C0/C1 controls,
# DEL, the Unicode line and paragraph separators, and lone surrogates (undecodable bytes of a file name).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` with control characters and line separators escaped (`\\n`, `\\t`, `\\x1b`, `\\u2028`): safe to
    print as one line of an error report or of a YAML comment. Backslashes are left as they are."""
    return _UNPRINTABLE.sub(_escape, text)


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
    """One problem in one input file, rendered as `<file>: <field path>: <message>`, always on one line
    (control characters in any part are escaped, see `one_line`). With the field's place in the file,
    `<file>:<line>:<column>: <field path>: <message>` (the form compilers and editors jump to)."""

    file: str
    field_path: str
    message: str
    # Where the field is written (1-based line and column), when known; not part of the identity.
    line: int | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line is not None else self.file
        return one_line(f"{where}: {self.field_path}: {self.message}")


class WorkloadErrors(Exception):
    """Raised when any input is invalid; carries every problem found, sorted for stable output."""

    def __init__(self, errors: Iterable[WorkloadError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(error) for error in self.errors))
