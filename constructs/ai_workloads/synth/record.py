"""Stage `record` (synth/run.py): what a completed run leaves for the next one, and its summary.

Written -> Outcome. Only now are the new cache entries written (an interrupted or failed run leaves no
entry to trust) and the record of this run (synth/cache.py: the next run with the same inputs and
untouched outputs stops after `key`), and the cache pruned by age and size (synth/cache_prune.py). Then the step timings (AI_WORKLOADS_TIMINGS) and the closing
line on stderr (synth/progress.py); the Outcome is the line for stdout.
"""

from __future__ import annotations

import os

from ai_workloads.errors import one_line
from ai_workloads.stage_types import Outcome, Written
from ai_workloads.synth import timeline
from ai_workloads.synth.cache_prune import limits_from, prune_cache


def record(written: Written) -> Outcome:
    """The cache and the record of the run written; the summary line."""
    keyed = written.keyed
    request = keyed.sources.request
    cache, progress = request.services.cache, request.services.progress
    synthesis = written.synthesis
    if synthesis is not None and cache is not None:
        cache.commit()
        cache.record_run(keyed.tree, keyed.outputs)
        prune_cache(cache.folder, cache.used, limits_from(os.environ))  # never this run's entries
        timeline.mark("cache_store")
    timeline.report()
    if synthesis is None:
        progress.summary(rendered=0, reused=len(keyed.sources.files))
    else:
        progress.summary(rendered=synthesis.rendered_count, reused=synthesis.reused_count)
    if not written.changed:
        return Outcome(one_line(written.summary), synthesis)
    summary = f"{written.summary} (validated for Kubernetes {request.settings.kubernetes_version})"
    return Outcome(one_line(summary), synthesis)
