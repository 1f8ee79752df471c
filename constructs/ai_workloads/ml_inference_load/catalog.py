"""The Backstage side of ML_INFERENCE_LOAD: the Component entry of a workload and the scaffolder
template (form fields taken from the JSON Schema of the values; the skeleton writes
`workloads/<serviceName>.yaml` in a pull request)."""

from __future__ import annotations

from typing import Any

from ai_workloads.ml_inference_load.engines import engines
from ai_workloads.platform.catalog import dump, form_parameters, schema_at
from ai_workloads.platform.scm import PublishTarget
from ai_workloads.registry import CatalogEntry

TEMPLATE_DIR = "templates/ml-inference-load"
SKELETON_FILE = f"{TEMPLATE_DIR}/skeleton/workloads/${{{{ values.serviceName }}}}.yaml"
REQUIRED_PARAMETERS = {"serviceName", "namespace", "engine", "modelId", "modelRevision", "host"}
# The Component annotation naming the serving engine a workload runs.
ENGINE_ANNOTATION = "ai-workloads/serving-engine"
# The Component annotation listing the LoRA adapters a workload serves: `<name>=<id>@<revision>,...`.
LORA_ANNOTATION = "ai-workloads/lora-adapters"

# Form fields of the template: (parameter name, path in the values JSON Schema). The image tag is not
# here: it follows the engine (`_engine_dependencies`).
TEMPLATE_PAGES: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = [
    (
        "Workload",
        [
            ("serviceName", ("serviceName",)),
            ("namespace", ("namespace",)),
            ("owner", ("owner",)),
            ("description", ("description",)),
        ],
    ),
    (
        "Model",
        [
            ("engine", ("engine",)),
            ("modelId", ("model", "id")),
            ("modelRevision", ("model", "revision")),
            ("gpuCount", ("container", "gpuCount")),
        ],
    ),
    (
        "Secrets and model cache",
        [
            ("hubTokenVaultPath", ("container", "secrets", "items", "vaultPath")),
            ("hubTokenVaultProperty", ("container", "secrets", "items", "vaultProperty")),
            ("modelCacheSize", ("modelCache", "size")),
        ],
    ),
    (
        "Exposure",
        [
            ("host", ("gateway", "hosts", "items")),
        ],
    ),
]
# Descriptions of the fields whose schema text speaks of something else (a list item, a whole section).
FIELD_DESCRIPTIONS = {
    "hubTokenVaultPath": "Vault path of a Hugging Face token, for gated or private models (becomes HF_TOKEN "
    "from Secret <serviceName>-secrets through the ClusterSecretStore vault-backend). "
    "Leave empty for a public model.",
    "hubTokenVaultProperty": "Field of that Vault secret holding the token.",
    "modelCacheSize": "Size of a persistent model cache (a PersistentVolumeClaim filled by a download Job before "
    "the server starts), e.g. 40Gi. Leave empty to download into the pod on every start.",
}
FIELD_DEFAULTS = {"hubTokenVaultProperty": "token"}


def catalog_entry(values: Any) -> CatalogEntry:
    engine = values.serving_engine
    lora = values.serving.lora
    adapters = {LORA_ANNOTATION: ",".join(f"{a.name}={a.source}" for a in lora.adapters)} if lora else {}
    return CatalogEntry(
        description=f"{engine.short_name} server for {values.model.id} on {values.container.gpu_count} GPU(s)"
        + (f" with {len(lora.adapters)} LoRA adapter(s)" if lora else ""),
        tags=("ml-inference", engine.name, "gpu", *(("lora",) if lora else ())),
        hosts=tuple(values.gateway.hosts),
        annotations={ENGINE_ANNOTATION: engine.name, **adapters},
    )


def catalog_template(values_schema: dict[str, Any], publish: PublishTarget) -> dict[str, str]:
    return {f"{TEMPLATE_DIR}/template.yaml": dump(_template(values_schema, publish)), SKELETON_FILE: _skeleton()}


def _parameters(values_schema: dict[str, Any]) -> list[dict[str, Any]]:
    parameters = form_parameters(values_schema, TEMPLATE_PAGES, REQUIRED_PARAMETERS)
    for page in parameters:
        for name, field in page["properties"].items():
            if name in FIELD_DESCRIPTIONS:
                field["description"] = FIELD_DESCRIPTIONS[name]
            if name in FIELD_DEFAULTS:
                field["default"] = FIELD_DEFAULTS[name]
            field.pop("anyOf", None)
        if "engine" in page["properties"]:
            page["dependencies"] = _engine_dependencies(values_schema)
    return parameters


def _engine_dependencies(values_schema: dict[str, Any]) -> dict[str, Any]:
    """The image follows the engine: once an engine is chosen the form shows its image and offers the tag
    the engine's facts were read from (react-jsonschema-form `dependencies` + `oneOf`)."""
    tag = {
        key: value
        for key, value in schema_at(values_schema, ("container", "image", "tag")).items()
        if key in ("type", "pattern", "minLength", "maxLength")
    }
    branches = []
    for engine in engines():
        branches.append(
            {
                "properties": {
                    "engine": {"const": engine.name},
                    "imageTag": {
                        **tag,
                        "title": "Image tag",
                        "default": engine.image_tag,
                        "description": f"Tag of {engine.image_repository} (the image of {engine.title}; `latest` is rejected).",
                    },
                },
                "required": ["imageTag"],
            }
        )
    return {"engine": {"oneOf": branches}}


def _template(values_schema: dict[str, Any], publish: PublishTarget) -> dict[str, Any]:
    branch = "add-workload-${{ parameters.serviceName }}"
    values = {name: f"${{{{ parameters.{name} }}}}" for _, fields in TEMPLATE_PAGES for name, _ in fields}
    values["imageTag"] = "${{ parameters.imageTag }}"
    return {
        "apiVersion": "scaffolder.backstage.io/v1beta3",
        "kind": "Template",
        "metadata": {
            "name": "ml-inference-load",
            "title": "ML inference (TGI or vLLM on GPUs)",
            "description": "Add an ML_INFERENCE_LOAD workload file: a TGI or vLLM server for one model",
            "tags": ["ml-inference", "tgi", "vllm", "gpu"],
        },
        "spec": {
            "owner": "group:default/ml-platform",
            "type": "service",
            "parameters": _parameters(values_schema),
            "steps": [
                {
                    "id": "render",
                    "name": "Render the workload file",
                    "action": "fetch:template",
                    "input": {"url": "./skeleton", "values": values},
                },
                {
                    "id": "publish",
                    "name": "Open a pull request",
                    "action": publish.action,
                    "input": {
                        "repoUrl": publish.repo_url,
                        publish.branch_input: branch,
                        "title": "Add ML_INFERENCE_LOAD ${{ parameters.serviceName }}",
                        "description": PULL_REQUEST_TEXT,
                    },
                },
            ],
            "output": {
                "links": [{"title": "Pull request", "url": f"${{{{ steps.publish.output.{publish.output} }}}}"}]
            },
        },
    }


# What CI really does with the pull request (`make ci`, ai_workloads/repo_check.py).
PULL_REQUEST_TEXT = (
    "Generated by the ml-inference-load template: adds workloads/${{ parameters.serviceName }}.yaml only. "
    "CI runs `make ci`: it validates every workload file, synthesizes them in a scratch copy and fails while "
    "the committed dist/, argocd/ and .cat/backstage/ differ from that synthesis, then runs the safety gates. "
    "So this pull request stays red until someone runs `make synth` on its branch and commits the generated files."
)


def _skeleton() -> str:
    return "\n".join(
        [
            "# yaml-language-server: $schema=../schemas/ml-inference-load.schema.json",
            "type: ML_INFERENCE_LOAD",
            "serviceName: ${{ values.serviceName }}",
            "namespace: ${{ values.namespace }}",
            "owner: ${{ values.owner }}",
            "{%- if values.description %}",
            "description: ${{ values.description | dump }}",
            "{%- endif %}",
            "engine: ${{ values.engine }}",
            "model:",
            "  id: ${{ values.modelId }}",
            '  revision: "${{ values.modelRevision }}"',
            "container:",
            "  image:",
            *_image_repository_lines(),
            '    tag: "${{ values.imageTag }}"',
            "  containerPorts:",
            "    - {portName: http, portNumber: 8080, protocol: TCP, servicePort: 80}",
            "{%- if values.hubTokenVaultPath %}",
            "  secrets:",
            "    - name: HF_TOKEN",
            "      secretKey: hf-token",
            "      vaultPath: ${{ values.hubTokenVaultPath }}",
            "      vaultProperty: ${{ values.hubTokenVaultProperty }}",
            "{%- endif %}",
            "  gpuCount: ${{ values.gpuCount }}",
            "{%- if values.modelCacheSize %}",
            "modelCache:",
            "  size: ${{ values.modelCacheSize }}",
            "{%- endif %}",
            "gateway:",
            "  hosts:",
            "    - ${{ values.host }}",
            "",
        ]
    )


def _image_repository_lines() -> list[str]:
    """The engine's image repository, chosen in the skeleton by the engine (one branch per engine)."""
    lines = []
    for index, engine in enumerate(engines()):
        lines.append(("{%- if" if index == 0 else "{%- elif") + f" values.engine == '{engine.name}' %}}")
        lines.append(f"    repository: {engine.image_repository}")
    return [*lines, "{%- endif %}"]
