"""Every Kubernetes, Argo CD and Istio fact the rendering relies on (_parts/platform_facts.py, each with
its upstream source) is read back from the rendered objects here (#17)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DIST, FRAUD, QWEN, REPO, example_document, find, render_document, workload_errors

from ai_workloads._parts.platform_facts import PLATFORM_FACTS


def dist_objects() -> list[dict[str, Any]]:
    return [m for path in sorted(DIST.glob("*.k8s.yaml")) for m in yaml.safe_load_all(path.read_text()) if m]


def qwen_manifests(**cache: Any) -> list[dict[str, Any]]:
    document = example_document(QWEN)
    document["modelCache"] = {"size": "40Gi", **cache}
    return render_document(document)


def job_pod(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    return find(manifests, "Job")["spec"]["template"]


def server_pod(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    return find(manifests, "Deployment")["spec"]["template"]


def check_deployment_progress_deadline() -> None:
    deployments = [m for m in dist_objects() if m["kind"] == "Deployment"]
    assert deployments
    for deployment in deployments:
        pod = deployment["spec"]["template"]["spec"]
        startup = next(c["startupProbe"] for c in pod["containers"] if "startupProbe" in c)
        readiness = next(c["readinessProbe"] for c in pod["containers"] if "readinessProbe" in c)
        budget = startup.get("initialDelaySeconds", 0) + startup["periodSeconds"] * startup["failureThreshold"]
        first_ready = readiness.get("initialDelaySeconds", 0) + readiness["periodSeconds"] * readiness.get(
            "successThreshold", 1
        )
        deadline = deployment["spec"]["progressDeadlineSeconds"]
        # the whole first start fits: startup budget, first readiness, and at least 10 minutes for the rest
        assert deadline >= budget + first_ready + 600, deployment["metadata"]["name"]
        # and the annotation shows the sum users can check
        explanation = deployment["metadata"]["annotations"]["ai-workloads/progress-deadline"]
        total, parts = explanation.split(" s = ")
        assert int(total) == deadline == sum(int(part.rsplit(" ", 1)[1]) for part in parts.split(" + "))
        assert f"startup probe {budget}" in explanation


def check_argo_cd_failed_sync() -> None:
    text = find(qwen_manifests(), "Job")["metadata"]["annotations"]["ai-workloads/on-failure"]
    assert "argocd app sync" in text and "delete this Job AND" in text
    # the recovery steps users read: the README and the model cache page it links to
    readme = (REPO / "README.md").read_text() + (REPO / "docs" / "model-cache.md").read_text()
    assert "docs/model-cache.md" in (REPO / "README.md").read_text()
    assert "delete the failed Job to retry" not in readme
    assert "argocd app sync" in readme


def check_argo_cd_replace_and_force() -> None:
    job = find(qwen_manifests(), "Job")
    assert set(job["metadata"]["annotations"]["argocd.argoproj.io/sync-options"].split(",")) >= {
        "Replace=true",
        "Force=true",
    }


def check_argo_cd_prune_and_delete_protection() -> None:
    provided = find(qwen_manifests(sharing="provide"), "PersistentVolumeClaim")
    assert provided["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
    private = find(qwen_manifests(), "PersistentVolumeClaim")
    assert private["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "PruneLast=true"


def check_istio_injection_opt_out() -> None:
    pod = job_pod(qwen_manifests())
    assert pod["metadata"]["labels"]["sidecar.istio.io/inject"] == "false"
    assert "sidecar.istio.io/inject" not in (pod["metadata"].get("annotations") or {})
    # the server keeps the mesh's default
    assert "sidecar.istio.io/inject" not in server_pod(qwen_manifests())["metadata"]["labels"]


def check_istio_init_container_traffic() -> None:
    pod = find(render_document(example_document(FRAUD)), "Deployment", "fraud-scoring-ai-workloads-mlserver-a")["spec"][
        "template"
    ]["spec"]
    [fetch] = pod["initContainers"]
    assert fetch["securityContext"]["runAsUser"] == 1337
    assert pod["securityContext"]["runAsUser"] != 1337


def check_fsgroup_on_read_write_many_volumes() -> None:
    many = job_pod(qwen_manifests(accessMode="ReadWriteMany"))["spec"]
    assert many["securityContext"]["runAsUser"] == 0 and "fsGroup" not in many["securityContext"]
    assert many["containers"][0]["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    once = job_pod(qwen_manifests())["spec"]
    assert once["securityContext"]["runAsUser"] == server_pod(qwen_manifests())["spec"]["securityContext"]["runAsUser"]


def storage_class_error(name: str, tmp: Path) -> list[str]:
    document = example_document(QWEN)
    document["modelCache"] = {"size": "40Gi", "storageClassName": name}
    return workload_errors(document, tmp)


def check_storage_class_name(tmp_path: Path) -> None:
    for good in ("fast-ssd", "fast.ssd", "a", "gp3.csi.aws.com", "x" * 63 + "." + "y" * 63):
        assert storage_class_error(good, tmp_path) == [], good
    for bad in ("fast..ssd", ".fast", "fast.", "Fast", "fast_ssd", "fast.-ssd", "x" * 254):
        [error] = storage_class_error(bad, tmp_path)
        assert error.startswith("modelCache.storageClassName: "), error


def check_pod_affinity_to_itself() -> None:
    pod = job_pod(qwen_manifests())
    [term] = pod["spec"]["affinity"]["podAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    selector = term["labelSelector"]["matchLabels"]
    assert term["topologyKey"] == "kubernetes.io/hostname"
    assert selector.items() <= pod["metadata"]["labels"].items()  # the first pod of the claim matches itself
    assert selector.items() <= server_pod(qwen_manifests())["metadata"]["labels"].items()  # then the server's node
    # a ReadWriteMany claim attaches anywhere: no required pod affinity
    many = job_pod(qwen_manifests(accessMode="ReadWriteMany"))["spec"]["affinity"]["podAffinity"]
    assert "requiredDuringSchedulingIgnoredDuringExecution" not in many


def check_wait_for_first_consumer() -> None:
    job, server = job_pod(qwen_manifests())["spec"], server_pod(qwen_manifests())["spec"]
    assert (job["nodeSelector"], job["tolerations"]) == (server["nodeSelector"], server["tolerations"])
    assert "runtimeClassName" not in job
    assert "nvidia.com/gpu" not in job["containers"][0]["resources"]["limits"]


def check_gpu_feature_discovery_labels() -> None:
    document = example_document(QWEN)
    document["modelCache"] = {"size": "40Gi"}
    document["container"]["gpuCount"] = 4
    manifests = render_document(document)
    job, server = job_pod(manifests)["spec"], server_pod(manifests)
    # only nodes with at least the server's GPUs (the claim binds where the Job runs)
    [term] = job["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert term == {"matchExpressions": [{"key": "nvidia.com/gpu.count", "operator": "Gt", "values": ["3"]}]}
    # preferably where the workload's server runs now (a new revision's claim binds where its GPUs are)
    [preferred] = job["affinity"]["podAffinity"]["preferredDuringSchedulingIgnoredDuringExecution"]
    assert preferred["podAffinityTerm"]["labelSelector"]["matchLabels"].items() <= server["metadata"]["labels"].items()
    assert preferred["podAffinityTerm"]["topologyKey"] == "kubernetes.io/hostname"
    # the server's own selector is a label of the same GPU Feature Discovery
    assert server["spec"]["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    # one GPU: every GPU node has enough
    assert "nodeAffinity" not in job_pod(qwen_manifests())["spec"]["affinity"]


CHECKS: dict[str, Callable[..., None]] = {
    "deployment progress deadline": check_deployment_progress_deadline,
    "argo cd failed sync": check_argo_cd_failed_sync,
    "argo cd replace and force": check_argo_cd_replace_and_force,
    "argo cd prune and delete protection": check_argo_cd_prune_and_delete_protection,
    "istio injection opt-out": check_istio_injection_opt_out,
    "istio init container traffic": check_istio_init_container_traffic,
    "fsgroup on read-write-many volumes": check_fsgroup_on_read_write_many_volumes,
    "storage class name": check_storage_class_name,
    "pod affinity to itself": check_pod_affinity_to_itself,
    "wait for first consumer": check_wait_for_first_consumer,
    "gpu feature discovery labels": check_gpu_feature_discovery_labels,
}


def test_every_platform_fact_has_a_check_and_a_source():
    for fact in PLATFORM_FACTS:
        assert fact.fact in CHECKS, f"no test reads back the fact '{fact.fact}'"
        assert fact.source and re.search(r"[a-z]/[a-z]", fact.source)


@pytest.mark.parametrize("fact", sorted(CHECKS))
def test_the_rendering_follows_the_platform_fact(fact, tmp_path):
    check = CHECKS[fact]
    check(tmp_path) if "tmp_path" in check.__code__.co_varnames else check()
