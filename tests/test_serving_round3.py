"""Serving correctness, round 3 (#17, and #18 items 9 and 10): slow first starts, usage reports, the
MLServer caches and gateway selector, and the identity of a shared model cache (GIVEN/WHEN/THEN)."""

from __future__ import annotations

import copy

import pytest
from conftest import find, render_document, workload_errors

from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.stage_types import RenderedWorkload

MLSERVER_A = "fraud-scoring-ai-workloads-mlserver-a"


errors_of = workload_errors


def deployment(document: dict, name: str | None = None) -> dict:
    return find(render_document(document), "Deployment", name)


# --- fault 1: the progress deadline follows the startup budget ----------------------------------------


def test_a_slow_first_start_fits_the_progress_deadline_of_an_llm_server(llama):
    # GIVEN the default 60-minute startup budget  WHEN rendered
    spec = deployment(llama)["spec"]
    # THEN the deadline covers it, the first readiness and the scheduling/image pull allowance
    assert spec["progressDeadlineSeconds"] == 3600 + 10 + 1800
    # AND follows the probe when the budget changes (no separate knob that could disagree)
    llama["container"]["startupProbe"] = {"periodSeconds": 30, "failureThreshold": 240, "initialDelaySeconds": 60}
    assert deployment(llama)["spec"]["progressDeadlineSeconds"] == 60 + 30 * 240 + 10 + 1800


def test_a_user_of_a_shared_cache_waits_for_the_providers_download_too(qwen):
    qwen["modelCache"] = {"sharing": "use"}
    annotations = deployment(qwen)["metadata"]["annotations"]
    assert deployment(qwen)["spec"]["progressDeadlineSeconds"] == 3600 + 10 + 1800 + 7200
    assert annotations["ai-workloads/progress-deadline"] == (
        "12610 s = startup probe 3600 + first readiness 10 + scheduling and image pull 1800 + provider's download 7200"
    )


def test_an_mlserver_deadline_includes_the_init_containers_download(fraud):
    spec = deployment(fraud, MLSERVER_A)["spec"]
    assert spec["progressDeadlineSeconds"] == 5 * 60 + 5 + 600 + 1800
    fraud["apps"][0]["modelSource"] = {"filledExternally": True}
    fraud["apps"][0]["modelsVolume"] = {"persistentVolumeClaim": {"claimName": "fraud-models"}}
    assert deployment(fraud, MLSERVER_A)["spec"]["progressDeadlineSeconds"] == 5 * 60 + 5 + 600


def test_the_values_schema_shows_how_the_deadline_is_derived():
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

    schema = MlInferenceLoadValues.model_json_schema()
    container = schema["$defs"]["TgiContainer"]["properties"]["startupProbe"]
    assert "progressDeadlineSeconds" in container["description"] and "5410" in container["description"]


# --- fault 7: usage reports are off unless asked for --------------------------------------------------


def env_of(document: dict) -> dict:
    return {e["name"]: e.get("value") for e in deployment(document)["spec"]["template"]["spec"]["containers"][0]["env"]}


def test_tgi_reports_no_usage_by_default_and_on_request(llama):
    assert env_of(llama)["USAGE_STATS"] == "off"
    llama["serving"] = {"usageStats": "on"}
    assert env_of(llama)["USAGE_STATS"] == "on"


@pytest.mark.parametrize(
    "edit, expected",
    [
        (
            lambda d: d.update(serving={"usageStats": "no-stack"}),
            "serving.usageStats: 'no-stack' is not supported by the vllm engine (one of: off, on)",
        ),
        (
            lambda d: d["container"].update(environment=[{"name": "DO_NOT_TRACK", "value": "0"}]),
            "container.environment[0].name: 'DO_NOT_TRACK' is set by the construct for the vllm engine",
        ),
        (
            lambda d: d.update(serving={"usageStats": "sometimes"}),
            "serving.usageStats: Input should be 'off', 'no-stack' or 'on'",
        ),
    ],
)
def test_usage_settings_are_refused_where_the_engine_cannot_honour_them(qwen, tmp_path, edit, expected):
    edit(qwen)
    [error] = errors_of(qwen, tmp_path)
    assert error.startswith(expected)


def test_tgi_usage_stats_cannot_be_set_behind_the_typed_setting(llama, tmp_path):
    llama["container"]["environment"].append({"name": "USAGE_STATS", "value": "on"})
    index = len(llama["container"]["environment"]) - 1
    [error] = errors_of(llama, tmp_path)
    assert error.startswith(
        f"container.environment[{index}].name: 'USAGE_STATS' is set by the construct for the tgi engine"
    )


# --- fault 6 and the gateway selector: MLServer --------------------------------------------------------


def test_mlserver_hugging_face_cache_is_on_a_writable_volume_and_reserved(fraud, tmp_path):
    container = deployment(fraud, MLSERVER_A)["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["HF_HOME"] == "/tmp/.cache/huggingface"
    assert {"name": "scratch", "mountPath": "/tmp"} in container["volumeMounts"]
    fraud["apps"][0]["env"] = [{"name": "HF_HOME", "value": "/opt/mlserver/.cache"}]
    assert errors_of(fraud, tmp_path) == ["apps[0].env[0].name: 'HF_HOME' is set by the construct"]


def test_the_mlserver_gateway_selector_is_a_setting_with_the_istio_default(fraud):
    def gateway_peer(document: dict) -> dict:
        policy = find(render_document(document), "NetworkPolicy", MLSERVER_A)
        return policy["spec"]["ingress"][0]["from"][0]

    assert gateway_peer(fraud) == {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "istio-system"}},
        "podSelector": {"matchLabels": {"istio": "ingressgateway"}},
    }
    # AND the default is the typed setting's own default, visible in the schema editors read
    from ai_workloads.mlserver_release.values import MlServerReleaseValues

    settings = MlServerReleaseValues.model_json_schema()["$defs"]["MlServerNetworkPolicySettings"]["properties"]
    assert settings["gatewayNamespace"]["default"] == "istio-system"
    assert settings["gatewayPodLabels"]["default"] == {"istio": "ingressgateway"}
    fraud["networkPolicy"] = {"gatewayNamespace": "gateways", "gatewayPodLabels": {"app": "edge"}}
    assert gateway_peer(fraud) == {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "gateways"}},
        "podSelector": {"matchLabels": {"app": "edge"}},
    }


# --- #18 item 9: a shared cache is one exact model id and revision -------------------------------------


def shared(qwen: dict, user_model_id: str) -> list[str]:
    provider = copy.deepcopy(qwen)
    provider["modelCache"] = {"size": "40Gi", "sharing": "provide"}
    user = copy.deepcopy(qwen)
    user.update(serviceName="qwen-batch", modelCache={"sharing": "use"})
    user["gateway"]["hosts"] = ["qwen-batch.example.com"]
    user["model"]["id"] = user_model_id
    rendered = [
        RenderedWorkload(f, f, render_document(d, f))
        for f, d in (("workloads/provider.yaml", provider), ("workloads/user.yaml", user))
    ]
    return [f"{file}: {label}.{path}: {message}" for file, label, path, message in cross_object_findings(rendered)]


def test_a_use_of_a_differently_spelt_model_id_is_refused(qwen):
    # GIVEN a provider of Qwen/Qwen2.5-7B-Instruct and a user of qwen/qwen2-5-7b-instruct (the same slug)
    findings = shared(qwen, "qwen/qwen2-5-7b-instruct")
    # THEN the user is refused, naming what is provided
    assert findings[-1] == (
        "workloads/user.yaml: Deployment/qwen-batch.metadata.annotations.ai-workloads/model-id: no workload in "
        "namespace 'ml-inference' provides exactly qwen/qwen2-5-7b-instruct@a09a35458c702b33eeacc393d103063234e8bc28 "
        "(provided: Qwen/Qwen2.5-7B-Instruct@a09a35458c702b33eeacc393d103063234e8bc28 "
        "(model-cache-qwen-qwen2-5-7b-instruct-912db590b8e4)): `modelCache.sharing: use` needs the provider's exact "
        "model.id and model.revision"
    )
    # AND the exact id is accepted
    assert shared(qwen, "Qwen/Qwen2.5-7B-Instruct") == []


def test_a_claim_holding_another_model_is_refused(qwen):
    provider = copy.deepcopy(qwen)
    provider["modelCache"] = {"size": "40Gi", "sharing": "provide"}
    manifests = render_document(provider, "workloads/provider.yaml")
    claim = find(manifests, "PersistentVolumeClaim")
    claim["metadata"]["annotations"]["ai-workloads/model-id"] = "someone/else"
    findings = cross_object_findings([RenderedWorkload("workloads/provider.yaml", "p", manifests)])
    assert [message for _f, _l, path, message in findings if path.endswith("model-id")] == [
        f"PersistentVolumeClaim '{claim['metadata']['name']}' holds someone/else@a09a35458c702b33eeacc393d103063234e8bc28, "
        "not Qwen/Qwen2.5-7B-Instruct@a09a35458c702b33eeacc393d103063234e8bc28: a model cache holds exactly one "
        "model.id at one model.revision"
    ]


# --- #18 item 10: storageClassName as the API server reads it -----------------------------------------


def test_a_storage_class_the_api_server_refuses_is_refused_at_synthesis(qwen, tmp_path):
    qwen["modelCache"] = {"size": "40Gi", "storageClassName": "fast..ssd"}
    [error] = errors_of(qwen, tmp_path)
    assert error.startswith("modelCache.storageClassName: has an empty part between dots (a DNS-1123 subdomain")


# --- fault 5: the recovery users are shown ------------------------------------------------------------


def test_the_failed_job_text_and_readme_point_at_a_manual_sync(qwen):
    from conftest import REPO

    job = find(render_document(qwen), "Job")
    assert "argocd app sync" in job["metadata"]["annotations"]["ai-workloads/on-failure"]
    # the README links the model cache page, which holds the recovery steps
    assert "docs/model-cache.md" in (REPO / "README.md").read_text()
    readme = (REPO / "docs" / "model-cache.md").read_text()
    assert "delete the failed Job **and** run `argocd app sync" in readme
