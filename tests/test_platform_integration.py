"""Platform integration: TypeScript types, Backstage catalog and Argo CD Application — fresh and valid
according to the real tools (json2ts, tsc, Backstage's validators, the Application CRD)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, REPO, snapshot

from ai_workloads.errors import WorkloadErrors
from ai_workloads.platform.outputs import CATALOG_DIR, platform_files
from ai_workloads.platform.settings import argocd_settings
from ai_workloads.synth.loader import load_workload_files
from ai_workloads.synth.read import discover_workload_files

NODE_BIN = REPO / "node_modules" / ".bin"


def node_env() -> dict[str, str]:
    venv_bin = os.path.dirname(sys.executable)  # the venv's Node.js 24 comes first, as under make
    return {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{NODE_BIN}{os.pathsep}{os.environ['PATH']}"}


def tool(name: str) -> str:
    if not (NODE_BIN / name).exists():
        pytest.skip(f"{name} not installed: run `make test` (it runs npm ci)")
    return str(NODE_BIN / name)


@pytest.fixture(scope="module")
def workloads():
    cwd = os.getcwd()
    os.chdir(PROJECT)
    try:
        workloads, errors = load_workload_files(discover_workload_files(Path("workloads"))[0])
        assert errors == []
        return workloads
    finally:
        os.chdir(cwd)


# --- TypeScript ----------------------------------------------------------------------------------


def test_declarations_export_the_three_public_types():
    text = (PROJECT / "schemas/workload.d.ts").read_text()
    assert "export type WorkloadSchema = MlInferenceLoadSchema | MlServerReleaseSchema;" in text
    assert "export interface MlInferenceLoadSchema {" in text
    assert "export interface MlServerReleaseSchema {" in text


def test_typescript_consumer_compiles_and_invalid_uses_are_rejected(tmp_path):
    # usage.ts must compile; invalid.ts carries @ts-expect-error on each wrong use, so it compiles only
    # if tsc really reports those errors.
    result = subprocess.run(
        [tool("tsc"), "--project", str(REPO / "tests/typescript/tsconfig.json")],
        capture_output=True,
        text=True,
        env=node_env(),
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_tsc_reports_a_real_type_error(tmp_path):
    shutil.copytree(REPO / "tests/typescript", tmp_path / "tests/typescript")
    shutil.copytree(PROJECT / "schemas", tmp_path / "schemas")
    usage = tmp_path / "tests/typescript/usage.ts"
    usage.write_text(usage.read_text().replace("gpuCount: 1,", 'gpuCount: "one",'))
    result = subprocess.run(
        [tool("tsc"), "--project", str(tmp_path / "tests/typescript/tsconfig.json")],
        capture_output=True,
        text=True,
        env=node_env(),
        timeout=300,
    )
    assert result.returncode != 0
    assert "Type 'string' is not assignable to type 'number'" in result.stdout


# --- Backstage -----------------------------------------------------------------------------------


def test_catalog_is_fresh(workloads):
    expected = platform_files(workloads, argocd_settings(PROJECT / "cdk8s.yaml")).catalog
    assert {name: text.encode() for name, text in expected.items()} == snapshot(PROJECT / CATALOG_DIR), (
        "run `make fixtures`"
    )


def test_one_component_per_workload_with_links_to_kubernetes_and_argo_cd():
    component = yaml.safe_load((PROJECT / CATALOG_DIR / "components/llama-3-8b-instruct.yaml").read_text())
    assert component["kind"] == "Component"
    assert component["spec"] == {"type": "service", "lifecycle": "production", "owner": "group:default/ml-platform"}
    annotations = component["metadata"]["annotations"]
    assert annotations["backstage.io/kubernetes-id"] == "llama-3-8b-instruct"
    assert annotations["backstage.io/kubernetes-namespace"] == "ml-inference"
    assert annotations["argocd/app-name"] == "ai-workloads-llama-3-8b-instruct"  # its own Application
    assert component["metadata"]["links"][0]["url"] == "https://llama-3-8b.inference.example.com"
    location = yaml.safe_load((PROJECT / CATALOG_DIR / "location.yaml").read_text())
    assert "./components/llama-3-8b-instruct.yaml" in location["spec"]["targets"]
    assert "./templates/ml-inference-load/template.yaml" in location["spec"]["targets"]


def test_template_form_fields_come_from_the_json_schema():
    template = yaml.safe_load((PROJECT / CATALOG_DIR / "templates/ml-inference-load/template.yaml").read_text())
    fields = {name: spec for page in template["spec"]["parameters"] for name, spec in page["properties"].items()}
    assert fields["modelRevision"]["pattern"] == "^[0-9a-f]{40}$"
    assert fields["serviceName"]["maxLength"] == 49
    assert fields["gpuCount"]["maximum"] == 8


def render_skeleton(skeleton: str, values: dict[str, str]) -> str:
    """The scaffolder's rendering of the skeleton for the subset of Nunjucks it uses: `${{ values.x }}`
    placeholders and `{%- if values.x %}` / `{%- if values.x == 'y' %}` ... `{%- elif ... %}` ...
    `{%- else %}` ... `{%- endif %}`."""
    lines, keep, taken = [], [True], [False]  # per open if: whether this branch is kept / a branch was taken

    def holds(condition: str) -> bool:
        match = re.match(r"^values\.(\w+)(?: == '([^']*)')?$", condition)
        name, expected = match.group(1), match.group(2)
        return values.get(name) == expected if expected is not None else bool(values.get(name))

    for line in skeleton.splitlines():
        tag = re.match(r"^\{%-? *(if|elif|else|endif) *(.*?) *-?%\}$", line)
        if tag and tag.group(1) == "if":
            chosen = holds(tag.group(2))
            keep.append(keep[-1] and chosen)
            taken.append(chosen)
        elif tag and tag.group(1) in ("elif", "else"):
            chosen = not taken[-1] and (tag.group(1) == "else" or holds(tag.group(2)))
            keep[-1] = keep[-2] and chosen
            taken[-1] = taken[-1] or chosen
        elif tag:
            keep.pop()
            taken.pop()
        elif keep[-1]:
            lines.append(re.sub(r"\$\{\{ values\.(\w+)(?: \| dump)? \}\}", lambda m: values[m.group(1)], line))
    return "\n".join(lines)


@pytest.mark.parametrize(
    "engine, tag, repository",
    [
        ("tgi", "3.3.4", "ghcr.io/huggingface/text-generation-inference"),
        ("vllm", "v0.33.0", "vllm/vllm-openai"),
    ],
)
def test_template_skeleton_renders_a_valid_workload_file(engine, tag, repository):
    # GIVEN the skeleton with the template's placeholders filled in as the scaffolder would, for each engine
    skeleton = next((PROJECT / CATALOG_DIR / "templates/ml-inference-load/skeleton/workloads").iterdir()).read_text()
    values = {
        "serviceName": "qwen-7b",
        "namespace": "ml-inference",
        "owner": "group:default/ml-platform",
        "engine": engine,
        "modelId": "Qwen/Qwen2.5-7B-Instruct",
        "modelRevision": "a" * 40,
        "gpuCount": "1",
        "imageTag": tag,
        "host": "qwen.example.com",
    }
    text = render_skeleton(skeleton, values)
    # THEN it is a valid ML_INFERENCE_LOAD for that engine, with the engine's image
    from ai_workloads.registry import validate_document

    values_model = validate_document(yaml.safe_load(text))
    assert values_model.service_name == "qwen-7b"
    assert values_model.engine == engine
    assert values_model.container.image.repository == repository


def test_template_asks_for_the_engine_from_the_json_schema():
    template = yaml.safe_load((PROJECT / CATALOG_DIR / "templates/ml-inference-load/template.yaml").read_text())
    model_page = next(page for page in template["spec"]["parameters"] if page["title"] == "Model")
    assert model_page["properties"]["engine"]["enum"] == ["tgi", "vllm"]
    assert model_page["properties"]["engine"]["default"] == "tgi"
    assert "engine" in model_page["required"]


def test_component_names_its_serving_engine():
    for name, engine in (("llama-3-8b-instruct", "tgi"), ("qwen2-5-7b-instruct", "vllm")):
        component = yaml.safe_load((PROJECT / CATALOG_DIR / f"components/{name}.yaml").read_text())
        assert component["metadata"]["annotations"]["ai-workloads/serving-engine"] == engine
        assert engine in component["metadata"]["tags"]
    qwen = yaml.safe_load((PROJECT / CATALOG_DIR / "components/qwen2-5-7b-instruct.yaml").read_text())
    assert qwen["metadata"]["description"] == "Qwen2.5 7B Instruct chat completions on vLLM, one GPU"


def run_backstage_validator(*files: Path) -> subprocess.CompletedProcess[str]:
    tool("tsc")  # node_modules present
    return subprocess.run(
        ["node", str(REPO / "tools/backstage/validate-catalog.mjs"), *map(str, files)],
        capture_output=True,
        text=True,
        env=node_env(),
        cwd=REPO,
        timeout=300,
    )


def test_catalog_passes_backstage_validators():
    files = sorted(p for p in (PROJECT / CATALOG_DIR).rglob("*.yaml") if "skeleton" not in p.parts)
    result = run_backstage_validator(*files)
    assert result.returncode == 0, result.stdout + result.stderr
    components = len(list((PROJECT / CATALOG_DIR / "components").glob("*.yaml")))
    assert components == len(list((PROJECT / "workloads").glob("*.yaml")))  # one per workload file
    assert result.stdout.count("ok ") == components + 2  # the Components, the Location, the Template


def test_backstage_validators_reject_an_invalid_component(tmp_path):
    component = yaml.safe_load((PROJECT / CATALOG_DIR / "components/llama-3-8b-instruct.yaml").read_text())
    del component["spec"]["owner"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(component))
    result = run_backstage_validator(bad)
    assert result.returncode == 1
    assert "invalid" in result.stdout and "owner" in result.stdout


# --- Argo CD ---------------------------------------------------------------------------------------


def test_application_settings_reject_unknown_keys(tmp_path):
    config = tmp_path / "cdk8s.yaml"
    config.write_text("argocd:\n  repoUrl: https://github.com/x/y.git\n")
    with pytest.raises(WorkloadErrors, match=r"argocd\.repoUrl: unknown key: did you mean 'repoURL'"):
        argocd_settings(config)
