"""Read one workload file into a JSON-compatible document, or raise WorkloadErrors saying why not.

The result holds only dicts with string keys, lists, str, int, float, bool and None. The file is:

- read with a hard byte limit (MAX_FILE_BYTES), whatever size the file system reports: a device or a
  /proc file reporting size 0 is read up to MAX_FILE_BYTES + 1 bytes and no further; an OS error
  (permissions, a folder, a symlink loop...) is a one-line message;
- decoded as UTF-8 (anything else is an error);
- parsed as YAML 1.2 with the core schema. A plain value that a YAML 1.1 parser (PyYAML, Go's
  yaml.v2, many editors' plugins) reads differently is an error with a hint to quote it: `yes`, `no`,
  `on`, `off`, `y`, `n` in any case, `010` (octal in 1.1), `1:20` (base 60 in 1.1), `2024-01-01` (a
  date in 1.1), `1_000`, `1e3`... Tags that make anything but JSON values (`!!binary`, `!!set`,
  `!!omap`, `!!timestamp`, `!!python/...`, application tags) are errors, as are merge keys (`<<`).
  Mapping keys must be strings: `? [a, b]: 1` and `1: x` are errors naming where they are; a key
  repeated in one mapping is an error.

How it stays safe on hostile input: the document is built from libyaml's event stream (libyaml's
parser is iterative: it keeps its own stacks), never by PyYAML's composer, whose C recursion
overflows the stack and crashes the process on 100 000 nested `[` (measured: SIGSEGV). While
reading events it refuses nesting deeper than MAX_DEPTH at the first event past the limit (so
libyaml never scans further into such a file: scanning all of a 100 000-deep flow collection takes
libyaml tens of seconds), and bounds what aliases can expand to (MAX_NODES values, MAX_TEXT_CHARS
characters of scalar text, nesting through aliases included), so an alias bomb is refused after a
few thousand events. An alias is expanded into a copy: the document is a tree.

Why a reader of our own and not ruamel.yaml: ruamel.yaml in safe/pure mode (probed) still coerces `010`, reads
dates, honours `<<`, builds `!!binary`/`!!set` and overflows the stack on deep nesting; each is refused here.
"""

from __future__ import annotations

import copy
import errno
import json
import math
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from ai_workloads.errors import DOCUMENT_ROOT, PathPart, WorkloadError, WorkloadErrors, format_field_path

# A workload file is a few kilobytes; anything this large is a mistake (or an attack on the YAML parser).
MAX_FILE_BYTES = 1024 * 1024
# Deepest nesting of lists and mappings (a workload file needs about 6).
MAX_DEPTH = 64
# Values (scalars, lists, mappings) in the document once every alias is expanded.
MAX_NODES = 100_000
# Characters of scalar text once every alias is expanded (rendered objects are limited to 1.5 MiB).
MAX_TEXT_CHARS = 4 * MAX_FILE_BYTES

_YAML_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _SEQ, _MAP = (
    _YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map")
)

# --- reading the bytes -------------------------------------------------------------------------------


def read_workload_document(
    path: Path,
    file: str,
    raw: bytes | None = None,
    positions: dict[tuple[PathPart, ...], tuple[int, int]] | None = None,
) -> Any:
    """The one YAML document in `path` (or in `raw`, its bytes read already) as JSON-compatible data.
    `file` is how messages name it. Raises WorkloadErrors (one error) when the file cannot be read or is
    not an acceptable document. `positions`, when given, is filled with the (line, column) of every key
    and list item, by field path (1-based, as editors count)."""
    data = read_workload_bytes(path, file) if raw is None else raw
    if isinstance(data, WorkloadError):
        raise WorkloadErrors([data])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _errors(file, (), f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    return parse_workload_yaml(text, file, positions)


def read_at_most(descriptor: int, limit: int) -> bytes | None:
    """Everything `descriptor` holds when that is at most `limit` bytes, else None (decided by reading,
    not by the size the file system reports)."""
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0:
        chunk = os.read(descriptor, min(remaining, 1 << 16))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return None if remaining <= 0 else b"".join(chunks)


def read_workload_bytes(path: Path, file: str, limit: int = MAX_FILE_BYTES) -> bytes | WorkloadError:
    """The one reader of workload files (and cdk8s.yaml): at most `limit` bytes of `path`, or the one
    problem (`file: <root>: message`) why they cannot be read. More than `limit` is a problem, decided by
    reading, not by the reported size; a folder, a named pipe or a socket is refused without waiting."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused below).
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as error:
        return WorkloadError(file, DOCUMENT_ROOT, _os_problem(error))
    try:
        return _read_open_file(descriptor, file, limit)
    except OSError as error:
        return WorkloadError(file, DOCUMENT_ROOT, _os_problem(error))
    finally:
        os.close(descriptor)


def _read_open_file(descriptor: int, file: str, limit: int) -> bytes | WorkloadError:
    info = os.fstat(descriptor)
    problem = None
    if stat.S_ISDIR(info.st_mode):
        problem = "is a folder, not a workload file"
    elif stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        problem = "is not a regular file (a named pipe or socket)"
    elif stat.S_ISREG(info.st_mode) and info.st_size > limit:
        problem = f"file is {info.st_size} bytes; workload files are limited to {limit} bytes"
    if problem is not None:
        return WorkloadError(file, DOCUMENT_ROOT, problem)
    data = read_at_most(descriptor, limit)
    if data is None:
        return WorkloadError(
            file, DOCUMENT_ROOT, f"file has more than {limit} bytes; workload files are limited to {limit} bytes"
        )
    return data


def _os_problem(error: OSError) -> str:
    reason = os.strerror(error.errno) if error.errno else str(error)
    if error.errno == errno.ELOOP:
        return f"symlink loop ({reason})"
    if error.errno == errno.EISDIR:
        return "is a folder, not a workload file"
    return f"cannot be read ({reason})"


# --- parsing -----------------------------------------------------------------------------------------


class _Problem(Exception):
    """A problem at a place in the document; becomes `<file>: <path>: <message>`."""

    def __init__(self, path: Sequence[PathPart], message: str):
        super().__init__(message)
        self.path = tuple(path)
        self.message = message


def parse_workload_yaml(
    text: str, file: str, positions: dict[tuple[PathPart, ...], tuple[int, int]] | None = None
) -> Any:
    """The one YAML 1.2 document in `text` as JSON-compatible data (see the module docstring); fills
    `positions` (field path -> line, column) when given."""
    if not text.strip() or all(line.lstrip().startswith("#") or not line.strip() for line in text.splitlines()):
        raise _errors(file, (), "file is empty")
    builder = _DocumentBuilder(positions)
    documents = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
            elif documents == 1:
                builder.add(event)
            else:
                builder.track_depth_only(event)  # a second document: only counted (and kept shallow)
    except yaml.reader.ReaderError as error:  # libyaml reports a byte offset
        raise _errors(file, (), _reader_error_message(text, error)) from None
    except yaml.YAMLError as error:
        raise _errors(file, (), yaml_error_message(error)) from None
    except _Problem as problem:
        raise _errors(file, problem.path, problem.message) from None
    if documents == 0:
        raise _errors(file, (), "file is empty")
    if documents > 1:
        raise _errors(file, (), f"expected one YAML document, found {documents}: one workload per file")
    return builder.root


def yaml_error_message(error: yaml.YAMLError) -> str:
    """A libyaml error on one line, with line and column."""

    def at(mark: Any) -> str:
        return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""

    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    message = f"YAML syntax error{at(problem_mark or context_mark)}: {getattr(error, 'problem', None) or error}"
    context = getattr(error, "context", None)
    if context and problem_mark is not None and context_mark is not None:
        message += f" ({context}{at(context_mark)})"
    return " ".join(message.split())


def _reader_error_message(text: str, error: yaml.reader.ReaderError) -> str:
    before = text.encode("utf-8")[: error.position]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
    return f"YAML syntax error at line {line}, column {column}: character #x{error.character:04x}: {error.reason}"


def _errors(file: str, path: Sequence[PathPart], message: str) -> WorkloadErrors:
    return WorkloadErrors([WorkloadError(file, format_field_path(path) if path else DOCUMENT_ROOT, message)])


def _at(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


@dataclass
class _Anchored:
    value: Any
    nodes: int
    chars: int
    height: int  # 0 for a scalar, 1 for a flat list or mapping, ...


@dataclass
class _Collection:
    value: Any  # list or dict
    path: tuple[PathPart, ...]
    anchor: str | None
    nodes_at_start: int
    chars_at_start: int
    height: int = 1
    key: str | None = None  # a mapping's key waiting for its value
    has_key: bool = False
    key_lines: dict[str, int] = field(default_factory=dict)


class _DocumentBuilder:
    """Builds the document from parser events with an explicit stack (no recursion)."""

    def __init__(self, positions: dict[tuple[PathPart, ...], tuple[int, int]] | None = None) -> None:
        self.positions = positions
        self.root: Any = None
        self.stack: list[_Collection] = []
        self.anchors: dict[str, _Anchored] = {}
        self.nodes = 0
        self.chars = 0
        self.aliases = 0
        self.depth_only = 0

    # -- events

    def add(self, event: yaml.Event) -> None:
        positions = self.positions
        mark = getattr(event, "start_mark", None)
        at_value = positions is not None and mark is not None and not self._expecting_key()
        if (
            positions is not None
            and mark is not None
            and at_value
            and (not self.stack or isinstance(self.stack[-1].value, list))
        ):
            # the root, or a list item
            positions.setdefault(self._child_path(), (mark.line + 1, mark.column + 1))
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._start_collection(event)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            self._end_collection()
        elif isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)
        # StreamStart/End, DocumentEnd: nothing to build

    def track_depth_only(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self.depth_only += 1
            if self.depth_only > MAX_DEPTH:
                raise _Problem((), f"nesting is deeper than {MAX_DEPTH} levels at {_at(event.start_mark)}")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            self.depth_only -= 1

    # -- where the next node goes

    def _expecting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].value, dict) and not self.stack[-1].has_key

    def _child_path(self) -> tuple[PathPart, ...]:
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            return parent.path + (len(parent.value),)
        return parent.path + ((cast(str, parent.key),) if parent.has_key else ())

    def _place(self, value: Any, height: int) -> None:
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        parent.height = max(parent.height, height + 1)
        if isinstance(parent.value, list):
            parent.value.append(value)
        else:
            parent.value[parent.key] = value
            parent.key, parent.has_key = None, False

    def _count(self, nodes: int, chars: int, mark: Any) -> None:
        self.nodes += nodes
        self.chars += chars
        if self.nodes > MAX_NODES:
            raise _Problem((), self._too_big(f"more than {MAX_NODES} values", mark))
        if self.chars > MAX_TEXT_CHARS:
            raise _Problem((), self._too_big(f"more than {MAX_TEXT_CHARS} characters of text", mark))

    def _too_big(self, what: str, mark: Any) -> str:
        through = " once its aliases are expanded (an alias bomb?)" if self.aliases else ""
        return f"the document has {what}{through}; stopped at {_at(mark)}"

    # -- nodes

    def _start_collection(self, event: yaml.CollectionStartEvent) -> None:
        is_map = isinstance(event, yaml.MappingStartEvent)
        if self._expecting_key():
            kind = "mapping" if is_map else "list"
            raise _Problem(
                self.stack[-1].path, f"a key is a {kind}: mapping keys must be strings ({_at(event.start_mark)})"
            )
        path = self._child_path()
        if len(self.stack) + 1 > MAX_DEPTH:
            raise _Problem((), f"nesting is deeper than {MAX_DEPTH} levels at {_at(event.start_mark)}")
        allowed = _MAP if is_map else _SEQ
        if event.tag not in (None, "!", allowed):
            raise _Problem(path, _tag_problem(event.tag, event.start_mark))
        self._count(1, 0, event.start_mark)
        self.stack.append(_Collection({} if is_map else [], path, event.anchor, self.nodes - 1, self.chars))

    def _end_collection(self) -> None:
        done = self.stack.pop()
        if done.anchor is not None:
            self.anchors[done.anchor] = _Anchored(
                done.value, self.nodes - done.nodes_at_start, self.chars - done.chars_at_start, done.height
            )
        self._place(done.value, done.height)

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        if self._expecting_key():
            self._key(event)
            return
        path = self._child_path()
        value = _scalar_value(event, path)
        self._count(1, len(event.value), event.start_mark)
        if event.anchor is not None:
            self.anchors[event.anchor] = _Anchored(value, 1, len(event.value), 0)
        self._place(value, 0)

    def _alias(self, event: yaml.AliasEvent) -> None:
        self.aliases += 1
        expecting_key = self._expecting_key()
        path = self.stack[-1].path if expecting_key else self._child_path()
        anchored = self.anchors.get(event.anchor or "")
        if anchored is None:
            raise _Problem(
                path,
                f"alias *{event.anchor} has no complete anchor &{event.anchor} before it ({_at(event.start_mark)})",
            )
        if expecting_key:
            if not isinstance(anchored.value, str):
                raise _Problem(
                    path,
                    f"a key is {_describe(anchored.value)}: mapping keys must be strings ({_at(event.start_mark)})",
                )
            self._add_key(anchored.value, event.start_mark)
            return
        if len(self.stack) + anchored.height > MAX_DEPTH:
            raise _Problem(
                (),
                f"nesting is deeper than {MAX_DEPTH} levels through alias *{event.anchor} at {_at(event.start_mark)}",
            )
        self._count(anchored.nodes, anchored.chars, event.start_mark)
        value = copy.deepcopy(anchored.value) if isinstance(anchored.value, (list, dict)) else anchored.value
        self._place(value, anchored.height)

    def _key(self, event: yaml.ScalarEvent) -> None:
        mapping = self.stack[-1]
        where = _at(event.start_mark)
        if event.tag is None and _is_plain(event) and event.value == "<<":
            raise _Problem(
                mapping.path,
                f"merge key << is YAML 1.1 (YAML 1.2 reads it as a key named '<<'): write the keys out ({where})",
            )
        key = _scalar_value(event, mapping.path)
        if not isinstance(key, str):
            shown = event.value if event.value else "(empty)"
            hint = f"; quote it: {json.dumps(event.value)}" if event.value else ""
            raise _Problem(
                mapping.path, f"key {shown} is {_describe(key)}: mapping keys must be strings{hint} ({where})"
            )
        self._count(1, len(key), event.start_mark)
        if event.anchor is not None:
            self.anchors[event.anchor] = _Anchored(key, 1, len(key), 0)
        self._add_key(key, event.start_mark)

    def _add_key(self, key: str, mark: Any) -> None:
        mapping = self.stack[-1]
        if key in mapping.key_lines:
            raise _Problem(
                mapping.path + (key,),
                f"duplicate key: first at line {mapping.key_lines[key]}, again at {_at(mark)}",
            )
        mapping.key_lines[key] = mark.line + 1
        mapping.key, mapping.has_key = key, True
        if self.positions is not None:
            self.positions[mapping.path + (key,)] = (mark.line + 1, mark.column + 1)


# --- scalars: YAML 1.2 core schema, refusing what YAML 1.1 reads differently ---------------------------

_CORE_NULL = re.compile(r"(?:null|Null|NULL|~|)\Z")
_CORE_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_CORE_INT = re.compile(r"[-+]?[0-9]+\Z")
_CORE_OCT = re.compile(r"0o[0-7]+\Z")
_CORE_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_CORE_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_CORE_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_CORE_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")

# YAML 1.1 booleans (spec: y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF), refused in any case.
_YAML11_BOOL_WORDS = {"y", "yes", "n", "no", "on", "off"}
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+\Z")

_YAML11 = yaml.SafeLoader("")  # PyYAML implements YAML 1.1: what a 1.1 parser makes of a plain value


def _is_plain(event: yaml.ScalarEvent) -> bool:
    return not event.style  # None or "" for plain scalars


def _core_value(text: str) -> Any:
    """A plain scalar under the YAML 1.2 core schema. Raises ValueError for a number Python refuses."""
    if _CORE_NULL.match(text):
        return None
    if text in _CORE_BOOL:
        return _CORE_BOOL[text]
    if _CORE_INT.match(text):
        return int(text, 10)
    if _CORE_OCT.match(text):
        return int(text[2:], 8)
    if _CORE_HEX.match(text):
        return int(text[2:], 16)
    if _CORE_FLOAT.match(text):
        return float(text)
    if _CORE_INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _CORE_NAN.match(text):
        return math.nan
    return text


def _yaml11_value(text: str) -> tuple[str, Any]:
    """(tag, value) a YAML 1.1 parser gives a plain scalar; value is None when it fails to build one."""
    # types-PyYAML leaves BaseResolver.resolve unannotated
    tag: str = _YAML11.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    constructor = _YAML11.yaml_constructors.get(tag)
    if constructor is None or tag in (_YAML_TAG + "merge", _YAML_TAG + "value"):
        return tag, text
    try:
        return tag, constructor(_YAML11, yaml.ScalarNode(tag, text))
    except Exception:
        return tag, None


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return True
    return bool(a == b)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if hasattr(value, "isoformat"):
        return "a date" if type(value).__name__ == "date" else "a timestamp"
    return f"a {type(value).__name__}"


def _plain_value(text: str, path: Sequence[PathPart], mark: Any) -> Any:
    value, problem = _resolve_plain(text)
    if problem is not None:
        raise _Problem(path, f"{problem} ({_at(mark)})")
    return value


@lru_cache(maxsize=8192)  # keys and common values repeat across files; the results are immutable
def _resolve_plain(text: str) -> tuple[Any, str | None]:
    """(value, None) for a plain scalar both YAML versions agree on, else (None, the problem)."""
    quoted = json.dumps(text, ensure_ascii=False)
    try:
        value = _core_value(text)
    except ValueError:
        return None, f"number {text[:20]}... has too many digits"
    if text.lower() in _YAML11_BOOL_WORDS:
        return None, (
            f"unquoted {text} is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, or quote it: {quoted}"
        )
    tag11, value11 = _yaml11_value(text)
    if _same(value, value11):
        return value, None
    reading = _describe(value11) if value11 is not None or tag11 == _NULL else "an invalid value"
    if _LEADING_ZERO.match(text):
        reading += " (octal)" if tag11 == _INT else ""
        hint = f"write the number without leading zeros, or quote it: {quoted}"
    elif tag11 in (_INT, _FLOAT) and ":" in text:
        reading += " (base 60)"
        hint = f"quote it: {quoted}"
    elif tag11 == _YAML_TAG + "timestamp":
        hint = f"quote it: {quoted}"
    else:
        hint = f"quote it ({quoted}) or write it so that both read the same"
    return None, f"unquoted {text} is {reading} in YAML 1.1 but {_describe(value)} in YAML 1.2: {hint}"


def _scalar_value(event: yaml.ScalarEvent, path: Sequence[PathPart]) -> Any:
    tag = event.tag
    if tag is None:
        return _plain_value(event.value, path, event.start_mark) if _is_plain(event) else event.value
    if tag in ("!", _STR):
        return event.value
    if tag in (_INT, _FLOAT, _BOOL, _NULL):
        value: Any = _plain_value(event.value, path, event.start_mark) if event.value else None
        types: dict[str, type | tuple[type, ...]] = {_INT: int, _FLOAT: (int, float), _BOOL: bool, _NULL: type(None)}
        expected = types[tag]
        if isinstance(value, expected) and not (tag in (_INT, _FLOAT) and isinstance(value, bool)):
            return float(cast("int | float", value)) if tag == _FLOAT else value
        raise _Problem(
            path,
            f"{_short_tag(tag)} {json.dumps(event.value)} is not a valid {_short_tag(tag)} ({_at(event.start_mark)})",
        )
    raise _Problem(path, _tag_problem(tag, event.start_mark))


def _short_tag(tag: str) -> str:
    if tag.startswith(_YAML_TAG):
        return "!!" + tag[len(_YAML_TAG) :]
    return tag if tag.startswith("!") else f"!<{tag}>"


def _tag_problem(tag: str, mark: Any) -> str:
    return (
        f"tag {_short_tag(tag)} is not supported: workload files hold only strings, numbers, booleans, null, "
        f"lists and mappings; remove the tag (quote the value if it is text) ({_at(mark)})"
    )
