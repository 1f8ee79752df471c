"""The Backstage Component entry of an MLSERVER_RELEASE (no scaffolder template yet)."""

from __future__ import annotations

from typing import Any

from ai_workloads.registry import CatalogEntry


def catalog_entry(values: Any) -> CatalogEntry:
    return CatalogEntry(
        description=f"MLServer release with {len(values.apps)} model server(s): {', '.join(a.name for a in values.apps)}",
        tags=("ml-inference", "mlserver"),
        hosts=tuple(values.istio.hosts) if values.istio.enabled else (),
    )
