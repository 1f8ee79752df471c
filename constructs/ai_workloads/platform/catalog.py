"""The Backstage catalog of the workloads (`.cat/backstage/`), generated from the loaded workload values.

- one `Component` per workload: owner, lifecycle and description from the file, tags and links from
  its kind (`WorkloadKind.catalog_entry`), and the annotations that link it to its Kubernetes objects
  and its Argo CD Application;
- the scaffolder templates the kinds provide (`WorkloadKind.catalog_template`), built with the helpers
  below from the kind's JSON Schema;
- a `Location` listing every entity file.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

import yaml

from ai_workloads._parts.labels import CATALOG_ID_LABEL
from ai_workloads.platform.scm import PublishTarget
from ai_workloads.registry import kind_of, kinds

COMPONENTS_DIR = "components"
JSON_SCHEMA_KEYWORDS = (
    "type",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "enum",
    "default",
    "description",
)

# A form page of a scaffolder template: (title, [(parameter name, path in the values JSON Schema)]).
FormPage = tuple[str, list[tuple[str, tuple[str, ...]]]]


def catalog_files(
    components: Sequence[tuple[str, str]], *, publish: PublishTarget, schemas: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """Every file of `.cat/backstage/`. `components` are the workloads' `component_file`s (rendered with
    each workload, and cached with it); `publish`: where the templates open their pull requests;
    `schemas` maps a kind's schema file name to its JSON Schema."""
    files: dict[str, str] = dict(components)
    for kind in kinds():
        if kind.catalog_template is not None:
            files.update(kind.catalog_template(schemas[kind.schema_file], publish))
    entity_files = sorted(name for name in files if "/skeleton/" not in name)
    files["location.yaml"] = dump(_location(entity_files))
    return files


def component_file(file: str, values: Any, app_name: str) -> tuple[str, str]:
    """(path under .cat/backstage/, text) of the workload's Component; `app_name` names its Argo CD Application."""
    return f"{COMPONENTS_DIR}/{values.workload_name}.yaml", dump(_component(file, values, app_name))


def _component(file: str, values: Any, app_name: str) -> dict[str, Any]:
    entry = kind_of(values).catalog_entry(values)
    metadata: dict[str, Any] = {
        "name": values.workload_name,
        "description": values.description or entry.description,
        "annotations": {
            "backstage.io/kubernetes-id": values.workload_name,
            "backstage.io/kubernetes-namespace": values.namespace,
            "backstage.io/kubernetes-label-selector": f"{CATALOG_ID_LABEL}={values.workload_name}",
            "argocd/app-name": app_name,
            "ai-workloads/source": file,
            **entry.annotations,
        },
        "tags": list(entry.tags),
    }
    if entry.hosts:
        metadata["links"] = [
            {"url": f"https://{host.removeprefix('*.')}", "title": f"Endpoint {host}"} for host in entry.hosts
        ]
    return {
        "apiVersion": "backstage.io/v1alpha1",
        "kind": "Component",
        "metadata": metadata,
        "spec": {"type": "service", "lifecycle": values.lifecycle.value, "owner": values.owner},
    }


def _location(targets: list[str]) -> dict[str, Any]:
    return {
        "apiVersion": "backstage.io/v1alpha1",
        "kind": "Location",
        "metadata": {
            "name": "ai-workloads",
            "description": "Workloads synthesized by ai-workloads, and how to add one",
        },
        "spec": {"type": "file", "targets": [f"./{target}" for target in targets]},
    }


# --- scaffolder template helpers (used by the kinds' catalog modules) ---------------------------------


def schema_at(schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """The JSON Schema of the property at `path` ($refs into the definitions resolved, a single `allOf`
    reference merged, nullable unions unwrapped)."""
    definitions = schema.get("definitions", schema.get("$defs", {}))

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node or len(node.get("allOf", ())) == 1:
            if "allOf" in node:
                node = {**node["allOf"][0], **{k: v for k, v in node.items() if k != "allOf"}}
                continue
            node = {**definitions[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
        if "anyOf" in node:  # Optional[X] -> X
            options = [resolve(option) for option in node["anyOf"] if option.get("type") != "null"]
            node = {**options[0], **{k: v for k, v in node.items() if k != "anyOf"}}
        return node

    node = resolve(schema)
    for part in path:
        node = resolve(node["items"] if part == "items" else node["properties"][part])
    return node


def form_parameters(values_schema: dict[str, Any], pages: list[FormPage], required: set[str]) -> list[dict[str, Any]]:
    """The template's form pages; each field copies its type and constraints from the values schema."""
    parameters = []
    for title, fields in pages:
        properties = {}
        for name, path in fields:
            source = schema_at(values_schema, path)
            field = {
                key: copy.deepcopy(source[key])
                for key in JSON_SCHEMA_KEYWORDS
                if key in source and source[key] is not None
            }
            field["title"] = field_title(name)
            properties[name] = field
        parameters.append(
            {
                "title": title,
                "required": sorted(name for name, _ in fields if name in required),
                "properties": properties,
            }
        )
    return parameters


def field_title(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r" \1", name).capitalize().replace("Gpu", "GPU")


class _Dumper(yaml.CSafeDumper):
    """libyaml's emitter (tests/test_speedups.py: byte for byte what PyYAML's Python emitter writes)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(document: dict[str, Any]) -> str:
    header = "# Generated by ai-workloads (`make synth`) from the workload files. Do not edit.\n"
    text: str = yaml.dump(document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=120)
    return header + text
