"""Stage `key` (synth/run.py): the cache key of each workload file and of the whole run.

Sources -> Keyed. A file's key covers its display path, its bytes and everything else its output
depends on (synth/cache.py). With every file keyed, the run has a key of its own; when the last
successful run had that key and its outputs are untouched since, the run stops after this stage.
"""

from __future__ import annotations

from pathlib import Path

from ai_workloads.files.output_folder import output_folder_target
from ai_workloads.stage_types import Keyed, RunSettings, Sources
from ai_workloads.synth import timeline


def key(sources: Sources) -> Keyed:
    """Each file's key (None without a cache, or for a file that cannot be read) and the run's."""
    settings, cache = sources.request.settings, sources.request.services.cache
    outputs = output_roots(settings)
    keys: list[str | None] = [
        cache.workload_key(item.display, item.data) if cache is not None and isinstance(item.data, bytes) else None
        for item in sources.files
    ]
    complete = bool(sources.files) and not sources.errors and all(item is not None for item in keys)
    tree = (
        cache.tree_key([item for item in keys if item is not None], outputs) if cache is not None and complete else None
    )
    timeline.mark("read_and_key")
    unchanged = cache is not None and tree is not None and cache.unchanged_since_last_run(tree, outputs)
    return Keyed(sources, keys, tree, outputs, unchanged)


def output_roots(settings: RunSettings) -> list[Path]:
    """Every folder a run writes into (what the record of a run lists)."""
    roots = [output_folder_target(settings.outdir)]
    if settings.platform_files:
        from ai_workloads.platform.outputs import ARGOCD_DIR, CATALOG_DIR, SCHEMA_DIR

        roots += [SCHEMA_DIR, CATALOG_DIR, ARGOCD_DIR]
    return roots
