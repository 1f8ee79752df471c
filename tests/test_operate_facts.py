"""Facts of the Istio proxy's request counter (the scale-to-zero wake trigger) and of Grafana's dashboard
sidecar (monitoring.dashboard), read back from their sources: a git clone of istio/proxy in
$AI_WORKLOADS_ISTIO_PROXY_REPO and of kiwigrid/k8s-sidecar in $AI_WORKLOADS_K8S_SIDECAR_REPO (skipped,
with the reason, without them; see tests/upstream_sources.py)."""

from __future__ import annotations

import re

from upstream_sources import git_file

from ai_workloads._parts.metrics_facts import ISTIO_PROXY_METRICS
from ai_workloads._values.monitoring import DashboardSettings

ISTIO_PROXY_TAG = "1.30.3"
K8S_SIDECAR_TAG = "2.10.1"
ISTIO_STATS = "source/extensions/filters/http/istio_stats/istio_stats.cc"


def _istio_stats() -> str:
    return git_file("AI_WORKLOADS_ISTIO_PROXY_REPO", ISTIO_PROXY_TAG, ISTIO_STATS)


def test_istio_requests_total_and_its_labels() -> None:
    source = _istio_stats()
    assert ISTIO_PROXY_TAG in ISTIO_PROXY_METRICS.facts[0].source
    assert 'requests_total_(pool_.add("istio_requests_total"))' in source
    assert 'CustomStatNamespace = "istiocustom"' in source
    tags = source[source.index("all_tags_ = {") : source.index("};", source.index("all_tags_ = {"))]
    assert re.findall(r'\{"(\w+)", \w+_\}', tags) == list(ISTIO_PROXY_METRICS.fact("istio_requests_total").labels)


def test_istio_reporter_values() -> None:
    source = _istio_stats()
    values = set(re.findall(r"tags_\.push_back\(\{context_\.reporter_, context_\.(\w+)_\}\)", source))
    # the pool names: source_ -> "source", destination_ -> "destination", waypoint_ -> "waypoint"
    assert values == {"source", "destination", "waypoint"}
    assert set(ISTIO_PROXY_METRICS.fact("istio_requests_total").label_values["reporter"]) == values


def test_istio_names_the_service_from_the_upstream_cluster() -> None:
    """So a request answered 503 for want of a ready endpoint still carries destination_service_name."""
    source = _istio_stats()
    peer = source[source.index("void populatePeerInfo(") :]
    assert "info.upstreamClusterInfo()" in peer
    assert 'find("services")' in peer and 'service.find("name")' in peer
    assert "stream_.addCounter(context_.requests_total_, tags_);" in source  # counted for every request


def test_k8s_sidecar_label_and_folder_annotation() -> None:
    readme = git_file("AI_WORKLOADS_K8S_SIDECAR_REPO", K8S_SIDECAR_TAG, "README.md")
    default = DashboardSettings().folder_annotation
    assert f"if not present it will default to `{default}`" in readme
    assert re.search(r"\| `LABEL_VALUE` +\| The value for the label you want to filter", readme)
    assert "It's also possible to specify `ALL` to search in all namespaces" in readme
    sidecar = git_file("AI_WORKLOADS_K8S_SIDECAR_REPO", K8S_SIDECAR_TAG, "src/sidecar.py")
    assert 'FOLDER_ANNOTATION        = "FOLDER_ANNOTATION"' in sidecar
