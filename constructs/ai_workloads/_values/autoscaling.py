"""`autoscaling:` of an ML_INFERENCE_LOAD workload: a KEDA ScaledObject scaling the server on the engine's
own load signal (see docs/operating.md)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from ai_workloads._values.common import FieldError, StrictModel


class ScalingSignal(str, Enum):
    """What the replicas are sized on (each engine's metric: ml_inference_load/autoscaling.py)."""

    QUEUE = "queue"  # requests waiting for a batch slot
    RUNNING = "running"  # requests in the running batch
    KV_CACHE = "kvCache"  # fraction of the KV cache in use (vLLM only)


# Per signal: the target per replica when `targetPerReplica` is not set.
DEFAULT_TARGETS = {ScalingSignal.QUEUE: 5.0, ScalingSignal.RUNNING: 16.0, ScalingSignal.KV_CACHE: 0.7}


class PrometheusSource(StrictModel):
    server_address: Annotated[str, StringConstraints(pattern=r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s]*)?$")] = (
        Field(
            description="URL of the Prometheus that scrapes the server (e.g. "
            "`http://prometheus-operated.monitoring.svc:9090`, the operator's governing Service). Required: a wrong "
            "address would leave the workload on its fallback replicas."
        )
    )


def check_replica_bounds(min_replicas: int, max_replicas: int) -> None:
    """FieldError at `minReplicas` when it is greater than `maxReplicas`."""
    if min_replicas > max_replicas:
        raise FieldError(("minReplicas",), f"{min_replicas} is greater than maxReplicas ({max_replicas})")


class ReplicaBounds(StrictModel):
    """`minReplicas` no greater than `maxReplicas` (the subclass declares both)."""

    min_replicas: int
    max_replicas: int

    @model_validator(mode="after")
    def _bounds(self) -> ReplicaBounds:
        check_replica_bounds(self.min_replicas, self.max_replicas)
        return self


class AutoscalingSettings(ReplicaBounds):
    """A KEDA ScaledObject (keda.sh/v1alpha1, KEDA v2.20.2) on the server Deployment. The Deployment then
    has no `replicas` (`replicas:` of the file must stay unset)."""

    min_replicas: int = Field(
        1,
        ge=0,
        le=64,
        description="Fewest replicas while there is demand (default 1). `0` needs `scaleToZero: true`.",
    )
    max_replicas: int = Field(ge=1, le=64, description="Most replicas; each needs `gpuCount` GPUs.")
    scale_to_zero: bool = Field(
        False,
        description="Remove every replica when idle (default off: the next request waits for a GPU pod to start, "
        "and gets the gateway's 503 until it is Ready; docs/operating.md). Idle: the signal at or below "
        "`activationThreshold` and no request through the gateway for `scaleDownDelay` seconds. With "
        "`minReplicas: 0` KEDA's minReplicaCount is 0; with `minReplicas` of 1 or more, KEDA's "
        "idleReplicaCount 0 (zero when idle, at least minReplicas when active).",
    )
    activation_threshold: float | None = Field(
        None,
        ge=0,
        description="With scaleToZero: the signal's value above which the workload is active (KEDA's "
        "`activationThreshold`, default 0: any request waiting or running). Only used with `scaleToZero`.",
    )
    signal: ScalingSignal = Field(
        ScalingSignal.QUEUE,
        description="`queue` (default): requests waiting (vLLM `num_requests_waiting`, TGI `tgi_queue_size`); "
        "`running`: requests in the batch (vLLM `num_requests_running`, TGI `tgi_batch_current_size`); "
        "`kvCache`: KV-cache usage (vLLM only).",
    )
    target_per_replica: float | None = Field(
        None,
        gt=0,
        description="The signal's value per replica KEDA keeps (metricType AverageValue: the sum over the "
        "replicas divided by their number). Default: queue 5, running 16, kvCache 0.7.",
    )
    scale_up_stabilization: int = Field(
        0,
        ge=0,
        le=3600,
        description="Seconds the signal must stay high before a scale-up (default 0: the rate is already "
        "limited to one pod per startup budget).",
    )
    scale_down_delay: int = Field(
        600,
        ge=0,
        le=3600,
        description="Seconds of lower demand before a scale-down (HPA scale-down stabilization, default 10 "
        "minutes: a GPU replica takes minutes to come back).",
    )
    prometheus: PrometheusSource

    @model_validator(mode="after")
    def _zero_only_when_asked(self) -> AutoscalingSettings:
        if self.min_replicas == 0 and not self.scale_to_zero:
            raise FieldError(
                ("minReplicas",),
                "0 removes every GPU replica when idle: ask for it with autoscaling.scaleToZero: true "
                "(clients get 503 while a pod starts, see docs/operating.md), or use 1",
            )
        if self.activation_threshold is not None and not self.scale_to_zero:
            raise FieldError(
                ("activationThreshold",),
                "is only used with autoscaling.scaleToZero: true (KEDA activates from zero/idle above it)",
            )
        return self

    @property
    def target(self) -> float:
        return self.target_per_replica if self.target_per_replica is not None else DEFAULT_TARGETS[self.signal]


class RequestRateAutoscaling(ReplicaBounds):
    """A KEDA ScaledObject (instead of the CPU HPA) keeping inference requests per second per replica at
    a target (MLServer's `model_infer_request_success`/`_failure` counters)."""

    min_replicas: int = Field(1, ge=1, le=1000, description="Fewest replicas (default 1).")
    max_replicas: int = Field(ge=1, le=1000, description="Most replicas.")
    target_requests_per_second: float = Field(
        20, gt=0, description="Inference requests per second each replica should take (default 20)."
    )
    scale_down_delay: int = Field(
        300, ge=0, le=3600, description="Seconds of lower demand before a scale-down (default 300)."
    )
    prometheus: PrometheusSource
