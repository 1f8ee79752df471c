"""Every fact about a serving engine's image that the rendering relies on (engines/<engine>.py,
`EngineFact`, each with its upstream source) is read back from the rendered objects here.

A fact without a check fails `test_every_engine_fact_has_a_check`: adding a fact means adding the test
that proves the rendering follows it.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ai_workloads.ml_inference_load.engines import engines
from conftest import example_document, find, render_document, LLAMA


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
}


def test_every_engine_fact_has_a_check_and_a_source():
    for engine in engines():
        for fact in engine.facts:
            assert (engine.name, fact.fact) in CHECKS, f"{engine.name}: no test reads back the fact '{fact.fact}'"
            assert fact.source, f"{engine.name}: fact '{fact.fact}' has no source"


@pytest.mark.parametrize("engine, fact", sorted(CHECKS), ids=[f"{e}-{f}" for e, f in sorted(CHECKS)])
def test_the_rendered_pod_follows_the_engine_fact(engine, fact):
    CHECKS[(engine, fact)]()
