"""Safety gates: each one passes the committed dist/ and fails on a violating input."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import DIST, REPO, find, render_document, snapshot

from ai_workloads.files import output
from ai_workloads.files.output import replace_folder
from ai_workloads.gates import gate_errors
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.ml_inference_load.engines import engines
from ai_workloads.ml_inference_load.policy import MODEL_CACHE_JOB_WAIVERS
from ai_workloads.ml_inference_load.policy import WAIVERS as INFERENCE_WAIVERS
from ai_workloads.ml_inference_load.routing.endpoint_picker import WAIVERS as PICKER_WAIVERS
from ai_workloads.mlserver_release.policy import WAIVERS as MLSERVER_WAIVERS
from ai_workloads.stage_types import RenderedWorkload

CHECKOV = REPO / "tools" / "checkov" / ".venv" / "bin" / "checkov"


def rendered(document, file="workloads/x.yaml"):
    return RenderedWorkload(file=file, name="x", manifests=render_document(document, file))


def findings_of(workload: RenderedWorkload) -> list[str]:
    return [f"{label}.{path}: {message}" for _file, label, path, message in cross_object_findings([workload])]


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ai_workloads.check", str(folder)], cwd=REPO, capture_output=True, text=True, timeout=300
    )


# --- the gates over written manifests (make check) -----------------------------------------------


def test_committed_dist_passes_the_gates():
    result = run_check(DIST)
    assert result.returncode == 0, result.stderr
    assert "pass the schema and cross-object gates" in result.stdout


def test_check_fails_on_a_hand_edited_core_object(tmp_path):
    shutil.copytree(DIST, tmp_path / "dist")
    path = tmp_path / "dist" / "llama-3-8b-instruct.k8s.yaml"
    documents = list(yaml.safe_load_all(path.read_text()))
    find(documents, "Service")["spec"]["ports"][0]["prot"] = 80
    path.write_text(yaml.safe_dump_all(documents))
    result = run_check(tmp_path / "dist")
    assert result.returncode == 1
    assert (
        f"{path}: Service/llama-3-8b-instruct.spec.ports[0]: Additional properties are not allowed ('prot' was unexpected)"
        in result.stderr.splitlines()
    )


def test_check_fails_on_a_custom_resource_outside_its_crd(tmp_path, crd_catalog):
    shutil.copytree(DIST, tmp_path / "dist")
    path = tmp_path / "dist" / "llama-3-8b-instruct.k8s.yaml"
    documents = list(yaml.safe_load_all(path.read_text()))
    find(documents, "ExternalSecret", "llama-3-8b-instruct-secrets")["spec"]["secretStoreRef"]["kind"] = "VaultStore"
    path.write_text(yaml.safe_dump_all(documents))
    result = run_check(tmp_path / "dist")
    assert result.returncode == 1
    assert (
        "ExternalSecret/llama-3-8b-instruct-secrets.spec.secretStoreRef.kind: 'VaultStore' is not one of"
        in result.stderr
    )


def test_check_rejects_foreign_files_in_dist(tmp_path):
    shutil.copytree(DIST, tmp_path / "dist")
    (tmp_path / "dist" / "notes.yaml").write_text("kind: ConfigMap\n")
    result = run_check(tmp_path / "dist")
    assert result.returncode == 1
    assert "notes.yaml: <root>: not a *.k8s.yaml file: only manifests belong in dist/" in result.stderr


# --- cross-object rules: each fails on a violation ---------------------------------------------------


def test_cross_object_rules_pass_for_the_examples(llama, fraud):
    assert findings_of(rendered(llama)) == []
    assert findings_of(rendered(fraud)) == []


def test_service_selecting_no_pods_is_rejected(llama):
    workload = rendered(llama)
    find(workload.manifests, "Service")["spec"]["selector"]["app.kubernetes.io/name"] = "other"
    assert findings_of(workload) == [
        "Service/llama-3-8b-instruct.spec.selector: selects no pods of a rendered Deployment "
        "({'app.kubernetes.io/instance': 'llama-3-8b-instruct', 'app.kubernetes.io/name': 'other', "
        "'backstage.io/kubernetes-id': 'llama-3-8b-instruct'})"
    ]


def test_httproute_to_a_missing_service_port_is_rejected(llama):
    workload = rendered(llama)
    find(workload.manifests, "HTTPRoute")["spec"]["rules"][0]["backendRefs"][0]["port"] = 8080
    assert findings_of(workload) == [
        "HTTPRoute/llama-3-8b-instruct.spec.rules[0].backendRefs[0]: Service 'llama-3-8b-instruct' has no port 8080 (ports: [80])"
    ]


def test_httproute_to_a_missing_gateway_is_rejected(llama):
    workload = rendered(llama)
    find(workload.manifests, "HTTPRoute")["spec"]["parentRefs"][0]["name"] = "shared-gateway"
    assert findings_of(workload) == [
        "HTTPRoute/llama-3-8b-instruct.spec.parentRefs[0]: Gateway 'shared-gateway' is not rendered"
    ]


def test_gateway_certificate_without_a_certificate_is_rejected(llama):
    workload = rendered(llama)
    workload.manifests.remove(find(workload.manifests, "Certificate"))
    assert findings_of(workload) == [
        "Gateway/llama-3-8b-instruct-gateway.spec.listeners[0].tls.certificateRefs[0]: "
        "Secret 'llama-3-8b-instruct-tls' is not produced by a rendered Certificate"
    ]


def test_env_secret_key_not_produced_by_the_external_secret_is_rejected(llama):
    workload = rendered(llama)
    env = find(workload.manifests, "Deployment")["spec"]["template"]["spec"]["containers"][0]["env"]
    index = next(i for i, e in enumerate(env) if e["name"] == "HF_TOKEN")
    env[index]["valueFrom"]["secretKeyRef"]["key"] = "token"
    assert findings_of(workload) == [
        f"Deployment/llama-3-8b-instruct.spec.template.spec.containers[0].env[{index}].valueFrom.secretKeyRef: "
        "key 'token' is not produced by ExternalSecret 'llama-3-8b-instruct-secrets' (keys: ['hf-token'])"
    ]


def test_pull_secret_without_an_external_secret_is_rejected(llama):
    workload = rendered(llama)
    workload.manifests.remove(find(workload.manifests, "ExternalSecret", "llama-3-8b-instruct-ghcr-docker-config"))
    assert findings_of(workload) == [
        "Deployment/llama-3-8b-instruct.spec.template.spec.imagePullSecrets[0]: "
        "Secret 'llama-3-8b-instruct-ghcr-docker-config' is not produced by a rendered ExternalSecret"
    ]


def test_hpa_target_and_virtual_service_destination_must_exist(fraud):
    workload = rendered(fraud)
    find(workload.manifests, "HorizontalPodAutoscaler", "fraud-scoring-ai-workloads-mlserver-a")["spec"][
        "scaleTargetRef"
    ]["name"] = "gone"
    find(workload.manifests, "VirtualService")["spec"]["http"][1]["route"][0]["destination"]["port"]["number"] = 9999
    assert findings_of(workload) == [
        "HorizontalPodAutoscaler/fraud-scoring-ai-workloads-mlserver-a.spec.scaleTargetRef: Deployment 'gone' is not rendered",
        "VirtualService/fraud-scoring-ai-workloads.spec.http[1].route[0].destination: "
        "Service 'fraud-scoring-ai-workloads-mlserver-b' has no port 9999 (ports: [8000, 8081])",
    ]


def test_names_are_unique_per_kind_and_namespace_across_files(llama):
    one = rendered(llama, "workloads/one.yaml")
    two = RenderedWorkload("workloads/two.yaml", "two", copy.deepcopy(one.manifests))
    findings = cross_object_findings([one, two])
    # every one of the 8 objects collides by name, the Gateway also claims the same host, and the
    # Service also selects the other file's pods
    assert sorted({(f[1], f[2]) for f in findings}) == sorted(
        [(f"{m['kind']}/{m['metadata']['name']}", "metadata.name") for m in one.manifests]
        + [
            ("Gateway/llama-3-8b-instruct-gateway", "spec.listeners[0].hostname"),
            ("Service/llama-3-8b-instruct", "spec.selector"),
        ]
    )
    assert (
        "workloads/two.yaml",
        "ServiceAccount/llama-3-8b-instruct-external-secrets",
        "metadata.name",
        "ServiceAccount 'llama-3-8b-instruct-external-secrets' in namespace 'ml-inference' is also rendered from workloads/one.yaml",
    ) in findings


def test_the_same_name_in_another_namespace_is_fine(llama):
    one = rendered(llama, "workloads/one.yaml")
    llama["namespace"] = "ml-inference-staging"
    llama["gateway"]["hosts"] = ["llama-3-8b.staging.example.com"]  # a host is claimed once
    two = rendered(llama, "workloads/two.yaml")
    assert cross_object_findings([one, two]) == []


def test_gate_errors_carry_file_and_object(llama):
    workload = rendered(llama, "workloads/llama.yaml")
    find(workload.manifests, "Deployment")["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"][
        "cpu"
    ] = []
    errors = [str(e) for e in gate_errors([workload])]
    assert (
        "workloads/llama.yaml: Deployment/llama-3-8b-instruct.spec.template.spec.containers[0].resources.limits.cpu: [] is not valid under any of the given schemas"
        in errors
    )


# --- dist/ is replaced in one step ----------------------------------------------------------------


def test_replace_folder_swaps_content_and_drops_stale_files(tmp_path):
    target = tmp_path / "dist"
    target.mkdir()
    (target / "old.k8s.yaml").write_text("old")
    replace_folder(target, {"new.k8s.yaml": "new"})
    assert snapshot(target) == {"new.k8s.yaml": b"new"}
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_a_failure_while_writing_leaves_the_old_folder_byte_for_byte(tmp_path, monkeypatch):
    target = tmp_path / "dist"
    target.mkdir()
    (target / "a.k8s.yaml").write_text("previous")
    calls = {"n": 0}
    original = Path.write_text

    def failing_write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing_write)
    with pytest.raises(OSError, match="No space left"):
        replace_folder(target, {"a.k8s.yaml": "new a", "b.k8s.yaml": "new b"})
    monkeypatch.undo()
    assert snapshot(target) == {"a.k8s.yaml": b"previous"}
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_the_exchange_fallback_also_replaces_the_folder(tmp_path, monkeypatch):
    target = tmp_path / "dist"
    target.mkdir()
    (target / "old.k8s.yaml").write_text("old")
    monkeypatch.setattr(output.ctypes.util, "find_library", lambda name: None)  # no renameat2
    replace_folder(target, {"new.k8s.yaml": "new"})
    assert snapshot(target) == {"new.k8s.yaml": b"new"}


# --- policy: checkov on dist/ --------------------------------------------------------------------


def checkov(folder: Path) -> dict:
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
    return report[0] if isinstance(report, list) else report


def test_checkov_finds_zero_failed_checks_in_dist():
    summary = checkov(DIST)["summary"]
    assert summary["failed"] == 0
    assert summary["passed"] > 300


def test_checkov_fails_a_privileged_pod_without_waivers(tmp_path, fraud):
    manifests = render_document(fraud)
    deployment = find(manifests, "Deployment", "fraud-scoring-ai-workloads-mlserver-a")
    del deployment["metadata"]["annotations"]
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["privileged"] = True
    (tmp_path / "bad.k8s.yaml").write_text(yaml.safe_dump(deployment))
    failed = {check["check_id"] for check in checkov(tmp_path)["results"]["failed_checks"]}
    assert {"CKV_K8S_16", "CKV_K8S_15", "CKV_K8S_43"} <= failed


def test_every_waiver_in_dist_is_a_reviewed_reason_on_the_object():
    waivers = []
    for path in DIST.glob("*.k8s.yaml"):
        for manifest in yaml.safe_load_all(path.read_text()):
            for key, value in (manifest["metadata"].get("annotations") or {}).items():
                if key.startswith("checkov.io/skip"):
                    check, reason = value.split("=", 1)
                    waivers.append((check, reason))
    assert waivers
    reasons = [
        INFERENCE_WAIVERS,
        MODEL_CACHE_JOB_WAIVERS,
        MLSERVER_WAIVERS,
        PICKER_WAIVERS,
        *(engine.waivers for engine in engines()),
    ]
    reviewed = {(check, reason) for waivers in reasons for check, reason in waivers.items()}
    assert set(waivers) <= reviewed
