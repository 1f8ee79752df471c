"""Serving engines: the facts side by side for both engines (each fact on its own is read back in
test_engine_facts.py), the shared typed settings per engine, and `tgi` -> `vllm` changing only the
Deployment (GIVEN/WHEN/THEN)."""

from __future__ import annotations

import copy
import re

import pytest
from conftest import find, render_document, workload_errors

from ai_workloads.ml_inference_load.engines import engine_named, engines
from ai_workloads.ml_inference_load.engines.vllm import QUANTIZATION_METHODS

VLLM_IMAGE = {"repository": "vllm/vllm-openai", "tag": "v0.33.0"}
TGI_IMAGE = {"repository": "ghcr.io/huggingface/text-generation-inference", "tag": "3.3.4"}
LLAMA_ID = "meta-llama/Llama-3.1-8B-Instruct"
LLAMA_REVISION = "0e9e39f249a16976918f6564b8830bc894c89659"


def pod(manifests) -> dict:
    return find(manifests, "Deployment")["spec"]["template"]["spec"]


def server(manifests) -> dict:
    return pod(manifests)["containers"][0]


def env_of(manifests) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in server(manifests)["env"]}


def as_engine(document: dict, engine: str) -> dict:
    """The same workload on `engine`: engine and image switched, settings kept in the typed fields."""
    document = copy.deepcopy(document)
    document["engine"] = engine
    document["container"]["image"] = dict(VLLM_IMAGE if engine == "vllm" else TGI_IMAGE)
    return document


@pytest.fixture
def typed_llama(llama) -> dict:
    """The llama example with its context length as the typed field instead of TGI variables."""
    llama["container"]["environment"] = []
    llama["serving"] = {"maxModelLength": 8192}
    return llama


errors_of = workload_errors


# --- the facts table --------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", engines(), ids=lambda engine: engine.name)
def test_every_engine_fact_names_its_upstream_source(engine):
    assert engine.facts
    for fact in engine.facts:
        assert fact.fact and fact.value and fact.source, fact
        assert re.search(r"[\w-]+/[\w.-]+", fact.source), f"{fact.fact}: no repository in {fact.source!r}"


def test_vllm_facts_cover_everything_the_engine_needs_to_start():
    facts = {fact.fact for fact in engine_named("vllm").facts}
    assert {
        "image",
        "entrypoint",
        "user",
        "read-only root filesystem",
        "serving port",
        "health endpoint",
        "metrics endpoint",
        "weights cache",
        "compiled kernels cache",
        "tensor parallelism",
        "Hub token",
        "offline mode",
        "download command",
    } <= facts
    for fact in engine_named("vllm").facts:
        if fact.fact != "Hub token":
            assert "vllm-project/vllm@v0.33.0" in fact.source, fact


def test_vllm_entrypoint_is_the_images_own_with_the_model_first_then_flags(qwen):
    # GIVEN the vLLM example  WHEN rendered
    container = server(render_document(qwen))
    # THEN the image's ENTRYPOINT (`vllm serve`) is kept and the arguments are exactly the typed settings
    assert container["name"] == "vllm"
    assert container["image"] == "vllm/vllm-openai:v0.33.0"
    assert "command" not in container
    assert container["args"] == [
        "Qwen/Qwen2.5-7B-Instruct",
        "--revision",
        "a09a35458c702b33eeacc393d103063234e8bc28",
        "--served-model-name",
        "Qwen/Qwen2.5-7B-Instruct",
        "--host",
        "0.0.0.0",
        "--port",
        "8000",
        "--tensor-parallel-size",
        "1",
        "--max-model-len",
        "16384",
        "--gpu-memory-utilization",
        "0.9",
        "--max-num-seqs",
        "64",
    ]


def test_tgi_keeps_its_launcher_settings_in_the_environment(llama):
    container = server(render_document(llama))
    assert container["name"] == "tgi" and "args" not in container and "command" not in container
    env = env_of(render_document(llama))
    assert (env["MODEL_ID"], env["REVISION"], env["PORT"]) == (LLAMA_ID, LLAMA_REVISION, "8080")


@pytest.mark.parametrize(
    "engine, port_of",
    [
        ("tgi", lambda m: env_of(m)["PORT"]),
        ("vllm", lambda m: server(m)["args"][server(m)["args"].index("--port") + 1]),
    ],
)
def test_the_serving_port_follows_the_first_container_port(typed_llama, engine, port_of):
    document = as_engine(typed_llama, engine)
    document["container"]["containerPorts"][0]["portNumber"] = 9000
    manifests = render_document(document)
    assert port_of(manifests) == "9000"
    assert server(manifests)["ports"][0]["containerPort"] == 9000


@pytest.mark.parametrize("engine", ["tgi", "vllm"])
def test_probes_call_the_engines_health_endpoint_with_the_startup_budget(typed_llama, engine):
    container = server(render_document(as_engine(typed_llama, engine)))
    health = engine_named(engine).health_path
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": health, "port": "http", "scheme": "HTTP"}
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] == 60 * 60


@pytest.mark.parametrize("engine", ["tgi", "vllm"])
def test_metrics_annotations_name_the_engines_endpoint(typed_llama, engine):
    annotations = find(render_document(as_engine(typed_llama, engine)), "Deployment")["spec"]["template"]["metadata"][
        "annotations"
    ]
    assert annotations == {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": "8080",
        "prometheus.io/path": engine_named(engine).metrics_path,
    }


def test_vllm_runs_as_the_images_vllm_user_with_a_read_only_root_filesystem(typed_llama):
    # GIVEN a workload moved to vLLM  WHEN rendered
    manifests = render_document(as_engine(typed_llama, "vllm"))
    deployment = find(manifests, "Deployment")
    # THEN the pod runs as UID 2000 GID 0 (the image's own user), non-root, root filesystem read-only
    assert pod(manifests)["securityContext"] == {
        "runAsNonRoot": True,
        "runAsUser": 2000,
        "runAsGroup": 0,
        "fsGroup": 0,
        "fsGroupChangePolicy": "OnRootMismatch",
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert server(manifests)["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "runAsNonRoot": True,
        "readOnlyRootFilesystem": True,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    # AND the only user waiver is the UID below 10000, with the reason on the object
    waivers = " ".join(deployment["metadata"]["annotations"].values())
    assert "CKV_K8S_40=runs as the image's own non-root vllm user, UID 2000 GID 0" in waivers
    assert "CKV_K8S_22" not in waivers and "CKV_K8S_23" not in waivers


def test_a_run_as_user_override_applies_to_vllm_too(typed_llama):
    document = as_engine(typed_llama, "vllm")
    document["container"]["runAsUser"] = 10001
    manifests = render_document(document)
    assert (pod(manifests)["securityContext"]["runAsUser"], pod(manifests)["securityContext"]["runAsGroup"]) == (
        10001,
        10001,
    )
    assert "CKV_K8S_40" not in " ".join(find(manifests, "Deployment")["metadata"]["annotations"].values())


@pytest.mark.parametrize("engine", ["tgi", "vllm"])
def test_shared_memory_for_tensor_parallelism_and_the_gpu_count(mixtral, engine):
    document = as_engine(mixtral, engine)
    if engine == "vllm":
        document["container"]["environment"] = []
        document["serving"] = {"quantization": "awq"}
    manifests = render_document(document)
    assert {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "4Gi"}} in pod(manifests)["volumes"]
    assert {"mountPath": "/dev/shm", "name": "shm"} in server(manifests)["volumeMounts"]
    assert server(manifests)["resources"]["limits"]["nvidia.com/gpu"] == 2
    if engine == "vllm":
        args = server(manifests)["args"]
        assert args[args.index("--tensor-parallel-size") + 1] == "2"
        assert args[args.index("--quantization") + 1] == "awq"
    else:
        assert env_of(manifests)["NUM_SHARD"] == "2"


def test_vllm_served_model_name_defaults_to_the_model_id_and_follows_values(typed_llama):
    document = as_engine(typed_llama, "vllm")
    args = server(render_document(document))["args"]
    assert args[args.index("--served-model-name") + 1] == LLAMA_ID
    document["serving"]["servedModelName"] = "llama-3"
    args = server(render_document(document))["args"]
    assert args[args.index("--served-model-name") + 1] == "llama-3"


# --- shared typed settings ----------------------------------------------------------------------------


def test_shared_settings_map_to_each_engines_own_names(typed_llama):
    # GIVEN one set of shared settings
    settings = {"maxModelLength": 4096, "quantization": "fp8", "dtype": "bfloat16", "gpuMemoryUtilization": 0.85}
    typed_llama["serving"] = settings
    # WHEN rendered for TGI, THEN they are launcher variables
    env = env_of(render_document(typed_llama))
    assert (env["MAX_TOTAL_TOKENS"], env["QUANTIZE"], env["DTYPE"], env["CUDA_MEMORY_FRACTION"]) == (
        "4096",
        "fp8",
        "bfloat16",
        "0.85",
    )
    # WHEN rendered for vLLM, THEN they are `vllm serve` flags
    args = server(render_document(as_engine(typed_llama, "vllm")))["args"]
    assert args[-8:] == [
        "--max-model-len",
        "4096",
        "--quantization",
        "fp8",
        "--dtype",
        "bfloat16",
        "--gpu-memory-utilization",
        "0.85",
    ]


@pytest.mark.parametrize(
    "engine, serving, expected",
    [
        (
            "tgi",
            {"servedModelName": "x"},
            "serving.servedModelName: is not supported by the tgi engine (supported by: vllm)",
        ),
        (
            "tgi",
            {"extraArgs": ["--max-num-seqs", "8"]},
            "serving.extraArgs: is not supported by the tgi engine (supported by: vllm)",
        ),
        (
            "tgi",
            {"dtype": "auto"},
            "serving.dtype: 'auto' is not supported by the tgi engine (one of: float16, bfloat16)",
        ),
        (
            "vllm",
            {"quantization": "eetq"},
            f"serving.quantization: 'eetq' is not supported by the vllm engine (one of: {', '.join(QUANTIZATION_METHODS)})",
        ),
        (
            "vllm",
            {"extraArgs": ["--port", "9000"]},
            "serving.extraArgs[0]: '--port' is set by the construct for the vllm engine (from container.containerPorts[0].portNumber)",
        ),
        (
            "vllm",
            {"extraArgs": ["--max-num-seqs", "8", "-tp", "2"]},
            "serving.extraArgs[2]: '-tp' is not a long flag: write `--name` or `--name=value` (short forms are refused)",
        ),
        (
            "vllm",
            {"extraArgs": ["8"]},
            "serving.extraArgs[0]: '8' is a value without a flag: the list starts with a flag",
        ),
        (
            "vllm",
            {"gpuMemoryUtilization": 1.5},
            "serving.gpuMemoryUtilization: Input should be less than or equal to 1",
        ),
        (
            "vllm",
            {"extraArgs": ["--api-key=sk-123"]},
            "serving.extraArgs[0]: '--api-key' takes a credential: a literal value would be committed to git and shown in "
            "the pod spec; declare VLLM_API_KEY under container.secrets (read from Vault) instead",
        ),
    ],
)
def test_a_setting_an_engine_cannot_honour_is_an_error_naming_field_and_engine(
    typed_llama, tmp_path, engine, serving, expected
):
    document = as_engine(typed_llama, engine)
    document["serving"] = serving
    assert errors_of(document, tmp_path) == [expected]


def test_a_typed_setting_reserves_its_tgi_variable(llama, tmp_path):
    # GIVEN the llama file keeps MAX_TOTAL_TOKENS in its environment and also sets the typed field
    llama["serving"] = {"maxModelLength": 8192}
    # THEN the typed field wins: the variable may not be set twice
    assert errors_of(llama, tmp_path) == [
        "container.environment[1].name: 'MAX_TOTAL_TOKENS' is set from serving.maxModelLength for the tgi engine: "
        "remove one of them"
    ]


def test_tgi_launcher_variables_are_refused_on_vllm_with_what_to_use_instead(llama, tmp_path):
    document = as_engine(llama, "vllm")
    assert errors_of(document, tmp_path) == [
        "container.environment[0].name: 'MAX_INPUT_TOKENS' is not read by the vllm engine (vLLM has no separate "
        "prompt limit: serving.maxModelLength bounds prompt plus output)",
        # every independent problem of the file at once, not one per run
        "container.environment[1].name: 'MAX_TOTAL_TOKENS' is not read by the vllm engine (use serving.maxModelLength)",
    ]


def test_another_engines_image_is_refused(typed_llama, tmp_path):
    document = as_engine(typed_llama, "vllm")
    document["container"]["image"] = dict(TGI_IMAGE)
    assert errors_of(document, tmp_path) == [
        "container.image.repository: 'ghcr.io/huggingface/text-generation-inference' is the tgi engine's image; "
        "the vllm engine runs vllm/vllm-openai (or an image built from it)"
    ]


def test_existing_files_stay_on_tgi_by_default(llama, mixtral):
    for document in (llama, mixtral):
        assert "engine" not in document
        assert server(render_document(document))["name"] == "tgi"


# --- switching engines ----------------------------------------------------------------------------


def without_version_label(manifest: dict) -> dict:
    manifest = copy.deepcopy(manifest)
    manifest["metadata"]["labels"].pop("app.kubernetes.io/version")
    for template in ("template",):
        labels = ((manifest.get("spec") or {}).get(template) or {}).get("metadata", {}).get("labels")
        if labels:
            labels.pop("app.kubernetes.io/version")
        targets = (
            (((manifest.get("spec") or {}).get("target") or {}).get("template") or {}).get("metadata", {}).get("labels")
        )
        if targets:
            targets.pop("app.kubernetes.io/version")
    return manifest


@pytest.mark.parametrize("network_policy, replicas", [(False, 1), (True, 2)])
def test_switching_tgi_to_vllm_changes_only_the_deployment(typed_llama, network_policy, replicas):
    # GIVEN a TGI workload whose settings are typed (optionally with a NetworkPolicy and a PDB)
    typed_llama["networkPolicy"] = {"enabled": network_policy}
    typed_llama["replicas"] = replicas
    tgi = render_document(typed_llama)
    # WHEN the file switches to vLLM (engine and image)
    vllm = render_document(as_engine(typed_llama, "vllm"))
    # THEN the same objects with the same names are rendered
    assert [(m["kind"], m["metadata"]["name"]) for m in vllm] == [(m["kind"], m["metadata"]["name"]) for m in tgi]
    # AND every object but the Deployment is identical, apart from the version label that names the image tag
    for before, after in zip(tgi, vllm):
        assert after["metadata"]["labels"]["app.kubernetes.io/version"] == "v0.33.0"
        if before["kind"] != "Deployment":
            assert without_version_label(after) == without_version_label(before), before["kind"]
    assert without_version_label(find(vllm, "Deployment")) != without_version_label(find(tgi, "Deployment"))
