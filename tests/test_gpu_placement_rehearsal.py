"""GPU selection on a real scheduler (rehearsal control plane, kwok nodes of rehearsal/controlplane.py
PLACEMENT_NODES): two whole workloads (a MIG slice with a priority class, DRA) are delivered wave by wave onto
the prerequisites the platform lists (PriorityClass, DeviceClass and simulated ResourceSlices), and each
`container.gpu` selection schedules on the one node that fits and nowhere else (DynamicResourceAllocation is
locked on in 1.35: the scheduler allocates the DRA claims)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from conftest import QWEN, example_document, find, rehearsal_binaries_or_skip, render_document

from ai_workloads.rehearsal import controlplane

# selection -> the node it must land on (None: none fits, it stays Pending)
SELECTIONS: list[tuple[str, dict[str, Any], str | None]] = [
    ("by-product", {"products": ["NVIDIA-A100-SXM4-40GB"]}, "gpu-a100-40-0"),
    ("by-memory", {"minMemoryMiB": 81559}, "gpu-h100-0"),
    (
        "by-product-and-memory",
        {"products": ["NVIDIA-L4", "NVIDIA-A100-SXM4-40GB"], "minMemoryMiB": 40000},
        "gpu-a100-40-0",
    ),
    ("by-mig", {"mig": "1g.10gb"}, "gpu-a100-mig-0"),
    ("nothing-fits", {"products": ["NVIDIA-L4"], "minMemoryMiB": 40000}, None),
    ("wrong-mig", {"mig": "3g.40gb"}, None),
]

# The simulated ResourceSlices (install_prerequisites) cover the whole-GPU nodes: H100, A100 40GB, L4.
DRA_SELECTIONS: list[tuple[str, dict[str, Any], str | None]] = [
    ("by-dra", {"allocation": "dra", "products": ["NVIDIA-H100-80GB-HBM3"], "minMemoryMiB": 80000}, "gpu-h100-0"),
    ("dra-other-product", {"allocation": "dra", "products": ["NVIDIA-B200"]}, None),
    ("dra-too-little-memory", {"allocation": "dra", "minMemoryMiB": 100000}, None),
]


def _server_pod(name: str, gpu: dict[str, Any]) -> list[dict[str, Any]]:
    """The rendered server pod of the vLLM example with `gpu` (no model cache), as a bare Pod in `default`,
    plus the ResourceClaimTemplate with DRA."""
    document = copy.deepcopy(example_document(QWEN))
    document.pop("modelCache")
    document["serviceName"] = name
    document["namespace"] = "default"
    document["container"]["gpu"] = gpu
    objects = render_document(document)
    spec = find(objects, "Deployment")["spec"]["template"]["spec"]
    spec = {**spec, "serviceAccountName": "default", "imagePullSecrets": []}
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": "default"}, "spec": spec}
    return [o for o in objects if o["kind"] == "ResourceClaimTemplate"] + [pod]


def _workload(name: str, gpu: dict[str, Any], scheduling: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The vLLM example (with its model cache) as workload `name` with `gpu` (and `scheduling`)."""
    document = copy.deepcopy(example_document(QWEN))
    document["serviceName"] = name
    document["gateway"] = {"hosts": [f"{name}.example.com"]}
    document["container"]["gpu"] = gpu
    if scheduling:
        document["scheduling"] = scheduling
    return render_document(document)


def _node_of(cp: controlplane.ControlPlane, name: str) -> str | None:
    pod = cp.kubectl_json("get", "pod", name, "-n", "default")
    return pod["spec"].get("nodeName")


def _unschedulable(cp: controlplane.ControlPlane, name: str) -> bool:
    pod = cp.kubectl_json("get", "pod", name, "-n", "default")
    return any(
        c["type"] == "PodScheduled" and c["status"] == "False" and c.get("reason") == "Unschedulable"
        for c in (pod.get("status") or {}).get("conditions") or []
    )


def test_each_gpu_selection_schedules_where_it_should_and_nowhere_else(tmp_path: Path) -> None:
    rehearsal_binaries_or_skip()
    from ai_workloads.platform import prerequisites as prereq
    from ai_workloads.rehearsal.platform_setup import install_prerequisites
    from ai_workloads.rehearsal.rehearse import apply_in_waves

    settings = controlplane.ControlPlaneSettings(expected_version="", nodes=controlplane.PLACEMENT_NODES)
    # two whole workloads: a MIG slice with a priority class, and DRA (server and download Job claim a GPU)
    dist = tmp_path / "dist"
    dist.mkdir()
    workloads = {
        "mig-example": _workload(
            "mig-example",
            {"mig": "1g.10gb", "products": ["NVIDIA-A100-SXM4-80GB"]},
            {"priorityClassName": "inference-standard"},
        ),
        "dra-example": _workload("dra-example", {"allocation": "dra", "products": ["NVIDIA-H100-80GB-HBM3"]}),
    }
    for name, objects in workloads.items():
        (dist / f"{name}.k8s.yaml").write_text(yaml.safe_dump_all(objects))
    with controlplane.ControlPlane(settings) as cp:
        # the prerequisites as the platform lists them: PriorityClass, DeviceClass gpu.nvidia.com and the
        # simulated ResourceSlices of the whole-GPU nodes (H100, A100 40GB, L4), RuntimeClass, namespace, CRDs
        p = install_prerequisites(cp, prereq.compute(dist, tmp_path / "no-argocd"))
        assert p["cluster"]["priorityClasses"] == ["inference-standard"]
        assert p["cluster"]["deviceClasses"] == ["gpu.nvidia.com"]
        slices = cp.list_objects("resource.k8s.io/v1", "ResourceSlice")
        assert sorted(s["spec"]["nodeName"] for s in slices) == ["gpu-a100-40-0", "gpu-h100-0", "gpu-l4-0"]
        for name in workloads:
            result = apply_in_waves(cp, dist / f"{name}.k8s.yaml", f"ai-workloads-{name}", timeout=180)
            assert (result.sync, result.health, result.rejected) == ("Synced", "Healthy", []), result.line()
        for name, node in (("mig-example", "gpu-a100-mig-0"), ("dra-example", "gpu-h100-0")):
            pods = cp.kubectl_json(
                "get", "pods", "-n", "ml-inference", "-l", f"app.kubernetes.io/name in ({name},{name}-model-cache)"
            )
            nodes = {
                (pod["metadata"]["labels"]["app.kubernetes.io/name"], pod["spec"]["nodeName"]) for pod in pods["items"]
            }
            # the server and its model download Job both on the one node that has the selected GPUs
            assert nodes == {(name, node), (f"{name}-model-cache", node)}, nodes

        cp.wait_for(lambda: cp.kubectl_json("get", "serviceaccount", "default", "-n", "default"), 60, "default SA")
        for name, gpu, _ in SELECTIONS + DRA_SELECTIONS:
            report = cp.apply_manifests(_server_pod(name, gpu))
            assert report.rejected == [], report.rejected
        for name, _, node in SELECTIONS + DRA_SELECTIONS:
            if node is None:
                cp.wait_for(lambda name=name: _unschedulable(cp, name), 90, f"{name} unschedulable")
                assert _node_of(cp, name) is None
            else:
                cp.wait_for(lambda name=name: _node_of(cp, name), 90, f"{name} scheduled")
                assert _node_of(cp, name) == node, name
        claims = cp.kubectl_json("get", "resourceclaims", "-n", "default")["items"]
        [claim] = [c for c in claims if (c.get("status") or {}).get("allocation")]
        assert claim["metadata"]["ownerReferences"][0]["name"] == "by-dra"
        [result] = claim["status"]["allocation"]["devices"]["results"]
        assert (result["driver"], result["pool"], result["request"]) == ("gpu.nvidia.com", "gpu-h100-0", "gpus")
