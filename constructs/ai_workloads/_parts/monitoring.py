"""Prometheus Operator objects of a workload: a PodMonitor on the server's metrics endpoint and a
PrometheusRule holding its alerts (typed imports of monitoring.coreos.com/v1, prometheus-operator v0.93.0).

Both are custom resources in the exposure wave (after the workload) with Argo CD's
SkipDryRunOnMissingResource. The alerts select the server's series by the PodMonitor's `job` label,
which the operator sets to `<namespace>/<PodMonitor name>` (pkg/prometheus/promcfg.go
generatePodMonitorConfig), so they never mix two workloads' series.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import cdk8s
from constructs import Construct

from ai_workloads._parts import crds
from ai_workloads._parts.metrics_facts import MetricsCatalog
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave


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
        scrape: Optional[tuple[Optional[str], Optional[int], str]],
        interval: Optional[str] = None,
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
                        pod.PodMonitorSpecPodMetricsEndpoints(port=port, port_number=port_number, path=path, interval=interval)
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
                spec=rule.PrometheusRuleSpec(groups=[rule.PrometheusRuleSpecGroups(
                    name=f"{meta.namespace}.{meta.name}",
                    rules=[_rule(alert) for alert in rendered],
                )]),
            )


def _metadata(meta: WorkloadMetadata, annotations: Mapping[str, str], labels: Mapping[str, str]) -> cdk8s.ApiObjectMetadata:
    """The part's metadata with the extra labels a Prometheus selects the object by."""
    return cdk8s.ApiObjectMetadata(
        name=meta.name, namespace=meta.namespace, labels={**meta.labels, **labels}, annotations=dict(annotations)
    )


def _rule(alert: Alert) -> "crds.prometheus_rule.PrometheusRuleSpecGroupsRules":
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
