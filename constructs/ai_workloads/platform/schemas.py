"""JSON Schemas of the workload files, generated from the registered kinds' pydantic models.

`schemas/<kind schema file>` per kind and `schemas/workload.schema.json` for the union of all kinds
(the TypeScript declarations `schemas/workload.d.ts` are generated from the union, see
platform/outputs.py).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from ai_workloads.registry import kinds, workload_adapter

# Draft-07: what the YAML language server (redhat-developer/yaml-language-server, behind VS Code's YAML
# extension and most editors' YAML support) validates with; its README says the schema support "is
# shipped with JSON Schema Draft 7", 2020-12 schemas get "Draft 2020-12 schemas are not yet fully
# supported" (redhat-developer/vscode-yaml#726), newer drafts are still open (yaml-language-server#856).
# So definitions live under `definitions`, and a reference with its own description or default is
# wrapped in `allOf` (draft-07 ignores the siblings of `$ref`; the wrapper also keeps json2ts from
# emitting one copy of the referenced type per use: ProbeType1, Lifecycle1).
DRAFT = "http://json-schema.org/draft-07/schema#"
UNION_SCHEMA_FILE = "workload.schema.json"
UNION_TITLE = "WorkloadSchema"
SCHEMA_ID_BASE = "https://ai-workloads.example.com/schemas/"


def _published_names() -> dict[str, str]:
    """Class name -> published name, for models whose `title` differs from the class name: the JSON
    Schema and TypeScript names are an API and stay when a Python class is renamed."""
    names: dict[str, str] = {}
    stack: list[type[BaseModel]] = [BaseModel]
    while stack:
        for model in stack.pop().__subclasses__():
            title = model.model_config.get("title")
            if title and title != model.__name__:
                names[model.__name__] = title
            stack.append(model)
    return names


class _SchemaGenerator(GenerateJsonSchema):
    """Titles only on models, not on every field (the TypeScript generator turns each title into a type
    alias: `Servicename`, `Name1`... would be noise), and models under their published names."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def normalize_name(self, name: str) -> str:
        published = _published_names().get(name, super().normalize_name(name))
        parts = published.split("__")
        if len(parts) > 2 and parts[0] == "ai_workloads":
            # Two classes of one name in different kinds (pydantic then qualifies the name with its module):
            # prefix the kind instead (`MlserverReleaseModelSource`), not a json2ts `ModelSource1`.
            return "".join(word.capitalize() for word in parts[1].split("_")) + parts[-1]
        return published


def _draft_07(node: Any) -> Any:
    """`$defs` -> `definitions` (and the references into it); `{$ref, description...}` -> `{allOf: [{$ref}], ...}`."""
    if isinstance(node, list):
        return [_draft_07(item) for item in node]
    if isinstance(node, str):  # a `$ref`, or a discriminator mapping's target
        return "#/definitions/" + node.removeprefix("#/$defs/") if node.startswith("#/$defs/") else node
    if not isinstance(node, dict):
        return node
    converted = {("definitions" if key == "$defs" else key): _draft_07(value) for key, value in node.items()}
    if "$ref" in converted and len(converted) > 1:
        reference = {"$ref": converted.pop("$ref")}
        converted = {"allOf": [reference], **converted}
    return converted


def _unique_titles(schema: dict[str, Any]) -> dict[str, Any]:
    """json2ts names a type after its `title`: definitions sharing one are titled by their (unique) key."""
    definitions = schema.get("definitions", {})
    titles = [definition.get("title") for definition in definitions.values()]
    for key, definition in definitions.items():
        if titles.count(definition.get("title")) > 1:
            definition["title"] = key
    return schema


def _with_header(schema: dict[str, Any], file_name: str, title: str) -> dict[str, Any]:
    schema = _unique_titles(_draft_07(schema))
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID_BASE + file_name,
        "title": title,
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_documents() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema, for every kind and the union."""
    documents = {}
    for kind in kinds():
        schema = kind.values.model_json_schema(by_alias=True, schema_generator=_SchemaGenerator)
        documents[kind.schema_file] = _with_header(schema, kind.schema_file, schema["title"])
    union = workload_adapter().json_schema(by_alias=True, schema_generator=_SchemaGenerator)
    documents[UNION_SCHEMA_FILE] = _with_header(union, UNION_SCHEMA_FILE, UNION_TITLE)
    return documents


def schema_texts(documents: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {name: json.dumps(document, indent=2) + "\n" for name, document in documents.items()}
