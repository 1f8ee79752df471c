"""Gate: custom resources against the `openAPIV3Schema` of their CustomResourceDefinitions, including
the CEL rules (`x-kubernetes-validations`, see cel_rules.py) evaluated on the defaulted object.

The schemas come bundled with the project: `make imports` writes them to `imports/crd_schemas/` (see
crd_bundle.py), committed and shipped in the wheel as `ai_workloads_imports/crd_schemas`, so the gate
runs for everyone. The upstream CRD files (env `AI_WORKLOADS_CRDS_DIR`, default `../shared/crds`) are
only needed to regenerate them. Without bundled schemas the check is skipped with a notice, unless
`AI_WORKLOADS_REQUIRE_CRDS=1` (CI) makes that an error.

Like a strict API server (`kubectl --validate=strict`), fields the schema does not declare are
rejected, except where the schema says `x-kubernetes-preserve-unknown-fields`.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs

from ai_workloads.errors import format_field_path
from ai_workloads.gates.cel_rules import CelStats, SchemaNode, cel_rule_errors, compile_schema
from ai_workloads.gates.schema_verdict import SchemaGate
from ai_workloads.gates.settings import (  # noqa: F401  (re-exported: where they used to live)
    CRDS_DIR_ENV,
    DEFAULT_CRDS_DIR,
    REQUIRE_CRDS_ENV,
    bundled_schemas_dir,
    crds_dir,
    crds_required,
)


class CrdCatalog:
    """Schemas of custom resources by (apiVersion, kind), each compiled once: a strict JSON Schema
    gate and the CEL rule tree."""

    folder: Path

    def __init__(self) -> None:
        self._gates: dict[tuple[str, str], SchemaGate | None] = {}
        self._rules: dict[tuple[str, str], SchemaNode | None] = {}

    def schema(self, api_version: str, kind: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def missing_message(self, api_version: str, kind: str) -> str:
        return f"no CRD in {self.folder} serves {api_version} {kind}"

    def gate(self, api_version: str, kind: str) -> SchemaGate | None:
        """The strict schema's gate (gates/schema_verdict.py: jsonschema-rs decides, jsonschema words the
        messages), or None when no CRD serves the kind."""
        key = (api_version, kind)
        if key not in self._gates:
            schema = self.schema(api_version, kind)
            self._gates[key] = _strict_gate(_strict(schema)) if schema is not None else None
        return self._gates[key]

    def rules(self, api_version: str, kind: str) -> SchemaNode | None:
        key = (api_version, kind)
        if key not in self._rules:
            schema = self.schema(api_version, kind)
            self._rules[key] = compile_schema(schema, f"{api_version} {kind}") if schema is not None else None
        return self._rules[key]


class BundledCrdCatalog(CrdCatalog):
    """The schemas `make imports` bundled: `<group>_<version>_<kind>.json` files (crd_bundle.py)."""

    def __init__(self, folder: Path) -> None:
        # Imported here: `python -m ai_workloads.gates.crd_bundle` must not find it imported already.
        from ai_workloads.gates.crd_bundle import parse_bundle_file_name

        super().__init__()
        self.folder = folder
        self._files: dict[tuple[str, str], Path] = {}
        for path in sorted(folder.glob("*.json")):
            key = parse_bundle_file_name(path.name)
            if key is not None:
                self._files[key] = path

    def __len__(self) -> int:
        return len(self._files)

    def schema(self, api_version: str, kind: str) -> dict[str, Any] | None:
        path = self._files.get((api_version, kind))
        return json.loads(path.read_text(encoding="utf-8")) if path is not None else None

    def missing_message(self, api_version: str, kind: str) -> str:
        return (
            f"no bundled CRD schema serves {api_version} {kind} (add its CRD to "
            "ai_workloads/gates/crd_bundle.py and run `make imports`)"
        )


class CrdFolderCatalog(CrdCatalog):
    """The CRDs of one folder of upstream CRD files, read lazily: a file is parsed only when an object
    of its kind is validated (the folder holds megabytes of schemas, most of them for kinds we never
    render)."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
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

    def schema(self, api_version: str, kind: str) -> dict[str, Any] | None:
        key = (api_version, kind)
        for path in self._files_by_kind.get(kind, []) + self._unindexed:
            if key in self._schemas:
                break
            self._parse(path)
        return self._schemas.get(key)

    def _parse(self, path: Path) -> None:
        if path in self._parsed:
            return
        self._parsed.add(path)
        # Imported here: `python -m ai_workloads.gates.crd_bundle` must not find it imported already.
        from ai_workloads.gates.crd_bundle import served_schemas

        for api_version, kind, schema in served_schemas(path):
            self._schemas[(api_version, kind)] = schema


_NAMES_KIND = re.compile(r"^  names:\s*\n(?:^    .*\n)*?^    kind: ['\"]?(\w+)", re.MULTILINE)


def _declared_kind(path: Path) -> str | None:
    """`spec.names.kind` read from the head of a CRD file without parsing it (None if not found)."""
    with path.open(encoding="utf-8") as handle:
        head = handle.read(16384)
    match = _NAMES_KIND.search(head)
    return match.group(1) if match else None


@cache
def load_crd_catalog(folder: Path) -> CrdFolderCatalog | None:
    """The catalog of a folder of upstream CRD files, or None when the folder does not exist."""
    if not folder.is_dir():
        return None
    return CrdFolderCatalog(folder)


@cache
def load_bundled_catalog(folder: Path | None = None) -> BundledCrdCatalog | None:
    """The bundled schemas (of `folder`, default the package's), or None when there are none."""
    folder = folder if folder is not None else bundled_schemas_dir()
    if folder is None or not folder.is_dir():
        return None
    catalog = BundledCrdCatalog(folder)
    return catalog if len(catalog) else None


# A flags group after a leading `^` (`^(?i)(abort|warn)?$` in the PrometheusRule CRD): RE2 applies it to
# the rest of the expression, Python 3.11 refuses global flags anywhere but at the start.
_LATE_FLAGS = re.compile(r"^(\^?)\(\?([a-zA-Z]+)\)(.*)$", re.DOTALL)


def python_pattern(pattern: str) -> str:
    """A CRD's (Go RE2) `pattern` as a Python regular expression with the same meaning: a flags group
    right after `^` becomes a scoped group over the rest (`^(?i:...)`)."""
    late = _LATE_FLAGS.match(pattern)
    if late and late.group(1):
        return f"^(?{late.group(2)}:{late.group(3)})"
    return pattern


def _strict(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy in which every object with declared properties rejects undeclared ones, its patterns in
    Python's syntax (python_pattern)."""
    strict = copy.deepcopy(schema)
    # Some CRDs (Istio's) leave the object envelope out of their schema; the API server always allows it.
    envelope = strict.setdefault("properties", {})
    envelope.setdefault("apiVersion", {"type": "string"})
    envelope.setdefault("kind", {"type": "string"})
    envelope.setdefault("metadata", {"type": "object"})

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                node["pattern"] = python_pattern(node["pattern"])
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


def _strict_gate(strict: dict[str, Any]) -> SchemaGate:
    return SchemaGate(
        jsonschema_rs.Draft7Validator(strict, validate_formats=False), lambda: jsonschema.Draft7Validator(strict)
    )


def crd_schema_errors(
    manifest: dict[str, Any], catalog: CrdCatalog, cel_stats: CelStats | None = None
) -> Iterator[tuple[str, str]]:
    """(field path, message) for every violation of the CRD schema, then of its CEL rules; counts go to
    `cel_stats`. Like the API server, the rules are not evaluated when a value has the wrong type."""
    api_version, kind = manifest["apiVersion"], manifest["kind"]
    gate = catalog.gate(api_version, kind)
    if gate is None:
        yield "apiVersion", catalog.missing_message(api_version, kind)
        return
    schema_errors = gate.errors(manifest)
    for error in schema_errors:
        yield format_field_path(error.path), error.message
    rules = catalog.rules(api_version, kind)
    if rules is not None and not any(error.keyword == "type" for error in schema_errors):
        yield from cel_rule_errors(manifest, rules, cel_stats)
