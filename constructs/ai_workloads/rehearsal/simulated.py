"""Every status the rehearsal SIMULATES instead of the controller that really writes it.

The rehearsal runs the real Kubernetes control plane (API server with admission, controller-manager,
scheduler) and, with the `argo` part, the real Argo CD; no kubelet, container runtime, GPU, cert-manager,
External Secrets Operator, Istio or storage driver. Their statuses are written by kwok Stages
(stages/*.yaml), each row below names its Stage; tests check that every Stage is in this table and the
other way round. README and `make rehearse` print the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.rehearsal.controlplane import NodeSpec


@dataclass(frozen=True)
class SimulatedStatus:
    kind: str
    status: str  # what is written
    real_writer: str  # the controller that writes it on a real cluster
    stage: str  # the kwok Stage (stages/*.yaml) that writes it here
    read_by: str  # who reads it in the rehearsal


SIMULATED_STATUSES: tuple[SimulatedStatus, ...] = (
    SimulatedStatus(
        "Node",
        "Ready, capacity/allocatable as created (GPUs included), addresses, heartbeat",
        "kubelet + NVIDIA device plugin + GPU Feature Discovery (labels)",
        "node-ready, node-heartbeat",
        "scheduler, node lifecycle controller",
    ),
    SimulatedStatus(
        "Pod",
        "Running (podIP, containers started) once scheduled",
        "kubelet + container runtime",
        "pod-create",
        "ReplicaSet/Job controllers, Argo CD",
    ),
    SimulatedStatus(
        "Pod",
        "Ready after the ready delay (probes are not run; never for the never-Ready instances)",
        "kubelet (readiness probe)",
        "pod-ready",
        "Deployment controller (Available), Argo CD health",
    ),
    SimulatedStatus(
        "Pod (owned by a Job)",
        "Succeeded, exit code 0, after the complete delay",
        "kubelet",
        "pod-complete",
        "Job controller (Complete), Argo CD health",
    ),
    SimulatedStatus(
        "Pod (deleted)", "removed once terminating without finalizers", "kubelet", "pod-delete", "every controller"
    ),
    SimulatedStatus(
        "PersistentVolume",
        "created and bound to a claim once the scheduler selected a node (WaitForFirstConsumer); deleted when released",
        "CSI external-provisioner",
        "pvc-provision, pv-delete-released",
        "PV controller, scheduler, Argo CD health (PVC Bound)",
    ),
    SimulatedStatus(
        "Certificate (cert-manager.io/v1)",
        "condition Ready=True (observedGeneration current)",
        "cert-manager",
        "certificate-ready",
        "Argo CD health (cert-manager.io/Certificate/health.lua)",
    ),
    SimulatedStatus(
        "ExternalSecret (external-secrets.io/v1)",
        "condition Ready=True; the target Secret created with every key, placeholder values",
        "External Secrets Operator",
        "externalsecret-ready",
        "Argo CD health (external-secrets.io/ExternalSecret/health.lua); pods' secretKeyRef",
    ),
    SimulatedStatus(
        "Gateway (gateway.networking.k8s.io/v1)",
        "conditions Accepted=True, Programmed=True, an address",
        "Istio (gateway controller)",
        "gateway-programmed",
        "Argo CD health (gateway.networking.k8s.io/Gateway/health.lua)",
    ),
    SimulatedStatus(
        "HTTPRoute (gateway.networking.k8s.io/v1)",
        "per parentRef: Accepted=True, ResolvedRefs=True (observedGeneration current)",
        "Istio (gateway controller)",
        "httproute-accepted",
        "Argo CD health (gateway.networking.k8s.io/HTTPRoute/health.lua)",
    ),
    SimulatedStatus(
        "HorizontalPodAutoscaler",
        "AbleToScale=True, ScalingActive=True, current = desired = minReplicas "
        "(the HPA controller is not run: no metrics server)",
        "HPA controller + metrics-server",
        "hpa-scaling-active",
        "Argo CD health (gitops-engine pkg/health/health_hpa.go)",
    ),
    SimulatedStatus(
        "ScaledObject (keda.sh/v1alpha1)",
        "conditions Ready=True, Active=False, Fallback=False, hpaName (replicas stay as the Deployment "
        "was created: KEDA is not run, nothing scales)",
        "KEDA operator",
        "scaledobject-ready",
        "Argo CD health (keda.sh/ScaledObject/health.lua)",
    ),
    SimulatedStatus(
        "GatewayClass istio",
        "condition Accepted=True",
        "Istio",
        "gatewayclass-accepted",
        "Argo CD health (GatewayClass/health.lua)",
    ),
    SimulatedStatus(
        "ClusterIssuer",
        "condition Ready=True",
        "cert-manager",
        "clusterissuer-ready",
        "Argo CD health (ClusterIssuer/health.lua)",
    ),
    SimulatedStatus(
        "ClusterSecretStore",
        "condition Ready=True",
        "External Secrets Operator",
        "clustersecretstore-ready",
        "Argo CD health (ClusterSecretStore/health.lua)",
    ),
)
# Not simulated because nothing in the rehearsal reads it: VirtualService status (Argo CD v3.5.1 has no
# health check for networking.istio.io), NetworkPolicy enforcement (no network plugin), traffic.
NOT_SIMULATED = (
    "VirtualService status (Argo CD has no health check for networking.istio.io)",
    "autoscaling (no metrics, no KEDA: replicas stay at minReplicas, an autoscaled Deployment at 1)",
    "NetworkPolicy enforcement and traffic (no network plugin, no Istio proxy)",
    "readiness/liveness/startup probes (pod readiness is the ready delay)",
)


def simulated_table() -> str:
    """The table as text, for the rehearsal's output."""
    width = max(len(s.kind) for s in SIMULATED_STATUSES)
    lines = ["SIMULATED (no real controller wrote these):"]
    for s in SIMULATED_STATUSES:
        lines.append(f"  {s.kind.ljust(width)}  {s.status}  [instead of {s.real_writer}; kwok stage {s.stage}]")
    lines += [f"  not simulated: {item}" for item in NOT_SIMULATED]
    return "\n".join(lines)


def nodes_for(prerequisites: Mapping[str, Any], base: Sequence[NodeSpec] | None = None) -> tuple[NodeSpec, ...]:
    """The simulated nodes for delivering every workload of `prerequisites` at once: `base` (default
    DEFAULT_NODES) and, when its GPU nodes have fewer GPUs than the GPU pods ask for in all (GPUs per pod x
    pods, counted from the rendered Deployments and Jobs by platform/prerequisites.py; an autoscaled
    Deployment runs one pod, KEDA not being run), one more GPU node with that many GPUs: every GPU pod then
    fits on it whatever the scheduler did with the others, so no pod waits for GPUs."""
    from ai_workloads.rehearsal.controlplane import DEFAULT_NODES

    nodes = tuple(DEFAULT_NODES if base is None else base)
    pods = [pod for workload in prerequisites["workloads"].values() for pod in workload["gpuPods"]]
    needed = sum(pod["gpusPerPod"] * pod["pods"] for pod in pods)
    if needed <= sum(node.whole_gpus for node in nodes) - _fragmentation(nodes, pods):
        return nodes
    template = next(node for node in nodes if node.whole_gpus)
    return (*nodes, replace(template, name=f"{template.name.rsplit('-', 1)[0]}-extra", gpus=needed))


def _fragmentation(nodes: Sequence[NodeSpec], pods: Sequence[Mapping[str, Any]]) -> int:
    """GPUs a bad placement can strand: on each GPU node, up to one GPU fewer than the largest pod."""
    largest = max([pod["gpusPerPod"] for pod in pods] or [0])
    return sum(max(largest - 1, 0) for node in nodes if node.whole_gpus)
