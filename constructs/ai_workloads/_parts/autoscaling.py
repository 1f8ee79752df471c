"""QueueAutoscaler: a KEDA ScaledObject (keda.sh/v1alpha1, typed import of KEDA v2.20.2's CRD) scaling a
Deployment on one Prometheus query.

KEDA facts this relies on (kedacore/keda@v2.20.2; a test reads each back from that source):
- `pkg/scalers/prometheus_scaler.go`: the query must return exactly one element ("returned multiple
  elements" is an error), so every query is a `sum(...)`; an empty result counts as 0 unless
  `ignoreNullValues` is false (its default is true), and 0 would scale the workload in. Here it is
  "false": missing series are an error, which the fallback handles.
- `pkg/fallback/fallback.go` doFallback: after `failureThreshold` failed polls KEDA reports the
  fallback replicas; with behavior `currentReplicasIfHigher` it keeps the current count when that is
  higher. So missing data never scales in: it holds the current replicas, and at least `minReplicas`.
- `apis/keda/v1alpha1/scaledobject_types.go` CheckFallbackValid: a fallback needs a trigger that is not
  cpu/memory with metricType AverageValue (ours: `prometheus`, AverageValue).
- `advanced.horizontalPodAutoscalerConfig.behavior` is the HPA's own behavior: scale-up is one pod per
  `scale_up_period` seconds (the startup budget, capped at 1800 s: kubernetes/kubernetes
  pkg/apis/autoscaling/validation/validation.go `MaxPeriodSeconds int32 = 1800`),
  scale-down waits `scaleDownDelay` (stabilization window) and then removes one pod per minute.

Scale to zero (only when a workload asks for it), from the same source:
- `pkg/scalers/prometheus_scaler.go` GetMetricsAndActivity: a trigger is active when its value is
  greater than `activationThreshold` (trigger metadata, default 0).
- `pkg/scaling/executor/scale_scaledobjects.go` RequestScale: with no trigger active, KEDA scales to 0
  (minReplicaCount 0) or to `idleReplicaCount` after `cooldownPeriod` seconds (default 300) since the last
  active poll; an active trigger at 0 (or idle) replicas scales up to max(minReplicaCount, 1).
  `apis/keda/v1alpha1/scaledobject_types.go` CheckReplicaCountBoundsAreValid: idleReplicaCount must be
  less than minReplicaCount.
- The same RequestScale, for a ScaledObject whose triggers were never active (`status.lastActiveTime`
  unset): it scales in once `initialCooldownPeriod` seconds (default 0, `pkg/scaling/executor/
  scale_executor.go`) have passed since the ScaledObject was created. A new server exports no queue
  until its first pod is Ready, so with the default KEDA scales it to zero on delivery, before it ever
  starts (seen in the rehearsal's KEDA loop). So `initialCooldownPeriod` is the startup budget plus
  `cooldownPeriod`: the first pod may start and then idle as long as any other before the first scale in.
- `pkg/scaling/scale_handler.go` getScalerState: a trigger in fallback counts as ACTIVE. At zero replicas
  the engine exports no series; with `ignoreNullValues: "false"` that is an error, the fallback would
  start, and wake the server every few polls. So with scale to zero missing series count as 0
  (`ignoreNullValues: "true"`), and a second trigger, the gateway's requests to the Service (the only
  signal that exists while no pod runs), wakes it. Its threshold is WAKE_THRESHOLD requests per second
  per replica: it never asks the HPA for more than one replica, it only activates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from ai_workloads._parts import crds
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

# autoscaling/v2 HPAScalingPolicy.periodSeconds: 0 < periodSeconds <= 1800 (Kubernetes validation).
MAX_POLICY_PERIOD_SECONDS = 1800
FAILURE_THRESHOLD = 3  # failed polls (30 s apart, KEDA's default pollingInterval) before the fallback
# The wake trigger's per-replica target (requests per second): so high that it never sizes the server.
WAKE_THRESHOLD = 1_000_000


@dataclass(frozen=True)
class QueueScaling:
    """What the ScaledObject does: `query` (one element) kept at `target` per replica."""

    min_replicas: int
    max_replicas: int
    server_address: str
    query: str
    target: float
    scale_up_period: int  # the startup budget (seconds a new pod may take to be Ready)
    scale_up_stabilization: int
    scale_down_delay: int
    # Scale to zero: the activation threshold of `query` and the query that wakes the server from zero.
    scale_to_zero: bool = False
    activation_threshold: float = 0
    wake_query: str | None = None


class QueueAutoscaler(Construct):
    """ScaledObject `<meta.name>` on Deployment `<meta.name>` (sync wave: workload)."""

    def __init__(self, scope: Construct, id: str, *, meta: WorkloadMetadata, scaling: QueueScaling) -> None:
        super().__init__(scope, id)
        keda = crds.keda
        keda.ScaledObject(
            self,
            "ScaledObject",
            metadata=meta.custom(meta.name, sync_wave(SyncWave.WORKLOAD, custom_resource=True)),
            spec=keda.ScaledObjectSpec(
                scale_target_ref=keda.ScaledObjectSpecScaleTargetRef(
                    api_version="apps/v1", kind="Deployment", name=meta.name
                ),
                min_replica_count=scaling.min_replicas,
                max_replica_count=scaling.max_replicas,
                idle_replica_count=0 if scaling.scale_to_zero and scaling.min_replicas > 0 else None,
                cooldown_period=scaling.scale_down_delay if scaling.scale_to_zero else None,
                initial_cooldown_period=(
                    scaling.scale_up_period + scaling.scale_down_delay if scaling.scale_to_zero else None
                ),
                fallback=keda.ScaledObjectSpecFallback(
                    failure_threshold=FAILURE_THRESHOLD,
                    replicas=max(scaling.min_replicas, 1),
                    behavior=keda.ScaledObjectSpecFallbackBehavior.CURRENT_REPLICAS_IF_HIGHER,
                ),
                advanced=keda.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=_behavior(scaling)
                    ),
                ),
                triggers=_triggers(scaling),
            ),
        )


_Policy = TypeVar(
    "_Policy",
    crds.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies,
    crds.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies,
)


def _behavior(scaling: QueueScaling) -> crds.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior:
    """The HPA's behavior: up one pod per startup budget, down one pod a minute after `scale_down_delay`."""
    keda = crds.keda
    return keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
        scale_up=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(
            stabilization_window_seconds=scaling.scale_up_stabilization,
            policies=[
                _one_pod_per(
                    keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies,
                    min(scaling.scale_up_period, MAX_POLICY_PERIOD_SECONDS),
                )
            ],
        ),
        scale_down=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(
            stabilization_window_seconds=scaling.scale_down_delay,
            policies=[
                _one_pod_per(keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies, 60)
            ],
        ),
    )


def _one_pod_per(policy: type[_Policy], period_seconds: int) -> _Policy:
    """An HPA scaling policy: at most one pod per `period_seconds`."""
    return policy(type="Pods", value=1, period_seconds=period_seconds)


def _triggers(scaling: QueueScaling) -> list[crds.keda.ScaledObjectSpecTriggers]:
    """The engine's signal (sizing the server) and, with scale to zero, the gateway's requests (waking it)."""
    keda = crds.keda
    metadata = {
        "serverAddress": scaling.server_address,
        "query": scaling.query,
        "threshold": f"{scaling.target:g}",
        "ignoreNullValues": "true" if scaling.scale_to_zero else "false",
    }
    if scaling.scale_to_zero:
        metadata["activationThreshold"] = f"{scaling.activation_threshold:g}"
    triggers = [keda.ScaledObjectSpecTriggers(type="prometheus", metric_type="AverageValue", metadata=metadata)]
    if scaling.scale_to_zero and scaling.wake_query:
        triggers.append(
            keda.ScaledObjectSpecTriggers(
                type="prometheus",
                name="gateway-requests",
                metric_type="AverageValue",
                metadata={
                    "serverAddress": scaling.server_address,
                    "query": scaling.wake_query,
                    "threshold": str(WAKE_THRESHOLD),
                    "activationThreshold": "0",
                    "ignoreNullValues": "true",
                },
            )
        )
    return triggers
