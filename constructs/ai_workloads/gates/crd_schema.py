"""Gate: custom resources against the `openAPIV3Schema` of their CustomResourceDefinitions.

The CRDs are read from a folder (env `AI_WORKLOADS_CRDS_DIR`, default `../shared/crds`): they are
upstream files the project does not vendor. Without the folder the check is skipped with a notice,
unless `AI_WORKLOADS_REQUIRE_CRDS=1` (CI) makes that an error.

Like a strict API server (`kubectl --validate=strict`), fields the schema does not declare are
rejected, except where the schema says `x-kubernetes-preserve-unknown-fields`. CEL rules
(`x-kubernetes-validations`) are not evaluated here.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

import jsonschema
import yaml

from ai_workloads.errors import format_field_path

CRDS_DIR_ENV = "AI_WORKLOADS_CRDS_DIR"
REQUIRE_CRDS_ENV = "AI_WORKLOADS_REQUIRE_CRDS"
DEFAULT_CRDS_DIR = "../shared/crds"


def crds_dir() -> Path:
    return Path(os.environ.get(CRDS_DIR_ENV, DEFAULT_CRDS_DIR))


def crds_required() -> bool:
    return os.environ.get(REQUIRE_CRDS_ENV, "") not in ("", "0", "false")


@dataclass(frozen=True)
class CrdCatalog:
    folder: Path
    schemas: dict[tuple[str, str], dict[str, Any]]  # (apiVersion, kind) -> strict openAPIV3Schema

    def validator(self, api_version: str, kind: str) -> Optional[jsonschema.protocols.Validator]:
        return _compiled(self, api_version, kind)


@lru_cache(maxsize=None)
def load_crd_catalog(folder: Path) -> Optional[CrdCatalog]:
    """Every served version of every CRD under `folder`, or None when the folder does not exist."""
    if not folder.is_dir():
        return None
    schemas: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(folder.rglob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text()):
            if not isinstance(document, dict) or document.get("kind") != "CustomResourceDefinition":
                continue
            spec = document["spec"]
            for version in spec.get("versions", []):
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if version.get("served") and schema:
                    key = (f"{spec['group']}/{version['name']}", spec["names"]["kind"])
                    schemas[key] = _strict(schema)
    return CrdCatalog(folder=folder, schemas=schemas)


def _strict(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy in which every object with declared properties rejects undeclared ones."""
    strict = copy.deepcopy(schema)
    # Some CRDs (Istio's) leave the object envelope out of their schema; the API server always allows it.
    envelope = strict.setdefault("properties", {})
    envelope.setdefault("apiVersion", {"type": "string"})
    envelope.setdefault("kind", {"type": "string"})
    envelope.setdefault("metadata", {"type": "object"})

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if (
                "properties" in node
                and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")
            ):
                node["additionalProperties"] = False
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(strict)
    return strict


_VALIDATORS: dict[tuple[int, str, str], Optional[jsonschema.protocols.Validator]] = {}


def _compiled(catalog: CrdCatalog, api_version: str, kind: str) -> Optional[jsonschema.protocols.Validator]:
    key = (id(catalog), api_version, kind)
    if key not in _VALIDATORS:
        schema = catalog.schemas.get((api_version, kind))
        _VALIDATORS[key] = jsonschema.Draft7Validator(schema) if schema is not None else None
    return _VALIDATORS[key]


def crd_schema_errors(manifest: dict[str, Any], catalog: CrdCatalog) -> Iterator[tuple[str, str]]:
    validator = catalog.validator(manifest["apiVersion"], manifest["kind"])
    if validator is None:
        yield "apiVersion", f"no CRD in {catalog.folder} serves {manifest['apiVersion']} {manifest['kind']}"
        return
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path))):
        yield format_field_path(list(error.absolute_path)), error.message

