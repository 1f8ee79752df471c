"""ML_INFERENCE_LOAD: an LLM server for one model on NVIDIA GPUs, exposed over HTTPS.

The folder holds everything of the kind: `values.py` (the file's schema), `construct.py`
(`MlInferenceLoad`), `engines/` (the model servers), `catalog.py` (Backstage), `policy.py` (checkov
waivers) and `example.yaml`.
"""

from typing import TYPE_CHECKING

from ai_workloads.ml_inference_load import catalog
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues
from ai_workloads.registry import WorkloadKind, lazy_construct, register

if TYPE_CHECKING:  # for the type checker; at run time __getattr__ imports it (and cdk8s) on first use
    from ai_workloads.ml_inference_load.construct import MlInferenceLoad

KIND = register(
    WorkloadKind(
        type="ML_INFERENCE_LOAD",
        values=MlInferenceLoadValues,
        construct=lazy_construct("ai_workloads.ml_inference_load.construct", "MlInferenceLoad"),
        schema_file="ml-inference-load.schema.json",
        name_field="serviceName",
        catalog_entry=catalog.catalog_entry,
        host_fields=lambda values: [(f"gateway.hosts[{i}]", h) for i, h in enumerate(values.gateway.hosts)],
        catalog_template=catalog.catalog_template,
        objects_estimate=lambda values: _objects_estimate(values),
    )
)

__all__ = ["KIND", "MlInferenceLoad", "MlInferenceLoadValues"]


def _objects_estimate(values: MlInferenceLoadValues) -> int:
    """The 8 platform objects and the Application; a model cache adds a claim and its Job (none with
    `sharing: use`), then the NetworkPolicy, PodMonitor, PrometheusRule, dashboard ConfigMap, ScaledObject and PDB when rendered;
    an InferencePool adds the pool and the endpoint picker's 7 objects (and its PodMonitor)."""
    cache = values.model_cache
    pooled = values.routing.mode.value == "inferencePool"
    return (
        9
        + (2 if cache is not None and cache.sharing.value != "use" else 0)
        + values.network_policy.enabled
        + values.pod_monitor_enabled
        + values.monitoring.alerts.enabled
        + values.monitoring.dashboard.enabled
        + (values.autoscaling is not None)
        + (values.most_replicas >= 2)
        + (8 + values.pod_monitor_enabled if pooled else 0)
    )


def __getattr__(name: str) -> object:  # the construct imports cdk8s: only on first use
    if name == "MlInferenceLoad":
        from ai_workloads.ml_inference_load.construct import MlInferenceLoad

        return MlInferenceLoad
    raise AttributeError(name)
