"""Every fact about a serving engine's image that the rendering relies on (engines/<engine>.py,
`EngineFact`, each with its upstream source) is read back from the rendered objects here.

A fact without a check fails `test_every_engine_fact_has_a_check`: adding a fact means adding the test
that proves the rendering follows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import LLAMA, QWEN, example_document, find, render_document

from ai_workloads.ml_inference_load.engines import engines


def tgi_pod(**edits: Any) -> dict[str, Any]:
    document = example_document(LLAMA)
    document["container"].update(edits)
    return find(render_document(document), "Deployment")["spec"]["template"]


def server(template: dict[str, Any]) -> dict[str, Any]:
    [container] = template["spec"]["containers"]
    return container


def env_of(template: dict[str, Any]) -> dict[str, Any]:
    return {item["name"]: item.get("value", item.get("valueFrom")) for item in server(template)["env"]}


def mounts_of(template: dict[str, Any]) -> dict[str, str]:
    return {mount["mountPath"]: mount["name"] for mount in server(template)["volumeMounts"]}


def check_tgi_entrypoint() -> None:
    container = server(tgi_pod())
    assert "command" not in container and "args" not in container  # the image's entrypoint runs the launcher
    assert env_of(tgi_pod())["MODEL_ID"] == "meta-llama/Llama-3.1-8B-Instruct"


def check_tgi_user() -> None:
    template = tgi_pod()
    assert template["spec"]["securityContext"]["runAsUser"] == 0
    assert server(template)["securityContext"]["runAsNonRoot"] is False


def check_tgi_weights_cache() -> None:
    template = tgi_pod()
    assert env_of(template)["HUGGINGFACE_HUB_CACHE"] == env_of(template)["HF_HOME"] == "/data"
    assert mounts_of(template)["/data"] == "model-cache"


def check_tgi_serving_port() -> None:
    template = tgi_pod()
    [port] = server(template)["ports"]
    assert env_of(template)["PORT"] == str(port["containerPort"]) == "8080"
    assert env_of(template)["HOSTNAME"] == "0.0.0.0"


def check_tgi_health_endpoint() -> None:
    container = server(tgi_pod())
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/health", "port": "http", "scheme": "HTTP"}
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 3600  # download + load + warm-up


def check_tgi_metrics_endpoint() -> None:
    document = example_document(LLAMA)
    annotations = find(render_document(document), "Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert (annotations["prometheus.io/port"], annotations["prometheus.io/path"]) == ("8080", "/metrics")


def check_tgi_service_links() -> None:
    assert tgi_pod()["spec"]["enableServiceLinks"] is False


def check_tgi_sharding() -> None:
    template = tgi_pod(gpuCount=4)
    assert env_of(template)["NUM_SHARD"] == "4"
    shm = next(v for v in template["spec"]["volumes"] if v["name"] == "shm")
    assert shm["emptyDir"] == {"medium": "Memory", "sizeLimit": "1Gi"} and mounts_of(template)["/dev/shm"] == "shm"


def check_tgi_run_time_writes() -> None:
    template = tgi_pod()
    mounts = mounts_of(template)
    assert mounts["/tmp"] == "tmp" and mounts["/home/engine"] == "home"
    env = env_of(template)
    for variable in ("HOME", "XDG_CACHE_HOME", "OUTLINES_CACHE_DIR", "TRITON_CACHE_DIR", "TORCHINDUCTOR_CACHE_DIR"):
        assert env[variable].startswith("/home/engine/") or env[variable] == "/home/engine", variable


def check_tgi_hub_token() -> None:
    secret = env_of(tgi_pod())["HF_TOKEN"]
    assert secret == {"secretKeyRef": {"name": "llama-3-8b-instruct-secrets", "key": "hf-token"}}


def check_tgi_offline_mode() -> None:
    # Without a persistent model cache the server downloads on start: offline mode stays off.
    assert "HF_HUB_OFFLINE" not in env_of(tgi_pod())
    # With one, it starts from the cache with exactly "1" (the router compares the string).
    assert env_of(tgi_cached()[0])["HF_HUB_OFFLINE"] == "1"


def tgi_cached() -> tuple[dict[str, Any], dict[str, Any]]:
    """(server pod template, download Job pod template) of the llama example with a model cache."""
    document = example_document(LLAMA)
    document["modelCache"] = {"size": "40Gi"}
    manifests = render_document(document)
    return find(manifests, "Deployment")["spec"]["template"], find(manifests, "Job")["spec"]["template"]


def check_tgi_download_command() -> None:
    _server, job = tgi_cached()
    assert server(job)["command"][5:] == [
        "huggingface-cli",
        "download",
        "meta-llama/Llama-3.1-8B-Instruct",
        "--revision",
        "0e9e39f249a16976918f6564b8830bc894c89659",
        "--cache-dir",
        "/data",
    ]
    assert server(job)["image"] == "ghcr.io/huggingface/text-generation-inference:3.3.4"


def check_tgi_model_cache_writes() -> None:
    template, _job = tgi_cached()
    claim = next(v for v in template["spec"]["volumes"] if v["name"] == "model-cache")["persistentVolumeClaim"]
    assert "readOnly" not in claim
    assert "readOnly" not in next(m for m in server(template)["volumeMounts"] if m["name"] == "model-cache")


def check_tgi_shared_settings() -> None:
    document = example_document(LLAMA)
    document["container"]["environment"] = []
    document["serving"] = {
        "maxModelLength": 4096,
        "quantization": "awq",
        "dtype": "float16",
        "gpuMemoryUtilization": 0.8,
    }
    template = find(render_document(document), "Deployment")["spec"]["template"]
    env = env_of(template)
    assert (env["MAX_TOTAL_TOKENS"], env["QUANTIZE"], env["DTYPE"], env["CUDA_MEMORY_FRACTION"]) == (
        "4096",
        "awq",
        "float16",
        "0.8",
    )


# --- vLLM (the qwen example: one GPU, a model cache) ---------------------------------------------------


def vllm_manifests(**edits: Any) -> list[dict[str, Any]]:
    document = example_document(QWEN)
    document.update(edits)
    return render_document(document)


def vllm_pod(**edits: Any) -> dict[str, Any]:
    return find(vllm_manifests(**edits), "Deployment")["spec"]["template"]


def flag(template: dict[str, Any], name: str) -> str:
    args = server(template)["args"]
    return args[args.index(name) + 1]


def check_vllm_image() -> None:
    assert server(vllm_pod())["image"] == "vllm/vllm-openai:v0.33.0"


def check_vllm_entrypoint() -> None:
    container = server(vllm_pod())
    assert "command" not in container  # the image's `vllm serve`
    assert container["args"][0] == "Qwen/Qwen2.5-7B-Instruct" and container["args"][1].startswith("--")


def check_vllm_user() -> None:
    security = vllm_pod()["spec"]["securityContext"]
    assert (security["runAsUser"], security["runAsGroup"], security["fsGroup"], security["runAsNonRoot"]) == (
        2000,
        0,
        0,
        True,
    )


def check_vllm_read_only_root_filesystem() -> None:
    template = vllm_pod()
    assert server(template)["securityContext"]["readOnlyRootFilesystem"] is True
    assert mounts_of(template)["/tmp"] == "tmp" and mounts_of(template)["/home/engine"] == "home"


def check_vllm_serving_port() -> None:
    template = vllm_pod()
    [port] = server(template)["ports"]
    assert flag(template, "--port") == str(port["containerPort"]) == "8000"
    assert flag(template, "--host") == "0.0.0.0"


def check_vllm_health_endpoint() -> None:
    container = server(vllm_pod())
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/health", "port": "http", "scheme": "HTTP"}
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 3600  # load + torch.compile + CUDA graphs


def check_vllm_metrics_endpoint() -> None:
    annotations = vllm_pod()["metadata"]["annotations"]
    assert (annotations["prometheus.io/port"], annotations["prometheus.io/path"]) == ("8000", "/metrics")


def check_vllm_weights_cache() -> None:
    template = vllm_pod()
    assert env_of(template)["HF_HUB_CACHE"] == "/data" and mounts_of(template)["/data"] == "model-cache"
    assert "--download-dir" not in server(template)["args"]


def check_vllm_compiled_kernels_cache() -> None:
    env = env_of(vllm_pod())
    assert (env["VLLM_CACHE_ROOT"], env["VLLM_CONFIG_ROOT"]) == (
        "/home/engine/.cache/vllm",
        "/home/engine/.config/vllm",
    )
    assert env["TRITON_CACHE_DIR"].startswith("/home/engine/") and env["TORCHINDUCTOR_CACHE_DIR"].startswith(
        "/home/engine/"
    )


def check_vllm_tensor_parallelism() -> None:
    document = example_document(QWEN)
    document["container"]["gpuCount"] = 4
    template = find(render_document(document), "Deployment")["spec"]["template"]
    assert flag(template, "--tensor-parallel-size") == "4"
    assert server(template)["resources"]["limits"]["nvidia.com/gpu"] == 4
    shm = next(v for v in template["spec"]["volumes"] if v["name"] == "shm")
    assert shm["emptyDir"]["medium"] == "Memory" and mounts_of(template)["/dev/shm"] == "shm"


def check_vllm_hub_token() -> None:
    manifests = vllm_manifests()
    expected = {"secretKeyRef": {"name": "qwen2-5-7b-instruct-secrets", "key": "hf-token"}}
    assert env_of(find(manifests, "Deployment")["spec"]["template"])["HF_TOKEN"] == expected
    assert env_of(find(manifests, "Job")["spec"]["template"])["HF_TOKEN"] == expected


def check_vllm_offline_mode() -> None:
    assert env_of(vllm_pod())["HF_HUB_OFFLINE"] == "1"
    assert "HF_HUB_OFFLINE" not in env_of(vllm_pod(modelCache=None))


def check_vllm_served_model_name() -> None:
    assert flag(vllm_pod(), "--served-model-name") == "Qwen/Qwen2.5-7B-Instruct"


def check_vllm_download_command() -> None:
    job = find(vllm_manifests(), "Job")["spec"]["template"]
    assert server(job)["command"][5:] == [
        "hf",
        "download",
        "Qwen/Qwen2.5-7B-Instruct",
        "--revision",
        "a09a35458c702b33eeacc393d103063234e8bc28",
        "--cache-dir",
        "/data",
    ]
    assert server(job)["image"] == "vllm/vllm-openai:v0.33.0"


def check_vllm_model_cache_writes() -> None:
    template = vllm_pod()
    claim = next(v for v in template["spec"]["volumes"] if v["name"] == "model-cache")["persistentVolumeClaim"]
    assert claim["readOnly"] is True
    assert next(m for m in server(template)["volumeMounts"] if m["name"] == "model-cache")["readOnly"] is True


def check_vllm_service_links() -> None:
    assert vllm_pod()["spec"]["enableServiceLinks"] is False


def check_vllm_usage_stats() -> None:
    assert env_of(vllm_pod())["VLLM_NO_USAGE_STATS"] == env_of(vllm_pod())["DO_NOT_TRACK"] == "1"
    opted_in = env_of(vllm_pod(serving={"usageStats": "on"}))
    assert "VLLM_NO_USAGE_STATS" not in opted_in and "DO_NOT_TRACK" not in opted_in


def check_tgi_offline_model_folder() -> None:
    cached, _job = tgi_cached()
    assert env_of(cached)["MODEL_ID"] == (
        "/data/models--meta-llama--Llama-3.1-8B-Instruct/snapshots/0e9e39f249a16976918f6564b8830bc894c89659"
    )
    assert "REVISION" not in env_of(cached)
    # online (no cache): the hub id at the pinned revision
    assert (env_of(tgi_pod())["MODEL_ID"], env_of(tgi_pod())["REVISION"]) == (
        "meta-llama/Llama-3.1-8B-Instruct",
        "0e9e39f249a16976918f6564b8830bc894c89659",
    )


def check_tgi_usage_stats() -> None:
    assert env_of(tgi_pod())["USAGE_STATS"] == "off"
    document = example_document(LLAMA)
    document["serving"] = {"usageStats": "no-stack"}
    assert env_of(find(render_document(document), "Deployment")["spec"]["template"])["USAGE_STATS"] == "no-stack"


def check_vllm_shared_settings() -> None:
    template = vllm_pod(
        serving={
            "servedModelName": "qwen",
            "maxModelLength": 4096,
            "quantization": "fp8",
            "dtype": "bfloat16",
            "gpuMemoryUtilization": 0.8,
        }
    )
    assert [
        flag(template, name)
        for name in ("--served-model-name", "--max-model-len", "--quantization", "--dtype", "--gpu-memory-utilization")
    ] == ["qwen", "4096", "fp8", "bfloat16", "0.8"]


CHECKS: dict[tuple[str, str], Callable[[], None]] = {
    ("tgi", "entrypoint"): check_tgi_entrypoint,
    ("tgi", "user"): check_tgi_user,
    ("tgi", "weights cache"): check_tgi_weights_cache,
    ("tgi", "serving port"): check_tgi_serving_port,
    ("tgi", "health endpoint"): check_tgi_health_endpoint,
    ("tgi", "metrics endpoint"): check_tgi_metrics_endpoint,
    ("tgi", "service links"): check_tgi_service_links,
    ("tgi", "sharding"): check_tgi_sharding,
    ("tgi", "run-time writes"): check_tgi_run_time_writes,
    ("tgi", "Hub token"): check_tgi_hub_token,
    ("tgi", "offline mode"): check_tgi_offline_mode,
    ("tgi", "download command"): check_tgi_download_command,
    ("tgi", "model cache writes"): check_tgi_model_cache_writes,
    ("tgi", "shared settings"): check_tgi_shared_settings,
    ("tgi", "offline model folder"): check_tgi_offline_model_folder,
    ("tgi", "usage stats"): check_tgi_usage_stats,
    ("vllm", "image"): check_vllm_image,
    ("vllm", "entrypoint"): check_vllm_entrypoint,
    ("vllm", "user"): check_vllm_user,
    ("vllm", "read-only root filesystem"): check_vllm_read_only_root_filesystem,
    ("vllm", "serving port"): check_vllm_serving_port,
    ("vllm", "health endpoint"): check_vllm_health_endpoint,
    ("vllm", "metrics endpoint"): check_vllm_metrics_endpoint,
    ("vllm", "weights cache"): check_vllm_weights_cache,
    ("vllm", "compiled kernels cache"): check_vllm_compiled_kernels_cache,
    ("vllm", "tensor parallelism"): check_vllm_tensor_parallelism,
    ("vllm", "Hub token"): check_vllm_hub_token,
    ("vllm", "offline mode"): check_vllm_offline_mode,
    ("vllm", "served model name"): check_vllm_served_model_name,
    ("vllm", "download command"): check_vllm_download_command,
    ("vllm", "model cache writes"): check_vllm_model_cache_writes,
    ("vllm", "service links"): check_vllm_service_links,
    ("vllm", "usage stats"): check_vllm_usage_stats,
    ("vllm", "shared settings"): check_vllm_shared_settings,
}


def test_every_engine_fact_has_a_check_and_a_source():
    for engine in engines():
        for fact in engine.facts:
            assert (engine.name, fact.fact) in CHECKS, f"{engine.name}: no test reads back the fact '{fact.fact}'"
            assert fact.source, f"{engine.name}: fact '{fact.fact}' has no source"


@pytest.mark.parametrize("engine, fact", sorted(CHECKS), ids=[f"{e}-{f}" for e, f in sorted(CHECKS)])
def test_the_rendered_pod_follows_the_engine_fact(engine, fact):
    CHECKS[(engine, fact)]()
