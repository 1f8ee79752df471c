"""gates/fast_schema.py answers "valid?" exactly as the jsonschema validators of the gates do."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import DIST, PROJECT

from ai_workloads.gates import crd_catalog_status, kubernetes_schema
from ai_workloads.gates.fast_schema import compile_schema


def _objects() -> list[dict[str, Any]]:
    found = []
    for folder in (DIST, PROJECT / "argocd" / "apps"):
        for path in sorted(folder.glob("*.yaml")):
            found += [document for document in yaml.safe_load_all(path.read_text()) if document]
    return found


def _validator_and_check(manifest: dict[str, Any]):
    """The gate's validator for the object's schema and the compiled check of the same schema."""
    key = (manifest["apiVersion"], manifest["kind"])
    validator = kubernetes_schema._validator("1.35", *key)
    if validator is not None:
        return validator, kubernetes_schema._fast_check("1.35", *key)
    catalog, _ = crd_catalog_status(announce=False)
    return catalog.validator(*key), catalog.fast_check(*key)


def _paths(node: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, path + (index,))


_REPLACEMENTS = [None, True, 0, -1, 1.5, 2.0, 10**12, "", "x", "yes", "0" * 300, "-1", [], [1], {}, {"unknown": 1}]


def _mutants(manifest: dict[str, Any], rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    """Damaged copies: a value replaced by another type or size, a key removed, an unknown key added."""
    paths = [path for path in _paths(manifest) if path]
    for _ in range(count):
        mutant = copy.deepcopy(manifest)
        path = rng.choice(paths)
        parent = mutant
        for part in path[:-1]:
            parent = parent[part]
        action = rng.random()
        if action < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action < 0.3 and isinstance(parent, dict):
            parent[f"unknownField{rng.randrange(9)}"] = rng.choice(_REPLACEMENTS)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(_REPLACEMENTS))
        yield mutant


def test_every_rendered_object_has_a_compiled_check_that_passes_it():
    # GIVEN every object the examples render (dist/ and their Argo CD Applications)
    for manifest in _objects():
        validator, check = _validator_and_check(manifest)
        # THEN its schema compiles, and the check and the validator both find it valid
        assert check is not None, (manifest["apiVersion"], manifest["kind"])
        assert check(manifest) and not list(validator.iter_errors(manifest))


def test_damaged_objects_get_the_verdict_of_the_validator():
    # GIVEN thousands of damaged copies of the rendered objects (fixed seed)
    rng = random.Random(20261122)
    verdicts = {True: 0, False: 0}
    for manifest in _objects():
        validator, check = _validator_and_check(manifest)
        for mutant in _mutants(manifest, rng, 60):
            # WHEN both judge it  THEN they agree, whichever way
            expected = not any(True for _ in validator.iter_errors(mutant))
            assert check(mutant) is expected, (manifest["kind"], mutant)
            verdicts[expected] += 1
    # AND the damage produced both valid and invalid objects, many of each
    assert verdicts[True] > 300 and verdicts[False] > 1000, verdicts


@pytest.mark.parametrize("draft", [jsonschema.Draft7Validator, jsonschema.Draft202012Validator])
@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer"},
        {"type": ["integer", "null"]},
        {"type": "number", "minimum": 1, "maximum": 3},
        {"type": "boolean"},
        {"enum": [1, "a", None, {"k": [1]}]},
        {"enum": [True]},
        {"type": "string", "pattern": "^a+$", "minLength": 2, "maxLength": 3},
        {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": False},
        {"type": "object", "additionalProperties": {"type": "integer"}, "minProperties": 1, "maxProperties": 2},
        {"oneOf": [{"type": "integer"}, {"type": "number"}]},
        {"anyOf": [{"type": "string"}, {"maximum": 0}]},
        {"allOf": [{"minimum": 0}, {"maximum": 10}], "not": {"enum": [5]}},
        {"minLength": 1, "minimum": 1, "required": ["x"], "minItems": 1},
        {"format": "date-time", "x-kubernetes-int-or-string": True, "nullable": True, "description": "ignored"},
    ],
)
def test_each_keyword_has_the_semantics_of_jsonschema(draft, schema):
    # GIVEN a schema and values of every JSON type (and Python's bool/int/float corner cases)
    values = [
        None,
        True,
        False,
        0,
        1,
        1.0,
        1.5,
        2,
        5,
        10**20,
        -1,
        "",
        "a",
        "aa",
        "aaaa",
        "b1",
        [],
        [1],
        [1, 2, 3],
        ["x"],
        {},
        {"a": "s"},
        {"a": 1},
        {"a": "s", "b": 1},
        {"x": 1},
        {"k": [1]},
        {"b": 1, "c": 2, "d": 3},
    ]
    check = compile_schema(schema)
    validator = draft(schema)
    assert check is not None
    for value in values:
        # THEN the compiled check says valid exactly when the validator finds no error
        assert check(value) is validator.is_valid(value), (schema, value)


@pytest.mark.parametrize(
    "keyword", ["$ref", "patternProperties", "const", "if", "uniqueItems", "multipleOf", "exclusiveMinimum", "contains"]
)
def test_a_schema_with_a_keyword_not_implemented_is_left_to_jsonschema(keyword):
    # GIVEN a schema that uses a keyword the compiler does not implement, nested anywhere
    schema = {"type": "object", "properties": {"a": {"type": "array", "items": {keyword: {}}}}}
    # THEN it is not compiled (the gates then use the jsonschema validator alone)
    assert compile_schema(schema) is None
