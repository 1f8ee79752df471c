"""What a Prometheus scrape of a pinned exporter really yields: metric facts, each with its source.

Every PromQL expression the project renders (alerts, autoscaler queries) may only name series and
labels listed here for the exporter it queries; `ai_workloads._parts.promql` checks that with a real
PromQL parser. A fact is read from the pinned release's own source (the `source` says repository or
package, file and version) and a test reads each one back from that source.

How a declared metric becomes series depends on the exporter's client library (`Exposition`):
- Python `prometheus_client` (vLLM, MLServer): a Counter `x` is exposed as `x_total` (and `x_created`,
  which multiprocess mode leaves out), a Histogram as `x_bucket{le=...}`, `x_sum`, `x_count`, a Summary as `x_sum`, `x_count`, a Gauge as `x`
  (prometheus_client `metrics.py`, `Counter._metric_init` / `Histogram._metric_init`).
- Rust `metrics-exporter-prometheus` 0.15.3 (TGI 3.3.4): a counter keeps its name (no `_total`), a
  distribution with buckets set is a histogram (`x_bucket{le}`, `x_sum`, `x_count`), without buckets a
  summary (`x{quantile}`, `x_sum`, `x_count`) (metrics-rs/metrics, tag metrics-exporter-prometheus-v0.15.3,
  `metrics-exporter-prometheus/src/recorder.rs` `Inner::render`).
- kube-state-metrics: names as declared (its counters already end in `_total`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


class MetricType(str, Enum):
    COUNTER = "counter"
    GAUGE = "gauge"
    HISTOGRAM = "histogram"
    SUMMARY = "summary"


@dataclass(frozen=True)
class Exposition:
    """How a client library writes a metric of each type (see the module docstring)."""

    library: str
    counter_suffix: str
    source: str
    # A summary carries `x{quantile=...}` series beside `x_sum` and `x_count` (prometheus_client's
    # Summary has no quantiles).
    summary_quantiles: bool = True


PYTHON_PROMETHEUS_CLIENT = Exposition(
    "prometheus_client (Python)",
    "_total",
    "prometheus/client_python prometheus_client/metrics.py (Counter: `_total`; Histogram: `_bucket`, `_sum`, `_count`; "
    "Summary: `_sum`, `_count`, no quantiles)",
    summary_quantiles=False,
)
RUST_METRICS_EXPORTER = Exposition(
    "metrics-exporter-prometheus 0.15.3 (Rust)",
    "",
    "metrics-rs/metrics@metrics-exporter-prometheus-v0.15.3 metrics-exporter-prometheus/src/recorder.rs "
    "Inner::render (counter name unchanged; `_bucket`/`_sum`/`_count`; summaries `quantile`)",
)
GO_AS_DECLARED = Exposition(
    "kube-state-metrics (Go)", "", "kube-state-metrics writes each family under its declared name"
)


@dataclass(frozen=True)
class MetricFact:
    """One metric an exporter declares: name as declared, type, label names, the values a label can
    take where the source enumerates them, and where it was read."""

    name: str
    type: MetricType
    labels: tuple[str, ...]
    source: str
    label_values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# Labels Prometheus attaches to every series of a PodMonitor target (prometheus-operator v0.93.0,
# pkg/prometheus/promcfg.go generatePodMonitorConfig: `namespace`, `container`, `pod`, `job`, `endpoint`
# relabelings; `instance` is Prometheus' own target label).
POD_MONITOR_TARGET_LABELS = ("namespace", "pod", "container", "job", "endpoint", "instance")
POD_MONITOR_TARGET_LABELS_SOURCE = (
    "prometheus-operator/prometheus-operator@v0.93.0 pkg/prometheus/promcfg.go generatePodMonitorConfig"
)


@dataclass(frozen=True)
class MetricsCatalog:
    """The metrics one pinned exporter exports, and the target labels its scrape adds."""

    exporter: str
    exposition: Exposition
    facts: tuple[MetricFact, ...]
    target_labels: tuple[str, ...] = POD_MONITOR_TARGET_LABELS

    def fact(self, name: str) -> MetricFact:
        """The fact of metric `name`; a KeyError when this exporter does not export it."""
        for fact in self.facts:
            if fact.name == name:
                return fact
        raise KeyError(f"{self.exporter} exports no metric {name!r}")

    def series(self) -> dict[str, tuple[MetricFact, frozenset[str]]]:
        """Every series name a scrape yields -> (its fact, the label names it may carry)."""
        out: dict[str, tuple[MetricFact, frozenset[str]]] = {}
        for fact in self.facts:
            labels = frozenset(fact.labels) | frozenset(self.target_labels)
            if fact.type is MetricType.COUNTER:
                out[fact.name + self.exposition.counter_suffix] = (fact, labels)
            elif fact.type is MetricType.GAUGE:
                out[fact.name] = (fact, labels)
            else:
                out[f"{fact.name}_sum"] = (fact, labels)
                out[f"{fact.name}_count"] = (fact, labels)
                if fact.type is MetricType.HISTOGRAM:
                    out[f"{fact.name}_bucket"] = (fact, labels | {"le"})
                elif self.exposition.summary_quantiles:
                    out[fact.name] = (fact, labels | {"quantile"})
        return out

    def exposed(self, name: str, part: str = "") -> str:
        """The series name of metric `name` (`part`: "bucket", "sum" or "count" of a histogram); a
        KeyError for a metric this exporter does not export."""
        fact = self.fact(name)
        if part:
            series = f"{fact.name}_{part}"
        elif fact.type is MetricType.COUNTER:
            series = fact.name + self.exposition.counter_suffix
        else:
            series = fact.name
        if series not in self.series():
            raise KeyError(f"{self.exporter} exports no series {series!r}")
        return series

    def has(self, *names: str) -> bool:
        return all(any(f.name == name for f in self.facts) for name in names)


KSM = "kubernetes/kube-state-metrics@v2.20.0"

# kube-state-metrics v2.20.0 (internal/store/*.go): the families the alerts use. Its default labels per
# object come first (`descDeploymentLabelsDefaultLabels`, `descPodLabelsDefaultLabels`,
# `descJobLabelsDefaultLabels`). Scraped with `honor_labels`, so `namespace` is the object's namespace.
KUBE_STATE_METRICS = MetricsCatalog(
    exporter="kube-state-metrics v2.20.0",
    exposition=GO_AS_DECLARED,
    target_labels=("job", "instance"),
    facts=(
        MetricFact(
            "kube_deployment_status_replicas_available",
            MetricType.GAUGE,
            ("namespace", "deployment"),
            f"{KSM} internal/store/deployment.go",
        ),
        MetricFact(
            "kube_deployment_spec_replicas",
            MetricType.GAUGE,
            ("namespace", "deployment"),
            f"{KSM} internal/store/deployment.go",
        ),
        MetricFact(
            "kube_pod_container_status_restarts_total",
            MetricType.COUNTER,
            ("namespace", "pod", "uid", "container"),
            f"{KSM} internal/store/pod.go",
        ),
        MetricFact(
            "kube_pod_container_status_waiting_reason",
            MetricType.GAUGE,
            ("namespace", "pod", "uid", "container", "reason"),
            f"{KSM} internal/store/pod.go",
        ),
        MetricFact(
            "kube_job_failed",
            MetricType.GAUGE,
            ("namespace", "job_name", "condition"),
            f"{KSM} internal/store/job.go (condition: addConditionMetrics)",
            label_values={"condition": ("true", "false", "unknown")},
        ),
    ),
)

ISTIO_STATS = "istio/proxy@1.30.3 source/extensions/filters/http/istio_stats/istio_stats.cc"

# The Istio proxy's request counter, as the gateway's Envoy reports it (istio/proxy istio_stats.cc: the
# `istiocustom` stat namespace, which Envoy's Prometheus output drops, so the series is `istio_requests_total`;
# `Context::all_tags_` lists the labels; IstioStatsFilter sets `reporter` to source, destination or waypoint;
# `populatePeerInfo` takes destination_service(_name, _namespace) from the upstream CLUSTER's `istio.services`
# metadata, so a request answered 503 because the Service has no ready endpoint still names the Service).
# Scraped from the gateway's pods by whatever monitor the platform runs for them (their target labels).
ISTIO_PROXY_METRICS = MetricsCatalog(
    exporter="Istio proxy (istio_stats filter)",
    exposition=Exposition(
        "Envoy stats (Istio proxy)",
        "",
        f"{ISTIO_STATS} (CustomStatNamespace `istiocustom`: names as declared, counters end in `_total`)",
    ),
    facts=(
        MetricFact(
            "istio_requests_total",
            MetricType.COUNTER,
            (
                "reporter",
                "source_workload",
                "source_workload_namespace",
                "source_principal",
                "source_app",
                "source_version",
                "source_canonical_service",
                "source_canonical_revision",
                "source_cluster",
                "destination_workload",
                "destination_workload_namespace",
                "destination_principal",
                "destination_app",
                "destination_version",
                "destination_service",
                "destination_service_name",
                "destination_service_namespace",
                "destination_canonical_service",
                "destination_canonical_revision",
                "destination_cluster",
                "request_protocol",
                "response_flags",
                "connection_security_policy",
                "response_code",
                "grpc_response_status",
            ),
            f"{ISTIO_STATS} Context::all_tags_, IstioStatsFilter::log (one count per request)",
            label_values={"reporter": ("source", "destination", "waypoint")},
        ),
    ),
)
