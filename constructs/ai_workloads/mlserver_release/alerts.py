"""The alerts of one MLServer app (`monitoring.alerts` of the release), from MLServer 1.7.1's metric facts
(metrics_facts.py) and kube-state-metrics'.

MLServer labels its inference metrics with the model's name (`model`) and version; the series of one app
are selected by `namespace`, the PodMonitor's `job` (`<namespace>/<app Deployment>`) and `model`. Its
request duration is a summary without quantiles, so latency is the mean over 5 minutes, not a percentile.
"""

from __future__ import annotations

from ai_workloads._parts.autoscaling import QueueScaling
from ai_workloads._parts.dashboard import PanelQuery, kubernetes_panels
from ai_workloads._parts.monitoring import Alert, KubernetesTarget, kubernetes_alerts, pod_monitor_job
from ai_workloads.mlserver_release.metrics_facts import MLSERVER_METRICS
from ai_workloads.mlserver_release.values import MlServerAppValues, MlServerReleaseValues

RATE_WINDOW = "5m"
SCALING_WINDOW = "2m"


def _selector(release: MlServerReleaseValues, app: MlServerAppValues, deployment: str) -> str:
    ns = release.namespace
    return f'namespace="{ns}",job="{pod_monitor_job(ns, deployment)}",model="{app.model_name}"'


def request_rate_scaling(
    release: MlServerReleaseValues, app: MlServerAppValues, *, deployment: str, startup_budget: int
) -> QueueScaling:
    """KEDA on successful inference requests per second, summed over the app's replicas (KEDA's AverageValue
    divides by the replicas). Failed requests are left out: a sum with a failure counter that has no series
    yet (prometheus_client creates a labelled series on first use) would be empty."""
    settings = app.keda
    assert settings is not None, "request_rate_scaling needs the app's keda settings"
    sel = _selector(release, app, deployment)
    succeeded = MLSERVER_METRICS.exposed("model_infer_request_success")
    return QueueScaling(
        min_replicas=settings.min_replicas,
        max_replicas=settings.max_replicas,
        server_address=settings.prometheus.server_address,
        query=f"sum(rate({succeeded}{{{sel}}}[{SCALING_WINDOW}]))",
        target=settings.target_requests_per_second,
        scale_up_period=startup_budget,
        scale_up_stabilization=0,
        scale_down_delay=settings.scale_down_delay,
    )


def app_expressions(release: MlServerReleaseValues, app: MlServerAppValues, deployment: str) -> dict[str, str]:
    """The app's PromQL over the rate window: `failed` and `succeeded` requests per second, `mean` inference
    time (summary `_sum` / `_count`) and `error_ratio`."""
    metrics = MLSERVER_METRICS
    sel = _selector(release, app, deployment)
    failed = f"sum(rate({metrics.exposed('model_infer_request_failure')}{{{sel}}}[{RATE_WINDOW}]))"
    succeeded = f"sum(rate({metrics.exposed('model_infer_request_success')}{{{sel}}}[{RATE_WINDOW}]))"
    duration = "model_infer_request_duration"
    mean = (
        f"sum(rate({metrics.exposed(duration, 'sum')}{{{sel}}}[{RATE_WINDOW}])) / "
        f"sum(rate({metrics.exposed(duration, 'count')}{{{sel}}}[{RATE_WINDOW}]))"
    )
    return {
        "failed": failed,
        "succeeded": succeeded,
        "mean": mean,
        "error_ratio": f"{failed} / ({failed} + {succeeded})",
    }


def app_alerts(
    release: MlServerReleaseValues, app: MlServerAppValues, *, deployment: str, container: str
) -> list[Alert]:
    """Every alert of one app (all renderable: MLServer exports each metric they read)."""
    metrics = MLSERVER_METRICS
    settings = release.monitoring.alerts
    t = settings.thresholds
    ns = release.namespace
    who = f"{ns}/{deployment} ({app.model_name})"
    expressions = app_expressions(release, app, deployment)
    duration = "model_infer_request_duration"
    return [
        Alert(
            "MLServerErrorRatioHigh",
            f"{expressions['error_ratio']} > {t.error_ratio}",
            for_="10m",
            severity="critical",
            summary=f"{who}: more than {t.error_ratio:.0%} of inference requests fail",
            runbook=f"kubectl -n {ns} logs deploy/{deployment}: the model's errors (bad input shape, a missing "
            "artifact, out of memory).",
            catalog=metrics,
            needs=("model_infer_request_failure", "model_infer_request_success"),
            labels=settings.alert_labels,
        ),
        Alert(
            "MLServerInferenceLatencyHigh",
            f"{expressions['mean']} > {t.mean_latency_seconds}",
            for_="10m",
            severity="warning",
            summary=f"{who}: mean inference time above {t.mean_latency_seconds}s",
            runbook="Add replicas (hpa.maxReplicas) or CPU (infraProfile); check parallel_workers.",
            catalog=metrics,
            needs=(duration,),
            labels=settings.alert_labels,
        ),
        *kubernetes_alerts(
            KubernetesTarget(ns, deployment, container),
            who,
            t,
            settings.alert_labels,
            prefix="MLServer",
            server="MLServer",
        ),
    ]


def app_panels(
    release: MlServerReleaseValues, app: MlServerAppValues, *, deployment: str, container: str
) -> list[PanelQuery]:
    """The app's dashboard panels: the signals of its alerts (and KEDA's request rate)."""
    metrics = MLSERVER_METRICS
    expressions = app_expressions(release, app, deployment)
    counters = ("model_infer_request_success", "model_infer_request_failure")
    return [
        PanelQuery(
            "Inference requests per second",
            expressions["succeeded"],
            "reqps",
            metrics,
            counters[:1],
            legend="succeeded",
        ),
        PanelQuery("Error ratio", expressions["error_ratio"], "percentunit", metrics, counters, legend="failed / all"),
        PanelQuery(
            "Mean inference time",
            expressions["mean"],
            "s",
            metrics,
            ("model_infer_request_duration",),
            legend="mean",
        ),
        *kubernetes_panels(KubernetesTarget(release.namespace, deployment, container)),
    ]
