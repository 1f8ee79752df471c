"""`autoscaling` of an ML_INFERENCE_LOAD workload: the engine's own load signal as one Prometheus query
for KEDA (see _parts/autoscaling.py for the ScaledObject and its safety defaults).

vLLM: selected by `namespace` and `model_name` (the served model name vLLM labels every metric with;
vLLM sets no `model` label). TGI: no label names the model, so by `namespace` and the pod name pattern of
the Deployment's pods (`<serviceName>-<replicaset hash>-<suffix>`). A signal the engine does not export
(`kvCache` on TGI) is refused when the file is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_workloads._parts.metrics_facts import ISTIO_PROXY_METRICS, MetricsCatalog
from ai_workloads._values.autoscaling import ScalingSignal
from ai_workloads.ml_inference_load.engines import engine_named

if TYPE_CHECKING:  # pragma: no cover: the values import this module, and must not load cdk8s
    from ai_workloads._parts.autoscaling import QueueScaling
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

# signal -> the gauge each engine exposes for it, in preference order.
SIGNAL_METRICS: dict[ScalingSignal, tuple[str, ...]] = {
    ScalingSignal.QUEUE: ("vllm:num_requests_waiting", "tgi_queue_size"),
    ScalingSignal.RUNNING: ("vllm:num_requests_running", "tgi_batch_current_size"),
    ScalingSignal.KV_CACHE: ("vllm:kv_cache_usage_perc",),
}


def signal_metric(metrics: MetricsCatalog, signal: ScalingSignal) -> str | None:
    """The engine's gauge for `signal`, None when it exports none."""
    return next((name for name in SIGNAL_METRICS[signal] if metrics.has(name)), None)


def scaling_query(engine: str, signal: ScalingSignal, *, namespace: str, deployment: str, served_model: str) -> str:
    metrics = engine_named(engine).metrics
    name = signal_metric(metrics, signal)
    if name is None:
        raise ValueError(f"the {engine} engine exports no metric for signal {signal.value}")
    fact = metrics.fact(name)
    if "model_name" in fact.labels:
        selector = f'namespace="{namespace}",model_name="{served_model}"'
    else:
        selector = f'namespace="{namespace}",pod=~"{deployment}-[a-z0-9]+-[a-z0-9]+"'
    return f"sum({metrics.exposed(name)}{{{selector}}})"


WAKE_WINDOW = "2m"


def wake_query(*, namespace: str, service: str) -> str:
    """Requests per second the gateway sent to the Service (answered or not: a request refused with 503
    because no pod is Ready counts too), from the Istio proxy's `istio_requests_total`."""
    name = ISTIO_PROXY_METRICS.exposed("istio_requests_total")
    selector = f'destination_service_namespace="{namespace}",destination_service_name="{service}"'
    return f"sum(rate({name}{{{selector}}}[{WAKE_WINDOW}]))"


def queue_scaling(values: MlInferenceLoadValues, *, deployment: str) -> QueueScaling:
    """The ScaledObject's settings from the workload's values (`values.autoscaling` is set)."""
    from ai_workloads._parts.autoscaling import QueueScaling

    settings = values.autoscaling
    assert settings is not None
    return QueueScaling(
        min_replicas=settings.min_replicas,
        max_replicas=settings.max_replicas,
        server_address=settings.prometheus.server_address,
        query=scaling_query(
            values.engine,
            settings.signal,
            namespace=values.namespace,
            deployment=deployment,
            served_model=values.serving.served_model_name or values.model.id,
        ),
        target=settings.target,
        scale_up_period=values.container.startup_probe.budget_seconds,
        scale_up_stabilization=settings.scale_up_stabilization,
        scale_down_delay=settings.scale_down_delay,
        scale_to_zero=settings.scale_to_zero,
        activation_threshold=settings.activation_threshold or 0,
        wake_query=wake_query(namespace=values.namespace, service=values.service_name)
        if settings.scale_to_zero
        else None,
    )
