"""How the gates name rendered objects (the objects themselves: stage_types.RenderedWorkload)."""

from __future__ import annotations

from typing import Any


def object_label(manifest: dict[str, Any]) -> str:
    """`Deployment/llama` — how errors name a rendered object."""
    return f"{manifest.get('kind')}/{(manifest.get('metadata') or {}).get('name')}"


def api_group(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""
