"""`monitoring:` of a workload file: a PodMonitor for the Prometheus Operator and a PrometheusRule with the
alerts that matter for serving a model (see docs/operating.md)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, ClassVar, Self

from pydantic import Field, StringConstraints, model_validator

from ai_workloads._values.base import WorkloadValues
from ai_workloads._values.common import FieldError, StrictModel
from ai_workloads._values.network_policy import LabelKey, LabelValue

# A Prometheus duration as the CRDs accept it.
Duration = Annotated[
    str,
    StringConstraints(
        pattern=r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
    ),
]


class PodMonitorSettings(StrictModel):
    """A PodMonitor (monitoring.coreos.com/v1) scraping the server's own metrics endpoint."""

    enabled: bool | None = Field(
        None,
        description="Render the PodMonitor. Default: on exactly when `basicMonitoring.enabled` is (the "
        "prometheus.io annotations stay for clusters without the Prometheus Operator). A cluster without "
        "the operator's CRDs cannot apply it: set `false` there.",
    )
    labels: dict[LabelKey, LabelValue] = Field(
        default_factory=dict,
        description="Extra labels on the PodMonitor, for the `podMonitorSelector` of the Prometheus that "
        "should scrape it (e.g. `release: kube-prometheus-stack`). Default: none.",
    )
    interval: Duration | None = Field(None, description="Scrape interval. Default: Prometheus' global interval.")


class KubernetesThresholds(StrictModel):
    """When the alerts read from kube-state-metrics fire (every model server has them)."""

    restarts_per_hour: int = Field(3, ge=1, description="Server container restarts within an hour.")
    no_ready_replica_for: Duration = Field(
        "15m",
        description="How long the Deployment may have no available replica before it pages. A first "
        "start downloads the weights (up to the 60-minute startup budget): raise it when that is expected.",
    )


class AlertThresholds(KubernetesThresholds):
    """When each alert fires. An alert whose metric the engine does not export is not rendered."""

    time_to_first_token_p95_seconds: float = Field(
        2.0, gt=0, description="p95 time to first token over 5 minutes, in seconds (vLLM only; TGI has no such metric)."
    )
    inter_token_latency_p95_seconds: float = Field(
        0.1, gt=0, description="p95 time between two generated tokens over 5 minutes, in seconds (vLLM only)."
    )
    queue_per_replica: float = Field(
        10,
        gt=0,
        description="Requests waiting, averaged over the replicas (vLLM `num_requests_waiting`, TGI `tgi_queue_size`).",
    )
    kv_cache_usage: float = Field(
        0.9, gt=0, le=1, description="Fraction of the KV cache in use on the fullest replica (vLLM only)."
    )
    error_ratio: float = Field(
        0.05,
        gt=0,
        le=1,
        description="Failed requests / all requests over 5 minutes (TGI: validation errors, "
        "the client's fault, not counted).",
    )


class MlServerThresholds(KubernetesThresholds):
    """When each MLServer alert fires (per app)."""

    error_ratio: float = Field(
        0.05, gt=0, le=1, description="Failed inference requests / all inference requests over 5 minutes."
    )
    mean_latency_seconds: float = Field(
        0.5,
        gt=0,
        description="Mean inference time over 5 minutes, in seconds (MLServer's request duration is a "
        "summary without quantiles, so no percentile exists).",
    )


class AlertSettingsBase(StrictModel):
    """A PrometheusRule with the workload's alerts."""

    enabled: bool = Field(False, description="Render the PrometheusRule (default off).")
    labels: dict[LabelKey, LabelValue] = Field(
        default_factory=dict,
        description="Extra labels on the PrometheusRule, for the `ruleSelector` of the Prometheus that should "
        "load it. Default: none.",
    )
    alert_labels: dict[LabelKey, LabelValue] = Field(
        default_factory=dict, description="Extra labels on every alert (e.g. `team: ml-platform`, for routing)."
    )


class AlertSettings(AlertSettingsBase):
    thresholds: AlertThresholds = Field(default_factory=AlertThresholds)


class MlServerAlertSettings(AlertSettingsBase):
    thresholds: MlServerThresholds = Field(default_factory=MlServerThresholds)


# A folder name for Grafana (the sidecar creates a directory of that name): letters, digits, spaces, `-`, `_`, `.`.
FolderName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$")]


class DashboardSettings(StrictModel):
    """A Grafana dashboard (built with grafana-foundation-sdk) in a ConfigMap that Grafana's dashboard
    sidecar (kiwigrid/k8s-sidecar, as deployed by the grafana and kube-prometheus-stack charts) loads."""

    enabled: bool = Field(
        False,
        description="Render the dashboard ConfigMap (default off: the sidecar only loads ConfigMaps from the "
        "namespaces it watches, and a dashboard nobody loads is dead weight; see docs/operating.md).",
    )
    label_key: LabelKey = Field(
        "grafana_dashboard",
        description="Label the sidecar selects dashboard ConfigMaps by (its LABEL; charts' default `grafana_dashboard`).",
    )
    label_value: LabelValue = Field(
        "1", description="Value of that label (its LABEL_VALUE; kube-prometheus-stack's default `1`)."
    )
    folder: FolderName | None = Field(
        None,
        description="Directory (relative to the sidecar's FOLDER) for the dashboard, an annotation; Grafana shows "
        "it as a folder with `foldersFromFilesStructure`. Default: none (the sidecar's own folder).",
    )
    folder_annotation: LabelKey = Field(
        "k8s-sidecar-target-directory",
        description="Annotation the sidecar reads the folder from (its FOLDER_ANNOTATION; k8s-sidecar's default).",
    )


class MonitoringPack(StrictModel):
    """Prometheus Operator objects for the workload."""

    pod_monitor: PodMonitorSettings = Field(default_factory=PodMonitorSettings)
    alerts: AlertSettings = Field(default_factory=AlertSettings)
    dashboard: DashboardSettings = Field(default_factory=DashboardSettings)


class MlServerPodMonitorSettings(PodMonitorSettings):
    enabled: bool | None = Field(
        None,
        description="Render a PodMonitor per app on MLServer's metrics port (8082, /metrics). Default: on "
        "(MLServer pods always carry the prometheus.io annotations). A cluster without the Prometheus Operator's "
        "CRDs cannot apply it: set `false` there.",
    )


class MlServerMonitoringPack(StrictModel):
    """Prometheus Operator objects for every app of the release."""

    pod_monitor: MlServerPodMonitorSettings = Field(default_factory=MlServerPodMonitorSettings)
    alerts: MlServerAlertSettings = Field(default_factory=MlServerAlertSettings)
    dashboard: DashboardSettings = Field(default_factory=DashboardSettings)


class ScrapeAnnotations(str, Enum):
    """Which endpoint the pod's `prometheus.io/*` annotations name."""

    ENGINE = "engine"
    ISTIO_SIDECAR = "istioSidecar"


class MonitoredWorkload(WorkloadValues):
    """A workload whose `monitoring:` pack renders alerts and a dashboard for its servers. They select the
    servers' series by the PodMonitor's job, so they need that PodMonitor, and it must scrape the server
    (the literal Istio annotations leave the server's metrics unmerged): checked here for every kind."""

    # The field path of the kind's prometheus.io annotation style, for messages.
    SCRAPE_ANNOTATIONS_FIELD: ClassVar[str]

    if TYPE_CHECKING:  # declared by each kind (fields and properties pydantic must not see here)
        monitoring: MonitoringPack | MlServerMonitoringPack

        @property
        def pod_monitor_enabled(self) -> bool: ...

        @property
        def scrape_annotations(self) -> ScrapeAnnotations: ...

    @model_validator(mode="after")
    def _alerts_see_the_server(self) -> Self:
        for part, enabled in (
            ("alerts", self.monitoring.alerts.enabled),
            ("dashboard", self.monitoring.dashboard.enabled),
        ):
            if enabled:
                _check_part_sees_the_server(self, ("monitoring", part, "enabled"), part)
        return self


def _check_part_sees_the_server(values: MonitoredWorkload, path: tuple[str, ...], part: str) -> None:
    if not values.pod_monitor_enabled:
        raise FieldError(
            path,
            "the alerts need monitoring.podMonitor (they select the server's series by its job): enable it"
            if part == "alerts"
            else "the dashboard needs monitoring.podMonitor (it selects the server's series by its job): enable it",
        )
    if values.scrape_annotations is ScrapeAnnotations.ISTIO_SIDECAR:
        raise FieldError(
            path,
            f"{values.SCRAPE_ANNOTATIONS_FIELD}: istioSidecar scrapes the proxy only (Istio does not merge the "
            "server's metrics): use `engine`",
        )
