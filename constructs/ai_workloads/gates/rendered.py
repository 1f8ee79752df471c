"""The rendered objects of one workload, as the gates and the writer see them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional


@dataclass(frozen=True)
class RenderedWorkload:
    file: str  # the workload file the objects came from (for error messages)
    name: str  # dist/<name>.k8s.yaml
    manifests: list[dict[str, Any]]
    # The manifests as dist/ YAML, when a synthesis worker already rendered it (in parallel).
    yaml_text: Optional[str] = None


def object_label(manifest: dict[str, Any]) -> str:
    """`Deployment/llama` — how errors name a rendered object."""
    return f"{manifest.get('kind')}/{(manifest.get('metadata') or {}).get('name')}"


def api_group(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""
