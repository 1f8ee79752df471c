"""Synthesis workers: render and check slices of the loaded workloads in parallel processes.

Rendering costs about 3 ms of CPU per object inside jsii, which is single-threaded; with many workloads
the slices go to a standard-library process pool (one worker per core). Two facts shape it:
- jsii never frees an object (neither in Python nor in its Node.js process), so a worker's memory grows
  with every object it renders: each task is a bounded slice and a worker ends after one task
  (`max_tasks_per_child=1`); the next slice starts in a fresh worker.
- The jsii bindings type-check every struct field at run time unless Python runs optimized; the values
  were validated by pydantic already and the check doubles the rendering time. Workers start with
  PYTHONOPTIMIZE=1 (synth/launch.py CHILD_ENVIRONMENT, the one place that decides it). The parent
  never renders many workloads itself, so it needs no `-O` and is never re-executed.
Workloads are rendered independently, so the output is the same for any number of workers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError
from ai_workloads.platform.settings import ArgoCdSettings
from ai_workloads.stage_types import LoadedWorkload, RenderedWorkload, RenderOptions
from ai_workloads.synth.launch import (
    MAX_OBJECTS_ENV,
    MIN_WORKLOADS_PER_WORKER,
    WORKERS_ENV,
    RenderPool,
    child_environment,
)

# WORKERS_ENV, MIN_WORKLOADS_PER_WORKER (synth/launch.py): a worker pays about a second to start its
# jsii runtime; below MIN_WORKLOADS_PER_WORKER workloads per worker it does not pay off, and everything
# is rendered in-process (unless a worker was started early: synth/launch.py).
# About this many objects per task (and so per worker process): bounds a worker's memory, which grows
# with every object jsii renders (measured with bench/: a worker with its Node.js runtime holds about
# 290 MB after 100 TGI workloads and 420 MB after 600; a TGI workload with its Application is 9
# objects, an MLServer release of 2 apps 12). A fresh worker costs about a second of CPU to start.
MAX_OBJECTS_PER_TASK = 2900
PER_TASK_ENV = "AI_WORKLOADS_WORKLOADS_PER_TASK"  # override, for tests of the hand-over


def worker_count(workloads: int) -> int:
    """How many worker processes for `workloads`; 1 means render in-process. The environment variable
    AI_WORKLOADS_SYNTH_WORKERS forces a number (any count of workloads)."""
    configured = os.environ.get(WORKERS_ENV)
    if configured:
        return max(1, min(int(configured), workloads))
    return max(1, min(os.cpu_count() or 1, workloads // MIN_WORKLOADS_PER_WORKER))


def slices(workloads: Sequence[LoadedWorkload], workers: int) -> list[list[LoadedWorkload]]:
    """Contiguous slices of about equal objects (`WorkloadValues.objects_estimate`), none much above
    MAX_OBJECTS_PER_TASK (AI_WORKLOADS_WORKER_MAX_OBJECTS overrides it), and a multiple of `workers` of
    them (no worker idles through a last round while another renders). AI_WORKLOADS_WORKLOADS_PER_TASK (tests) slices by workload count instead."""
    per_task = os.environ.get(PER_TASK_ENV)
    weights = [1] * len(workloads) if per_task else [w.values.objects_estimate() for w in workloads]
    budget = int(per_task) if per_task else int(os.environ.get(MAX_OBJECTS_ENV) or MAX_OBJECTS_PER_TASK)
    total = sum(weights)
    rounds = -(-total // (budget * workers))
    count = max(1, min(len(workloads), workers * rounds))
    result: list[list[LoadedWorkload]] = [[] for _ in range(count)]
    done = 0
    for workload, weight in zip(workloads, weights):
        # the slice whose share of the total the workload's middle falls in
        index = min(count - 1, int((done + weight / 2) * count // total)) if total else 0
        result[index].append(workload)
        done += weight
    return [part for part in result if part]


def _render_slice(
    workloads: list[LoadedWorkload],
    kubernetes_version: str,
    argocd: ArgoCdSettings | None,
    root_application: bool = False,
) -> tuple[list[RenderedWorkload], list[WorkloadError], str | None]:
    import gc

    from ai_workloads.synth.build import render_and_check  # runs in a worker

    # jsii keeps every object for the life of the process, so the cyclic collector finds nothing to free
    # and only walks an ever larger heap; a worker is short-lived and ends with its slice.
    gc.disable()
    rendered, errors = render_and_check(workloads, kubernetes_version=kubernetes_version, argocd=argocd)
    root = None
    if root_application and argocd is not None:  # here rather than in the main process, which has no cdk8s
        from ai_workloads.platform.outputs import root_application_text

        root = root_application_text(argocd)
    return rendered, errors, root


def render_in_workers(
    workloads: Sequence[LoadedWorkload], options: RenderOptions, *, workers: int
) -> tuple[list[RenderedWorkload], list[WorkloadError], str | None]:
    """Render and check `workloads` in `workers` processes; results in the order of `workloads`.
    `options.progress` is called with the size of each slice as its results arrive (in order).
    `options.pool`: workers started already (synth/launch.py); this function shuts it down either way.
    With `options.root_application` (and Argo CD settings) the first slice's worker also renders
    argocd/application.yaml, returned third."""
    pool = options.pool if options.pool is not None else RenderPool(workers)
    kubernetes_version, argocd, progress = options.kubernetes_version, options.argocd, options.progress
    with child_environment():  # inherited by workers spawned for the tasks (see the module docstring)
        try:
            parts = slices(workloads, workers)
            futures = [
                pool.submit(_render_slice, part, kubernetes_version, argocd, options.root_application and index == 0)
                for index, part in enumerate(parts)
            ]
            rendered: list[RenderedWorkload] = []
            errors: list[WorkloadError] = []
            root: str | None = None
            for part, future in zip(parts, futures):
                try:
                    part_rendered, part_errors, part_root = future.result()
                except Exception as error:  # a worker died (killed, out of memory) or could not start
                    reason = f"synthesis worker failed: {type(error).__name__}: {error}"
                    errors.extend(WorkloadError(workload.file, DOCUMENT_ROOT, reason) for workload in part)
                else:
                    rendered.extend(part_rendered)
                    errors.extend(part_errors)
                    root = root or part_root
                if progress is not None:
                    progress(len(part))
            return rendered, errors, root
        finally:
            # Every result is in (a worker that ended after its task was replaced by a fresh one, the pool
            # keeps its size: it would start up only to be told to stop), or the run was interrupted
            # (Ctrl-C, SIGTERM): either way no worker or Node.js process outlives this.
            pool.stop()
