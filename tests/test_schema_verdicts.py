"""The schema gates' verdict (jsonschema-rs, gates/schema_verdict.py) is the verdict of the jsonschema
validators that word their messages: on every rendered object, on thousands of damaged copies of them,
and keyword by keyword under both drafts the gates use."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
import yaml
from conftest import DIST, PROJECT

from ai_workloads.gates import crd_catalog_status, kubernetes_schema
from ai_workloads.gates.schema_verdict import SchemaGate


def _objects() -> list[dict[str, Any]]:
    found = []
    for folder in (DIST, PROJECT / "argocd" / "apps"):
        for path in sorted(folder.glob("*.yaml")):
            found += [document for document in yaml.safe_load_all(path.read_text()) if document]
    return found


def _gate(manifest: dict[str, Any]) -> SchemaGate:
    """The gate of the object's schema: Kubernetes core, else the CRD catalog's."""
    key = (manifest["apiVersion"], manifest["kind"])
    gate = kubernetes_schema._gate("1.35", *key)
    if gate is None:
        catalog, _ = crd_catalog_status(announce=False)
        gate = catalog.gate(*key)
    assert gate is not None, key
    return gate


def _jsonschema_valid(gate: SchemaGate, manifest: dict[str, Any]) -> bool:
    return not any(True for _ in gate._make_wording().iter_errors(manifest))


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


def test_every_rendered_object_is_valid_for_both_libraries():
    # GIVEN every object the examples render (dist/ and their Argo CD Applications)
    objects = _objects()
    assert len(objects) > 40
    for manifest in objects:
        gate = _gate(manifest)
        # THEN jsonschema-rs and jsonschema both find it valid, and the gate reports nothing
        assert gate.is_valid(manifest) and _jsonschema_valid(gate, manifest), manifest["kind"]
        assert gate.errors(manifest) == []


def test_damaged_objects_get_the_verdict_of_jsonschema():
    # GIVEN thousands of damaged copies of the rendered objects (fixed seed)
    rng = random.Random(20261122)
    verdicts = {True: 0, False: 0}
    for manifest in _objects():
        gate = _gate(manifest)
        for mutant in _mutants(manifest, rng, 60):
            # WHEN both judge it  THEN they agree, whichever way
            expected = _jsonschema_valid(gate, mutant)
            assert gate.is_valid(mutant) is expected, (manifest["kind"], mutant)
            # AND the gate reports errors exactly when the object is invalid
            assert (gate.errors(mutant) == []) is expected
            verdicts[expected] += 1
    # AND the damage produced both valid and invalid objects, many of each
    assert verdicts[True] > 300 and verdicts[False] > 1000, verdicts


def test_an_object_only_jsonschema_rs_refuses_is_refused_in_its_words():
    # GIVEN a pattern ending in `$` and a value with a final newline: Python's `re` matches it,
    # jsonschema-rs (like Go's RE2 in the API server) does not
    schema = {"type": "object", "properties": {"name": {"type": "string", "pattern": "^[a-z]+$"}}}
    gate = SchemaGate(
        jsonschema_rs.Draft7Validator(schema, validate_formats=False), lambda: jsonschema.Draft7Validator(schema)
    )
    assert jsonschema.Draft7Validator(schema).is_valid({"name": "abc\n"})
    # THEN the gate refuses it, naming the field, in jsonschema-rs's words
    errors = gate.errors({"name": "abc\n"})
    assert [error.path for error in errors] == [["name"]] and errors[0].keyword == "pattern"
    assert "does not match" in errors[0].message


@pytest.mark.parametrize(
    "drafts",
    [
        (jsonschema.Draft7Validator, jsonschema_rs.Draft7Validator),
        (jsonschema.Draft202012Validator, jsonschema_rs.Draft202012Validator),
    ],
    ids=["draft7", "draft2020-12"],
)
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
def test_each_keyword_has_the_semantics_of_jsonschema(drafts, schema):
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
    # (as in the gates: `format` is an annotation for both)
    wording, verdict = drafts[0](schema), drafts[1](schema, validate_formats=False)
    for value in values:
        # THEN jsonschema-rs says valid exactly when jsonschema finds no error
        assert verdict.is_valid(value) is wording.is_valid(value), (schema, value)


def test_refs_resolve_through_the_registry():
    # GIVEN a Kubernetes schema that only `$ref`s its definitions (no inlining any more)
    gate = kubernetes_schema._gate("1.35", "apps/v1", "Deployment")
    assert gate is not None
    # THEN a type error deep inside a referenced definition is found, with jsonschema's path and words
    manifest = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}, "spec": {"replicas": "one"}}
    errors = gate.errors(manifest)
    assert ["spec", "replicas"] in [error.path for error in errors]
    assert any(error.message.startswith("'one' is not of type 'integer'") for error in errors)


def test_jsonschema_rs_facts_the_gates_rely_on():
    # Draft 7 asserts `format` unless told not to (2020-12 treats it as an annotation): the gates turn it off
    schema = {"type": "string", "format": "date-time"}
    assert not jsonschema_rs.Draft7Validator(schema).is_valid("not a date")
    assert jsonschema_rs.Draft7Validator(schema, validate_formats=False).is_valid("not a date")
    assert jsonschema_rs.Draft202012Validator(schema).is_valid("not a date")
    # `$` does not match before a final newline (Python's `re` does): see gates/schema_verdict.py
    assert not jsonschema_rs.Draft7Validator({"pattern": "^a$"}).is_valid("a\n")
    # a Registry resolves a `$ref` to the URI it was registered under
    registry = jsonschema_rs.Registry([("https://example.invalid/defs.json", {"$defs": {"n": {"type": "integer"}}})])
    validator = jsonschema_rs.Draft202012Validator(
        {"$ref": "https://example.invalid/defs.json#/$defs/n"}, registry=registry
    )
    assert validator.is_valid(1) and not validator.is_valid("1")
