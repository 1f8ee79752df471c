"""`python -m ai_workloads.gates.crd_bundle`: the validation schemas of the CRDs the project renders.

`make imports` runs it after `cdk8s import`, on the same CRD files (`CRDS_DIR`, default `../shared/crds`),
and writes `imports/crd_schemas/<group>_<version>_<kind>.json`: for the version of each CRD below that
the project renders (it must be served), its `openAPIV3Schema` (types, enums, patterns, `default`s and `x-kubernetes-validations` kept,
descriptions stripped) as JSON with sorted keys. The CRD gate reads these files, so a clone of the
repository (or an installed wheel, where they ship in `ai_workloads_imports`) validates custom
resources without the CRD folder; the folder is only needed to regenerate them.

This module is also the one list of the CRDs the project imports: the Makefile asks it for the
`cdk8s import` specs (`--import-specs`), and cdk8s.yaml lists the same names with the upstream URLs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

# `cdk8s import` module name -> CRD file under CRDS_DIR (the Python bindings land in imports/<name>/).
CRD_IMPORTS: dict[str, str] = {
    "gateway_api_gateway": "gateway-api/gateway.networking.k8s.io_gateways.yaml",
    "gateway_api_httproute": "gateway-api/gateway.networking.k8s.io_httproutes.yaml",
    "cert_manager_certificate": "cert-manager/cert-manager.io_certificates.yaml",
    "external_secrets_externalsecret": "external-secrets/external-secrets.io_externalsecrets.yaml",
    "istio_virtualservice": "istio/virtualservices.networking.istio.io.yaml",
    "argocd_application": "argo-cd/application-crd.yaml",
    "prometheus_operator_podmonitor": "prometheus-operator/monitoring.coreos.com_podmonitors.yaml",
    "prometheus_operator_prometheusrule": "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
    "keda_scaledobject": "keda/keda.sh_scaledobjects.yaml",
    "inference_extension_inferencepool": "gateway-api-inference-extension/inference.networking.k8s.io_inferencepools.yaml",
    "llm_d_inferenceobjective": "llm-d-router/llm-d.ai_inferenceobjectives.yaml",
    "istio_destinationrule": "istio/destinationrules.networking.istio.io.yaml",
}

# The versions the constructs render, one per CRD (older served versions are not bundled: an object of
# such a version is reported by the gate as having no bundled schema).
RENDERED_VERSIONS: dict[str, str] = {
    "gateway_api_gateway": "v1",
    "gateway_api_httproute": "v1",
    "cert_manager_certificate": "v1",
    "external_secrets_externalsecret": "v1",
    "istio_virtualservice": "v1",
    "argocd_application": "v1alpha1",
    "prometheus_operator_podmonitor": "v1",
    "prometheus_operator_prometheusrule": "v1",
    "keda_scaledobject": "v1alpha1",
    "inference_extension_inferencepool": "v1",
    "llm_d_inferenceobjective": "v1alpha2",
    "istio_destinationrule": "v1",
}

BUNDLE_FOLDER = "crd_schemas"  # inside imports/ (the package ai_workloads_imports)
BUNDLE_SUFFIX = ".json"

# Keys of a schema node whose values are schemas themselves (everything else, e.g. `default` or `enum`,
# is data and kept as it is).
_SCHEMA_MAP_KEYS = ("properties", "patternProperties", "definitions")
_SCHEMA_KEYS = ("items", "additionalProperties", "not", "additionalItems")
_SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf")


def bundle_file_name(api_version: str, kind: str) -> str:
    """`gateway.networking.k8s.io/v1`, `HTTPRoute` -> `gateway.networking.k8s.io_v1_HTTPRoute.json`."""
    group, version = api_version.split("/", 1)
    return f"{group}_{version}_{kind}{BUNDLE_SUFFIX}"


def parse_bundle_file_name(name: str) -> tuple[str, str] | None:
    """(apiVersion, kind) of a bundle file name, None for any other file."""
    if not name.endswith(BUNDLE_SUFFIX):
        return None
    parts = name[: -len(BUNDLE_SUFFIX)].rsplit("_", 2)
    if len(parts) != 3 or not all(parts):
        return None
    group, version, kind = parts
    return f"{group}/{version}", kind


def strip_descriptions(schema: Any) -> Any:
    """A copy of an OpenAPI schema without its `description`s (only the schema keyword: a property
    that happens to be named `description` stays)."""
    if isinstance(schema, list):
        return [strip_descriptions(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    stripped: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "description":
            continue
        if key in _SCHEMA_MAP_KEYS and isinstance(value, dict):
            stripped[key] = {name: strip_descriptions(child) for name, child in value.items()}
        elif key in _SCHEMA_KEYS or key in _SCHEMA_LIST_KEYS:
            stripped[key] = strip_descriptions(value)
        else:
            stripped[key] = value
    return stripped


def served_schemas(crd_file: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(apiVersion, kind, openAPIV3Schema) for every served version of the CRDs in one file."""
    # libyaml's parser: the CRD files are megabytes, the pure-Python parser takes seconds on them.
    for document in yaml.load_all(crd_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
        if not isinstance(document, dict) or document.get("kind") != "CustomResourceDefinition":
            continue
        spec = document["spec"]
        for version in spec.get("versions", []):
            schema = (version.get("schema") or {}).get("openAPIV3Schema")
            if version.get("served") and schema:
                yield f"{spec['group']}/{version['name']}", spec["names"]["kind"], schema


def bundle_text(schema: dict[str, Any]) -> str:
    """The deterministic file content of one bundled schema."""
    return json.dumps(strip_descriptions(schema), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def build_bundle(crds_dir: Path) -> dict[str, str]:
    """File name -> content of the bundle generated from `crds_dir`."""
    files: dict[str, str] = {}
    for name, relative in CRD_IMPORTS.items():
        path = crds_dir / relative
        if not path.is_file():
            raise FileNotFoundError(f"{path}: CRD file not found (set CRDS_DIR / --crds-dir)")
        wanted = RENDERED_VERSIONS[name]
        found = [
            (api_version, kind, schema)
            for api_version, kind, schema in served_schemas(path)
            if api_version.rsplit("/", 1)[1] == wanted
        ]
        if not found:
            raise ValueError(f"{path}: version {wanted} is not served (or has no openAPIV3Schema)")
        for api_version, kind, schema in found:
            files[bundle_file_name(api_version, kind)] = bundle_text(schema)
    return dict(sorted(files.items()))


def write_bundle(crds_dir: Path, out_dir: Path) -> list[Path]:
    """Replace the bundle in `out_dir` with the one generated from `crds_dir`; returns the files written."""
    files = build_bundle(crds_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(f"*{BUNDLE_SUFFIX}"):
        if stale.name not in files:
            stale.unlink()
    written = []
    for name, text in files.items():
        target = out_dir / name
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def import_specs(crds_dir: Path) -> list[str]:
    """`name:=path` arguments for `cdk8s import`, one per CRD."""
    return [f"{name}:={crds_dir / relative}" for name, relative in CRD_IMPORTS.items()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ai_workloads.gates.crd_bundle", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--crds-dir", type=Path, required=True, help="folder of the upstream CRD files")
    parser.add_argument("--out", type=Path, help=f"write the bundle here (imports/{BUNDLE_FOLDER})")
    parser.add_argument("--import-specs", action="store_true", help="print the `cdk8s import` specs instead")
    args = parser.parse_args(argv)
    if args.import_specs:
        print("\n".join(import_specs(args.crds_dir)))
        return 0
    if args.out is None:
        parser.error("--out is required unless --import-specs is given")
    try:
        written = write_bundle(args.crds_dir, args.out)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{args.out}/: {len(written)} CRD schema(s) from {args.crds_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
