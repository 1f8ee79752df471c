"""ServingWorkload: the Deployment and Service of one model server, and the guards around them.

Both workload kinds serve models the same way: one Deployment whose pods are selected by the part's
selector labels, one Service in front of them, a PodDisruptionBudget once there are two or more
replicas, and an optional ingress NetworkPolicy. What differs (the pod itself, the rollout, the
Service type and ports) comes in as props.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.disruption_budget import WorkloadDisruptionBudget
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.network_policy import PodPeer, WorkloadNetworkPolicy
from ai_workloads._parts.progress_deadline import PROGRESS_DEADLINE_ANNOTATION, ProgressDeadline
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._values.network_policy import NetworkPolicySettings
from constructs import Construct

# Old ReplicaSets kept for `kubectl rollout undo`; the Kubernetes default (10) only adds clutter.
REVISION_HISTORY_LIMIT = 3


class Rollout(Enum):
    """How a new pod template replaces the old pods."""

    # Stop the old pods first: a GPU server cannot surge when the node pool has no spare GPUs (the new
    # pod would stay Pending and the rollout deadlock).
    RECREATE = "Recreate"
    # One extra pod at a time, never fewer ready pods than desired: for CPU servers.
    SURGE_ONE = "RollingUpdate"
    # Replace one pod at a time without an extra one (maxSurge 0, maxUnavailable 1): for GPU servers
    # with several replicas, which keep serving on the others and never need spare GPUs.
    ONE_AT_A_TIME = "OneAtATime"


@dataclass(frozen=True)
class CpuAutoscaling:
    """A HorizontalPodAutoscaler (autoscaling/v2) keeping average CPU utilization at `target_percent`."""

    min_replicas: int
    max_replicas: int
    target_percent: int


class ServingWorkload(Construct):
    """Deployment `<meta.name>`, Service `<meta.name>` and, with `autoscaling`, a HorizontalPodAutoscaler
    `<meta.name>` (sync wave: workload).

    :param pod: the pod spec; its template carries the part's labels, `pod_labels` and `pod_annotations`.
    :param replicas: the desired replicas without `autoscaling`; with it the Deployment sets none (a
        value there would reset the autoscaler's scale on every sync).
    :param deployment_annotations: extra annotations of the Deployment (policy waivers).
    :param autoscaled_up_to: another autoscaler (KEDA) scales the Deployment up to this many replicas: no
        `replicas` field, and the guards are sized for that many.
    :param deployment_type: the Deployment's class (a subclass adds what cdk8s-plus-27 cannot type).
    :param progress_deadline: the Deployment's progressDeadlineSeconds, derived from the pod's probes
        (see progress_deadline.py); its explanation is annotated on the Deployment.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        pod: k8s.PodSpec,
        replicas: int,
        rollout: Rollout,
        service_type: str,
        service_ports: Sequence[k8s.ServicePort],
        progress_deadline: ProgressDeadline,
        pod_annotations: Mapping[str, str] | None = None,
        pod_labels: Mapping[str, str] | None = None,
        deployment_annotations: Mapping[str, str] | None = None,
        autoscaling: CpuAutoscaling | None = None,
        autoscaled_up_to: int | None = None,
        deployment_type: type[k8s.KubeDeployment] = k8s.KubeDeployment,
    ) -> None:
        super().__init__(scope, id)
        self.meta = meta
        self.deployment_name = self.service_name = meta.name
        self.deployment = deployment_type(
            self,
            "Deployment",
            metadata=meta.core(
                meta.name,
                sync_wave(SyncWave.WORKLOAD),
                deployment_annotations,
                {PROGRESS_DEADLINE_ANNOTATION: progress_deadline.explanation},
            ),
            spec=k8s.DeploymentSpec(
                replicas=None if autoscaling or autoscaled_up_to else replicas,
                progress_deadline_seconds=progress_deadline.seconds,
                revision_history_limit=REVISION_HISTORY_LIMIT,
                strategy=_strategy(rollout),
                selector=k8s.LabelSelector(match_labels=meta.controller_selector),
                template=k8s.PodTemplateSpec(metadata=meta.pod(pod_annotations, pod_labels), spec=pod),
            ),
        )
        k8s.KubeService(
            self,
            "Service",
            metadata=meta.core(meta.name, sync_wave(SyncWave.WORKLOAD)),
            spec=k8s.ServiceSpec(type=service_type, selector=meta.selector, ports=list(service_ports)),
        )
        self.min_replicas = autoscaling.min_replicas if autoscaling else autoscaled_up_to or replicas
        if autoscaling:
            _autoscaler(self, meta, autoscaling)

    def add_guards(
        self,
        *,
        network_policy: NetworkPolicySettings,
        serving_ports: Sequence[int],
        default_gateway: PodPeer,
        metrics_ports: Sequence[int] = (),
        other_peers: Sequence[tuple[PodPeer, Sequence[int]]] = (),
    ) -> None:
        """A PodDisruptionBudget when there can be at least two replicas, and the NetworkPolicy when enabled: the
        gateway pods (from the settings, else `default_gateway`) reach `serving_ports`, the scraper
        reaches `metrics_ports`, each of `other_peers` its ports."""
        if self.min_replicas >= 2:
            WorkloadDisruptionBudget(self, "DisruptionBudget", meta=self.meta)
        if network_policy.enabled:
            WorkloadNetworkPolicy(
                self,
                "NetworkPolicy",
                meta=self.meta,
                serving_ports=serving_ports,
                gateway=PodPeer(
                    network_policy.gateway_namespace or default_gateway.namespace,
                    network_policy.gateway_pod_labels or default_gateway.pod_labels,
                ),
                metrics_ports=metrics_ports,
                scraper=PodPeer(network_policy.monitoring_namespace, network_policy.monitoring_pod_labels),
                other_peers=other_peers,
            )


def _strategy(rollout: Rollout) -> k8s.DeploymentStrategy:
    if rollout is Rollout.RECREATE:
        return k8s.DeploymentStrategy(type=rollout.value)
    surge, unavailable = (0, 1) if rollout is Rollout.ONE_AT_A_TIME else (1, 0)
    return k8s.DeploymentStrategy(
        type="RollingUpdate",
        rolling_update=k8s.RollingUpdateDeployment(
            max_surge=k8s_values.port_number(surge), max_unavailable=k8s_values.port_number(unavailable)
        ),
    )


def _autoscaler(scope: Construct, meta: WorkloadMetadata, autoscaling: CpuAutoscaling) -> None:
    target = k8s.MetricTargetV2(type="Utilization", average_utilization=autoscaling.target_percent)
    k8s.KubeHorizontalPodAutoscalerV2(
        scope,
        "Autoscaler",
        metadata=meta.core(meta.name, sync_wave(SyncWave.WORKLOAD)),
        spec=k8s.HorizontalPodAutoscalerSpecV2(
            scale_target_ref=k8s.CrossVersionObjectReferenceV2(
                api_version="apps/v1", kind="Deployment", name=meta.name
            ),
            min_replicas=autoscaling.min_replicas,
            max_replicas=autoscaling.max_replicas,
            metrics=[k8s.MetricSpecV2(type="Resource", resource=k8s.ResourceMetricSourceV2(name="cpu", target=target))],
        ),
    )
