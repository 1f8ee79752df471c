"""MLSERVER_RELEASE: several Seldon MLServer model servers described by one release file.

The folder holds everything of the kind: `values.py` (the file's schema), `release.py`
(`MlServerRelease`), `app.py` (`MlServerApp`, one per app), `catalog.py` (Backstage), `policy.py`
(checkov waivers) and `example.yaml`.
"""

from typing import TYPE_CHECKING

from ai_workloads.mlserver_release import catalog
from ai_workloads.mlserver_release.values import MlServerAppValues, MlServerReleaseValues
from ai_workloads.registry import WorkloadKind, lazy_construct, register

if TYPE_CHECKING:  # for the type checker; at run time __getattr__ imports them (and cdk8s) on first use
    from ai_workloads.mlserver_release.app import MlServerApp
    from ai_workloads.mlserver_release.release import MlServerRelease

KIND = register(
    WorkloadKind(
        type="MLSERVER_RELEASE",
        values=MlServerReleaseValues,
        construct=lazy_construct("ai_workloads.mlserver_release.release", "MlServerRelease"),
        schema_file="mlserver-release.schema.json",
        name_field="releaseName",
        catalog_entry=catalog.catalog_entry,
        host_fields=lambda values: (
            [(f"istio.hosts[{i}]", h) for i, h in enumerate(values.istio.hosts)] if values.istio.enabled else []
        ),
        objects_estimate=lambda values: _objects_estimate(values),
    )
)

__all__ = ["KIND", "MlServerApp", "MlServerAppValues", "MlServerRelease", "MlServerReleaseValues"]

_CONSTRUCTS = {
    "MlServerApp": "ai_workloads.mlserver_release.app",
    "MlServerRelease": "ai_workloads.mlserver_release.release",
}


def _objects_estimate(values: MlServerReleaseValues) -> int:
    """Per app a Deployment, Service and ConfigMap, then its HPA or ScaledObject, NetworkPolicy, PDB (two or
    more replicas possible), PodMonitor, PrometheusRule and dashboard ConfigMap when rendered; the VirtualService and the Application."""
    per_app = 3 + values.network_policy.enabled + values.pod_monitor_enabled + values.monitoring.alerts.enabled
    per_app += values.monitoring.dashboard.enabled
    total = 1 + values.istio.enabled
    for app in values.apps:
        most = app.hpa.min_replicas if app.hpa.enabled else app.keda.max_replicas if app.keda else app.replicas
        total += per_app + (app.hpa.enabled or app.keda is not None) + (most >= 2)
    return total


def __getattr__(name: str) -> object:  # the constructs import cdk8s: only on first use
    if name in _CONSTRUCTS:
        import importlib

        return getattr(importlib.import_module(_CONSTRUCTS[name]), name)
    raise AttributeError(name)
