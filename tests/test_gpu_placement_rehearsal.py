"""GPU selection on a real scheduler (rehearsal control plane, kwok nodes of rehearsal/controlplane.py
PLACEMENT_NODES): each `container.gpu` selection schedules on the one node that fits and nowhere else, and a
DRA claim is allocated from a simulated ResourceSlice (DynamicResourceAllocation is locked on in 1.35)."""

from __future__ import annotations

import copy
from typing import Any

from conftest import QWEN, example_document, find, rehearsal_binaries_or_skip, render_document

from ai_workloads.rehearsal import controlplane

SIMULATED_LABEL = "ai-workloads.rehearsal/simulated"

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

# The simulated ResourceSlice has two H100s on gpu-h100-0 only (the other nodes have no DRA devices).
DRA_SELECTIONS: list[tuple[str, dict[str, Any], str | None]] = [
    ("by-dra", {"allocation": "dra", "products": ["NVIDIA-H100-80GB-HBM3"], "minMemoryMiB": 80000}, "gpu-h100-0"),
    ("dra-other-product", {"allocation": "dra", "products": ["NVIDIA-A100-SXM4-40GB"]}, None),
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


def _dra_objects() -> list[dict[str, Any]]:
    """What the NVIDIA DRA driver would create: its DeviceClass and a ResourceSlice of two H100s on
    gpu-h100-0 (labelled simulated)."""
    device_class = {
        "apiVersion": "resource.k8s.io/v1",
        "kind": "DeviceClass",
        "metadata": {"name": "gpu.nvidia.com", "labels": {SIMULATED_LABEL: "true"}},
        "spec": {
            "selectors": [
                {
                    "cel": {
                        "expression": "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'gpu'"
                    }
                }
            ]
        },
    }
    devices = [
        {
            "name": f"gpu-{index}",
            "attributes": {
                "type": {"string": "gpu"},
                "productName": {"string": "NVIDIA H100 80GB HBM3"},
                "uuid": {"string": f"GPU-simulated-{index}"},
            },
            "capacity": {"memory": {"value": "81559Mi"}},
        }
        for index in range(2)
    ]
    resource_slice = {
        "apiVersion": "resource.k8s.io/v1",
        "kind": "ResourceSlice",
        "metadata": {"name": "gpu-h100-0-gpu.nvidia.com", "labels": {SIMULATED_LABEL: "true"}},
        "spec": {
            "driver": "gpu.nvidia.com",
            "nodeName": "gpu-h100-0",
            "pool": {"name": "gpu-h100-0", "generation": 1, "resourceSliceCount": 1},
            "devices": devices,
        },
    }
    runtime_class = {
        "apiVersion": "node.k8s.io/v1",
        "kind": "RuntimeClass",
        "metadata": {"name": "nvidia"},
        "handler": "nvidia",
    }
    return [device_class, resource_slice, runtime_class]


def _node_of(cp: controlplane.ControlPlane, name: str) -> str | None:
    pod = cp.kubectl_json("get", "pod", name, "-n", "default")
    return pod["spec"].get("nodeName")


def _unschedulable(cp: controlplane.ControlPlane, name: str) -> bool:
    pod = cp.kubectl_json("get", "pod", name, "-n", "default")
    return any(
        c["type"] == "PodScheduled" and c["status"] == "False" and c.get("reason") == "Unschedulable"
        for c in (pod.get("status") or {}).get("conditions") or []
    )


def test_each_gpu_selection_schedules_where_it_should_and_nowhere_else():
    rehearsal_binaries_or_skip()
    settings = controlplane.ControlPlaneSettings(expected_version="", nodes=controlplane.PLACEMENT_NODES)
    with controlplane.ControlPlane(settings) as cp:
        cp.wait_for(lambda: cp.kubectl_json("get", "serviceaccount", "default", "-n", "default"), 60, "default SA")
        assert cp.apply_manifests(_dra_objects()).rejected == []
        selections = [*SELECTIONS, *DRA_SELECTIONS]
        for name, gpu, _ in selections:
            report = cp.apply_manifests(_server_pod(name, gpu))
            assert report.rejected == [], report.rejected
        for name, _, node in selections:
            if node is None:
                cp.wait_for(lambda name=name: _unschedulable(cp, name), 90, f"{name} unschedulable")
                assert _node_of(cp, name) is None
            else:
                cp.wait_for(lambda name=name: _node_of(cp, name), 90, f"{name} scheduled")
                assert _node_of(cp, name) == node, name
        claims = cp.kubectl_json("get", "resourceclaims", "-n", "default")["items"]
        allocated = [c for c in claims if (c.get("status") or {}).get("allocation")]
        assert [c["metadata"]["annotations"]["resource.kubernetes.io/pod-claim-name"] for c in allocated] == ["gpu"]
        [claim] = allocated
        assert claim["metadata"]["ownerReferences"][0]["name"] == "by-dra"
        [result] = claim["status"]["allocation"]["devices"]["results"]
        assert (result["driver"], result["pool"], result["request"]) == ("gpu.nvidia.com", "gpu-h100-0", "gpus")
