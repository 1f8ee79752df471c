"""Prometheus scrape annotations that work with and without the Istio sidecar.

Upstream facts (istio/istio, `pkg/kube/inject/webhook.go` `applyPrometheusMerge`, and
`pilot/cmd/pilot-agent/status/server.go`):
- When a pod with `prometheus.io/scrape: "true"` is injected, the injector copies the pod's own
  `prometheus.io/{scrape,port,path}` into the proxy's `ISTIO_PROMETHEUS_ANNOTATIONS` variable and
  rewrites the annotations to the agent's status port 15020, path `/stats/prometheus`. The agent then
  serves its own and Envoy's metrics there, merged with the application's metrics scraped from the
  original port and path (default path `/metrics`).
- If `prometheus.io/port` already says 15020, the injector returns early: it never sets
  `ISTIO_PROMETHEUS_ANNOTATIONS`, so the application's metrics are never merged.
- Without a sidecar nothing rewrites the annotations and port 15020 does not exist.

So the default (`ENGINE`) annotates the engine's own metrics port and path: with a sidecar the live pod
ends up annotated 15020 `/stats/prometheus` (engine + proxy metrics, merged); without one Prometheus
scrapes the engine directly. `ISTIO_SIDECAR` renders the literal 15020 annotations for platforms that
want exactly that (proxy metrics only: the engine's are not merged).
"""

from __future__ import annotations

from ai_workloads._values.monitoring import ScrapeAnnotations

ISTIO_AGENT_METRICS_PORT = 15020
ISTIO_AGENT_METRICS_PATH = "/stats/prometheus"
# A PodMonitor's metrics endpoint: (port name or None, port number or None, path).
ScrapeEndpoint = tuple[str | None, int | None, str]


def prometheus_annotations(style: ScrapeAnnotations, *, port: int, path: str) -> dict[str, str]:
    """The pod annotations for an engine serving metrics on `port` at `path`."""
    if style is ScrapeAnnotations.ISTIO_SIDECAR:
        port, path = ISTIO_AGENT_METRICS_PORT, ISTIO_AGENT_METRICS_PATH
    return {"prometheus.io/scrape": "true", "prometheus.io/port": str(port), "prometheus.io/path": path}


def pod_monitor_endpoint(style: ScrapeAnnotations, *, port_name: str, path: str) -> ScrapeEndpoint:
    """The endpoint a PodMonitor scrapes for pods annotated in `style`: the engine's port (by name) and
    path, or with `ISTIO_SIDECAR` the Istio agent's port (by number) and path."""
    if style is ScrapeAnnotations.ISTIO_SIDECAR:
        return (None, ISTIO_AGENT_METRICS_PORT, ISTIO_AGENT_METRICS_PATH)
    return (port_name, None, path)


def scraped_ports(engine_port: int) -> list[int]:
    """The ports a scraper may be sent to by those annotations: the engine's own (no sidecar) and the
    Istio agent's (sidecar); an ingress NetworkPolicy admits the scraper on both."""
    return sorted({engine_port, ISTIO_AGENT_METRICS_PORT})
