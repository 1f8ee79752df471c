"""GPU selection (`container.gpu`) and scheduling settings (issue #23 part 2): each upstream fact of
gpu_facts.py is read back from the rendered objects, and the bad combinations are refused
with `<field path>: <message>`."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import QWEN, example_document, find, render_document, workload_errors

from ai_workloads.gates import api_version_problem, object_schema_errors
from ai_workloads.gpu_facts import (
    GPU_FACTS,
    KNOWN_MIG_PROFILES,
    MIG_PROFILES,
    gfd_product_label,
    product_family,
)
from ai_workloads.stage_types import RenderedWorkload

REPO = Path(__file__).resolve().parent.parent
SWAGGER_KINDS = REPO / "imports" / "k8s_resource_v1"


def qwen(gpu: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    document = copy.deepcopy(example_document(QWEN))
    if gpu is not None:
        document["container"]["gpu"] = gpu
    document.update(top)
    return document


def pod_of(objects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return find(objects, kind)["spec"]["template"]["spec"]


def node_terms(pod: dict[str, Any]) -> list[dict[str, Any]]:
    required = pod["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    [term] = required["nodeSelectorTerms"]
    return term["matchExpressions"]


# --- one check per fact ----------------------------------------------------------------------------------


def check_product_label() -> None:
    assert gfd_product_label("NVIDIA H100 80GB HBM3") == "NVIDIA-H100-80GB-HBM3"
    assert gfd_product_label("NVIDIA  A100-SXM4-80GB (rev)") == "NVIDIA-A100-SXM4-80GB-rev"
    objects = render_document(qwen({"products": ["NVIDIA-H100-80GB-HBM3"]}))
    assert {"key": "nvidia.com/gpu.product", "operator": "In", "values": ["NVIDIA-H100-80GB-HBM3"]} in node_terms(
        pod_of(objects, "Deployment")
    )


def check_memory_label() -> None:
    objects = render_document(qwen({"minMemoryMiB": 40960}))
    # MiB, integer string: at least 40960 is `Gt 40959`
    assert node_terms(pod_of(objects, "Deployment")) == [
        {"key": "nvidia.com/gpu.memory", "operator": "Gt", "values": ["40959"]}
    ]


def check_mig_resource() -> None:
    objects = render_document(qwen({"mig": "3g.40gb"}))
    pod = pod_of(objects, "Deployment")
    resources = pod["containers"][0]["resources"]
    assert resources["limits"]["nvidia.com/mig-3g.40gb"] == 1 == resources["requests"]["nvidia.com/mig-3g.40gb"]
    assert "nvidia.com/gpu" not in resources["limits"]
    assert {"key": "nvidia.com/mig.strategy", "operator": "In", "values": ["mixed"]} in node_terms(pod)


def check_mig_profiles(tmp_path: Path) -> None:
    assert product_family("NVIDIA-A100-SXM4-80GB") == "A100-80GB"
    assert product_family("NVIDIA-A100-SXM4-40GB") == "A100-40GB"
    assert product_family("NVIDIA-H100-80GB-HBM3") == "H100-80GB"
    assert product_family("NVIDIA-H100-NVL") == "H100-NVL"
    assert product_family("NVIDIA-L4") is None
    for family, profiles in MIG_PROFILES.items():
        for profile in profiles:
            assert workload_errors(qwen({"mig": profile}), tmp_path) == [], (family, profile)
    assert "7g.80gb" in MIG_PROFILES["A100-80GB"] and "7g.80gb" not in MIG_PROFILES["A100-40GB"]
    assert workload_errors(qwen({"mig": "7g.80gb", "products": ["NVIDIA-A100-SXM4-40GB"]}), tmp_path) == [
        "container.gpu.products[0]: 'NVIDIA-A100-SXM4-40GB' (A100-40GB) has no MIG profile 7g.80gb (its profiles: "
        + ", ".join(MIG_PROFILES["A100-40GB"])
        + ")"
    ]


def check_mig_no_tensor_parallel(tmp_path: Path) -> None:
    document = qwen({"mig": "1g.10gb"})
    document["container"]["gpuCount"] = 2
    [error] = workload_errors(document, tmp_path)
    assert error.startswith("container.gpuCount: 2 MIG slices cannot serve one model"), error


def dra_objects() -> list[dict[str, Any]]:
    return render_document(qwen({"allocation": "dra", "products": ["NVIDIA-H100-80GB-HBM3"], "minMemoryMiB": 81000}))


def check_dra_device_class() -> None:
    template = find(dra_objects(), "ResourceClaimTemplate")
    [request] = template["spec"]["spec"]["devices"]["requests"]
    assert request["exactly"]["deviceClassName"] == "gpu.nvidia.com"


def check_dra_attributes() -> None:
    [request] = find(dra_objects(), "ResourceClaimTemplate")["spec"]["spec"]["devices"]["requests"]
    expressions = [s["cel"]["expression"] for s in request["exactly"]["selectors"]]
    assert expressions[0] == (
        "device.attributes['gpu.nvidia.com'].productName.replace(' ', '-') in ['NVIDIA-H100-80GB-HBM3']"
    )
    # the driver publishes the NVML name; GFD's form of it is what the list holds
    assert gfd_product_label("NVIDIA H100 80GB HBM3") == "NVIDIA H100 80GB HBM3".replace(" ", "-")


def check_dra_memory() -> None:
    [request] = find(dra_objects(), "ResourceClaimTemplate")["spec"]["spec"]["devices"]["requests"]
    assert request["exactly"]["selectors"][1]["cel"]["expression"] == (
        "device.capacity['gpu.nvidia.com'].memory.compareTo(quantity('81000Mi')) >= 0"
    )


def check_dra_cel_environment() -> None:
    # the expressions use only the base environment's quantity library and strings v2 `replace`
    [request] = find(dra_objects(), "ResourceClaimTemplate")["spec"]["spec"]["devices"]["requests"]
    text = " ".join(s["cel"]["expression"] for s in request["exactly"]["selectors"])
    assert "quantity(" in text and ".compareTo(" in text and ".replace(" in text


def check_resource_claim_template() -> None:
    objects = dra_objects()
    template = find(objects, "ResourceClaimTemplate")
    assert template["apiVersion"] == "resource.k8s.io/v1"
    assert template["metadata"]["name"] == "qwen2-5-7b-instruct-gpu"
    [request] = template["spec"]["spec"]["devices"]["requests"]
    assert request["name"] == "gpus" and request["exactly"]["count"] == 1
    assert request["exactly"]["allocationMode"] == "ExactCount"
    pod = pod_of(objects, "Deployment")
    assert pod["resourceClaims"] == [{"name": "gpu", "resourceClaimTemplateName": "qwen2-5-7b-instruct-gpu"}]
    resources = pod["containers"][0]["resources"]
    assert resources["claims"] == [{"name": "gpu"}]
    assert "nvidia.com/gpu" not in resources["limits"] and "nvidia.com/gpu" not in resources["requests"]
    assert "affinity" not in pod  # the selectors are in the claim, not on node labels
    assert api_version_problem(template, "1.35") is None


def check_dra_in_kubernetes() -> None:
    template = find(dra_objects(), "ResourceClaimTemplate")
    assert api_version_problem(template, "1.34") is None
    problem = api_version_problem(template, "1.33")
    assert problem is not None and problem.startswith("resource.k8s.io/v1 is served from Kubernetes 1.34")


FACT_CHECKS: dict[str, Callable[..., None]] = {
    "product label": check_product_label,
    "memory label": check_memory_label,
    "MIG resource (mixed strategy)": check_mig_resource,
    "MIG profiles per product": check_mig_profiles,
    "MIG slices and tensor parallelism": check_mig_no_tensor_parallel,
    "DRA DeviceClass": check_dra_device_class,
    "DRA device attributes": check_dra_attributes,
    "DRA memory capacity": check_dra_memory,
    "DRA CEL environment": check_dra_cel_environment,
    "ResourceClaimTemplate (resource.k8s.io/v1)": check_resource_claim_template,
    "DRA in Kubernetes": check_dra_in_kubernetes,
}


def test_every_gpu_fact_has_a_check_and_a_source():
    assert {fact.fact for fact in GPU_FACTS} == set(FACT_CHECKS)
    for fact in GPU_FACTS:
        assert fact.value and fact.source, fact.fact


@pytest.mark.parametrize("fact", sorted(FACT_CHECKS))
def test_gpu_fact(fact: str, tmp_path: Path) -> None:
    check = FACT_CHECKS[fact]
    check(tmp_path) if "tmp_path" in check.__code__.co_varnames else check()


# --- rendering -------------------------------------------------------------------------------------------


def test_without_gpu_settings_the_pod_is_unchanged():
    pod = pod_of(render_document(qwen()), "Deployment")
    assert "affinity" not in pod and "priorityClassName" not in pod and "topologySpreadConstraints" not in pod
    assert "resourceClaims" not in pod
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1


def test_download_job_gets_the_servers_node_constraints():
    objects = render_document(
        qwen(
            {"products": ["NVIDIA-A100-SXM4-80GB"], "minMemoryMiB": 80000}, scheduling={"priorityClassName": "gpu-high"}
        )
    )
    server, job = pod_of(objects, "Deployment"), pod_of(objects, "Job")
    assert node_terms(job) == node_terms(server)
    assert job["tolerations"] == server["tolerations"] and job["nodeSelector"] == server["nodeSelector"]
    assert job["priorityClassName"] == server["priorityClassName"] == "gpu-high"
    assert "nvidia.com/gpu" not in job["containers"][0]["resources"]["limits"]  # the download takes no GPU


def test_download_job_claims_the_dra_template_without_using_it():
    job = pod_of(dra_objects(), "Job")
    assert job["resourceClaims"] == [{"name": "gpu", "resourceClaimTemplateName": "qwen2-5-7b-instruct-gpu"}]
    assert "claims" not in job["containers"][0]["resources"]


def test_multi_gpu_download_job_keeps_the_gpu_count_rule_with_the_product():
    document = qwen({"products": ["NVIDIA-H100-80GB-HBM3"]})
    document["container"]["gpuCount"] = 2
    job = pod_of(render_document(document), "Job")
    assert {"key": "nvidia.com/gpu.count", "operator": "Gt", "values": ["1"]} in node_terms(job)
    assert {"key": "nvidia.com/gpu.product", "operator": "In", "values": ["NVIDIA-H100-80GB-HBM3"]} in node_terms(job)


def test_topology_spread_is_on_by_default_with_several_replicas_only():
    spread = pod_of(
        render_document(qwen(None, replicas=2, modelCache={"size": "40Gi", "accessMode": "ReadWriteMany"})),
        "Deployment",
    )
    assert spread["topologySpreadConstraints"] == [
        {
            "labelSelector": {"matchLabels": find(render_document(qwen()), "Service")["spec"]["selector"]},
            "maxSkew": 1,
            "topologyKey": "kubernetes.io/hostname",
            "whenUnsatisfiable": "DoNotSchedule",
        }
    ]
    assert "topologySpreadConstraints" not in pod_of(render_document(qwen()), "Deployment")
    off = qwen(None, replicas=2, modelCache={"size": "40Gi"}, scheduling={"topologySpread": {"enabled": False}})
    assert "topologySpreadConstraints" not in pod_of(render_document(off), "Deployment")
    zone = qwen(
        None,
        scheduling={
            "topologySpread": {
                "enabled": True,
                "topologyKey": "topology.kubernetes.io/zone",
                "maxSkew": 2,
                "whenUnsatisfiable": "ScheduleAnyway",
            }
        },
    )
    [constraint] = pod_of(render_document(zone), "Deployment")["topologySpreadConstraints"]
    assert (constraint["topologyKey"], constraint["maxSkew"], constraint["whenUnsatisfiable"]) == (
        "topology.kubernetes.io/zone",
        2,
        "ScheduleAnyway",
    )


def test_the_dra_objects_pass_the_kubernetes_1_35_schemas():
    objects = dra_objects()
    workload = RenderedWorkload(file="workloads/test.yaml", name="qwen2-5-7b-instruct", manifests=objects)
    assert object_schema_errors([workload], kubernetes_version="1.35", catalog=None) == []
    broken = copy.deepcopy(objects)
    template = find(broken, "ResourceClaimTemplate")
    template["spec"]["spec"]["devices"]["requests"][0]["exactly"]["deviceClass"] = "gpu.nvidia.com"
    workload = RenderedWorkload(file="workloads/test.yaml", name="qwen2-5-7b-instruct", manifests=broken)
    errors = object_schema_errors([workload], kubernetes_version="1.35", catalog=None)
    assert errors and "deviceClass" in str(errors[0].message), errors
    errors = object_schema_errors(
        [RenderedWorkload(file="workloads/test.yaml", name="x", manifests=objects)],
        kubernetes_version="1.33",
        catalog=None,
    )
    assert [e.field_path for e in errors] == ["ResourceClaimTemplate/qwen2-5-7b-instruct-gpu.apiVersion"]


def test_the_typed_bindings_are_the_1_35_resource_api():
    from ai_workloads._parts.crds import k8s_resource_v1

    assert json.loads(json.dumps(k8s_resource_v1.KubeResourceClaimTemplate.GVK.api_version)) == "resource.k8s.io/v1"
    assert (SWAGGER_KINDS / "k8s" / "__init__.py").is_file()


# --- bad inputs ------------------------------------------------------------------------------------------

BAD = [
    ({"mig": "5g.33gb"}, "container.gpu.mig: '5g.33gb' is not a known MIG profile (one of: "),
    ({"mig": "1g.10gb", "allocation": "dra"}, "container.gpu.allocation: dra with mig is not supported"),
    ({"mig": "1g.10gb", "minMemoryMiB": 1000}, "container.gpu.minMemoryMiB: the MIG profile fixes the slice's memory"),
    (
        {"products": ["NVIDIA-L4", "NVIDIA-L4"]},
        "container.gpu.products[1]: 'NVIDIA-L4' is already listed at products[0]",
    ),
    ({"products": ["NVIDIA L4"]}, "container.gpu.products[0]: "),
    ({"mig": "3g.40GB"}, "container.gpu.mig: "),
    ({"allocation": "cdi"}, "container.gpu.allocation: "),
    ({"minMemoryMiB": 0}, "container.gpu.minMemoryMiB: "),
]


@pytest.mark.parametrize(("gpu", "message"), BAD)
def test_bad_gpu_settings_are_refused_with_the_field(gpu: dict[str, Any], message: str, tmp_path: Path) -> None:
    errors = workload_errors(qwen(gpu), tmp_path)
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_bad_scheduling_settings_are_refused(tmp_path: Path) -> None:
    errors = workload_errors(qwen(None, scheduling={"topologySpread": {"whenUnsatisfiable": "Never"}}), tmp_path)
    assert len(errors) == 1 and errors[0].startswith("scheduling.topologySpread.whenUnsatisfiable: "), errors
    errors = workload_errors(qwen(None, scheduling={"priorityClassName": "Gold"}), tmp_path)
    assert len(errors) == 1 and errors[0].startswith("scheduling.priorityClassName: "), errors


def test_known_profiles_all_have_the_device_plugin_form():
    for profile in KNOWN_MIG_PROFILES:
        assert "+" not in profile and profile.split(".")[1].endswith("gb")
