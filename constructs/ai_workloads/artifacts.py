"""Generated artefacts beside dist/, all derived from the pydantic models and the workload files:

- `schemas/*.schema.json`: JSON Schema per workload type and for the WorkloadSchema union (the
  TypeScript declarations `schemas/workload.d.ts` are generated from them by json2ts, see Makefile);
- `.cat/backstage/`: the Backstage catalog (see catalog.py);
- `argocd/application.yaml`: the Argo CD Application for dist/ (see argocd_application.py).

Run with `python -m ai_workloads.artifacts` (part of `make synth`); tests fail when a committed file
is stale. Invalid workload files stop it with the same `<file>: <field path>: <message>` errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import cdk8s
import yaml

from pydantic.json_schema import GenerateJsonSchema

from ai_workloads.argocd_application import ArgoCdApplication, ArgoCdSettings
from ai_workloads.catalog import catalog_files
from ai_workloads.errors import WorkloadErrors
from ai_workloads.synth.loader import LoadedWorkload, load_workloads
from ai_workloads.synth.output import manifests_to_yaml, replace_folder
from ai_workloads.values import WORKLOAD_ADAPTER, MlInferenceLoadSchema, MlServerReleaseSchema

SCHEMA_DIR = Path("schemas")
CATALOG_DIR = Path(".cat/backstage")
ARGOCD_FILE = Path("argocd/application.yaml")
CDK8S_CONFIG = Path("cdk8s.yaml")
SCHEMA_ID_BASE = "https://ai-workloads.example.com/schemas/"


class _SchemaGenerator(GenerateJsonSchema):
    """Titles only on models, not on every field: the TypeScript generator turns each title into a type
    alias, and `Servicename`, `Name1`... would be noise."""

    def field_title_should_be_set(self, schema) -> bool:  # noqa: ANN001 (pydantic-core schema)
        return False


def _with_header(schema: dict[str, Any], file_name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID_BASE + file_name,
        "title": title,
        **{key: value for key, value in schema.items() if key != "title"},
    }


SCHEMA_FILES: dict[str, Callable[[], dict[str, Any]]] = {
    "ml-inference-load.schema.json": lambda: _with_header(
        MlInferenceLoadSchema.model_json_schema(by_alias=True, schema_generator=_SchemaGenerator), "ml-inference-load.schema.json", "MlInferenceLoadSchema"
    ),
    "mlserver-release.schema.json": lambda: _with_header(
        MlServerReleaseSchema.model_json_schema(by_alias=True, schema_generator=_SchemaGenerator), "mlserver-release.schema.json", "MlServerReleaseSchema"
    ),
    "workload.schema.json": lambda: _with_header(
        WORKLOAD_ADAPTER.json_schema(by_alias=True, schema_generator=_SchemaGenerator), "workload.schema.json", "WorkloadSchema"
    ),
}


def schema_texts() -> dict[str, str]:
    return {name: json.dumps(build(), indent=2) + "\n" for name, build in SCHEMA_FILES.items()}


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        written.append(path)
    return written


def argocd_settings(config_file: Path = CDK8S_CONFIG) -> ArgoCdSettings:
    """The `argocd:` section of cdk8s.yaml (camelCase keys, as in the rest of the file)."""
    section = (yaml.safe_load(config_file.read_text()) or {}).get("argocd") or {}
    keys = {
        "repoURL": "repo_url", "targetRevision": "target_revision", "appName": "app_name", "namespace": "namespace",
        "project": "project", "destinationServer": "destination_server", "path": "path",
    }
    unknown = sorted(set(section) - set(keys))
    if unknown:
        raise ValueError(f"{config_file}: argocd: unknown key(s) {', '.join(unknown)}; known: {', '.join(keys)}")
    return ArgoCdSettings(**{keys[key]: str(value) for key, value in section.items()})


def application_text(settings: ArgoCdSettings) -> str:
    chart = cdk8s.Chart(cdk8s.App(), "argocd", disable_resource_name_hashes=True)
    ArgoCdApplication(chart, "Application", settings=settings)
    return manifests_to_yaml(list(chart.to_json()), source=str(CDK8S_CONFIG))


def catalog_texts(workloads: Sequence[LoadedWorkload], settings: ArgoCdSettings) -> dict[str, str]:
    return catalog_files(workloads, settings, json.loads(schema_texts()["ml-inference-load.schema.json"]))


def main() -> int:
    try:
        workloads = load_workloads(Path("workloads"))
    except WorkloadErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        return 1
    settings = argocd_settings()
    write_schemas()
    replace_folder(CATALOG_DIR, catalog_texts(workloads, settings))
    ARGOCD_FILE.parent.mkdir(exist_ok=True)
    ARGOCD_FILE.write_text(application_text(settings))
    print(f"wrote {SCHEMA_DIR}/, {CATALOG_DIR}/ ({len(workloads)} component(s)) and {ARGOCD_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
