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
import re
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


class CrdCatalog:
    """The CRDs of one folder, read lazily: a file is parsed only when an object of its kind is
    validated (the folder holds megabytes of schemas, most of them for kinds we never render)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files_by_kind: dict[str, list[Path]] = {}
        self._unindexed: list[Path] = []
        for path in sorted(folder.rglob("*.yaml")):
            kind = _declared_kind(path)
            if kind is None:
                self._unindexed.append(path)
            else:
                self._files_by_kind.setdefault(kind, []).append(path)
        self._schemas: dict[tuple[str, str], dict[str, Any]] = {}
        self._parsed: set[Path] = set()
        self._validators: dict[tuple[str, str], Optional[jsonschema.protocols.Validator]] = {}

    def validator(self, api_version: str, kind: str) -> Optional[jsonschema.protocols.Validator]:
        key = (api_version, kind)
        if key not in self._validators:
            for path in self._files_by_kind.get(kind, []) + self._unindexed:
                if key in self._schemas:
                    break
                self._parse(path)
            schema = self._schemas.get(key)
            self._validators[key] = jsonschema.Draft7Validator(_strict(schema)) if schema is not None else None
        return self._validators[key]

    def _parse(self, path: Path) -> None:
        if path in self._parsed:
            return
        self._parsed.add(path)
        # libyaml's parser: the CRD files are megabytes, the pure-Python parser takes seconds on them.
        for document in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader):
            if not isinstance(document, dict) or document.get("kind") != "CustomResourceDefinition":
                continue
            spec = document["spec"]
            for version in spec.get("versions", []):
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if version.get("served") and schema:
                    self._schemas[(f"{spec['group']}/{version['name']}", spec["names"]["kind"])] = schema


_NAMES_KIND = re.compile(r"^  names:\s*\n(?:^    .*\n)*?^    kind: ['\"]?(\w+)", re.MULTILINE)


def _declared_kind(path: Path) -> Optional[str]:
    """`spec.names.kind` read from the head of a CRD file without parsing it (None if not found)."""
    with path.open(encoding="utf-8") as handle:
        head = handle.read(16384)
    match = _NAMES_KIND.search(head)
    return match.group(1) if match else None


@lru_cache(maxsize=None)
def load_crd_catalog(folder: Path) -> Optional[CrdCatalog]:
    """The CRD catalog of `folder`, or None when the folder does not exist."""
    if not folder.is_dir():
        return None
    return CrdCatalog(folder)


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


def crd_schema_errors(manifest: dict[str, Any], catalog: CrdCatalog) -> Iterator[tuple[str, str]]:
    validator = catalog.validator(manifest["apiVersion"], manifest["kind"])
    if validator is None:
        yield "apiVersion", f"no CRD in {catalog.folder} serves {manifest['apiVersion']} {manifest['kind']}"
        return
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path))):
        yield format_field_path(list(error.absolute_path)), error.message

