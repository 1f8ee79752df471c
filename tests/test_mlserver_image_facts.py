"""Every fact about the MLServer and downloader images (mlserver_release/image_facts.py, each with its
upstream source) is read back from the rendered objects."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import FRAUD, example_document, find, render_document

from ai_workloads.mlserver_release.image_facts import DOWNLOADER_FACTS, MLSERVER_FACTS

DEPLOYMENT = "fraud-scoring-ai-workloads-mlserver-a"


def template() -> dict:
    return find(render_document(example_document(FRAUD)), "Deployment", DEPLOYMENT)["spec"]["template"]


def server() -> dict:
    return template()["spec"]["containers"][0]


def env() -> dict:
    return {item["name"]: item.get("value") for item in server()["env"]}


def check_user() -> None:
    pod = template()["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] == 10001


def check_start_command() -> None:
    assert server()["command"] == ["mlserver", "start", "/models"]
    mounts = {m["mountPath"] for m in server()["volumeMounts"]}
    assert {"/models", "/models/settings.json", "/models/fraud-xgb/model-settings.json"} <= mounts


def check_caches() -> None:
    assert server()["securityContext"]["readOnlyRootFilesystem"] is True
    assert env()["TRANSFORMERS_CACHE"].startswith("/tmp/") and env()["NUMBA_CACHE_DIR"].startswith("/tmp/")
    assert env()["HF_HOME"] == "/tmp/.cache/huggingface"  # the image's HF_HOME is on the read-only root
    assert env()["HOME"].startswith("/tmp/")


def check_readiness() -> None:
    assert server()["readinessProbe"]["httpGet"]["path"] == "/v2/models/fraud-xgb/ready"


def check_metrics() -> None:
    annotations = template()["metadata"]["annotations"]
    assert env()["MLSERVER_METRICS_PORT"] == annotations["prometheus.io/port"] == "8082"
    assert annotations["prometheus.io/path"] == "/metrics"


def check_settings_from_the_environment() -> None:
    assert env()["MLSERVER_HTTP_PORT"] == "8000" and env()["MLSERVER_MODELS_DIR"] == "/models"


def fetch() -> dict:
    [container] = template()["spec"]["initContainers"]
    return container


def check_downloader_entrypoint() -> None:
    assert "command" not in fetch()
    assert fetch()["args"] == ["gs://risk-ml-models/fraud-scoring/xgboost/2026-11-01", "/models/fraud-xgb"]


def check_downloader_user() -> None:
    assert fetch()["securityContext"]["runAsNonRoot"] is True
    assert fetch()["securityContext"]["readOnlyRootFilesystem"] is True


def check_downloader_schemes() -> None:
    document = example_document(FRAUD)
    for uri in (
        "gs://b/m",
        "s3://b/m",
        "hdfs://n/m",
        "webhdfs://n/m",
        "hf://org/model",
        "https://a.blob.core.windows.net/c/m",
    ):
        document["apps"][0]["modelSource"] = {"storageUri": uri}
        render_document(document)  # accepted


def check_downloader_under_istio() -> None:
    assert fetch()["securityContext"]["runAsUser"] == 1337
    assert server()["securityContext"].get("runAsUser") != 1337  # only the downloader
    annotations = template()["metadata"].get("annotations") or {}
    assert not [key for key in annotations if key.startswith("traffic.sidecar.istio.io/")]


CHECKS: dict[str, Callable[[], None]] = {
    "user": check_user,
    "start command": check_start_command,
    "caches": check_caches,
    "readiness": check_readiness,
    "metrics": check_metrics,
    "settings from the environment": check_settings_from_the_environment,
    "downloader entrypoint": check_downloader_entrypoint,
    "downloader user": check_downloader_user,
    "downloader schemes": check_downloader_schemes,
    "downloader under istio": check_downloader_under_istio,
}


def test_every_image_fact_has_a_check_and_a_source():
    for fact in MLSERVER_FACTS + DOWNLOADER_FACTS:
        assert fact.fact in CHECKS, f"no test reads back the fact '{fact.fact}'"
        assert fact.source


@pytest.mark.parametrize("fact", sorted(CHECKS))
def test_the_rendered_pod_follows_the_image_fact(fact):
    CHECKS[fact]()
