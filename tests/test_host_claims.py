"""No two workload files claim one public host: the later one would silently take or break the other's
traffic. The only sharing allowed is what Istio supports: gateway-bound VirtualServices of one host on
the same gateway, with paths that do not overlap."""

from __future__ import annotations

import copy

import pytest
import yaml
from conftest import render_document, run_main

from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.gates.host_claims import hosts_overlap
from ai_workloads.stage_types import RenderedWorkload


def rendered(document, file):
    return RenderedWorkload(file, file, render_document(document, file))


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        ("a.example.com", "a.example.com", True),
        ("*.example.com", "a.example.com", True),
        ("*.example.com", "a.b.example.com", True),
        ("*.example.com", "*.b.example.com", True),
        ("*.example.com", "example.com", False),
        ("a.example.com", "b.example.com", False),
        ("*.example.com", "*.example.org", False),
    ],
)
def test_host_overlap(a, b, overlap):
    assert hosts_overlap(a, b) is overlap and hosts_overlap(b, a) is overlap


def test_two_gateways_for_one_host_are_refused(llama):
    # GIVEN a second team's workload with another name but the same public host
    other = copy.deepcopy(llama)
    other["serviceName"] = "other-llama"
    findings = cross_object_findings([rendered(llama, "workloads/a.yaml"), rendered(other, "workloads/b.yaml")])
    # THEN the later file's Gateway is refused, naming the first claim
    assert (
        "workloads/b.yaml",
        "Gateway/other-llama-gateway",
        "spec.listeners[0].hostname",
        "host 'llama-3-8b.inference.example.com' is already claimed by workloads/a.yaml "
        "(Gateway/llama-3-8b-instruct-gateway): two workloads cannot serve one host name",
    ) in findings


def test_a_wildcard_host_overlapping_another_workloads_host_is_refused(llama):
    other = copy.deepcopy(llama)
    other["serviceName"] = "other-llama"
    other["gateway"]["hosts"] = ["*.inference.example.com"]
    findings = cross_object_findings([rendered(llama, "workloads/a.yaml"), rendered(other, "workloads/b.yaml")])
    assert [f[2] for f in findings if f[0] == "workloads/b.yaml"] == ["spec.listeners[0].hostname"]


def test_a_gateway_and_a_virtual_service_for_one_host_are_refused(llama, fraud):
    fraud["istio"]["hosts"] = ["llama-3-8b.inference.example.com"]
    findings = cross_object_findings([rendered(llama, "workloads/a.yaml"), rendered(fraud, "workloads/b.yaml")])
    assert (
        "workloads/b.yaml",
        "VirtualService/fraud-scoring-ai-workloads",
        "spec.hosts[0]",
        "host 'llama-3-8b.inference.example.com' is already claimed by workloads/a.yaml "
        "(Gateway/llama-3-8b-instruct-gateway): two workloads cannot serve one host name",
    ) in findings


def test_virtual_services_on_one_gateway_may_share_a_host_with_distinct_paths(fraud):
    # GIVEN two releases on the same gateway and host, under different base paths
    other = copy.deepcopy(fraud)
    other["releaseName"] = "churn"
    other["namespace"] = "ml-churn"
    other["istio"]["basePath"] = "/churn"
    fraud["istio"]["basePath"] = "/fraud"
    # THEN Istio merges them: allowed
    assert cross_object_findings([rendered(fraud, "workloads/a.yaml"), rendered(other, "workloads/b.yaml")]) == []


def test_virtual_services_on_one_gateway_with_overlapping_paths_are_refused(fraud):
    other = copy.deepcopy(fraud)
    other["releaseName"] = "churn"  # same base path "/" and the same app names: same paths
    other["namespace"] = "ml-churn"
    findings = cross_object_findings([rendered(fraud, "workloads/a.yaml"), rendered(other, "workloads/b.yaml")])
    assert (
        "workloads/b.yaml",
        "VirtualService/churn-ai-workloads",
        "spec.hosts[0]",
        "host 'models.example.com' is also routed by workloads/a.yaml (VirtualService/fraud-scoring-ai-workloads) "
        "through the same gateway with overlapping paths",
    ) in findings


def test_the_same_host_on_two_clusters_is_refused_too(llama):
    # GIVEN the same public host served from another Argo CD cluster (#18 item 20)
    other = copy.deepcopy(llama)
    other["serviceName"] = "other-llama"
    there = RenderedWorkload("workloads/b.yaml", "b", render_document(other, "workloads/b.yaml"), cluster="gpu-west")
    # THEN it is refused: a public DNS name is one name whatever cluster serves it
    assert cross_object_findings([rendered(llama, "workloads/a.yaml"), there]) == [
        (
            "workloads/b.yaml",
            "Gateway/other-llama-gateway",
            "spec.listeners[0].hostname",
            "host 'llama-3-8b.inference.example.com' is already claimed by workloads/a.yaml "
            "(Gateway/llama-3-8b-instruct-gateway): two workloads cannot serve one host name",
        )
    ]


def test_virtual_services_on_two_clusters_never_merge(fraud):
    # GIVEN two releases with distinct paths on "the same" gateway name, but on two clusters
    other = copy.deepcopy(fraud)
    other["releaseName"], other["namespace"], other["istio"]["basePath"] = "churn", "ml-churn", "/churn"
    fraud["istio"]["basePath"] = "/fraud"
    there = RenderedWorkload("workloads/b.yaml", "b", render_document(other, "workloads/b.yaml"), cluster="gpu-west")
    # THEN they are two gateways: the host is claimed twice
    findings = cross_object_findings([rendered(fraud, "workloads/a.yaml"), there])
    assert [(f[0], f[2]) for f in findings] == [("workloads/b.yaml", "spec.hosts[0]")]


def test_a_host_claimed_twice_fails_synthesis_and_leaves_dist_untouched(workdir, llama):
    other = copy.deepcopy(llama)
    other["serviceName"] = "hijack"
    (workdir / "workloads" / "zz-hijack.yaml").write_text(yaml.safe_dump(other))
    result = run_main(workdir)
    assert result.returncode == 1
    # THEN the message names the workload field first, then the rendered object (#19 messages)
    assert (
        "workloads/zz-hijack.yaml: gateway.hosts[0]: host 'llama-3-8b.inference.example.com' is already claimed "
        "by workloads/llama-3-8b-instruct.yaml gateway.hosts[0] (Gateway/llama-3-8b-instruct-gateway): two "
        "workloads cannot serve one host name (rendered as Gateway/hijack-gateway.spec.listeners[0].hostname)"
    ) in result.stderr.splitlines()
