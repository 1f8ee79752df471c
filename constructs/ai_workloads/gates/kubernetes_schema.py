"""Gate: core Kubernetes objects against the official schemas, unknown fields rejected.

Uses the schemas that ship with `kubernetes-validate` (its `-strict` variant, the same files
`kubernetes-validate --strict` reads), with one validator per kind instead of re-reading the schema
for every object: the `_definitions.json` it references is several megabytes, parsed once into
jsonschema-rs's registry (the verdict; jsonschema words the messages: gates/schema_verdict.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import kubernetes_validate
from referencing import Registry, Resource

from ai_workloads.errors import format_field_path
from ai_workloads.gates.schema_verdict import SchemaGate
from ai_workloads.gates.settings import DEFAULT_KUBERNETES_VERSION


def _schema_dir(version: str) -> Path:
    base = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
    available = sorted(
        (p for p in base.iterdir() if p.name.endswith("-local-strict")),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)[:2]),
    )
    wanted = tuple(int(x) for x in version.split(".")[:2])
    candidates = [p for p in available if tuple(int(x) for x in re.findall(r"\d+", p.name)[:2]) <= wanted]
    if not candidates:
        raise ValueError(f"kubernetes-validate has no schemas for Kubernetes {version}")
    return candidates[-1]


def _schema_file_name(api_version: str, kind: str) -> str:
    # Same naming as kubernetes-validate: rbac.authorization.k8s.io/v1 -> rbac-v1
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    return f"{kind.lower()}-{group_version}.json"


def _definitions_document(schema_dir: Path) -> dict[str, Any]:
    """Read for each registry (not kept: jsonschema's is only built to word an invalid object's errors)."""
    document: dict[str, Any] = json.loads((schema_dir / "_definitions.json").read_text())
    return document


@cache
def _rust_registry(schema_dir: Path) -> jsonschema_rs.Registry:
    """`_definitions.json` under its `$id`, which every kind's schema `$ref`s (parsed once per folder)."""
    definitions = _definitions_document(schema_dir)
    return jsonschema_rs.Registry([(definitions["$id"], definitions)])


@cache
def _registry(schema_dir: Path) -> Registry:
    return Resource.from_contents(_definitions_document(schema_dir)) @ Registry()


@cache
def _gate(version: str, api_version: str, kind: str) -> SchemaGate | None:
    """The kind's schema gate (gates/schema_verdict.py), or None when there is no schema for it."""
    schema_dir = _schema_dir(version)
    schema_file = schema_dir / _schema_file_name(api_version, kind)
    if not schema_file.is_file():
        return None
    schema = json.loads(schema_file.read_text())
    verdict = jsonschema_rs.Draft202012Validator(schema, registry=_rust_registry(schema_dir), validate_formats=False)

    def wording() -> jsonschema.protocols.Validator:
        registry = Resource.from_contents(schema) @ _registry(schema_dir)
        return jsonschema.Draft202012Validator(schema, registry=registry)

    return SchemaGate(verdict, wording)


def warm_up(version: str = DEFAULT_KUBERNETES_VERSION) -> None:
    """Parse the version's shared definitions now rather than on the first object (synth/preload.py)."""
    _rust_registry(_schema_dir(version))


def has_schema(manifest: dict[str, Any], version: str = DEFAULT_KUBERNETES_VERSION) -> bool:
    return _gate(version, manifest["apiVersion"], manifest["kind"]) is not None


def kubernetes_schema_errors(
    manifest: dict[str, Any], version: str = DEFAULT_KUBERNETES_VERSION
) -> Iterator[tuple[str, str]]:
    """(field path, message) for every violation; nothing when the object is valid."""
    gate = _gate(version, manifest["apiVersion"], manifest["kind"])
    if gate is None:
        yield "apiVersion", f"no Kubernetes {version} schema for {manifest['apiVersion']} {manifest['kind']}"
        return
    for error in gate.errors(manifest):
        yield format_field_path(error.path), error.message
