"""The Grafana dashboard of an ML_INFERENCE_LOAD workload (`monitoring.dashboard`): one panel per signal
the alerts watch, with the same series selection (ml_inference_load/alerts.py). A panel whose metric the
pinned engine does not export (time to first token, inter-token latency, KV cache on TGI) is left out.
"""

from __future__ import annotations

from ai_workloads._parts.dashboard import PanelQuery, kubernetes_panels
from ai_workloads._parts.monitoring import KubernetesTarget
from ai_workloads._values.autoscaling import ScalingSignal
from ai_workloads.ml_inference_load.alerts import engine_selector, error_ratio, p95
from ai_workloads.ml_inference_load.autoscaling import signal_metric
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues


def workload_panels(values: MlInferenceLoadValues, *, deployment: str, container: str) -> list[PanelQuery]:
    """Every panel of the workload's dashboard, renderable or not (`PanelQuery.renderable` decides)."""
    metrics = values.serving_engine.metrics
    sel = engine_selector(values, metrics)
    queue = signal_metric(metrics, ScalingSignal.QUEUE)
    running = signal_metric(metrics, ScalingSignal.RUNNING)
    errors, error_needs = error_ratio(metrics, sel)
    ttft, itl = "vllm:time_to_first_token_seconds", "vllm:inter_token_latency_seconds"
    return [
        PanelQuery("Time to first token p95", p95(metrics, ttft, sel), "s", metrics, (ttft,), legend="p95"),
        PanelQuery("Inter-token latency p95", p95(metrics, itl, sel), "s", metrics, (itl,), legend="p95"),
        PanelQuery(
            "Requests waiting per replica",
            f"avg({queue}{{{sel}}})" if queue else "",
            "short",
            metrics,
            (queue or "a queue gauge",),
            legend="waiting",
        ),
        PanelQuery(
            "Requests running",
            f"sum({running}{{{sel}}})" if running else "",
            "short",
            metrics,
            (running or "a running gauge",),
            legend="running",
        ),
        PanelQuery(
            "KV cache usage (fullest replica)",
            f"max(vllm:kv_cache_usage_perc{{{sel}}})",
            "percentunit",
            metrics,
            ("vllm:kv_cache_usage_perc",),
            legend="used",
        ),
        PanelQuery("Error ratio", errors, "percentunit", metrics, error_needs, legend="failed / all"),
        *kubernetes_panels(KubernetesTarget(values.namespace, deployment, container)),
    ]
