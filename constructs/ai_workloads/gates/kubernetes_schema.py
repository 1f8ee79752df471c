"""Gate: core Kubernetes objects against the official schemas, unknown fields rejected.

Uses the schemas that ship with `kubernetes-validate` (its `-strict` variant, the same files
`kubernetes-validate --strict` reads), with one compiled validator per kind instead of re-reading the
schema for every object: the `_definitions.json` it references is several megabytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
from referencing import Registry, Resource

from ai_workloads.errors import format_field_path
from ai_workloads.gates.fast_schema import Check, compile_schema
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


@cache
def _registry(schema_dir: Path) -> Registry:
    definitions = json.loads((schema_dir / "_definitions.json").read_text())
    return Resource.from_contents(definitions) @ Registry()


@cache
def _definitions(schema_dir: Path) -> dict[str, Any]:
    return json.loads((schema_dir / "_definitions.json").read_text())["$defs"]


class _Cyclic(Exception):
    pass


def _inlined(schema: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every `$ref` into `_definitions.json` replaced by the definition itself.

    Resolving thousands of `$ref`s through the registry on every object dominates validation time;
    inlined, the same checks run several times faster. Raises _Cyclic for recursive definitions.
    """
    done: dict[str, Any] = {}

    def visit(node: Any, active: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [visit(item, active) for item in node]
        if not isinstance(node, dict):
            return node
        reference = node.get("$ref")
        if isinstance(reference, str) and "#/$defs/" in reference:
            name = reference.rsplit("/", 1)[1]
            if name in active:
                raise _Cyclic(name)
            if name not in done:
                done[name] = visit(definitions[name], active + (name,))
            rest = {key: visit(value, active) for key, value in node.items() if key not in ("$ref", "description")}
            return {"allOf": [done[name], rest]} if rest else done[name]
        return {key: visit(value, active) for key, value in node.items() if key != "description"}

    return visit(schema, ())


@cache
def _validator(version: str, api_version: str, kind: str) -> jsonschema.protocols.Validator | None:
    schema_dir = _schema_dir(version)
    schema_file = schema_dir / _schema_file_name(api_version, kind)
    if not schema_file.is_file():
        return None
    schema = json.loads(schema_file.read_text())
    try:
        return jsonschema.Draft202012Validator(_inlined(schema, _definitions(schema_dir)))
    except _Cyclic:
        registry = Resource.from_contents(schema) @ _registry(schema_dir)
        return jsonschema.Draft202012Validator(schema, registry=registry)


@cache
def _fast_check(version: str, api_version: str, kind: str) -> Check | None:
    """The compiled yes/no check of the same schema (gates/fast_schema.py), or None."""
    validator = _validator(version, api_version, kind)
    return compile_schema(validator.schema) if validator is not None else None


def has_schema(manifest: dict[str, Any], version: str = DEFAULT_KUBERNETES_VERSION) -> bool:
    return _validator(version, manifest["apiVersion"], manifest["kind"]) is not None


def kubernetes_schema_errors(
    manifest: dict[str, Any], version: str = DEFAULT_KUBERNETES_VERSION
) -> Iterator[tuple[str, str]]:
    """(field path, message) for every violation; nothing when the object is valid."""
    validator = _validator(version, manifest["apiVersion"], manifest["kind"])
    if validator is None:
        yield "apiVersion", f"no Kubernetes {version} schema for {manifest['apiVersion']} {manifest['kind']}"
        return
    fast = _fast_check(version, manifest["apiVersion"], manifest["kind"])
    if fast is not None and fast(manifest):
        return  # no error (the same verdict as the validator's, several times faster)
    for error in sorted(validator.iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path))):
        yield format_field_path(list(error.absolute_path)), error.message


def warm_up(version: str = DEFAULT_KUBERNETES_VERSION) -> None:
    """Read the schema definitions of `version` now (what the first validation would do on first use)."""
    _definitions(_schema_dir(version))
