"""Every rendered object is valid for the real API: Kubernetes schemas (kubernetes-validate --strict,
Kubernetes 1.35) for core objects, the CRD `openAPIV3Schema` for custom resources."""

from __future__ import annotations

import copy

import kubernetes_validate
import pytest
import yaml
from conftest import DIST

from ai_workloads.gates import gate_errors
from ai_workloads.gates.crd_schema import crd_schema_errors
from ai_workloads.gates.kubernetes_schema import has_schema, kubernetes_schema_errors
from ai_workloads.stage_types import RenderedWorkload

KUBERNETES_VERSION = "1.35"


def dist_objects():
    objects = []
    for path in sorted(DIST.glob("*.k8s.yaml")):
        for manifest in yaml.safe_load_all(path.read_text()):
            objects.append(pytest.param(manifest, id=f"{path.stem}:{manifest['kind']}/{manifest['metadata']['name']}"))
    return objects


CORE = [p for p in dist_objects() if has_schema(p.values[0], KUBERNETES_VERSION)]
CUSTOM = [p for p in dist_objects() if not has_schema(p.values[0], KUBERNETES_VERSION)]


@pytest.mark.parametrize("manifest", CORE)
def test_core_object_is_valid_with_kubernetes_validate_strict(manifest):
    kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)


@pytest.mark.parametrize("manifest", CUSTOM)
def test_custom_resource_is_valid_against_its_crd(manifest, crd_catalog):
    assert list(crd_schema_errors(manifest, crd_catalog)) == []


def test_every_kind_is_covered_by_one_of_the_two_checks():
    kinds = {p.values[0]["kind"] for p in CORE} | {p.values[0]["kind"] for p in CUSTOM}
    assert {
        "Deployment",
        "Service",
        "ServiceAccount",
        "ExternalSecret",
        "Certificate",
        "Gateway",
        "HTTPRoute",
        "ConfigMap",
        "HorizontalPodAutoscaler",
        "VirtualService",
        "NetworkPolicy",
    } <= kinds


def test_the_gate_agrees_with_kubernetes_validate_on_an_unknown_field():
    # GIVEN a Deployment with a misspelled field
    deployment = copy.deepcopy(next(p.values[0] for p in CORE if p.values[0]["kind"] == "Deployment"))
    deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolicyy"] = "Always"
    # THEN the real tool rejects it, and so does the gate's cached validator
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)
    assert [path for path, _ in kubernetes_schema_errors(deployment, KUBERNETES_VERSION)] == [
        "spec.template.spec.containers[0]"
    ]


def test_the_crd_gate_rejects_an_undeclared_field_and_a_wrong_enum(crd_catalog):
    gateway = copy.deepcopy(next(p.values[0] for p in CUSTOM if p.values[0]["kind"] == "Gateway"))
    gateway["spec"]["listeners"][0]["tls"]["mode"] = "Reencrypt"
    gateway["spec"]["gatewayClass"] = "istio"
    problems = dict(crd_schema_errors(gateway, crd_catalog))
    assert "spec.listeners[0].tls.mode" in problems
    assert "'gatewayClass' was unexpected" in problems["spec"]


def test_gate_reports_schema_violations_with_file_and_object(crd_catalog):
    deployment = copy.deepcopy(next(p.values[0] for p in CORE if p.values[0]["kind"] == "Deployment"))
    deployment["spec"]["replicas"] = "one"
    errors = gate_errors([RenderedWorkload("workloads/x.yaml", "x", [deployment])])
    assert any(
        str(e).startswith(
            f"workloads/x.yaml: Deployment/{deployment['metadata']['name']}.spec.replicas: 'one' is not of type 'integer'"
        )
        for e in errors
    ), errors
