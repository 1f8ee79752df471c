"""The rehearsal (issue #20): every rendered object applied to a real control plane (etcd, kube-apiserver,
kube-controller-manager, kube-scheduler, kwok; binaries from rehearsal/binaries.py) with simulated GPU
nodes; the prerequisites checklist; `main.py verify`; no process or folder left behind.

One control plane serves the module (`rehearsal`): it is started, checked by `verify` with some
prerequisites deliberately missing, completed, checked again, and then every workload is delivered
(server-side apply, wave by wave); the tests assert on what happened. Without built binaries the
control-plane tests skip, unless AI_WORKLOADS_REQUIRE_REHEARSAL=1 (then they fail).
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from ai_workloads.platform import prerequisites as prereq
from ai_workloads.rehearsal import stages
from ai_workloads.rehearsal.controlplane import (
    DEFAULT_NODES,
    FIELD_MANAGER,
    ControlPlane,
    ControlPlaneError,
    ControlPlaneSettings,
    check_version,
    load_objects,
    target_version,
)
from ai_workloads.rehearsal.simulated import SIMULATED_STATUSES, simulated_table

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "tests" / "fixtures" / "project"  # the tool's tests use the fixture project (conftest.py)
DIST = PROJECT / "dist"
ARGOCD = PROJECT / "argocd"
REQUIRE_ENV = "AI_WORKLOADS_REQUIRE_REHEARSAL"


# --------------------------------------------------------------------------- without binaries
def test_prerequisites_check_fails_on_a_stale_file(tmp_path):
    """`--check FILE` (run by `make ci` on prerequisites.yaml) passes on what `--write` wrote and
    fails, naming the file, once the rendered objects ask for something else."""
    command = [
        sys.executable,
        "-m",
        "ai_workloads.platform.prerequisites",
        "--dist",
        str(DIST),
        "--argocd",
        str(ARGOCD),
    ]
    target = tmp_path / "prerequisites.yaml"
    assert subprocess.run([*command, "--write", str(target)], capture_output=True, text=True).returncode == 0
    assert subprocess.run([*command, "--check", str(target)], capture_output=True, text=True).returncode == 0
    target.write_text(target.read_text().replace("podSecurity: baseline", "podSecurity: restricted"))
    stale = subprocess.run([*command, "--check", str(target)], capture_output=True, text=True)
    assert stale.returncode == 1 and stale.stderr.strip() == f"{target}: stale, run `make prerequisites`"


def test_prerequisites_follow_the_rendered_objects():
    p = prereq.compute(DIST, ARGOCD)
    # TGI runs as root (README, Pod security): its namespace needs baseline; MLServer meets restricted.
    assert p["namespaces"]["ml-inference"]["podSecurity"] == "baseline"
    assert p["workloads"]["llama-3-8b-instruct"]["podSecurity"] == "baseline"
    assert p["workloads"]["qwen2-5-7b-instruct"]["podSecurity"] == "restricted"
    assert p["namespaces"]["ml-serving"]["podSecurity"] == "restricted"
    assert p["cluster"]["runtimeClasses"] == ["nvidia"]
    assert p["cluster"]["gatewayClasses"] == ["istio"]
    assert p["cluster"]["clusterIssuers"] == ["letsencrypt-prod"]
    assert p["cluster"]["clusterSecretStores"] == ["vault-backend"]
    assert p["cluster"]["gpuNodeSelectors"] == [{"nvidia.com/gpu.present": "true"}]
    assert p["cluster"]["resourceMetricsApi"] is True  # fraud-scoring's HPAs scale on CPU
    assert {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy"} not in p["cluster"][
        "customResourceDefinitions"
    ]
    assert {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute"} in p["cluster"][
        "customResourceDefinitions"
    ]
    keys = {(v["key"], v["property"]) for v in p["workloads"]["llama-3-8b-instruct"]["vaultKeys"]}
    assert keys == {("ml/huggingface/read-token", "token"), ("shared/ghcr/dockerconfigjson", "dockerconfigjson")}
    assert p["argocd"]["namespaces"] == ["argocd"] and p["argocd"]["projects"] == ["default"]


def test_pod_security_levels_of_pod_specs():
    locked = {
        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [
            {"name": "c", "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}}
        ],
    }
    assert prereq.pod_security_level(locked)[0] == "restricted"
    root = {**locked, "securityContext": {"runAsUser": 0, "seccompProfile": {"type": "RuntimeDefault"}}}
    assert prereq.pod_security_level(root)[0] == "baseline"
    host = {**locked, "hostNetwork": True}
    assert prereq.pod_security_level(host)[0] == "privileged"


def test_every_stage_is_in_the_simulated_table_and_back():
    named = {name.strip() for s in SIMULATED_STATUSES for name in s.stage.split(",")}
    assert named == {s["metadata"]["name"] for s in stages.all_stages()}
    assert "SIMULATED" in simulated_table()


def test_scaled_object_health_follows_argo_cd_and_its_stage_writes_ready():
    """Argo CD v3.2.11 resource_customizations/keda.sh/ScaledObject/health.lua, and the simulated status."""
    from ai_workloads.rehearsal.health import health

    def scaled(*conditions):
        return {
            "kind": "ScaledObject",
            "status": {"conditions": [dict(zip(("type", "status"), c)) for c in conditions]},
        }

    assert health({"kind": "ScaledObject"})[0] == "Progressing"
    assert health(scaled(("Ready", "True"), ("Active", "False"), ("Fallback", "False")))[0] == "Healthy"
    assert health(scaled(("Ready", "True"), ("Fallback", "True")))[0] == "Degraded"
    assert health(scaled(("Ready", "False")))[0] == "Degraded"
    assert health(scaled(("Ready", "True"), ("Paused", "True")))[0] == "Suspended"
    stage = next(st for st in stages.all_stages() if st["metadata"]["name"] == "scaledobject-ready")
    written = yaml.safe_load(stage["spec"]["steps"][0]["patch"]["template"].replace("{{ .metadata.name }}", "x"))
    assert health({"kind": "ScaledObject", "status": written})[0] == "Healthy"
    assert all("SIMULATED" in c["message"] for c in written["conditions"])


def test_rehearsal_nodes_hold_every_gpu_pod_of_the_examples():
    """simulated.nodes_for: enough GPUs for the GPU pods counted from the rendered objects, whatever the
    placement; the default nodes when they already suffice."""
    from ai_workloads.rehearsal.simulated import nodes_for

    def pods(*sizes):
        return {"workloads": {"w": {"gpuPods": [{"gpusPerPod": g, "pods": 1} for g in sizes]}}}

    assert nodes_for(pods(1, 1, 2)) == DEFAULT_NODES  # 4 + 2 GPUs: 4 needed, 2 can be stranded
    extended = nodes_for(pods(1, 1, 1, 1, 2))  # 6 needed: a bad placement strands the 2-GPU pod
    assert extended[: len(DEFAULT_NODES)] == DEFAULT_NODES and extended[-1].gpus == 6
    assert nodes_for(pods(8))[-1].gpus == 8  # larger than any default node
    repo = prereq.compute(REPO / "dist", REPO / "argocd")
    needed = sum(p["gpusPerPod"] * p["pods"] for w in repo["workloads"].values() for p in w["gpuPods"])
    assert sum(n.whole_gpus for n in nodes_for(repo)) >= needed


def test_never_ready_pods_are_excluded_from_the_ready_stage():
    configured = stages.configured_stages(
        pod_ready_delay_seconds=2.5, job_complete_delay_seconds=1, never_ready_instances=["llama"], storage_class="sc"
    )
    ready = next(s for s in configured if s["metadata"]["name"] == "pod-ready")
    assert ready["spec"]["delay"]["durationMilliseconds"] == 2500
    assert {"key": '.metadata.labels["app.kubernetes.io/instance"]', "operator": "NotIn", "values": ["llama"]} in ready[
        "spec"
    ]["selector"]["matchExpressions"]
    assert "STORAGE_CLASS" not in yaml.safe_dump_all(configured)


def test_kubernetes_target_is_checked():
    assert target_version(REPO / "cdk8s.yaml") == target_version(PROJECT / "cdk8s.yaml") == "1.35"
    check_version("v1.35.4", "1.35")
    with pytest.raises(ControlPlaneError, match=r"the built Kubernetes is v1\.34\.2, the project targets 1\.35"):
        check_version("v1.34.2", "1.35")


def test_crd_shapes_match_the_upstream_files():
    """CRD_SHAPES (names, scope, status subresource) against ../shared/crds, when that folder is here."""
    from ai_workloads.gates.settings import crds_dir
    from ai_workloads.rehearsal.platform_setup import CRD_SHAPES, GROUP_ANNOTATIONS

    folder = (REPO / crds_dir()).resolve()
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    found = {}
    files = [
        folder / "istio" / "virtualservices.networking.istio.io.yaml",
        folder / "argo-cd" / "application-crd.yaml",
        *(folder / "gateway-api").glob("*.yaml"),
        *(folder / "cert-manager").glob("*.yaml"),
        *(folder / "external-secrets").glob("*.yaml"),
        *(folder / "prometheus-operator").glob("*.yaml"),
        *(folder / "keda").glob("*.yaml"),
        folder / "gateway-api-inference-extension" / "inference.networking.k8s.io_inferencepools.yaml",
        folder / "llm-d-router" / "llm-d.ai_inferenceobjectives.yaml",
        folder / "istio" / "destinationrules.networking.istio.io.yaml",
    ]
    for path in files:
        for doc in yaml.load_all(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition":
                spec = doc["spec"]
                found[(spec["group"], spec["names"]["kind"])] = (
                    spec["names"]["plural"],
                    spec["scope"],
                    any((v.get("subresources") or {}).get("status") is not None for v in spec["versions"]),
                    {
                        k: v
                        for k, v in (doc["metadata"].get("annotations") or {}).items()
                        if k in GROUP_ANNOTATIONS.get(spec["group"], {})
                    },
                )
    for key, shape in CRD_SHAPES.items():
        assert found[key] == (shape.plural, shape.scope, shape.status_subresource, GROUP_ANNOTATIONS.get(key[0], {})), (
            key
        )


def test_health_follows_argo_cd_for_the_rendered_kinds():
    from ai_workloads.rehearsal.health import health, unschedulable

    deployment = {
        "kind": "Deployment",
        "metadata": {"generation": 2},
        "spec": {"replicas": 1},
        "status": {"observedGeneration": 2, "replicas": 1, "updatedReplicas": 1, "availableReplicas": 0},
    }
    assert health(deployment)[0] == "Progressing"
    assert health({**deployment, "status": {**deployment["status"], "availableReplicas": 1}})[0] == "Healthy"
    deadline = {
        **deployment,
        "status": {
            **deployment["status"],
            "conditions": [{"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded"}],
        },
    }
    assert health(deadline)[0] == "Degraded"
    assert health({"kind": "Job", "status": {"conditions": [{"type": "Complete", "status": "True"}]}})[0] == "Healthy"
    assert health({"kind": "PersistentVolumeClaim", "status": {"phase": "Pending"}})[0] == "Progressing"
    issuing = {
        "kind": "Certificate",
        "status": {"conditions": [{"type": "Issuing", "status": "True"}, {"type": "Ready", "status": "True"}]},
    }
    assert health(issuing)[0] == "Progressing"
    gateway = {
        "kind": "Gateway",
        "status": {
            "conditions": [{"type": "Accepted", "status": "Unknown"}, {"type": "Programmed", "status": "Unknown"}]
        },
    }
    assert health(gateway)[0] == "Progressing"  # the CRD's default status, before a controller ran
    route = {
        "kind": "HTTPRoute",
        "metadata": {"generation": 2},
        "status": {"parents": [{"conditions": [{"type": "Accepted", "status": "True", "observedGeneration": 1}]}]},
    }
    assert health(route)[0] == "Progressing"  # a stale parent status is not health
    pod = {
        "status": {
            "conditions": [
                {
                    "type": "PodScheduled",
                    "status": "False",
                    "reason": "Unschedulable",
                    "message": "0/3 nodes are available: 2 Insufficient nvidia.com/gpu.",
                }
            ]
        }
    }
    assert unschedulable(pod) == "0/3 nodes are available: 2 Insufficient nvidia.com/gpu."


FAKE_BINARY = """#!/bin/sh
if [ "$1" = "--version" ]; then echo "Kubernetes v1.35.4"; exit 0; fi
echo $$ >> {pids}
exec sleep 300
"""


def test_a_failed_start_leaves_no_process_or_folder(tmp_path):
    """A control plane whose API server never answers: ControlPlaneError, every process stopped, folder gone."""
    fake = tmp_path / "fake"
    pids = tmp_path / "pids"  # each fake server's pid (the same after `exec sleep`)
    fake.write_text(FAKE_BINARY.format(pids=pids))
    fake.chmod(0o755)
    binaries = dict.fromkeys(
        ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "etcd", "kwok"), fake
    )
    cp = ControlPlane(ControlPlaneSettings(start_timeout_seconds=2, expected_version="1.35"), binaries=binaries)
    with pytest.raises(ControlPlaneError, match="timed out waiting for kube-apiserver /readyz"), cp:
        pass
    assert not cp.workdir.exists()
    started = [int(pid) for pid in pids.read_text().split()]
    assert started  # the servers it started are this process's children: each must be stopped and reaped
    assert [pid for pid in started if _not_reaped(pid)] == []


def _not_reaped(pid: int) -> bool:
    """Child `pid` is still running, or exited without being waited for (the control plane did not stop it)."""
    try:
        os.waitpid(pid, os.WNOHANG)  # running: (0, 0); an unreaped zombie: reaped now
    except ChildProcessError:  # reaped by the control plane: gone
        return False
    return True


# --------------------------------------------------------------------------- with the control plane
def _binaries() -> dict[str, Path]:
    try:
        from ai_workloads.rehearsal.binaries import ensure_binaries

        return dict(ensure_binaries())
    except Exception as error:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"the rehearsal binaries are not available: {error}")
        pytest.skip(f"the rehearsal binaries are not available: {error}")


def _loopback_only(kubeconfig: Path) -> None:
    """The tests never talk to anything but the local control plane."""
    config = yaml.safe_load(kubeconfig.read_text())
    for cluster in config["clusters"]:
        server = cluster["cluster"]["server"]
        assert server.startswith("https://127.0.0.1:"), f"refusing a kubeconfig for {server}: not loopback"


OMITTED = (
    "clusterIssuer:letsencrypt-prod",
    "podSecurity:ml-inference",
    "namespace:ml-serving",
    "crd:VirtualService",
    "runtimeClass:nvidia",
)


@pytest.fixture(scope="module")
def rehearsal():
    from ai_workloads.rehearsal import verify as verify_module
    from ai_workloads.rehearsal.platform_setup import install_prerequisites
    from ai_workloads.rehearsal.rehearse import deliver_without_argocd

    binaries = _binaries()
    record: dict[str, Any] = {}
    with ControlPlane(
        ControlPlaneSettings(expected_version=target_version(PROJECT / "cdk8s.yaml")), binaries=binaries
    ) as cp:
        _loopback_only(cp.kubeconfig)
        cluster = verify_module.Cluster(str(binaries["kubectl"]), cp.kubeconfig)
        p = prereq.compute(DIST, ARGOCD)
        install_prerequisites(cp, p, omit=OMITTED)
        out = io.StringIO()
        record["verify_missing"] = (verify_module.verify(cluster, DIST, ARGOCD, out), out.getvalue())
        install_prerequisites(cp, p)
        out = io.StringIO()
        record["verify_complete"] = (verify_module.verify(cluster, DIST, ARGOCD, out), out.getvalue())
        record["results"] = deliver_without_argocd(cp, DIST, ARGOCD, timeout=180)
        record["argocd_apply"] = cp.apply([ARGOCD / "application.yaml", *sorted((ARGOCD / "apps").glob("*.yaml"))])
        yield cp, record


def test_verify_reports_each_missing_prerequisite(rehearsal):
    status, text = rehearsal[1]["verify_missing"]
    assert status == 1
    assert "MISSING clusterissuers letsencrypt-prod: not found" in text
    assert "MISSING runtimeclass nvidia: not found" in text
    assert "MISSING CRD VirtualService (networking.istio.io/v1): not served by the API server" in text
    assert "MISSING namespace ml-serving: does not exist (needs pod-security.kubernetes.io/enforce=restricted)" in text
    assert "MISSING namespace ml-inference Pod Security: no pod-security.kubernetes.io/enforce label" in text
    assert "MISSING dry run " in text and "fraud-scoring.k8s.yaml" in text  # its namespace is missing
    assert "ok      GPU nodes nvidia.com/gpu.present=true" in text


def test_verify_passes_on_a_complete_cluster(rehearsal):
    """Everything there but the resource metrics API: the rehearsal runs no metrics server (it simulates
    the HPA status instead), and verify says so."""
    status, text = rehearsal[1]["verify_complete"]
    missing = [line for line in text.splitlines() if line.startswith("MISSING")]
    assert missing == [
        "MISSING resource metrics API (metrics.k8s.io/v1beta1): not served: the HPAs cannot scale, "
        "Argo CD reports them Degraded"
    ], text
    assert status == 1
    objects = sum(1 for doc in yaml.safe_load_all((PROJECT / "dist" / "fraud-scoring.k8s.yaml").read_text()) if doc)
    assert "ok      dry run" in text and f"fraud-scoring.k8s.yaml: {objects} object(s) accepted" in text


def test_main_py_verify_reports_on_the_local_control_plane(rehearsal):
    cp, _ = rehearsal
    _loopback_only(cp.kubeconfig)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "verify", "--kubeconfig", str(cp.kubeconfig)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "MISSING resource metrics API (metrics.k8s.io/v1beta1)" in result.stdout
    assert "ok      namespace ml-inference Pod Security baseline" in result.stdout
    assert result.stdout.rstrip().endswith("1 missing or refused")


def test_every_rendered_object_is_accepted_by_server_side_apply(rehearsal):
    cp, record = rehearsal
    results = record["results"]
    assert {r.name for r in results} == {p.name.removesuffix(".k8s.yaml") for p in DIST.glob("*.k8s.yaml")}
    assert [(r.name, r.rejected) for r in results if r.rejected] == []
    assert record["argocd_apply"].rejected == []
    # no API server warning either (Kubernetes 1.35 warns about finalizers without a path, for example)
    assert record["argocd_apply"].warnings == []
    assert [(r.name, r.warnings) for r in results if r.warnings] == []
    for path in DIST.glob("*.k8s.yaml"):
        for obj in load_objects(path):
            live = cp.live(obj)
            assert live is not None, obj["metadata"]["name"]
            managers = {
                m["manager"] for m in live["metadata"].get("managedFields", []) if m.get("operation") == "Apply"
            }
            assert managers == {FIELD_MANAGER}, (obj["kind"], obj["metadata"]["name"], managers)


def test_pod_security_is_enforced_in_the_labelled_namespaces(rehearsal):
    cp, _ = rehearsal
    ns = cp.get("/api/v1/namespaces/ml-serving")
    assert ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    root_pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "root-probe", "namespace": "ml-serving"},
        "spec": {"containers": [{"name": "c", "image": "busybox:1.37", "securityContext": {"runAsUser": 0}}]},
    }
    report = cp.apply_manifests([root_pod], dry_run=True)
    assert report.applied == [] and 'violates PodSecurity "restricted:latest"' in report.rejected[0][1]


def test_each_namespace_level_is_the_strictest_its_pods_pass(rehearsal):
    """Every pod template as a Pod (server dry run): admitted at its computed level, refused one level
    stricter (proves the levels in prerequisites.yaml are neither too loose nor too strict)."""
    cp, _ = rehearsal
    for level in ("restricted", "baseline"):
        cp.apply_manifests(
            [
                {
                    "apiVersion": "v1",
                    "kind": "Namespace",
                    "metadata": {"name": f"psa-{level}", "labels": {"pod-security.kubernetes.io/enforce": level}},
                }
            ]
        )
    for path in sorted(DIST.glob("*.k8s.yaml")):
        for obj in load_objects(path):
            spec = prereq.pod_spec(obj)
            if spec is None:
                continue
            level, _ = prereq.pod_security_level(spec)
            # the pod as its controller would create it, without its ServiceAccount (which exists only in
            # the workload's namespace; Pod Security does not read it)
            stripped = {k: v for k, v in spec.items() if k != "serviceAccountName"}
            pod = {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {"name": f"probe-{obj['metadata']['name']}"[:63], "namespace": f"psa-{level}"},
                "spec": stripped,
            }
            assert cp.apply_manifests([pod], dry_run=True).rejected == [], (obj["metadata"]["name"], level)
            if level == "baseline":
                stricter = {**pod, "metadata": {**pod["metadata"], "namespace": "psa-restricted"}}
                rejected = cp.apply_manifests([stricter], dry_run=True).rejected
                assert rejected and "violates PodSecurity" in rejected[0][1], obj["metadata"]["name"]


def _pods(cp: ControlPlane, namespace: str, workload: str) -> list[dict[str, Any]]:
    return cp.list_objects("v1", "Pod", namespace, f"backstage.io/kubernetes-id={workload}")


def test_every_workload_becomes_healthy(rehearsal):
    _, record = rehearsal
    assert [r.line() for r in record["results"] if r.health != "Healthy"] == []


def test_gpu_pods_on_gpu_nodes_cpu_pods_on_cpu_nodes(rehearsal):
    cp, record = rehearsal
    gpu_nodes = {n.name for n in DEFAULT_NODES if n.gpus}
    for result in record["results"]:
        namespace = prereq.compute(DIST, ARGOCD)["workloads"][result.name]["namespace"]
        pods = _pods(cp, namespace, result.name)
        assert pods, result.name
        for pod in pods:
            requests_gpu = any(
                "nvidia.com/gpu" in ((c.get("resources") or {}).get("requests") or {})
                for c in pod["spec"]["containers"]
            )
            on_gpu_node = pod["spec"]["nodeName"] in gpu_nodes
            selects_gpu = "nvidia.com/gpu.present" in (pod["spec"].get("nodeSelector") or {})
            # The model download Job selects a GPU node without requesting a GPU (README, Persistent model
            # cache: its WaitForFirstConsumer claim must bind where the server can run).
            assert on_gpu_node == (requests_gpu or selects_gpu), (pod["metadata"]["name"], pod["spec"]["nodeName"])


def test_deployments_available_and_pods_ready(rehearsal):
    cp, record = rehearsal
    for result in record["results"]:
        assert result.pods and result.pods_ready == result.pods == result.pods_scheduled, result.line()
    for deployment in cp.list_objects("apps/v1", "Deployment"):
        available = next(c for c in deployment["status"]["conditions"] if c["type"] == "Available")
        assert available["status"] == "True", deployment["metadata"]["name"]


def test_model_cache_binds_and_download_completes_before_the_server_starts(rehearsal):
    cp, _ = rehearsal
    objects = load_objects(DIST / "qwen2-5-7b-instruct.k8s.yaml")
    claim = next(o for o in objects if o["kind"] == "PersistentVolumeClaim")
    job = next(o for o in objects if o["kind"] == "Job")
    live_claim, live_job = cp.live(claim), cp.live(job)
    assert live_claim["status"]["phase"] == "Bound"
    volume = cp.get(f"/api/v1/persistentvolumes/{live_claim['spec']['volumeName']}")
    assert volume["metadata"]["annotations"]["pv.kubernetes.io/provisioned-by"] == "rehearsal.ai-workloads/simulated"
    complete = next(c for c in live_job["status"]["conditions"] if c["type"] == "Complete")
    assert complete["status"] == "True"
    server_pods = [
        p
        for p in _pods(cp, "ml-inference", "qwen2-5-7b-instruct")
        if p["metadata"]["labels"].get("app.kubernetes.io/name") == "qwen2-5-7b-instruct"
    ]
    assert server_pods
    for pod in server_pods:  # RFC 3339 UTC timestamps compare as text
        assert live_job["status"]["completionTime"] <= pod["metadata"]["creationTimestamp"], (
            live_job["status"],
            pod["metadata"]["creationTimestamp"],
        )
        # the claim's volume is pinned to the zone of the node the download ran on (zonal storage, not that
        # node: the download may run on a node without a whole GPU), and the server runs in that zone
        download_node = live_claim["metadata"]["annotations"]["volume.kubernetes.io/selected-node"]
        zone = cp.get(f"/api/v1/nodes/{download_node}")["metadata"]["labels"]["topology.kubernetes.io/zone"]
        terms = volume["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"]
        assert terms == [
            {"matchExpressions": [{"key": "topology.kubernetes.io/zone", "operator": "In", "values": [zone]}]}
        ]
        server_node = cp.get(f"/api/v1/nodes/{pod['spec']['nodeName']}")
        assert server_node["metadata"]["labels"]["topology.kubernetes.io/zone"] == zone


def _probe_pod(name: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": "default", "labels": {"app.kubernetes.io/instance": name}},
        "spec": {"containers": [{"name": "c", "image": "registry.invalid/probe:1"}]},
    }


def _ready(pod: dict[str, Any]) -> bool:
    return any(
        c["type"] == "Ready" and c["status"] == "True" for c in (pod.get("status") or {}).get("conditions") or []
    )


def test_chosen_instances_never_become_ready_after_kwok_restarts(rehearsal):
    """configure_pods restarts kwok (which must take the nodes over from the stopped instance) with a
    pod-ready stage that skips the chosen instances: held back stays Running and not Ready while a pod
    created after it becomes Ready."""
    cp, _ = rehearsal
    cp.configure_pods(never_ready_instances=["held-back"])
    try:
        assert cp.apply_manifests([_probe_pod("held-back")]).rejected == []
        cp.wait_for(
            lambda: (cp.live(_probe_pod("held-back")).get("status") or {}).get("phase") == "Running",
            60,
            "held-back Running",
        )
        assert cp.apply_manifests([_probe_pod("goes-ready")]).rejected == []
        cp.wait_for(lambda: _ready(cp.live(_probe_pod("goes-ready"))), 60, "goes-ready Ready")
        held = cp.live(_probe_pod("held-back"))
        assert held["status"]["phase"] == "Running" and not _ready(held)
    finally:
        cp.kubectl("delete", "pod", "held-back", "goes-ready", "--wait=false")
        cp.configure_pods(never_ready_instances=())


def test_a_workload_asking_for_more_gpus_than_any_node_has_is_reported_with_the_scheduler_reason(rehearsal, llama):
    from conftest import render_document

    from ai_workloads.rehearsal.rehearse import apply_in_waves

    cp, _ = rehearsal
    largest = max(n.gpus for n in DEFAULT_NODES)
    document = {
        **llama,
        "serviceName": "too-big-for-any-node",
        "container": {**llama["container"], "gpuCount": largest + 1},
        "gateway": {"hosts": ["too-big.example.com"]},
    }
    objects = render_document(document)
    path = cp.workdir / "too-big-for-any-node.k8s.yaml"
    path.write_text(yaml.safe_dump_all(objects))
    result = apply_in_waves(cp, path, "ai-workloads-too-big-for-any-node", timeout=120)
    assert result.health == "Degraded"
    assert "timed out" not in result.message
    assert result.unschedulable and result.unschedulable[0][0].startswith("too-big-for-any-node-")
    message = result.unschedulable[0][1]
    nodes = len(DEFAULT_NODES)
    assert message.startswith(f"0/{nodes} nodes are available:") and "Insufficient nvidia.com/gpu" in message, message
    assert f"pod {result.unschedulable[0][0]}: 0/{nodes} nodes are available" in result.line()


NO_LEFTOVER_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from ai_workloads.rehearsal.controlplane import ControlPlane, ControlPlaneSettings
    with ControlPlane(ControlPlaneSettings(expected_version="")) as cp:
        print(json.dumps({"workdir": str(cp.workdir), "pids": [pid for _, pid in cp.processes()]}), flush=True)
        time.sleep(600)
""")


def test_the_operated_examples_are_accepted_by_the_api_server_with_their_crds(rehearsal):
    """The repository's operated examples (ScaledObject, PodMonitor, PrometheusRule, dashboard ConfigMap; the
    fixture project holds only the four basic ones): their prerequisites (the KEDA and Prometheus Operator CRDs
    with their schemas and CEL rules, namespaces) installed, then a server-side apply dry run of every object."""
    cp, _ = rehearsal
    from ai_workloads.rehearsal.platform_setup import install_prerequisites

    files = sorted(p for p in (REPO / "dist").glob("*.k8s.yaml") if "ScaledObject" in p.read_text())
    objects = [o for path in files for o in load_objects(path)]
    kinds = {o["kind"] for o in objects}
    assert {"ScaledObject", "PodMonitor", "PrometheusRule"} <= kinds, kinds
    install_prerequisites(cp, prereq.compute(REPO / "dist", REPO / "argocd"))
    report = cp.apply_manifests(objects, dry_run=True)
    assert report.rejected == [] and report.warnings == []
    assert len(report.applied) == len(objects)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_no_process_or_folder_is_left_behind_on_sigterm_or_ctrl_c(signum):
    _binaries()
    process = subprocess.Popen([sys.executable, "-c", NO_LEFTOVER_SCRIPT], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        started = json.loads(process.stdout.readline())
        assert Path(started["workdir"]).is_dir() and len(started["pids"]) == 5
        process.send_signal(signum)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert not Path(started["workdir"]).exists()
    for pid in started["pids"]:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text(), pid


def _can_i(cp: ControlPlane, account: str, verb: str, target: str, namespace: str) -> str:
    result = cp.kubectl("auth", "can-i", verb, target, "-n", namespace, "--as", account, check=False)
    return result.stdout.strip()


def _allowed(cp: ControlPlane, account: str, verb: str, group: str, resource: str, namespace: str) -> bool:
    """A SubjectAccessReview: for resources whose CRD the rehearsal does not install (kubectl auth can-i
    resolves a resource through discovery and cannot name one that is not served)."""
    review = {
        "apiVersion": "authorization.k8s.io/v1",
        "kind": "SubjectAccessReview",
        "spec": {
            "user": account,
            "groups": ["system:serviceaccounts", f"system:serviceaccounts:{namespace}", "system:authenticated"],
            "resourceAttributes": {"verb": verb, "group": group, "resource": resource, "namespace": namespace},
        },
    }
    result = cp.kubectl("create", "-f", "-", "-o", "json", input=json.dumps(review))
    return bool(json.loads(result.stdout)["status"].get("allowed"))


def test_the_endpoint_pickers_role_grants_its_reads_and_nothing_more(rehearsal):
    """The picker's Role, applied to the real API server, checked with `kubectl auth can-i --as` its
    ServiceAccount: every read the picker makes (routing/facts.py RBAC_RULES; the InferencePool by
    name, which is how its cache lists and watches it), and no write, no Secret, no other namespace."""
    from ai_workloads.ml_inference_load.routing.facts import RBAC_RULES, READ_VERBS

    cp, _ = rehearsal
    namespace, name = "ml-inference", "qwen2-5-7b-routed"
    account = f"system:serviceaccount:{namespace}:{name}-epp"
    for group, resource in RBAC_RULES:
        target = f"{resource}.{group}" if group else resource
        if resource == "inferencepools":
            target += f"/{name}"
        for verb in READ_VERBS:
            if group == "llm-d.ai":  # CRDs the rendered objects do not need (the picker watches them if served)
                assert _allowed(cp, account, verb, group, resource, namespace), (verb, target)
                assert not _allowed(cp, account, "create", group, resource, namespace), target
            else:
                assert _can_i(cp, account, verb, target, namespace) == "yes", (verb, target)
    refused = [
        ("list", "inferencepools.inference.networking.k8s.io", namespace),
        ("get", "inferencepools.inference.networking.k8s.io/another-pool", namespace),
        ("update", f"inferencepools.inference.networking.k8s.io/{name}", namespace),
        ("create", "pods", namespace),
        ("delete", "pods", namespace),
        ("get", "secrets", namespace),
        ("list", "pods", "default"),
        ("create", "tokenreviews.authentication.k8s.io", namespace),
    ]
    for verb, target, where in refused:
        assert _can_i(cp, account, verb, target, where) == "no", (verb, target, where)
