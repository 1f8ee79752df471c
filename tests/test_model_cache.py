"""The opt-in persistent model cache: claim, download Job, offline server, sharing, and the gates over
them (GIVEN/WHEN/THEN)."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REPO, find, render_document, workload_errors

from ai_workloads.gates import gate_errors
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.ml_inference_load.engines import DOWNLOAD_SCRIPT
from ai_workloads.stage_types import RenderedWorkload

QWEN_CLAIM = "qwen2-5-7b-instruct-model-cache-912db59"
SHARED_QWEN_CLAIM = "model-cache-qwen-qwen2-5-7b-instruct-912db590b8e4"
NEW_REVISION = "1" * 40
CHECKOV = REPO / "tools" / "checkov" / ".venv" / "bin" / "checkov"


def server_pod(manifests) -> dict:
    return find(manifests, "Deployment")["spec"]["template"]["spec"]


def job_pod(manifests) -> dict:
    return find(manifests, "Job")["spec"]["template"]["spec"]


def env_of(container: dict) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env") or []}


def findings(*workloads: tuple[str, dict]) -> list[str]:
    rendered = [RenderedWorkload(file, file, render_document(document, file)) for file, document in workloads]
    return [f"{file}: {label}.{path}: {message}" for file, label, path, message in cross_object_findings(rendered)]


errors_of = workload_errors


def other_workload(document: dict, name: str, host: str) -> dict:
    document = copy.deepcopy(document)
    document["serviceName"] = name
    document["gateway"]["hosts"] = [host]
    return document


# --- what is rendered -------------------------------------------------------------------------------


def test_the_cache_adds_a_claim_and_a_download_job_before_the_deployment(qwen):
    # GIVEN the vLLM example with a 40Gi model cache  WHEN rendered
    manifests = render_document(qwen)
    # THEN the 8 platform objects plus the claim and the Job, in sync-wave order
    assert [(m["kind"], m["metadata"]["name"]) for m in manifests] == [
        ("ServiceAccount", "qwen2-5-7b-instruct-external-secrets"),
        ("ExternalSecret", "qwen2-5-7b-instruct-ghcr-docker-config"),
        ("ExternalSecret", "qwen2-5-7b-instruct-secrets"),
        ("PersistentVolumeClaim", QWEN_CLAIM),
        ("Job", "qwen2-5-7b-instruct-fetch-89d8f57"),
        ("Deployment", "qwen2-5-7b-instruct"),
        ("Service", "qwen2-5-7b-instruct"),
        ("Certificate", "qwen2-5-7b-instruct-tls"),
        ("Gateway", "qwen2-5-7b-instruct-gateway"),
        ("HTTPRoute", "qwen2-5-7b-instruct"),
        ("PodMonitor", "qwen2-5-7b-instruct"),
    ]
    waves = {m["kind"]: int(m["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) for m in manifests}
    assert waves["ExternalSecret"] < waves["PersistentVolumeClaim"] == waves["Job"] < waves["Deployment"]


def test_the_claim_follows_values_and_records_the_model_revision(qwen):
    qwen["modelCache"] = {"size": "80Gi", "storageClassName": "fast-ssd"}
    claim = find(render_document(qwen), "PersistentVolumeClaim")
    assert claim["spec"] == {
        "accessModes": ["ReadWriteOnce"],
        "storageClassName": "fast-ssd",
        "resources": {"requests": {"storage": "80Gi"}},
    }
    annotations = claim["metadata"]["annotations"]
    assert annotations["ai-workloads/model-id"] == "Qwen/Qwen2.5-7B-Instruct"
    assert annotations["ai-workloads/model-revision"] == "a09a35458c702b33eeacc393d103063234e8bc28"
    assert annotations["argocd.argoproj.io/sync-options"] == "PruneLast=true"


def test_several_replicas_get_a_read_write_many_claim(qwen):
    qwen["replicas"] = 2
    manifests = render_document(qwen)
    assert find(manifests, "PersistentVolumeClaim")["spec"]["accessModes"] == ["ReadWriteMany"]
    assert find(manifests, "PodDisruptionBudget")  # and the usual PDB


def test_the_job_fills_the_claim_with_exactly_the_pinned_revision_using_the_engines_command(qwen):
    manifests = render_document(qwen)
    job = find(manifests, "Job")
    [container] = job_pod(manifests)["containers"]
    # THEN the engine image's own download command fetches model.id at model.revision into the claim
    assert container["image"] == "vllm/vllm-openai:v0.33.0"
    assert container["command"][:4] == ["sh", "-c", DOWNLOAD_SCRIPT, "sh"]
    assert container["command"][5:] == [
        "hf",
        "download",
        "Qwen/Qwen2.5-7B-Instruct",
        "--revision",
        "a09a35458c702b33eeacc393d103063234e8bc28",
        "--cache-dir",
        "/data",
    ]
    assert {"mountPath": "/data", "name": "model-cache"} in container["volumeMounts"]
    assert {"name": "model-cache", "persistentVolumeClaim": {"claimName": QWEN_CLAIM}} in job_pod(manifests)["volumes"]
    # AND reads the Hub token from the same service Secret as the server
    assert env_of(container)["HF_TOKEN"] == {"secretKeyRef": {"name": "qwen2-5-7b-instruct-secrets", "key": "hf-token"}}
    # AND retries a bounded number of times within a deadline, and is kept once finished
    assert (job["spec"]["backoffLimit"], job["spec"]["activeDeadlineSeconds"]) == (3, 7200)
    assert "ttlSecondsAfterFinished" not in job["spec"]
    assert job_pod(manifests)["restartPolicy"] == "Never"
    assert job["metadata"]["annotations"]["ai-workloads/model-cache"] == QWEN_CLAIM


def test_the_job_runs_like_the_server_on_a_gpu_node_without_a_gpu(qwen):
    manifests = render_document(qwen)
    job, server = job_pod(manifests), server_pod(manifests)
    assert job["securityContext"] == server["securityContext"]
    assert job["containers"][0]["securityContext"] == server["containers"][0]["securityContext"]
    assert (job["serviceAccountName"], job["imagePullSecrets"]) == (
        server["serviceAccountName"],
        server["imagePullSecrets"],
    )
    assert job["automountServiceAccountToken"] is False
    assert job["nodeSelector"] == server["nodeSelector"] and job["tolerations"] == server["tolerations"]
    assert "nvidia.com/gpu" not in job["containers"][0]["resources"]["limits"]
    assert "runtimeClassName" not in job


def test_the_download_pod_is_never_selected_by_the_service(qwen):
    manifests = render_document(qwen)
    selector = find(manifests, "Service")["spec"]["selector"]
    labels = find(manifests, "Job")["spec"]["template"]["metadata"]["labels"]
    assert not selector.items() <= labels.items()
    assert labels["app.kubernetes.io/component"] == "model-cache"


@pytest.mark.parametrize("engine, read_only", [("vllm", True), ("tgi", None)])
def test_the_server_starts_offline_from_the_same_claim(qwen, engine, read_only):
    # GIVEN the cache on either engine
    if engine == "tgi":
        qwen.update(engine="tgi", serving={"maxModelLength": 16384})
        qwen["container"]["image"] = {"repository": "ghcr.io/huggingface/text-generation-inference", "tag": "3.3.4"}
    manifests = render_document(qwen)
    server = server_pod(manifests)
    # THEN the server mounts the Job's claim (read-only where the engine never writes it) ...
    assert {
        "name": "model-cache",
        "persistentVolumeClaim": {"claimName": QWEN_CLAIM, **({"readOnly": True} if read_only else {})},
    } in server["volumes"]
    mount = next(m for m in server["containers"][0]["volumeMounts"] if m["name"] == "model-cache")
    assert mount.get("readOnly") == read_only
    # ... with Hub downloads switched off
    assert env_of(server["containers"][0])["HF_HUB_OFFLINE"] == "1"
    assert find(manifests, "Deployment")["metadata"]["annotations"]["ai-workloads/model-cache"] == QWEN_CLAIM


def test_tgi_downloads_with_its_images_cli(qwen):
    qwen.update(engine="tgi", serving={})
    qwen["container"]["image"] = {"repository": "ghcr.io/huggingface/text-generation-inference", "tag": "3.3.4"}
    container = job_pod(render_document(qwen))["containers"][0]
    assert container["command"][5:8] == ["huggingface-cli", "download", "Qwen/Qwen2.5-7B-Instruct"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is False


def test_without_the_cache_the_server_downloads_into_an_emptydir_and_stays_online(qwen):
    del qwen["modelCache"]
    manifests = render_document(qwen)
    assert not [m for m in manifests if m["kind"] in ("PersistentVolumeClaim", "Job")]
    assert {"name": "model-cache", "emptyDir": {"sizeLimit": "100Gi"}} in server_pod(manifests)["volumes"]
    assert "HF_HUB_OFFLINE" not in env_of(server_pod(manifests)["containers"][0])


def test_a_new_revision_is_a_new_claim_and_job_and_the_deployment_follows(qwen):
    before = render_document(qwen)
    qwen["model"]["revision"] = NEW_REVISION
    after = render_document(qwen)
    claim_before, claim_after = find(before, "PersistentVolumeClaim"), find(after, "PersistentVolumeClaim")
    assert claim_after["metadata"]["name"] != claim_before["metadata"]["name"]
    assert find(after, "Job")["metadata"]["name"] != find(before, "Job")["metadata"]["name"]
    assert (
        find(after, "Deployment")["metadata"]["annotations"]["ai-workloads/model-cache"]
        == claim_after["metadata"]["name"]
    )
    # and the same file renders the same names every time (Argo CD sees no change)
    assert [m["metadata"]["name"] for m in render_document(qwen)] == [m["metadata"]["name"] for m in after]


def test_a_template_only_change_keeps_the_job_name_and_replaces_the_job(qwen):
    """#17 fault 2: the Job is named after what it downloads; a template change under the same name is
    deleted and re-created by Argo CD (a Job's template is immutable: an apply would fail)."""
    before = find(render_document(qwen), "Job")
    qwen["container"]["image"]["tag"] = "v0.32.0"
    qwen["container"]["environment"] = [{"name": "VLLM_LOGGING_LEVEL", "value": "DEBUG"}]
    qwen["container"]["secrets"][0]["secretKey"] = "token"
    after = find(render_document(qwen), "Job")
    assert after["spec"]["template"] != before["spec"]["template"]
    assert after["metadata"]["name"] == before["metadata"]["name"]
    assert (
        after["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "PruneLast=true,Replace=true,Force=true"
    )


# --- sharing ------------------------------------------------------------------------------------------


def test_a_provided_cache_is_named_after_the_model_revision_and_read_write_many(qwen):
    qwen["modelCache"] = {"size": "40Gi", "sharing": "provide"}
    manifests = render_document(qwen)
    claim = find(manifests, "PersistentVolumeClaim")
    assert claim["metadata"]["name"] == SHARED_QWEN_CLAIM
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    assert find(manifests, "Job")["metadata"]["annotations"]["ai-workloads/model-cache"] == SHARED_QWEN_CLAIM


def test_a_user_of_a_shared_cache_renders_nothing_and_mounts_the_providers_claim(qwen):
    provider = copy.deepcopy(qwen)
    provider["modelCache"] = {"size": "40Gi", "sharing": "provide"}
    user = other_workload(qwen, "qwen-batch", "qwen-batch.example.com")
    user["modelCache"] = {"sharing": "use"}
    manifests = render_document(user)
    assert not [m for m in manifests if m["kind"] in ("PersistentVolumeClaim", "Job")]
    assert {
        "name": "model-cache",
        "persistentVolumeClaim": {"claimName": SHARED_QWEN_CLAIM, "readOnly": True},
    } in server_pod(manifests)["volumes"]
    # AND with its provider in the namespace the gates pass
    assert findings(("workloads/provider.yaml", provider), ("workloads/user.yaml", user)) == []


def test_a_user_without_a_provider_of_that_revision_is_refused(qwen):
    provider = copy.deepcopy(qwen)
    provider["modelCache"] = {"size": "40Gi", "sharing": "provide"}
    user = other_workload(qwen, "qwen-batch", "qwen-batch.example.com")
    user["modelCache"] = {"sharing": "use"}
    user["model"]["revision"] = NEW_REVISION
    claim = "model-cache-qwen-qwen2-5-7b-instruct-d29fc8349006"
    assert findings(("workloads/provider.yaml", provider), ("workloads/user.yaml", user)) == [
        f"workloads/user.yaml: Deployment/qwen-batch.spec.template.spec.volumes[1].persistentVolumeClaim: "
        f"PersistentVolumeClaim '{claim}' is not rendered in namespace 'ml-inference'",
        f"workloads/user.yaml: Deployment/qwen-batch.metadata.annotations.ai-workloads/model-cache: no rendered Job "
        f"fills PersistentVolumeClaim '{claim}' (a Job annotated ai-workloads/model-cache: {claim})",
        "workloads/user.yaml: Deployment/qwen-batch.metadata.annotations.ai-workloads/model-id: no workload in "
        f"namespace 'ml-inference' provides exactly Qwen/Qwen2.5-7B-Instruct@{NEW_REVISION} (provided: "
        f"Qwen/Qwen2.5-7B-Instruct@a09a35458c702b33eeacc393d103063234e8bc28 ({SHARED_QWEN_CLAIM})): "
        "`modelCache.sharing: use` needs the provider's exact model.id and model.revision",
    ]


# --- the gates --------------------------------------------------------------------------------------


def rendered(document: dict) -> RenderedWorkload:
    return RenderedWorkload("workloads/x.yaml", "x", render_document(document, "workloads/x.yaml"))


def messages(workload: RenderedWorkload) -> list[str]:
    return [f"{label}.{path}: {message}" for _f, label, path, message in cross_object_findings([workload])]


def test_the_cache_objects_pass_every_gate(qwen):
    assert gate_errors([rendered(qwen)]) == []


def test_a_job_and_deployment_on_different_claims_are_refused(qwen):
    workload = rendered(qwen)
    job = find(workload.manifests, "Job")
    job["spec"]["template"]["spec"]["volumes"][0]["persistentVolumeClaim"]["claimName"] = "elsewhere"
    job["metadata"]["annotations"]["ai-workloads/model-cache"] = "elsewhere"
    assert messages(workload) == [
        "Job/qwen2-5-7b-instruct-fetch-89d8f57.spec.template.spec.volumes[0].persistentVolumeClaim: "
        "PersistentVolumeClaim 'elsewhere' is not rendered in namespace 'ml-inference'",
        f"Deployment/qwen2-5-7b-instruct.metadata.annotations.ai-workloads/model-cache: no rendered Job fills "
        f"PersistentVolumeClaim '{QWEN_CLAIM}' (a Job annotated ai-workloads/model-cache: {QWEN_CLAIM})",
    ]


def test_a_deployment_naming_a_claim_it_does_not_mount_is_refused(qwen):
    workload = rendered(qwen)
    find(workload.manifests, "Deployment")["metadata"]["annotations"]["ai-workloads/model-cache"] = "other"
    assert messages(workload) == [
        "Deployment/qwen2-5-7b-instruct.metadata.annotations.ai-workloads/model-cache: "
        "names PersistentVolumeClaim 'other', which the pod does not mount"
    ]


def test_the_jobs_secret_key_must_exist(qwen):
    workload = rendered(qwen)
    env = find(workload.manifests, "Job")["spec"]["template"]["spec"]["containers"][0]["env"]
    next(e for e in env if e["name"] == "HF_TOKEN")["valueFrom"]["secretKeyRef"]["key"] = "token"
    assert messages(workload) == [
        "Job/qwen2-5-7b-instruct-fetch-89d8f57.spec.template.spec.containers[0].env[10].valueFrom.secretKeyRef: "
        "key 'token' is not produced by ExternalSecret 'qwen2-5-7b-instruct-secrets' (keys: ['hf-token'])"
    ]


def test_a_missing_claim_object_is_refused(qwen):
    workload = rendered(qwen)
    workload.manifests.remove(find(workload.manifests, "PersistentVolumeClaim"))
    assert messages(workload) == [
        f"Job/qwen2-5-7b-instruct-fetch-89d8f57.spec.template.spec.volumes[0].persistentVolumeClaim: "
        f"PersistentVolumeClaim '{QWEN_CLAIM}' is not rendered in namespace 'ml-inference'",
        f"Deployment/qwen2-5-7b-instruct.spec.template.spec.volumes[1].persistentVolumeClaim: "
        f"PersistentVolumeClaim '{QWEN_CLAIM}' is not rendered in namespace 'ml-inference'",
    ]


def checkov_failures(folder: Path) -> list[tuple[str, str]]:
    if not CHECKOV.exists():
        pytest.skip("checkov not installed: run `make test` (it bootstraps tools/checkov)")
    result = subprocess.run(
        [
            str(CHECKOV),
            "--directory",
            str(folder),
            "--framework",
            "kubernetes",
            "--output",
            "json",
            "--quiet",
            "--skip-download",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    report = report[0] if isinstance(report, list) else report
    return [(check["check_id"], check["resource"]) for check in report.get("results", {}).get("failed_checks", [])]


def test_every_cache_variant_passes_checkov_with_reviewed_waivers_only(qwen, tmp_path):
    # GIVEN the cache on vLLM (provided, several replicas) and on TGI (root image), with the NetworkPolicy
    vllm = copy.deepcopy(qwen)
    vllm.update(replicas=2, modelCache={"size": "40Gi", "sharing": "provide"}, networkPolicy={"enabled": True})
    tgi = other_workload(qwen, "qwen-tgi", "qwen-tgi.example.com")
    tgi.update(engine="tgi", serving={})
    tgi["container"]["image"] = {"repository": "ghcr.io/huggingface/text-generation-inference", "tag": "3.3.4"}
    for name, document in (("vllm", vllm), ("tgi", tgi)):
        (tmp_path / f"{name}.k8s.yaml").write_text(yaml.safe_dump_all(render_document(document)))
    # THEN checkov fails nothing
    assert checkov_failures(tmp_path) == []


# --- values ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cache, extra, expected",
    [
        ({"storageClassName": "fast"}, {}, "modelCache.size: required field is missing"),
        ({"size": "5Gi"}, {}, "modelCache.size: 5Gi is smaller than the minimum model cache size (10Gi)"),
        (
            {"size": "40Gi", "accessMode": "ReadOnlyMany"},
            {},
            "modelCache.accessMode: Input should be 'ReadWriteOnce' or 'ReadWriteMany'",
        ),
        (
            {"size": "40Gi", "accessMode": "ReadWriteOnce"},
            {"replicas": 2},
            "modelCache.accessMode: ReadWriteOnce cannot be mounted by 2 replicas on different nodes: use ReadWriteMany",
        ),
        (
            {"size": "40Gi", "accessMode": "ReadWriteOnce", "sharing": "provide"},
            {},
            "modelCache.accessMode: a provided cache is mounted by the pods of several workloads: use ReadWriteMany",
        ),
        (
            {"sharing": "use", "size": "40Gi"},
            {},
            "modelCache.size: applies only to a cache this workload renders; with sharing 'use' the workload that provides "
            "the cache sets it",
        ),
        (
            {"size": "40Gi", "sharing": "everyone"},
            {},
            "modelCache.sharing: Input should be 'private', 'provide' or 'use'",
        ),
    ],
)
def test_bad_cache_values_are_refused_at_synthesis(qwen, tmp_path, cache, extra, expected):
    qwen["modelCache"] = cache
    qwen.update(extra)
    assert errors_of(qwen, tmp_path) == [expected]


def test_the_emptydir_size_does_not_apply_with_a_cache(qwen, tmp_path):
    qwen["container"]["modelCacheSize"] = "200Gi"
    assert errors_of(qwen, tmp_path) == [
        "container.modelCacheSize: sizes the emptyDir used without modelCache; with modelCache set modelCache.size instead"
    ]
