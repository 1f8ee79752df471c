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

    def field_title_should_be_set(self, schema) -> bool:  # noqa: ANN001 (pydantic-core schema)
        return False

    def normalize_name(self, name: str) -> str:
        return _published_names().get(name, super().normalize_name(name))


def _with_header(schema: dict[str, Any], file_name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
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
