"""The labels every object carries (Kubernetes recommended `app.kubernetes.io/*` labels)."""

from __future__ import annotations

PART_OF = "ai-workloads"
MANAGED_BY = "cdk8s"
# Backstage's Kubernetes plugin finds a Component's objects by this label (see catalog.py).
CATALOG_ID_LABEL = "backstage.io/kubernetes-id"


def selector_labels(name: str) -> dict[str, str]:
    """The labels a Service or Deployment selects pods by: stable for the life of the workload."""
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": name}


def standard_labels(name: str, *, component: str, version: str, catalog_id: str) -> dict[str, str]:
    """Selector labels plus the descriptive ones; `version` is the image tag (a valid label value) and
    `catalog_id` the Backstage Component the object belongs to (the workload name)."""
    return {
        **selector_labels(name),
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        "app.kubernetes.io/version": version,
        CATALOG_ID_LABEL: catalog_id,
    }
