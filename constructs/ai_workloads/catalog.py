"""The Backstage catalog of the workloads (`.cat/backstage/`), generated from the workload files.

- one `Component` per workload (owner, lifecycle, description from the file; the Kubernetes and Argo CD
  annotations that link it to its objects; a link to its public host);
- a `Location` listing every entity file;
- a scaffolder `Template` (v1beta3) for ML_INFERENCE_LOAD whose form fields are taken from the JSON
  Schema of the values, and whose skeleton writes `workloads/<serviceName>.yaml` in a pull request.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Sequence

import yaml

from ai_workloads.argocd_application import ArgoCdSettings
from ai_workloads.labels import CATALOG_ID_LABEL
from ai_workloads.synth.loader import LoadedWorkload
from ai_workloads.values import MlInferenceLoadSchema

COMPONENTS_DIR = "components"
TEMPLATE_DIR = "templates/ml-inference-load"
SKELETON_FILE = f"{TEMPLATE_DIR}/skeleton/workloads/${{{{ values.serviceName }}}}.yaml"

# Form fields of the template: (parameter name, path in the values JSON Schema).
TEMPLATE_PAGES: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = [
    ("Workload", [
        ("serviceName", ("serviceName",)),
        ("namespace", ("namespace",)),
        ("owner", ("owner",)),
        ("description", ("description",)),
    ]),
    ("Model", [
        ("modelId", ("model", "id")),
        ("modelRevision", ("model", "revision")),
        ("gpuCount", ("container", "gpuCount")),
        ("imageTag", ("container", "image", "tag")),
    ]),
    ("Exposure", [
        ("host", ("gateway", "hosts", "items")),
    ]),
]
JSON_SCHEMA_KEYWORDS = ("type", "pattern", "minLength", "maxLength", "minimum", "maximum", "enum", "default", "description")


def catalog_files(workloads: Sequence[LoadedWorkload], argocd: ArgoCdSettings, values_schema: dict[str, Any]) -> dict[str, str]:
    files: dict[str, str] = {}
    for workload in workloads:
        files[f"{COMPONENTS_DIR}/{workload.values.workload_name}.yaml"] = _dump(_component(workload, argocd))
    files[f"{TEMPLATE_DIR}/template.yaml"] = _dump(_template(values_schema, argocd))
    files[SKELETON_FILE] = _skeleton()
    files["location.yaml"] = _dump(_location(sorted(name for name in files if not name.startswith(f"{TEMPLATE_DIR}/skeleton"))))
    return files


def _component(workload: LoadedWorkload, argocd: ArgoCdSettings) -> dict[str, Any]:
    values = workload.values
    is_tgi = isinstance(values, MlInferenceLoadSchema)
    hosts = values.gateway.hosts if is_tgi else (values.istio.hosts if values.istio.enabled else [])
    if values.description:
        description = values.description
    elif is_tgi:
        description = f"TGI server for {values.model.id} on {values.container.gpu_count} GPU(s)"
    else:
        description = f"MLServer release with {len(values.apps)} model server(s): {', '.join(a.name for a in values.apps)}"
    metadata: dict[str, Any] = {
        "name": values.workload_name,
        "description": description,
        "annotations": {
            "backstage.io/kubernetes-id": values.workload_name,
            "backstage.io/kubernetes-namespace": values.namespace,
            "backstage.io/kubernetes-label-selector": f"{CATALOG_ID_LABEL}={values.workload_name}",
            "argocd/app-name": argocd.app_name,
            "ai-workloads/source": workload.file,
        },
        "tags": ["ml-inference", "tgi", "gpu"] if is_tgi else ["ml-inference", "mlserver"],
    }
    if hosts:
        metadata["links"] = [{"url": f"https://{host.removeprefix('*.')}", "title": f"Endpoint {host}"} for host in hosts]
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
        "metadata": {"name": "ai-workloads", "description": "Workloads synthesized by ai-workloads, and how to add one"},
        "spec": {"type": "file", "targets": [f"./{target}" for target in targets]},
    }


def _schema_at(schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """The JSON Schema of the property at `path` ($refs into $defs resolved, nullable unions unwrapped)."""
    definitions = schema.get("$defs", {})

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = {**definitions[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
        if "anyOf" in node:  # Optional[X] -> X
            options = [resolve(option) for option in node["anyOf"] if option.get("type") != "null"]
            node = {**options[0], **{k: v for k, v in node.items() if k != "anyOf"}}
        return node

    node = resolve(schema)
    for part in path:
        node = resolve(node["items"] if part == "items" else node["properties"][part])
    return node


def _template(values_schema: dict[str, Any], argocd: ArgoCdSettings) -> dict[str, Any]:
    required = {"serviceName", "namespace", "modelId", "modelRevision", "imageTag", "host"}
    parameters = []
    for title, fields in TEMPLATE_PAGES:
        properties = {}
        for name, path in fields:
            source = _schema_at(values_schema, path)
            field = {key: copy.deepcopy(source[key]) for key in JSON_SCHEMA_KEYWORDS if key in source and source[key] is not None}
            field["title"] = _title(name)
            properties[name] = field
        parameters.append({
            "title": title,
            "required": sorted(name for name, _ in fields if name in required),
            "properties": properties,
        })
    owner, repo = _github_repo(argocd.repo_url)
    return {
        "apiVersion": "scaffolder.backstage.io/v1beta3",
        "kind": "Template",
        "metadata": {
            "name": "ml-inference-load",
            "title": "ML inference (TGI on GPUs)",
            "description": "Add an ML_INFERENCE_LOAD workload file: a Hugging Face TGI server for one model",
            "tags": ["ml-inference", "tgi", "gpu"],
        },
        "spec": {
            "owner": "group:default/ml-platform",
            "type": "service",
            "parameters": parameters,
            "steps": [
                {
                    "id": "render",
                    "name": "Render the workload file",
                    "action": "fetch:template",
                    "input": {"url": "./skeleton", "values": {name: f"${{{{ parameters.{name} }}}}" for _, fields in TEMPLATE_PAGES for name, _ in fields}},
                },
                {
                    "id": "publish",
                    "name": "Open a pull request",
                    "action": "publish:github:pull-request",
                    "input": {
                        "repoUrl": f"github.com?owner={owner}&repo={repo}",
                        "branchName": "add-workload-${{ parameters.serviceName }}",
                        "title": "Add ML_INFERENCE_LOAD ${{ parameters.serviceName }}",
                        "description": "Generated by the ml-inference-load template. CI validates the file and regenerates dist/.",
                    },
                },
            ],
            "output": {"links": [{"title": "Pull request", "url": "${{ steps.publish.output.remoteUrl }}"}]},
        },
    }


def _skeleton() -> str:
    return "\n".join([
        "# yaml-language-server: $schema=../schemas/ml-inference-load.schema.json",
        "type: ML_INFERENCE_LOAD",
        "serviceName: ${{ values.serviceName }}",
        "namespace: ${{ values.namespace }}",
        "owner: ${{ values.owner }}",
        "{%- if values.description %}",
        "description: ${{ values.description | dump }}",
        "{%- endif %}",
        "model:",
        "  id: ${{ values.modelId }}",
        "  revision: \"${{ values.modelRevision }}\"",
        "container:",
        "  image:",
        "    repository: ghcr.io/huggingface/text-generation-inference",
        "    tag: \"${{ values.imageTag }}\"",
        "  containerPorts:",
        "    - {portName: http, portNumber: 8080, protocol: TCP, servicePort: 80}",
        "  gpuCount: ${{ values.gpuCount }}",
        "gateway:",
        "  hosts:",
        "    - ${{ values.host }}",
        "",
    ])


def _title(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r" \1", name).capitalize().replace("Gpu", "GPU")


def _github_repo(url: str) -> tuple[str, str]:
    match = re.search(r"github\.com[/:]([^/]+)/([^/]+?)(\.git)?$", url)
    if not match:
        return "example", "ai-workloads"
    return match.group(1), match.group(2)


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(document: dict[str, Any]) -> str:
    header = "# Generated by ai-workloads (`make synth`) from the workload files. Do not edit.\n"
    return header + yaml.dump(document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=120)
