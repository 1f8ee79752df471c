"""What to say about an unknown key: the nearest known key at that level ("did you mean `gpuCount`?"),
or, for a known key written at the wrong level, where it belongs (`container.gpuCount`). Read from the
kind's JSON Schema, so it follows every values model without a list of its own."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel

from ai_workloads.errors import PathPart, format_field_path

MAX_LISTED = 12


@cache
def _schema(values_model: type[BaseModel]) -> dict[str, Any]:
    return values_model.model_json_schema(by_alias=True)


def _resolve(node: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` and the one object member of an `anyOf` (an Optional field)."""
    while True:
        if "$ref" in node:
            node = definitions[node["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            objects = [member for member in node["anyOf"] if member.get("type") != "null"]
            if len(objects) != 1:
                return node
            node = objects[0]
        else:
            return node


def _node_at(schema: dict[str, Any], path: Sequence[PathPart]) -> dict[str, Any] | None:
    definitions = schema.get("$defs", {})
    node = _resolve(schema, definitions)
    for part in path:
        child: dict[str, Any] | None
        if isinstance(part, int):
            child = node.get("items")
        else:
            child = (node.get("properties") or {}).get(part) or (
                node.get("additionalProperties") if isinstance(node.get("additionalProperties"), dict) else None
            )
        if child is None:
            return None
        node = _resolve(child, definitions)
    return node


def _all_keys(schema: dict[str, Any]) -> Iterator[tuple[tuple[PathPart, ...], str]]:
    """(parent path, key) of every property of the schema (list items as index 0), breadth first."""
    definitions = schema.get("$defs", {})
    queue: list[tuple[tuple[PathPart, ...], dict[str, Any]]] = [((), _resolve(schema, definitions))]
    seen = 0
    while queue and seen < 2000:
        path, node = queue.pop(0)
        seen += 1
        for key, child in (node.get("properties") or {}).items():
            yield path, key
            child = _resolve(child, definitions)
            if child.get("properties"):
                queue.append((path + (key,), child))
            elif isinstance(child.get("items"), dict):
                items = _resolve(child["items"], definitions)
                if items.get("properties"):
                    queue.append((path + (key, 0), items))


def _general(path: Sequence[PathPart]) -> tuple[PathPart, ...]:
    """`apps[2].env` -> `apps[0].env`: list indices as the schema walk writes them."""
    return tuple(0 if isinstance(part, int) else part for part in path)


def unknown_key_message(values_model: type[BaseModel], location: Sequence[PathPart]) -> str:
    """The message for the unknown key at `location` (its last part) in a document of `values_model`."""
    schema = _schema(values_model)
    parent, key = tuple(location[:-1]), str(location[-1])
    node = _node_at(schema, parent) or {}
    known = list(node.get("properties") or {})
    exact_case = [name for name in known if name.lower() == key.lower()]
    near = exact_case or difflib.get_close_matches(key, known, n=1, cutoff=0.7)
    if near:
        return f"unknown key: did you mean `{near[0]}`?"
    general = _general(parent)
    elsewhere = [(path, name) for path, name in _all_keys(schema) if name.lower() == key.lower() and path != general]
    # prefer a place below the key's own parent (apps[2].storageUri -> apps[2].modelSource.storageUri)
    elsewhere.sort(key=lambda item: item[0][: len(general)] != general)
    if elsewhere:
        path, name = elsewhere[0]
        if path[: len(general)] == general:
            path = parent + path[len(general) :]
        return f"unknown key at this level: `{name}` belongs in `{format_field_path(path)}` ({format_field_path((*path, name))})"
    listed = ", ".join(known[:MAX_LISTED]) + (", ..." if len(known) > MAX_LISTED else "")
    return (
        f"unknown key (known keys here: {listed}; see the JSON Schema in schemas/)"
        if known
        else "unknown key (check the spelling; see the JSON Schema in schemas/)"
    )
