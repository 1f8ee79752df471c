"""A yes/no answer to "does this object pass this JSON Schema?", the same answer as the `jsonschema`
validator the gates use, several times faster: the schema is compiled once into nested checks.

The gates ask it first; only when the answer is no does the `jsonschema` validator run, to produce the
messages (and its verdict is the one reported). So this module only ever saves time: it answers yes
exactly when `jsonschema` finds no error, which tests/test_fast_schema.py checks on every object the
examples render and on thousands of damaged copies of them.

What "the same answer" rests on:
- every keyword implemented here has the semantics of `jsonschema` for Draft 7 and 2020-12 (the two
  drafts the gates use), with its type tests: `integer` admits integral floats, booleans are neither
  integers nor numbers,
  `enum` compares with jsonschema's own equality, `pattern` is `re.search` on strings, keywords apply
  only to the types they are defined for;
- `format` is an annotation (the gates' validators have no format checker), and unknown keywords
  (`x-kubernetes-*`, `nullable`, `description`, ...) are ignored, as `jsonschema` ignores them;
- a schema using any other keyword `jsonschema` knows (`$ref`, `patternProperties`, `const`, `if`,
  ...) is not compiled: `compile_schema` returns None and the caller uses `jsonschema` alone.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from typing import Any

from jsonschema._utils import equal as _jsonschema_equal

Check = Callable[[Any], bool]

# Keywords of Draft 7 / 2020-12 that assert something and are not implemented here: a schema with one
# of them is left to jsonschema.
_UNSUPPORTED = frozenset(
    {
        "$ref",
        "$dynamicRef",
        "$recursiveRef",
        "patternProperties",
        "propertyNames",
        "dependencies",
        "dependentRequired",
        "dependentSchemas",
        "const",
        "contains",
        "minContains",
        "maxContains",
        "prefixItems",
        "additionalItems",
        "unevaluatedItems",
        "unevaluatedProperties",
        "uniqueItems",
        "multipleOf",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "if",
        "then",
        "else",
    }
)


class _NotCompiled(Exception):
    pass


def compile_schema(schema: Any) -> Check | None:
    """The check for `schema`, or None when it uses a keyword not implemented here."""
    try:
        return _compile(schema)
    except _NotCompiled:
        return None


# The type tests of jsonschema's Draft 7 / 2020-12 type checkers (jsonschema/_types.py), one for one.
def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float) and value.is_integer():
        return True
    return isinstance(value, int)


_TYPES: dict[str, Check] = {
    "object": _is_object,
    "array": _is_array,
    "string": _is_string,
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


def _compile(schema: Any) -> Check:
    if schema is True:
        return lambda value: True
    if schema is False:
        return lambda value: False
    if type(schema) is not dict:
        raise _NotCompiled(repr(schema))
    if _UNSUPPORTED.intersection(schema):
        raise _NotCompiled(", ".join(sorted(_UNSUPPORTED.intersection(schema))))
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    for build in (_object_check, _array_check, _pattern_check):
        check = build(schema)
        if check is not None:
            checks.append(check)
    for lower, upper, applies, measure in _BOUNDS:
        if lower in schema or upper in schema:
            checks.append(_bounds_check(schema.get(lower), schema.get(upper), applies, measure))
    if "enum" in schema:
        choices = list(schema["enum"])
        checks.append(lambda value: any(_jsonschema_equal(value, choice) for choice in choices))
    if "allOf" in schema:
        parts = [_compile(part) for part in schema["allOf"]]
        checks.append(lambda value: all(part(value) for part in parts))
    if "anyOf" in schema:
        options = [_compile(part) for part in schema["anyOf"]]
        checks.append(lambda value: any(option(value) for option in options))
    if "oneOf" in schema:
        choices_one = [_compile(part) for part in schema["oneOf"]]
        checks.append(lambda value: sum(1 for choice in choices_one if choice(value)) == 1)
    if "not" in schema:
        negated = _compile(schema["not"])
        checks.append(lambda value: not negated(value))
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


def _type_check(declared: Any) -> Check:
    names = [declared] if isinstance(declared, str) else list(declared)
    if any(name not in _TYPES for name in names):
        raise _NotCompiled(f"type {declared!r}")
    if len(names) == 1:
        return _TYPES[names[0]]
    tests = [_TYPES[name] for name in names]
    return lambda value: any(test(value) for test in tests)


def _object_check(schema: dict[str, Any]) -> Check | None:
    properties = {name: _compile(sub) for name, sub in (schema.get("properties") or {}).items()}
    required = list(schema.get("required") or [])
    additional = schema.get("additionalProperties", True)
    additional_check = None if additional is True else _compile(additional)
    if not properties and not required and additional_check is None:
        return None

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        for name in required:
            if name not in value:
                return False
        for name, item in value.items():
            sub = properties.get(name)
            if sub is not None:
                if not sub(item):
                    return False
            elif additional_check is not None and not additional_check(item):
                return False
        return True

    return check


def _array_check(schema: dict[str, Any]) -> Check | None:
    items = schema.get("items")
    if isinstance(items, list):
        raise _NotCompiled("items as a list")
    item_check = None if items is None or items is True else _compile(items)
    if item_check is None:
        return None
    return lambda value: not isinstance(value, list) or all(item_check(item) for item in value)


def _pattern_check(schema: dict[str, Any]) -> Check | None:
    if "pattern" not in schema:
        return None
    pattern = re.compile(schema["pattern"])
    return lambda value: not isinstance(value, str) or pattern.search(value) is not None


# (lower keyword, upper keyword, the values they apply to, what is compared): inclusive bounds.
_BOUNDS: tuple[tuple[str, str, Check, Callable[[Any], Any]], ...] = (
    ("minProperties", "maxProperties", _is_object, len),
    ("minItems", "maxItems", _is_array, len),
    ("minLength", "maxLength", _is_string, len),
    ("minimum", "maximum", _is_number, lambda value: value),
)


def _bounds_check(minimum: Any, maximum: Any, applies: Check, measure: Callable[[Any], Any]) -> Check:
    def check(value: Any) -> bool:
        if not applies(value):
            return True
        size = measure(value)
        return (minimum is None or size >= minimum) and (maximum is None or size <= maximum)

    return check
