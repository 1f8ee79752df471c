"""The alerts of an ML_INFERENCE_LOAD workload (`monitoring.alerts`), built from the pinned engine's
metric facts (engines/metrics_facts.py) and kube-state-metrics' (see docs/operating.md for the table).

Engine series are selected by `namespace` and the PodMonitor's `job` (`<namespace>/<serviceName>`); on
vLLM also by `model_name`, the served model name vLLM labels every metric with. An alert that needs a
metric the engine does not export (time to first token, inter-token latency and KV-cache usage on
TGI) is not rendered. Kubernetes alerts select by namespace and Deployment, pod name pattern and
container, or Job name.
"""

from __future__ import annotations

from functools import partial

from ai_workloads._parts.metrics_facts import MetricsCatalog
from ai_workloads._parts.monitoring import Alert, KubernetesTarget, kubernetes_alerts, pod_monitor_job
from ai_workloads._values.autoscaling import ScalingSignal
from ai_workloads.ml_inference_load.autoscaling import signal_metric
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

RATE_WINDOW = "5m"


def served_model_name(values: MlInferenceLoadValues) -> str:
    return values.serving.served_model_name or values.model.id


def engine_selector(values: MlInferenceLoadValues, metrics: MetricsCatalog) -> str:
    """Label matchers of this workload's engine series: namespace and PodMonitor job, and on an engine
    that labels its metrics with the served model (vLLM `model_name`) that name too."""
    ns = values.namespace
    matchers = [f'namespace="{ns}"', f'job="{pod_monitor_job(ns, values.service_name)}"']
    if any("model_name" in fact.labels for fact in metrics.facts):  # vLLM (TGI labels nothing with the model)
        matchers.append(f'model_name="{served_model_name(values)}"')
    return ",".join(matchers)


def error_ratio(metrics: MetricsCatalog, sel: str) -> tuple[str, tuple[str, ...]]:
    """(expression, metrics it needs): failed requests / all requests. vLLM: finished_reason="error"
    among `request_success` (every finished request is counted there); TGI: `tgi_request_failure`
    without validation errors (the client's fault) over `tgi_request_count`."""
    if metrics.has("vllm:request_success"):
        total = metrics.exposed("vllm:request_success")
        return (
            f'sum(rate({total}{{{sel},finished_reason="error"}}[{RATE_WINDOW}])) / '
            f"sum(rate({total}{{{sel}}}[{RATE_WINDOW}]))",
            ("vllm:request_success",),
        )
    if metrics.has("tgi_request_failure", "tgi_request_count"):
        failed, total = metrics.exposed("tgi_request_failure"), metrics.exposed("tgi_request_count")
        return (
            f'sum(rate({failed}{{{sel},err!="validation"}}[{RATE_WINDOW}])) / '
            f"sum(rate({total}{{{sel}}}[{RATE_WINDOW}]))",
            ("tgi_request_failure", "tgi_request_count"),
        )
    return "", ("request error counters",)


def p95(metrics: MetricsCatalog, name: str, sel: str) -> str:
    """p95 over the rate window of histogram `name` ("" when the engine does not export it)."""
    if not metrics.has(name):
        return ""
    bucket = metrics.exposed(name, "bucket")
    return f"histogram_quantile(0.95, sum by (le) (rate({bucket}{{{sel}}}[{RATE_WINDOW}])))"


def _above(expr: str, threshold: float) -> str:
    return f"{expr} > {threshold}" if expr else ""


def workload_alerts(
    values: MlInferenceLoadValues, *, deployment: str, container: str, download_job: str | None
) -> list[Alert]:
    """Every alert of the workload, renderable or not (`Alert.renderable` decides)."""
    settings = values.monitoring.alerts
    ns = values.namespace
    who = f"{ns}/{values.service_name} ({values.model.id})"
    return [
        *_latency_alerts(values, who),
        *_capacity_alerts(values, who),
        *kubernetes_alerts(
            KubernetesTarget(ns, deployment, container, download_job),
            who,
            settings.thresholds,
            settings.alert_labels,
            prefix="LLM",
            server="LLMServer",
            restart_hint=", CUDA out of memory, or the engine died (vLLM answers /health with 503)",
        ),
    ]


def _latency_alerts(values: MlInferenceLoadValues, who: str) -> list[Alert]:
    """p95 time to first token and inter-token latency (engines that export the histograms: vLLM)."""
    metrics = values.serving_engine.metrics
    sel = engine_selector(values, metrics)
    t = values.monitoring.alerts.thresholds
    alert = partial(Alert, catalog=metrics, labels=values.monitoring.alerts.alert_labels)
    return [
        alert(
            "LLMTimeToFirstTokenHigh",
            _above(p95(metrics, "vllm:time_to_first_token_seconds", sel), t.time_to_first_token_p95_seconds),
            needs=("vllm:time_to_first_token_seconds",),
            for_="10m",
            severity="warning",
            summary=f"{who}: p95 time to first token above {t.time_to_first_token_p95_seconds}s",
            runbook="Requests wait for prefill: check the queue and KV-cache alerts; add replicas or GPUs, "
            "or lower maxModelLength.",
        ),
        alert(
            "LLMInterTokenLatencyHigh",
            _above(p95(metrics, "vllm:inter_token_latency_seconds", sel), t.inter_token_latency_p95_seconds),
            needs=("vllm:inter_token_latency_seconds",),
            for_="10m",
            severity="warning",
            summary=f"{who}: p95 inter-token latency above {t.inter_token_latency_p95_seconds}s",
            runbook="Batches are too large for the GPUs: add replicas, or cap concurrency (--max-num-seqs).",
        ),
    ]


def _capacity_alerts(values: MlInferenceLoadValues, who: str) -> list[Alert]:
    """Requests waiting per replica, a nearly full KV cache and the ratio of failed requests."""
    metrics = values.serving_engine.metrics
    sel = engine_selector(values, metrics)
    t = values.monitoring.alerts.thresholds
    queue = signal_metric(metrics, ScalingSignal.QUEUE)
    errors, error_needs = error_ratio(metrics, sel)
    kv_cache = metrics.has("vllm:kv_cache_usage_perc")
    alert = partial(Alert, catalog=metrics, labels=values.monitoring.alerts.alert_labels)
    return [
        alert(
            "LLMQueuePerReplicaHigh",
            f"avg({queue}{{{sel}}}) > {t.queue_per_replica}" if queue else "",
            needs=(queue or "a queue gauge",),
            for_="10m",
            severity="warning",
            summary=f"{who}: more than {t.queue_per_replica:g} requests waiting per replica",
            runbook="Demand exceeds capacity: add replicas (or enable autoscaling); check for a stuck replica.",
        ),
        alert(
            "LLMKvCacheNearlyFull",
            f"max(vllm:kv_cache_usage_perc{{{sel}}}) > {t.kv_cache_usage}" if kv_cache else "",
            needs=("vllm:kv_cache_usage_perc",),
            for_="15m",
            severity="warning",
            summary=f"{who}: KV cache over {t.kv_cache_usage:.0%} used",
            runbook="Requests get preempted and recomputed: add replicas, raise gpuMemoryUtilization or lower "
            "maxModelLength.",
        ),
        alert(
            "LLMErrorRatioHigh",
            _above(errors, t.error_ratio),
            needs=error_needs,
            for_="10m",
            severity="critical",
            summary=f"{who}: more than {t.error_ratio:.0%} of requests fail",
            runbook=f"Read the server logs (kubectl logs deploy/{values.service_name}); a GPU error or an OOM "
            "restarts the pod.",
        ),
    ]
