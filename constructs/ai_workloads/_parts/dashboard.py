"""A Grafana dashboard of a workload, as a ConfigMap that Grafana's dashboard sidecar loads.

The dashboard JSON is built with grafana-foundation-sdk (PyPI, pinned in Pipfile; Grafana 11.6 schema),
imported only when a workload asks for a dashboard (it is a synthesis dependency, but most workloads do
not load it). Facts about the sidecar (kiwigrid/k8s-sidecar, the dashboards sidecar of the grafana and
kube-prometheus-stack charts; README "Configuration Environment Variables"):
- it loads every ConfigMap carrying its `LABEL` (the charts: `grafana_dashboard`) with `LABEL_VALUE`
  (kube-prometheus-stack: `"1"`), one dashboard per data key ending in `.json`;
- the folder comes from the annotation named by `FOLDER_ANNOTATION` (default `k8s-sidecar-target-directory`).

Each panel's query is a PromQL expression checked like the alerts' (gates/promql_facts.py): a panel whose
metric the pinned exporter does not export is not rendered. Windows are fixed (`5m`), not Grafana's
`$__rate_interval`, so every target is plain PromQL that a parser and the facts test can read. The
Prometheus data source is the dashboard's `datasource` variable (any Prometheus data source of Grafana).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cdk8s_plus_27 import k8s

from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.metrics_facts import KUBE_STATE_METRICS, MetricsCatalog
from ai_workloads._parts.monitoring import KubernetesTarget
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads._values.monitoring import DashboardSettings

DATASOURCE_VARIABLE = "datasource"
PANEL_WIDTH, PANEL_HEIGHT = 12, 8  # two panels per row of Grafana's 24-column grid


@dataclass(frozen=True)
class PanelQuery:
    """One time-series panel: `expr` drawn with `unit` (a Grafana unit id). `needs`: the metrics (of
    `catalog`) it reads; the panel is rendered only when the pinned exporter exports all of them."""

    title: str
    expr: str
    unit: str
    catalog: MetricsCatalog
    needs: tuple[str, ...]
    legend: str = ""
    description: str = ""

    @property
    def renderable(self) -> bool:
        return bool(self.expr) and self.catalog.has(*self.needs)


def dashboard_uid(namespace: str, name: str) -> str:
    """A stable Grafana uid (at most 40 characters) for the workload's dashboard."""
    return "aiw-" + hashlib.sha256(f"{namespace}/{name}".encode()).hexdigest()[:20]


def dashboard_json(uid: str, title: str, tags: Sequence[str], panels: Sequence[PanelQuery]) -> str:
    """The dashboard as deterministic JSON (sorted keys), built with grafana-foundation-sdk."""
    from grafana_foundation_sdk.builders.dashboard import Dashboard, DatasourceVariable
    from grafana_foundation_sdk.builders.prometheus import Dataquery
    from grafana_foundation_sdk.builders.timeseries import Panel
    from grafana_foundation_sdk.cog.encoder import JSONEncoder
    from grafana_foundation_sdk.models.dashboard import DataSourceRef

    source = DataSourceRef(type_val="prometheus", uid="${" + DATASOURCE_VARIABLE + "}")
    builder = (
        Dashboard(title)
        .uid(uid)
        .tags(list(tags))
        .refresh("1m")
        .time("now-6h", "now")
        .with_variable(DatasourceVariable(DATASOURCE_VARIABLE).label("Prometheus").type("prometheus"))
    )
    for number, panel in enumerate(panels, start=1):
        target = Dataquery().expr(panel.expr).ref_id("A").datasource(source)
        if panel.legend:
            target = target.legend_format(panel.legend)
        view = Panel().id(number).title(panel.title).unit(panel.unit).datasource(source)
        if panel.description:
            view = view.description(panel.description)
        builder = builder.with_panel(view.height(PANEL_HEIGHT).span(PANEL_WIDTH).with_target(target))
    return JSONEncoder(sort_keys=True, indent=2).encode(builder.build()) + "\n"


class WorkloadDashboard(Construct):
    """ConfigMap `<meta.name>-dashboard` holding `<meta.name>.json` (the renderable `panels`), labelled
    and annotated for the sidecar (sync wave: exposure, like the PodMonitor it reads through)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        settings: DashboardSettings,
        title: str,
        tags: Sequence[str],
        panels: Sequence[PanelQuery],
    ) -> None:
        super().__init__(scope, id)
        annotations = dict(sync_wave(SyncWave.EXPOSURE))
        if settings.folder:
            annotations[settings.folder_annotation] = settings.folder
        rendered = [panel for panel in panels if panel.renderable]
        k8s.KubeConfigMap(
            self,
            "ConfigMap",
            metadata=k8s.ObjectMeta(
                name=f"{meta.name}-dashboard",
                namespace=meta.namespace,
                labels={**meta.labels, settings.label_key: settings.label_value},
                annotations=annotations,
            ),
            data={f"{meta.name}.json": dashboard_json(dashboard_uid(meta.namespace, meta.name), title, tags, rendered)},
        )


def kubernetes_panels(target: KubernetesTarget) -> list[PanelQuery]:
    """The panels any model server gets from kube-state-metrics: replicas available and restarts of the
    server container (the same series as the no-ready-replica and restart alerts)."""
    workload, pods = target.selectors
    return [
        PanelQuery(
            "Available replicas",
            f"kube_deployment_status_replicas_available{{{workload}}}",
            "short",
            KUBE_STATE_METRICS,
            ("kube_deployment_status_replicas_available",),
            legend="available",
        ),
        PanelQuery(
            "Server restarts (1h)",
            f"sum(increase(kube_pod_container_status_restarts_total{{{pods}}}[1h]))",
            "short",
            KUBE_STATE_METRICS,
            ("kube_pod_container_status_restarts_total",),
            legend="restarts",
        ),
    ]
