"""Prometheus Operator objects of a workload: a PodMonitor on the server's metrics endpoint and a
PrometheusRule holding its alerts (typed imports of monitoring.coreos.com/v1, prometheus-operator v0.93.0).

Both are custom resources in the exposure wave (after the workload) with Argo CD's
SkipDryRunOnMissingResource. The alerts select the server's series by the PodMonitor's `job` label,
which the operator sets to `<namespace>/<PodMonitor name>` (pkg/prometheus/promcfg.go
generatePodMonitorConfig), so they never mix two workloads' series.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

import cdk8s

from ai_workloads._parts import crds
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.metrics import ScrapeEndpoint
from ai_workloads._parts.metrics_facts import KUBE_STATE_METRICS, MetricsCatalog
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads._values.monitoring import KubernetesThresholds, MlServerMonitoringPack, MonitoringPack


@dataclass(frozen=True)
class Alert:
    """One alerting rule. `needs`: the metrics (of `catalog`) the expression reads; the alert is rendered
    only when the pinned exporter exports all of them."""

    name: str
    expr: str
    for_: str
    severity: str
    summary: str
    runbook: str
    catalog: MetricsCatalog
    needs: tuple[str, ...]
    description: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def renderable(self) -> bool:
        return self.catalog.has(*self.needs)


@dataclass(frozen=True)
class KubernetesTarget:
    """What kube-state-metrics alerts select: the Deployment, its server container, and the Job that
    fills its model cache (None without one)."""

    namespace: str
    deployment: str
    container: str
    download_job: str | None = None

    @property
    def selectors(self) -> tuple[str, str]:
        """kube-state-metrics label matchers of (the Deployment, its pods' server container)."""
        ns, deployment = self.namespace, self.deployment
        return (
            f'namespace="{ns}",deployment="{deployment}"',
            f'namespace="{ns}",pod=~"{deployment}-[a-z0-9]+-[a-z0-9]+",container="{self.container}"',
        )


def kubernetes_alerts(
    target: KubernetesTarget,
    who: str,
    thresholds: KubernetesThresholds,
    labels: Mapping[str, str],
    *,
    prefix: str,
    server: str,
    restart_hint: str = "",
) -> list[Alert]:
    """The alerts any model server gets from kube-state-metrics: no available replica (`<prefix>NoReadyReplica`),
    restarts and crash loop (`<server>Restarting`, `<server>CrashLooping`) and, with a model cache, a failed
    download Job (`<prefix>ModelDownloadFailed`). `who` names workload and model in summaries."""
    ns, deployment = target.namespace, target.deployment
    workload, pods = target.selectors
    alert = partial(Alert, catalog=KUBE_STATE_METRICS, labels=labels)
    alerts = [
        alert(
            f"{prefix}NoReadyReplica",
            f"kube_deployment_status_replicas_available{{{workload}}} < 1 and kube_deployment_spec_replicas{{{workload}}} > 0",
            for_=thresholds.no_ready_replica_for,
            severity="critical",
            summary=f"{who}: no replica is serving",
            runbook=f"kubectl -n {ns} describe pods -l app.kubernetes.io/name={deployment}: Pending (no node with "
            "the resources), a startup probe still failing (download), or a crash loop.",
            needs=("kube_deployment_status_replicas_available", "kube_deployment_spec_replicas"),
        ),
        alert(
            f"{server}Restarting",
            f"increase(kube_pod_container_status_restarts_total{{{pods}}}[1h]) > {thresholds.restarts_per_hour}",
            for_="0m",
            severity="warning",
            summary=f"{who}: server restarted more than {thresholds.restarts_per_hour} times in an hour",
            runbook=f"kubectl -n {ns} logs --previous: out of memory (OOMKilled){restart_hint}.",
            needs=("kube_pod_container_status_restarts_total",),
        ),
        alert(
            f"{server}CrashLooping",
            f'max(kube_pod_container_status_waiting_reason{{{pods},reason="CrashLoopBackOff"}}) > 0',
            for_="15m",
            severity="critical",
            summary=f"{who}: server in CrashLoopBackOff",
            runbook=f"kubectl -n {ns} logs --previous: a setting the server refuses, or a model it cannot load.",
            needs=("kube_pod_container_status_waiting_reason",),
        ),
    ]
    if target.download_job:
        alerts.append(_download_failed(ns, target.download_job, who, labels, prefix=prefix))
    return alerts


def _download_failed(namespace: str, job: str, who: str, labels: Mapping[str, str], *, prefix: str) -> Alert:
    """`<prefix>ModelDownloadFailed`: the model cache's download Job failed (kube-state-metrics)."""
    return Alert(
        f"{prefix}ModelDownloadFailed",
        f'kube_job_failed{{namespace="{namespace}",job_name="{job}",condition="true"}} > 0',
        for_="1m",
        severity="critical",
        summary=f"{who}: the model download Job {job} failed",
        runbook=f"kubectl -n {namespace} logs job/{job}: token, revision or disk; delete the Job to retry (Argo CD "
        "re-creates it). The server keeps the previous revision meanwhile.",
        catalog=KUBE_STATE_METRICS,
        needs=("kube_job_failed",),
        labels=labels,
    )


def pod_monitor_job(namespace: str, name: str) -> str:
    """The `job` label the operator gives every series scraped through PodMonitor `name`."""
    return f"{namespace}/{name}"


class WorkloadMonitoring(Construct):
    """PodMonitor `<meta.name>` (when `scrape` is set) and PrometheusRule `<meta.name>` (when `alerts`
    holds a renderable alert).

    :param scrape: `(port name or None, port number or None, path)` of the metrics endpoint.
    :param pod_monitor_labels: extra labels of the PodMonitor (the Prometheus' podMonitorSelector).
    :param rule_labels: extra labels of the PrometheusRule (the Prometheus' ruleSelector).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        scrape: ScrapeEndpoint | None,
        interval: str | None = None,
        pod_monitor_labels: Mapping[str, str] = {},
        alerts: Sequence[Alert] = (),
        rule_labels: Mapping[str, str] = {},
    ) -> None:
        super().__init__(scope, id)
        annotations = sync_wave(SyncWave.EXPOSURE, custom_resource=True)
        if scrape is not None:
            port, port_number, path = scrape
            pod = crds.prometheus_podmonitor
            pod.PodMonitor(
                self,
                "PodMonitor",
                metadata=_metadata(meta, annotations, pod_monitor_labels),
                spec=pod.PodMonitorSpec(
                    selector=pod.PodMonitorSpecSelector(match_labels=meta.selector),
                    pod_metrics_endpoints=[
                        pod.PodMonitorSpecPodMetricsEndpoints(
                            port=port, port_number=port_number, path=path, interval=interval
                        )
                    ],
                ),
            )
        rendered = [alert for alert in alerts if alert.renderable]
        if rendered:
            rule = crds.prometheus_rule
            rule.PrometheusRule(
                self,
                "PrometheusRule",
                metadata=_metadata(meta, annotations, rule_labels),
                spec=rule.PrometheusRuleSpec(
                    groups=[
                        rule.PrometheusRuleSpecGroups(
                            name=f"{meta.namespace}.{meta.name}",
                            rules=[_rule(alert) for alert in rendered],
                        )
                    ]
                ),
            )

    @classmethod
    def of_pack(
        cls,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        pack: MonitoringPack | MlServerMonitoringPack,
        scrape: ScrapeEndpoint | None,
        alerts: Callable[[], Sequence[Alert]],
    ) -> WorkloadMonitoring:
        """As a kind's `monitoring` values say: the PodMonitor's interval and labels, the rule's labels, and
        the alerts (built only when `alerts.enabled`)."""
        return cls(
            scope,
            id,
            meta=meta,
            scrape=scrape,
            interval=pack.pod_monitor.interval,
            pod_monitor_labels=pack.pod_monitor.labels,
            alerts=alerts() if pack.alerts.enabled else (),
            rule_labels=pack.alerts.labels,
        )


def _metadata(
    meta: WorkloadMetadata, annotations: Mapping[str, str], labels: Mapping[str, str]
) -> cdk8s.ApiObjectMetadata:
    """The part's metadata with the extra labels a Prometheus selects the object by."""
    return cdk8s.ApiObjectMetadata(
        name=meta.name, namespace=meta.namespace, labels={**meta.labels, **labels}, annotations=dict(annotations)
    )


def _rule(alert: Alert) -> crds.prometheus_rule.PrometheusRuleSpecGroupsRules:
    rule = crds.prometheus_rule
    annotations = {"summary": alert.summary, "runbook": alert.runbook}
    if alert.description:
        annotations["description"] = alert.description
    return rule.PrometheusRuleSpecGroupsRules(
        alert=alert.name,
        expr=rule.PrometheusRuleSpecGroupsRulesExpr.from_string(alert.expr),
        for_=alert.for_,
        labels={"severity": alert.severity, **alert.labels},
        annotations=annotations,
    )
