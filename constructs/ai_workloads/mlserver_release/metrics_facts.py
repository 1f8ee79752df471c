"""The Prometheus metrics MLServer 1.7.1 exports on its metrics port (8082, `/metrics`), read from the
installed release (PyPI mlserver==1.7.1, the dev environment's copy; a test reads each fact back from it).

Inference metrics are labelled `model` and `version` (the model's name from model-settings.json and
its version, empty when unset). MLServer runs prometheus_client in multiprocess mode (mlserver/metrics/
prometheus.py: MultiProcessCollector), so counters are `<name>_total` and no `_created` series exist.
`parallel_request_queue` (the queue in front of the parallel inference workers) exists only with
`parallel_workers` of at least 1.
"""

from __future__ import annotations

from ai_workloads._parts.metrics_facts import PYTHON_PROMETHEUS_CLIENT, MetricFact, MetricsCatalog, MetricType

MLSERVER = "mlserver==1.7.1 (PyPI)"
DATAPLANE = f"{MLSERVER} mlserver/handlers/dataplane.py DataPlane.__init__"

MLSERVER_METRICS = MetricsCatalog(
    exporter="MLServer 1.7.1",
    exposition=PYTHON_PROMETHEUS_CLIENT,
    facts=(
        MetricFact("model_infer_request_success", MetricType.COUNTER, ("model", "version"), DATAPLANE),
        MetricFact("model_infer_request_failure", MetricType.COUNTER, ("model", "version"), DATAPLANE),
        MetricFact("model_infer_request_duration", MetricType.SUMMARY, ("model", "version"), DATAPLANE),
        MetricFact(
            "parallel_request_queue",
            MetricType.HISTOGRAM,
            (),
            f"{MLSERVER} mlserver/parallel/dispatcher.py QUEUE_METRIC_NAME, Dispatcher._get_or_create_metric",
        ),
    ),
)
