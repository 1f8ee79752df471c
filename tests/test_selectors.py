"""No selector of one workload reaches another workload's pods (#18 item 21): a workload named
`x-model-cache` must not select the model cache download Job pods of workload `x`."""

from __future__ import annotations

import copy

from conftest import QWEN, example_document, render_document

from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.stage_types import RenderedWorkload

SELECTORS = {
    "Service": lambda spec: spec.get("selector"),
    "PodDisruptionBudget": lambda spec: spec["selector"]["matchLabels"],
    "NetworkPolicy": lambda spec: spec["podSelector"]["matchLabels"],
}


def two_workloads():
    first = example_document(QWEN)
    first["replicas"] = 2  # a PodDisruptionBudget too
    first["modelCache"] = {"size": "40Gi", "accessMode": "ReadWriteMany"}
    first["networkPolicy"] = {"enabled": True}
    second = copy.deepcopy(first)
    second["serviceName"] = f"{first['serviceName']}-model-cache"
    second["gateway"]["hosts"] = ["other.inference.example.com"]
    return (
        RenderedWorkload("workloads/a.yaml", "a", render_document(first, "workloads/a.yaml")),
        RenderedWorkload("workloads/b.yaml", "b", render_document(second, "workloads/b.yaml")),
    )


def pod_templates(workload):
    return [
        (m["kind"], m["spec"]["template"]["metadata"]["labels"])
        for m in workload.manifests
        if m["kind"] in ("Deployment", "Job")
    ]


def test_selectors_of_a_workload_named_like_another_workloads_part_reach_only_its_own_pods():
    first, second = two_workloads()
    assert "Job" in [kind for kind, _ in pod_templates(first)]
    checked = 0
    for manifest in second.manifests:
        if manifest["kind"] in SELECTORS:
            selector = SELECTORS[manifest["kind"]](manifest["spec"])
            checked += 1
            assert not [kind for kind, labels in pod_templates(first) if selector.items() <= labels.items()], manifest
            assert [kind for kind, labels in pod_templates(second) if selector.items() <= labels.items()]
    assert checked == 3  # Service, PodDisruptionBudget, NetworkPolicy
    assert cross_object_findings([first, second]) == []


def test_the_gate_refuses_a_selector_reaching_another_files_pods():
    first, second = two_workloads()
    service = next(m for m in second.manifests if m["kind"] == "Service")
    job = next(m for m in first.manifests if m["kind"] == "Job")
    service["spec"]["selector"] = {
        "app.kubernetes.io/name": job["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"]
    }
    findings = [f for f in cross_object_findings([first, second]) if f[2] == "spec.selector"]
    assert findings and findings[0][0] == "workloads/b.yaml"
    assert f"also selects the pods of Job/{job['metadata']['name']} from workloads/a.yaml" in findings[0][3]


def test_a_deployments_own_selector_is_unchanged():
    # apps/v1 Deployment spec.selector is immutable: it keeps the part's name labels only
    first, _ = two_workloads()
    deployment = next(m for m in first.manifests if m["kind"] == "Deployment")
    assert deployment["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "qwen2-5-7b-instruct",
        "app.kubernetes.io/instance": "qwen2-5-7b-instruct",
    }


def test_a_workload_named_like_istios_objects_for_another_workloads_gateway_is_refused():
    # GIVEN workload b named `<a's gateway>-istio`: Istio creates a Deployment and Service of that name for a
    first = example_document(QWEN)
    second = copy.deepcopy(first)
    second["serviceName"] = f"{first['serviceName']}-gateway-istio"
    second["gateway"]["hosts"] = ["other.inference.example.com"]
    findings = cross_object_findings(
        [
            RenderedWorkload("workloads/a.yaml", "a", render_document(first, "workloads/a.yaml")),
            RenderedWorkload("workloads/b.yaml", "b", render_document(second, "workloads/b.yaml")),
        ]
    )
    name = second["serviceName"]
    assert (
        "workloads/b.yaml",
        f"Service/{name}",
        "metadata.name",
        f"Service '{name}' in namespace 'ml-inference' is also the name Istio gives the Service it creates for "
        f"Gateway/{first['serviceName']}-gateway of workloads/a.yaml (`<gateway>-<gatewayClassName>`)",
    ) in findings
    assert [f[1] for f in findings if "Istio gives" in f[3]] == [f"Deployment/{name}", f"Service/{name}"]
