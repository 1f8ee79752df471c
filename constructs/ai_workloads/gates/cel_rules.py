"""Gate: the CEL rules (`x-kubernetes-validations`) of a CRD schema, evaluated as an API server does on
create.

An API server evaluates these rules on every create, after structural defaulting; an object that
breaks one is rejected, so for Argo CD a broken rule means a failed sync. This module evaluates them
the same way, with the `common-expression-language` package (Python bindings of cel-rust):

- the object is defaulted first: the `default` of every absent property (and of a property set to
  null that is not nullable) is applied, recursively, as the API server's structural defaulting does;
- each rule runs at the schema node that declares it, with `self` bound to that node's value (for a
  rule on the items of a list or the values of a map, once per item); rules of null or absent nodes do
  not run;
- `self` is typed by the schema like the API server's CEL values: property names that are CEL
  keywords or contain `.`, `-`, `/`, `__` are escaped (`namespace` -> `__namespace__`), `number`
  values are doubles, `format: byte | date | date-time | duration` strings are bytes, timestamps and
  durations, and `self.metadata` at the root holds only `name` and `generateName`;
- a failure is reported at the node's path (plus the rule's `fieldPath`) with the rule's
  `messageExpression`, `message` or `failed rule: <rule>`; an evaluation error (no such key, a
  malformed duration...) as `<error> evaluating rule: <message or rule>`;
- rules that use `oldSelf` (transition rules: an API server does not run them on create) and rules
  using CEL syntax or functions this evaluator does not have are never counted as passed: they are
  counted as unevaluated, per distinct rule, in CelStats (the summary line of `make check`).

Kubernetes' CEL libraries are only partly available: the strings (`split`, `join`, `lowerAscii`...),
sets and list (`isSorted`, `sum`, `min`, `max`, `indexOf`) functions are; `url`/`isURL`, `ip`/`cidr`,
`quantity`, `format.*`, regex `find`/`findAll`, `authorizer` are not (no CRD we render uses them).
Known deviations of cel-rust: `size()` of a string counts UTF-8 bytes, not code points; the optional
syntax (`self.?field`) does not parse (such rules are unevaluated); there are no cost limits.
"""

from __future__ import annotations

import base64
import copy
import datetime
import itertools
import logging
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ai_workloads.errors import PathPart, format_field_path

UNEVALUATED_REASONS = ("oldSelf", "unsupported function", "unsupported syntax")


def _import_cel() -> types.ModuleType:
    """`import cel` without its command-line tool: the package's __init__ imports `cel.cli` (typer,
    rich, prompt_toolkit: 0.2 s per process, and every synthesis worker is a process)."""
    if "cel" in sys.modules:
        return sys.modules["cel"]
    stub = "cel.cli" not in sys.modules
    if stub:
        sys.modules["cel.cli"] = types.ModuleType("cel.cli")
    try:
        import cel
    finally:
        if stub:
            del sys.modules["cel.cli"]  # a later `import cel.cli` loads the real one
    # cel logs every failing Python function on its own logger; errors are reported here instead.
    logging.getLogger("cel").addHandler(logging.NullHandler())
    logging.getLogger("cel").propagate = False
    return cel


cel = _import_cel()

from cel import stdlib as _cel_stdlib  # noqa: E402  (after _import_cel)

# --- functions -------------------------------------------------------------------------------------

# What cel-rust evaluates natively (besides operators, `_..._` and `@...`, and the macros has/all/exists/
# exists_one/map/filter, which never appear as function references).
_NATIVE_FUNCTIONS = frozenset(
    {
        "size",
        "contains",
        "startsWith",
        "endsWith",
        "matches",
        "duration",
        "timestamp",
        "int",
        "uint",
        "double",
        "string",
        "bytes",
        "dyn",
        "type",
        "getFullYear",
        "getMonth",
        "getDayOfYear",
        "getDayOfMonth",
        "getDate",
        "getDayOfWeek",
        "getHours",
        "getMinutes",
        "getSeconds",
        "getMilliseconds",
        "of",
        "none",
        "hasValue",
        "value",
        "orValue",
        "or",  # optional.of(...), optional.none() ...
    }
)


def _list_or(list_function: Callable[..., Any], other: Callable[..., Any]) -> Callable[..., Any]:
    """One CEL function name for two overloads: lists (Kubernetes list library) and strings (ext.Strings)."""

    def dispatch(receiver: Any, *args: Any) -> Any:
        return list_function(receiver, *args) if isinstance(receiver, list) else other(receiver, *args)

    return dispatch


def _list_index_of(items: list[Any], value: Any) -> int:
    return next((i for i, item in enumerate(items) if item == value and type(item) is type(value)), -1)


def _list_last_index_of(items: list[Any], value: Any) -> int:
    matches = [i for i, item in enumerate(items) if item == value and type(item) is type(value)]
    return matches[-1] if matches else -1


def _is_sorted(items: list[Any]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(items))


# Kubernetes CEL libraries (k8s.io/apiserver/pkg/cel/library and cel-go ext) that are cheap to have:
# ext.Strings, ext.Sets and the Kubernetes list library. Implementations from the cel package's stdlib.
_STRINGS = _cel_stdlib.EXTENSIONS["strings"]
EXTENSION_FUNCTIONS: dict[str, Callable[..., Any]] = {
    **{name: function for name, function in _STRINGS.items() if name not in ("indexOf", "lastIndexOf")},
    **_cel_stdlib.EXTENSIONS["sets"],
    "indexOf": _list_or(_list_index_of, _STRINGS["indexOf"]),
    "lastIndexOf": _list_or(_list_last_index_of, _STRINGS["lastIndexOf"]),
    "isSorted": _is_sorted,
    "sum": _cel_stdlib.sum_,
    "min": _cel_stdlib.min_,
    "max": _cel_stdlib.max_,
    "bool": _cel_stdlib.bool_,
}
# Namespaced functions (`sets.contains`) reference the namespace as a variable and the rest as a function.
_NAMESPACES = frozenset({"sets", "strings", "math", "lists", "base64", "format", "optional", "semver"})

# --- property names --------------------------------------------------------------------------------

_CEL_RESERVED = frozenset(
    {
        "true",
        "false",
        "null",
        "in",
        "as",
        "break",
        "const",
        "continue",
        "else",
        "for",
        "function",
        "if",
        "import",
        "let",
        "loop",
        "package",
        "namespace",
        "return",
        "var",
        "void",
        "while",
    }
)
_ESCAPABLE = re.compile(r"^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$")


def escape_property_name(name: str) -> str | None:
    """The name under which CEL sees a schema property (k8s.io/apiserver/pkg/cel escaping), or None for
    a name CEL cannot address."""
    if name in _CEL_RESERVED:
        return f"__{name}__"
    if not _ESCAPABLE.match(name):
        return None
    return (
        name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__").replace("/", "__slash__")
    )


# --- compiled schema -------------------------------------------------------------------------------


@dataclass
class CompiledRule:
    rule_id: str  # where the rule is declared and its text: counts a rule once, however often it runs
    rule: str
    message: str
    program: Any = None
    message_program: Any = None
    field_path: tuple[PathPart, ...] = ()
    uses_extensions: bool = False
    message_uses_extensions: bool = False
    skip_reason: str | None = None  # one of UNEVALUATED_REASONS

    @property
    def error_string(self) -> str:
        """What the API server names a rule by (`ruleErrorString`)."""
        return self.message.strip() if self.message.strip() else self.rule.strip()


@dataclass
class SchemaNode:
    type: str | None = None
    format: str | None = None
    nullable: bool = False
    preserve_unknown: bool = False
    properties: dict[str, SchemaNode] = field(default_factory=dict)
    escaped: dict[str, str | None] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    items: SchemaNode | None = None
    additional: SchemaNode | None = None
    rules: list[CompiledRule] = field(default_factory=list)
    # False when neither this node nor any node below or above it has a rule: its value is never looked at.
    needed: bool = False


def compile_schema(schema: dict[str, Any], owner: str) -> SchemaNode:
    """The rule tree of an openAPIV3Schema; `owner` (e.g. `gateway.networking.k8s.io/v1 HTTPRoute`)
    prefixes the rule ids."""
    return _compile_node(schema, owner, "", under_rule=False)


def _compile_node(schema: dict[str, Any], owner: str, path: str, *, under_rule: bool) -> SchemaNode:
    node = SchemaNode(
        type=schema.get("type"),
        format=schema.get("format"),
        nullable=bool(schema.get("nullable")),
        preserve_unknown=bool(schema.get("x-kubernetes-preserve-unknown-fields")),
    )
    node.rules = [
        _compile_rule(rule, f"{owner} {path or '<root>'} #{index}")
        for index, rule in enumerate(schema.get("x-kubernetes-validations") or [])
    ]
    below_rule = under_rule or bool(node.rules)
    for name, child in (schema.get("properties") or {}).items():
        node.properties[name] = _compile_node(child, owner, f"{path}.{name}", under_rule=below_rule)
        node.escaped[name] = escape_property_name(name)
        if "default" in child:
            node.defaults[name] = child["default"]
    if isinstance(schema.get("items"), dict):
        node.items = _compile_node(schema["items"], owner, f"{path}[*]", under_rule=below_rule)
    if isinstance(schema.get("additionalProperties"), dict):
        node.additional = _compile_node(schema["additionalProperties"], owner, f"{path}{{*}}", under_rule=below_rule)
    children = list(node.properties.values()) + [c for c in (node.items, node.additional) if c is not None]
    node.needed = below_rule or any(child.needed for child in children)
    return node


def _compile_rule(declaration: dict[str, Any], location: str) -> CompiledRule:
    rule = str(declaration.get("rule", ""))
    compiled = CompiledRule(
        rule_id=f"{location}: {rule}",
        rule=rule,
        message=str(declaration.get("message") or ""),
        field_path=_parse_field_path(declaration.get("fieldPath") or ""),
    )
    try:
        compiled.program = cel.compile(rule)
    except ValueError:
        compiled.skip_reason = "unsupported syntax"
        return compiled
    compiled.skip_reason, compiled.uses_extensions = _classify(compiled.program.references())
    expression = declaration.get("messageExpression")
    if expression and compiled.skip_reason is None:
        try:
            message_program = cel.compile(expression)
        except ValueError:
            message_program = None  # falls back to the message, as the API server does on errors
        if message_program is not None:
            reason, compiled.message_uses_extensions = _classify(message_program.references())
            compiled.message_program = message_program if reason is None else None
    return compiled


def _classify(references: dict[str, list[str]]) -> tuple[str | None, bool]:
    """(why a rule cannot be evaluated or None, whether it needs the extension functions)."""
    variables, functions = set(references["variables"]), set(references["functions"])
    if "oldSelf" in variables:
        return "oldSelf", False
    namespaces = variables & _NAMESPACES
    uses_extensions = False
    for name in functions:
        if name.startswith(("_", "@", "!_", "-_")):
            continue  # operators
        if name in EXTENSION_FUNCTIONS or any(f"{ns}.{name}" in EXTENSION_FUNCTIONS for ns in namespaces):
            uses_extensions = True
        elif name not in _NATIVE_FUNCTIONS:
            return "unsupported function", False
    for namespace in namespaces - {"optional"}:
        if not any(f"{namespace}.{name}" in EXTENSION_FUNCTIONS for name in functions):
            return "unsupported function", False
    return None, uses_extensions


_FIELD_PATH_TOKEN = re.compile(r"\.([A-Za-z0-9_\-/]+)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")


def _parse_field_path(text: str) -> tuple[PathPart, ...]:
    """`.spec.foo['a.b'][0]` -> ("spec", "foo", "a.b", 0); a path it cannot read is ignored."""
    parts: list[PathPart] = []
    position = 0
    while position < len(text):
        match = _FIELD_PATH_TOKEN.match(text, position)
        if match is None:
            return ()
        name, quoted, index = match.groups()
        parts.append(int(index) if index is not None else (name if name is not None else quoted))
        position = match.end()
    return tuple(parts)


# --- evaluation ------------------------------------------------------------------------------------


@dataclass
class CelStats:
    """Counts for the summary line: evaluations (a rule at one node of one object) that passed or
    failed, and the distinct rules that were reached but could not be evaluated, with the reason."""

    passed: int = 0
    failed: int = 0
    unevaluated: dict[str, str] = field(default_factory=dict)  # rule id -> reason

    def summary(self) -> str:
        reasons = [
            f"{reason}: {sum(1 for r in self.unevaluated.values() if r == reason)}" for reason in UNEVALUATED_REASONS
        ]
        return (
            f"CEL: {self.passed} rule evaluations passed, {self.failed} failed, "
            f"{len(self.unevaluated)} rules unevaluated ({', '.join(reasons)})"
        )


def cel_rule_errors(manifest: dict[str, Any], root: SchemaNode, stats: CelStats | None = None) -> list[tuple[str, str]]:
    """(field path, message) for every rule the object breaks once defaulted; nothing when it passes."""
    evaluation = _Evaluation(stats if stats is not None else CelStats())
    if root.needed:
        evaluation.walk(root, manifest, [], at_root=True)
    return evaluation.errors


class _Evaluation:
    def __init__(self, stats: CelStats) -> None:
        self.stats = stats
        self.errors: list[tuple[str, str]] = []
        self._context: Any = None

    def walk(self, node: SchemaNode, value: Any, path: list[PathPart], *, at_root: bool = False) -> Any:
        """The CEL value of `value` (defaulted, typed by `node`), after running the rules of `node` and of
        every node below it."""
        if value is None:
            return None  # rules of null values never run
        converted: Any
        if isinstance(value, dict) and (node.properties or node.additional is not None):
            converted = self._object(node, value, path)
        elif isinstance(value, list) and node.items is not None:
            converted = [self.walk(node.items, item, path + [index]) for index, item in enumerate(value)]
        else:
            converted = _scalar(node, value)
        if at_root and isinstance(converted, dict) and node.rules:
            metadata = value.get("metadata") or {}
            converted["apiVersion"] = value.get("apiVersion")
            converted["kind"] = value.get("kind")
            converted["metadata"] = {k: metadata[k] for k in ("name", "generateName") if k in metadata}
        for rule in node.rules:
            self._evaluate(rule, converted, path)
        return converted

    def _object(self, node: SchemaNode, value: dict[str, Any], path: list[PathPart]) -> dict[str, Any]:
        converted: dict[str, Any] = {}
        if node.properties:
            for name, child in node.properties.items():
                if name in value and (value[name] is not None or child.nullable):
                    item = value[name]
                elif name in node.defaults:
                    item = copy.deepcopy(node.defaults[name])  # structural defaulting
                else:
                    continue  # absent, or null without a default: pruned
                if not child.needed:
                    continue
                cel_value = self.walk(child, item, path + [name])
                escaped = node.escaped[name]
                if escaped is not None:
                    converted[escaped] = cel_value
            if node.preserve_unknown:
                for name, item in value.items():
                    if name not in node.properties:
                        converted[name] = item
        else:
            assert node.additional is not None
            for name, item in value.items():
                converted[name] = self.walk(node.additional, item, path + [name])
        return converted

    def _evaluate(self, rule: CompiledRule, value: Any, path: list[PathPart]) -> None:
        if rule.skip_reason is not None:
            self.stats.unevaluated[rule.rule_id] = rule.skip_reason
            return
        try:
            result = rule.program.execute(self._activation(rule.uses_extensions, value))
        except Exception as error:
            self._fail(rule, path, f"{_error_text(error)} evaluating rule: {rule.error_string}")
            return
        if result is True:
            self.stats.passed += 1
        elif isinstance(result, bool):
            self._fail(rule, path, self._message(rule, value))
        else:
            self._fail(rule, path, f"rule did not evaluate to a bool ({type(result).__name__}): {rule.error_string}")

    def _activation(self, uses_extensions: bool, value: Any) -> Any:
        if not uses_extensions:
            return {"self": value}
        if self._context is None:
            self._context = cel.Context(functions=EXTENSION_FUNCTIONS)
        self._context.add_variable("self", value)
        return self._context

    def _message(self, rule: CompiledRule, value: Any) -> str:
        if rule.message_program is not None:
            try:
                text = rule.message_program.execute(self._activation(rule.message_uses_extensions, value))
            except Exception:
                text = None
            if isinstance(text, str) and text.strip() and "\n" not in text:
                return text.strip()
        return rule.message.strip() if rule.message.strip() else f"failed rule: {rule.rule.strip()}"

    def _fail(self, rule: CompiledRule, path: list[PathPart], message: str) -> None:
        self.stats.failed += 1
        self.errors.append((format_field_path(list(path) + list(rule.field_path)), message))


_ERROR_HINT = re.compile(r"\.\s+(?:Check |CEL does not |Convert explicitly ).*$", re.DOTALL)


def _error_text(error: Exception) -> str:
    """cel-rust's error without its tutorial hints; `no such key: x` like cel-go for a missing field."""
    if isinstance(error, KeyError):
        return f"no such key: {error.args[0] if error.args else ''}"
    return _ERROR_HINT.sub("", str(error)).strip()


# --- typed scalar values ---------------------------------------------------------------------------

_GO_DURATION = re.compile(r"^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$")
_GO_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)")
_DURATION_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def _scalar(node: SchemaNode, value: Any) -> Any:
    if node.type == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if node.type == "string" and isinstance(value, str) and node.format:
        return _formatted(node.format, value)
    return value


def _formatted(fmt: str, value: str) -> Any:
    """The CEL value of a string with a `format` (bytes, timestamp, duration); the string itself when it
    does not parse (the schema gate reports it then)."""
    try:
        if fmt == "byte":
            return base64.b64decode(value, validate=True)
        if fmt == "date-time":
            parsed = datetime.datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
        if fmt == "date":
            return datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time(), datetime.UTC)
        if fmt == "duration" and value != "0" and _GO_DURATION.match(value):
            seconds = sum(float(n) * _DURATION_UNITS[u] for n, u in _GO_DURATION_PART.findall(value))
            return datetime.timedelta(seconds=-seconds if value.startswith("-") else seconds)
        if fmt == "duration" and value == "0":
            return datetime.timedelta(0)
    except ValueError:
        return value
    return value
