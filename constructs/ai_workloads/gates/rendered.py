"""The rendered objects of one workload, as the gates and the writer see them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Argo CD's name for the cluster it runs in.
IN_CLUSTER = "in-cluster"


@dataclass(frozen=True)
class RenderedWorkload:
    file: str  # the workload file the objects came from (for error messages)
    name: str  # dist/<name>.k8s.yaml
    manifests: list[dict[str, Any]]
    # The manifests as dist/ YAML, when a synthesis worker already rendered it (in parallel).
    yaml_text: str | None = None
    # The Argo CD cluster the objects are deployed to: objects on different clusters never collide.
    cluster: str = IN_CLUSTER
    # The workload's own Argo CD Application (argocd/apps/<name>.yaml), when rendered with settings.
    application: dict[str, Any] | None = None
    application_yaml: str | None = None
    # Its Backstage Component (path under .cat/backstage/, text), rendered with it when with settings.
    catalog_component: tuple[str, str] | None = None


def object_label(manifest: dict[str, Any]) -> str:
    """`Deployment/llama` — how errors name a rendered object."""
    return f"{manifest.get('kind')}/{(manifest.get('metadata') or {}).get('name')}"


def api_group(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""
