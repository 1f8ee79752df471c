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
"""

from __future__ import annotations

from dataclasses import dataclass

from ai_workloads._parts import crds
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

# autoscaling/v2 HPAScalingPolicy.periodSeconds: 0 < periodSeconds <= 1800 (Kubernetes validation).
MAX_POLICY_PERIOD_SECONDS = 1800
FAILURE_THRESHOLD = 3  # failed polls (30 s apart, KEDA's default pollingInterval) before the fallback


@dataclass(frozen=True)
class QueueScaling:
    """What the ScaledObject does: `query` (one element) kept at `target` per replica."""

    min_replicas: int
    max_replicas: int
    server_address: str
    query: str
    target: float
    scale_up_period: int
    scale_up_stabilization: int
    scale_down_delay: int


class QueueAutoscaler(Construct):
    """ScaledObject `<meta.name>` on Deployment `<meta.name>` (sync wave: workload)."""

    def __init__(self, scope: Construct, id: str, *, meta: WorkloadMetadata, scaling: QueueScaling) -> None:
        super().__init__(scope, id)
        keda = crds.keda
        behavior = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
            scale_up=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(
                stabilization_window_seconds=scaling.scale_up_stabilization,
                policies=[
                    keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(
                        type="Pods",
                        value=1,
                        period_seconds=min(scaling.scale_up_period, MAX_POLICY_PERIOD_SECONDS),
                    )
                ],
            ),
            scale_down=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(
                stabilization_window_seconds=scaling.scale_down_delay,
                policies=[
                    keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(
                        type="Pods",
                        value=1,
                        period_seconds=60,
                    )
                ],
            ),
        )
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
                fallback=keda.ScaledObjectSpecFallback(
                    failure_threshold=FAILURE_THRESHOLD,
                    replicas=scaling.min_replicas,
                    behavior=keda.ScaledObjectSpecFallbackBehavior.CURRENT_REPLICAS_IF_HIGHER,
                ),
                advanced=keda.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=behavior
                    ),
                ),
                triggers=[
                    keda.ScaledObjectSpecTriggers(
                        type="prometheus",
                        metric_type="AverageValue",
                        metadata={
                            "serverAddress": scaling.server_address,
                            "query": scaling.query,
                            "threshold": f"{scaling.target:g}",
                            "ignoreNullValues": "false",
                        },
                    )
                ],
            ),
        )
