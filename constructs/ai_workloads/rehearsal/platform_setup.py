"""The platform prerequisites, created on a control plane exactly as platform/prerequisites.py lists them
(prerequisites.yaml): CRDs, namespaces with their Pod Security label, RuntimeClasses,
GatewayClasses, ClusterIssuers, ClusterSecretStores, the Argo CD namespace (and its AppProject when the
AppProject CRD is there). `omit` leaves chosen items out (the verify tests).

CRDs come from the package, never from ../shared: the custom resources the project renders from the
schemas bundled in imports/crd_schemas/ (the same ones the CRD gate validates against, CEL rules
included), with the names, scope and status subresource of the upstream CRD (CRD_SHAPES, read from the
upstream files listed in ../shared/crds/README.md; a test compares them when that folder is present);
Argo CD's own from binaries.argocd_crds_dir() when it exists. The platform kinds the project only
refers to (GatewayClass, ClusterIssuer, ClusterSecretStore) have no bundled schema: their CRDs are
created with the upstream names and scope and an open schema (x-kubernetes-preserve-unknown-fields).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ai_workloads.gpu_facts import (
    DRA_DEVICE_CLASS,
    DRA_DOMAIN,
    DRA_GPU_CLASS_SELECTOR,
    GPU_RESOURCE,
    MEMORY_LABEL,
    PRODUCT_LABEL,
)
from ai_workloads.platform import prerequisites as prereq

PSA_LABEL = "pod-security.kubernetes.io/enforce"


@dataclass(frozen=True)
class CrdShape:
    plural: str
    scope: str  # Namespaced | Cluster
    status_subresource: bool
    short_names: tuple[str, ...] = ()


# (group, kind) -> shape, from the upstream CRD files (gateway-api v1.6.1, cert-manager v1.21.1,
# external-secrets v2.9.0, istio 1.30.3, argo-cd v3.5.1: spec.names.plural, spec.scope,
# spec.versions[].subresources).
CRD_SHAPES: dict[tuple[str, str], CrdShape] = {
    ("gateway.networking.k8s.io", "Gateway"): CrdShape("gateways", "Namespaced", True, ("gtw",)),
    ("gateway.networking.k8s.io", "HTTPRoute"): CrdShape("httproutes", "Namespaced", True),
    ("gateway.networking.k8s.io", "GatewayClass"): CrdShape("gatewayclasses", "Cluster", True, ("gc",)),
    ("cert-manager.io", "Certificate"): CrdShape("certificates", "Namespaced", True, ("cert", "certs")),
    ("cert-manager.io", "ClusterIssuer"): CrdShape("clusterissuers", "Cluster", True, ("ciss",)),
    ("external-secrets.io", "ExternalSecret"): CrdShape("externalsecrets", "Namespaced", True, ("es",)),
    ("external-secrets.io", "ClusterSecretStore"): CrdShape("clustersecretstores", "Cluster", True, ("css",)),
    ("networking.istio.io", "VirtualService"): CrdShape("virtualservices", "Namespaced", True, ("vs",)),
    ("argoproj.io", "Application"): CrdShape("applications", "Namespaced", False, ("app", "apps")),
    # prometheus-operator v0.93.0 and KEDA v2.20.2 CRDs (../shared/crds README: upstream paths)
    ("monitoring.coreos.com", "PodMonitor"): CrdShape("podmonitors", "Namespaced", True, ("pmon",)),
    ("monitoring.coreos.com", "ServiceMonitor"): CrdShape("servicemonitors", "Namespaced", True, ("smon",)),
    ("monitoring.coreos.com", "PrometheusRule"): CrdShape("prometheusrules", "Namespaced", True, ("promrule",)),
    ("keda.sh", "ScaledObject"): CrdShape("scaledobjects", "Namespaced", True, ("so",)),
    ("keda.sh", "TriggerAuthentication"): CrdShape("triggerauthentications", "Namespaced", True, ("ta", "triggerauth")),
    # gateway-api-inference-extension v1.6.0, llm-d-router v0.10.0, istio 1.30.3 (../shared/crds README)
    ("inference.networking.k8s.io", "InferencePool"): CrdShape("inferencepools", "Namespaced", True, ("infpool",)),
    ("llm-d.ai", "InferenceObjective"): CrdShape("inferenceobjectives", "Namespaced", True),
    ("networking.istio.io", "DestinationRule"): CrdShape("destinationrules", "Namespaced", True, ("dr",)),
}
# Annotations of the upstream CRDs per group: *.k8s.io groups are protected, the API server refuses a CRD
# without the approval annotation (gateway-api v1.6.1 CRD metadata).
GROUP_ANNOTATIONS: dict[str, dict[str, str]] = {
    "gateway.networking.k8s.io": {
        "api-approved.kubernetes.io": "https://github.com/kubernetes-sigs/gateway-api/pull/4530",
        "gateway.networking.k8s.io/bundle-version": "v1.6.1",
        "gateway.networking.k8s.io/channel": "standard",
    },
    # gateway-api-inference-extension v1.6.0 InferencePool CRD metadata.
    "inference.networking.k8s.io": {
        "api-approved.kubernetes.io": "https://github.com/kubernetes-sigs/gateway-api-inference-extension/pull/1173",
        "inference.networking.k8s.io/bundle-version": "v1.6.0",
    },
}
# Platform kinds referenced by name only, with their served version.
PLATFORM_KINDS = {
    "GatewayClass": "gateway.networking.k8s.io/v1",
    "ClusterIssuer": "cert-manager.io/v1",
    "ClusterSecretStore": "external-secrets.io/v1",
}


def bundled_schema(api_version: str, kind: str) -> dict[str, Any] | None:
    """The schema the CRD gate validates against (imports/crd_schemas/), None when not bundled."""
    from ai_workloads.gates.crd_schema import load_bundled_catalog

    catalog = load_bundled_catalog()
    return catalog.schema(api_version, kind) if catalog is not None else None


def crd_manifest(api_version: str, kind: str) -> dict[str, Any]:
    """A CustomResourceDefinition for one kind: the bundled schema when there is one, else an open one."""
    group, version = api_version.split("/", 1)
    shape = CRD_SHAPES[(group, kind)]
    schema = bundled_schema(api_version, kind) or {
        "type": "object",
        "properties": {
            "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
            "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
        },
    }
    entry: dict[str, Any] = {"name": version, "served": True, "storage": True, "schema": {"openAPIV3Schema": schema}}
    if shape.status_subresource:
        entry["subresources"] = {"status": {}}
    names: dict[str, Any] = {"kind": kind, "listKind": f"{kind}List", "plural": shape.plural, "singular": kind.lower()}
    if shape.short_names:
        names["shortNames"] = list(shape.short_names)
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {
            "name": f"{shape.plural}.{group}",
            "labels": {"rehearsal.ai-workloads/source": "bundled-schema"},
            "annotations": dict(GROUP_ANNOTATIONS.get(group, {})),
        },
        "spec": {"group": group, "scope": shape.scope, "names": names, "versions": [entry]},
    }


def argocd_crd_manifests() -> list[dict[str, Any]]:
    """Argo CD's own CRDs (Application, AppProject, ...) from the built module, [] when not available."""
    try:
        from ai_workloads.rehearsal.binaries import argocd_crds_dir

        folder = Path(argocd_crds_dir())
    except Exception:
        return []
    if not folder.is_dir():
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the ApplicationSet CRD alone is 1 MB of YAML
    return [
        doc
        for path in sorted(folder.glob("*.yaml"))
        for doc in yaml.load_all(path.read_text(), Loader=loader)
        if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition"
    ]


def crd_manifests(prerequisites: Mapping[str, Any], omit: Collection[str] = ()) -> list[dict[str, Any]]:
    argocd = argocd_crd_manifests()
    argocd_kinds = {(c["spec"]["group"], c["spec"]["names"]["kind"]) for c in argocd}
    wanted = [(c["apiVersion"], c["kind"]) for c in prerequisites["cluster"]["customResourceDefinitions"]]
    wanted += [(v, k) for k, v in PLATFORM_KINDS.items()]
    out = [c for c in argocd if f"crd:{c['spec']['names']['kind']}" not in omit]
    for api_version, kind in wanted:
        if (api_version.split("/")[0], kind) in argocd_kinds or f"crd:{kind}" in omit:
            continue
        out.append(crd_manifest(api_version, kind))
    return out


def device_class(name: str) -> dict[str, Any]:
    """The DeviceClass a DRA driver installs: for gpu.nvidia.com the NVIDIA driver's selector (gpu_facts.py),
    else every device of the driver named like the class."""
    expression = DRA_GPU_CLASS_SELECTOR if name == DRA_DEVICE_CLASS else f"device.driver == '{name}'"
    return {
        "apiVersion": "resource.k8s.io/v1",
        "kind": "DeviceClass",
        "metadata": {"name": name},
        "spec": {"selectors": [{"cel": {"expression": expression}}]},
    }


SIMULATED_LABEL = "ai-workloads.rehearsal/simulated"


def simulated_resource_slice(node: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ResourceSlice the NVIDIA DRA driver would publish for a simulated GPU node (labelled simulated): one
    device per whole GPU (GFD's nvidia.com/gpu.count, none on a MIG node), with the driver's `type`,
    `productName` (GFD's label with '-' read as blanks) and `memory` capacity (GFD's MiB). None: no whole GPU."""
    labels = (node.get("metadata") or {}).get("labels") or {}
    allocatable = (node.get("status") or {}).get("allocatable") or {}
    gpus = int(allocatable.get(GPU_RESOURCE, 0))
    if not gpus or PRODUCT_LABEL not in labels:
        return None
    name = node["metadata"]["name"]
    devices = [
        {
            "name": f"gpu-{index}",
            "attributes": {
                "type": {"string": "gpu"},
                "productName": {"string": labels[PRODUCT_LABEL].replace("-", " ")},
                "uuid": {"string": f"GPU-{name}-{index}"},
            },
            "capacity": {"memory": {"value": f"{labels.get(MEMORY_LABEL, '0')}Mi"}},
        }
        for index in range(gpus)
    ]
    return {
        "apiVersion": "resource.k8s.io/v1",
        "kind": "ResourceSlice",
        "metadata": {"name": f"{name}-{DRA_DOMAIN}", "labels": {SIMULATED_LABEL: "true"}},
        "spec": {
            "driver": DRA_DOMAIN,
            "nodeName": name,
            "pool": {"name": name, "generation": 1, "resourceSliceCount": 1},
            "devices": devices,
        },
    }


def platform_objects(prerequisites: Mapping[str, Any], omit: Collection[str] = ()) -> list[dict[str, Any]]:
    """Namespaces (Pod Security labelled), RuntimeClasses, PriorityClasses, DeviceClasses, GatewayClasses,
    ClusterIssuers, ClusterSecretStores, the Argo CD namespace. `omit`: "namespace:<name>",
    "podSecurity:<namespace>", "runtimeClass:<name>", "priorityClass:<name>", "deviceClass:<name>",
    "gatewayClass:<name>", "clusterIssuer:<name>", "clusterSecretStore:<name>"."""
    objects = [
        _namespace(ns, None if f"podSecurity:{ns}" in omit else entry["podSecurity"])
        for ns, entry in prerequisites["namespaces"].items()
        if f"namespace:{ns}" not in omit
    ]
    objects += [_namespace(ns) for ns in prerequisites["argocd"]["namespaces"] if f"namespace:{ns}" not in omit]
    cluster = prerequisites["cluster"]
    for key, omit_prefix, build in _CLUSTER_OBJECTS:
        objects += [build(name) for name in cluster[key] if f"{omit_prefix}:{name}" not in omit]
    return objects


def _namespace(name: str, pod_security: str | None = None) -> dict[str, Any]:
    """A Namespace, labelled to enforce, warn and audit Pod Security level `pod_security` when given."""
    metadata: dict[str, Any] = {"name": name}
    if pod_security:
        metadata["labels"] = {
            PSA_LABEL: pod_security,
            f"{PSA_LABEL}-version": "latest",
            "pod-security.kubernetes.io/warn": pod_security,
            "pod-security.kubernetes.io/audit": pod_security,
        }
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": metadata}


def _cluster_object(kind: str, name: str, **fields: Any) -> dict[str, Any]:
    return {"apiVersion": PLATFORM_KINDS[kind], "kind": kind, "metadata": {"name": name}, **fields}


def _runtime_class(name: str) -> dict[str, Any]:
    return {"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": name}, "handler": name}


def _priority_class(name: str) -> dict[str, Any]:
    return {"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": {"name": name}, "value": 1000}


def _gateway_class(name: str) -> dict[str, Any]:
    return _cluster_object("GatewayClass", name, spec={"controllerName": "istio.io/gateway-controller"})


def _cluster_issuer(name: str) -> dict[str, Any]:
    """An ACME issuer that answers nothing (SIMULATED: the rehearsal runs no cert-manager)."""
    solver = {"dns01": {"webhook": {"groupName": "rehearsal.invalid", "solverName": "simulated"}}}
    acme = {"server": "https://acme.invalid/directory", "privateKeySecretRef": {"name": name}, "solvers": [solver]}
    return _cluster_object("ClusterIssuer", name, spec={"acme": acme})


def _cluster_secret_store(name: str) -> dict[str, Any]:
    """A Vault store that is never reached (SIMULATED: the rehearsal runs no External Secrets operator)."""
    auth = {"kubernetes": {"mountPath": "kubernetes", "role": "external-secrets"}}
    vault = {"server": "https://vault.invalid", "path": "secret", "version": "v2", "auth": auth}
    return _cluster_object("ClusterSecretStore", name, spec={"provider": {"vault": vault}})


# prerequisites["cluster"] key, the `omit` prefix, and the object for one name
_CLUSTER_OBJECTS: tuple[tuple[str, str, Callable[[str], dict[str, Any]]], ...] = (
    ("runtimeClasses", "runtimeClass", _runtime_class),
    ("priorityClasses", "priorityClass", _priority_class),
    ("deviceClasses", "deviceClass", device_class),
    ("gatewayClasses", "gatewayClass", _gateway_class),
    ("clusterIssuers", "clusterIssuer", _cluster_issuer),
    ("clusterSecretStores", "clusterSecretStore", _cluster_secret_store),
)


def install_prerequisites(
    cp: Any, prerequisites: Mapping[str, Any] | None = None, omit: Collection[str] = ()
) -> Mapping[str, Any]:
    """Create the prerequisites on the ControlPlane `cp` (default: computed from ./dist and ./argocd;
    CRDs that exist already are left as they are), wait until the CRDs are established, restart kwok so that its Stages for the new kinds run, and
    return the prerequisites used."""
    from ai_workloads.rehearsal.controlplane import ControlPlaneError

    prerequisites = prerequisites or prereq.compute()
    existing = {c["metadata"]["name"] for c in cp.list_objects("apiextensions.k8s.io/v1", "CustomResourceDefinition")}
    crds = [c for c in crd_manifests(prerequisites, omit) if c["metadata"]["name"] not in existing]
    for crd in crds:  # created, not applied: server-side apply of the large CRDs takes twice as long
        cp.create(crd)
    cp.wait_for_crds([c["metadata"]["name"] for c in crds])
    objects = platform_objects(prerequisites, omit)
    if DRA_DEVICE_CLASS in prerequisites["cluster"]["deviceClasses"]:
        # what the NVIDIA DRA driver's kubelet plugin would publish on every GPU node
        objects += [s for s in map(simulated_resource_slice, cp.list_objects("v1", "Node")) if s is not None]
    report = cp.apply_manifests(objects)
    if report.rejected:
        raise ControlPlaneError(f"platform objects rejected: {report.rejected}")
    if any(c["spec"]["names"]["kind"] == "AppProject" for c in crds):
        for ns in prerequisites["argocd"]["namespaces"]:
            for project in prerequisites["argocd"]["projects"]:
                cp.apply_manifests(
                    [
                        {
                            "apiVersion": "argoproj.io/v1alpha1",
                            "kind": "AppProject",
                            "metadata": {"name": project, "namespace": ns},
                            "spec": {
                                "sourceRepos": ["*"],
                                "destinations": [{"server": "*", "namespace": "*"}],
                                "clusterResourceWhitelist": [{"group": "*", "kind": "*"}],
                            },
                        }
                    ]
                )
    cp.restart_kwok()
    return prerequisites
