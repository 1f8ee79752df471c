"""Stage `render` (synth/run.py): every workload not found in the cache rendered and gated object by
object, in this process for a few, else in render workers (synth/workers.py).

Loaded -> Rendered. Raises WorkloadErrors with every problem found so far (the load stage's and the
renders') when there is any: nothing is written then.
"""

from __future__ import annotations

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.stage_types import Loaded, LoadedWorkload, Rendered, RenderedWorkload, RenderOptions
from ai_workloads.synth import timeline
from ai_workloads.synth.workers import render_in_workers, worker_count


def render(loaded: Loaded) -> Rendered:
    """Each workload's rendering in file order: the cached one, or rendered now."""
    settings, services = loaded.request.settings, loaded.request.services
    to_render = [workload for workload, hit in zip(loaded.workloads, loaded.reused) if hit is None]
    services.progress.rendering(len(to_render))
    services.wait_background()
    fresh, errors, root_application = (
        render_all(
            to_render,
            RenderOptions(
                kubernetes_version=settings.kubernetes_version,
                argocd=settings.argocd,
                progress=services.progress.advance,
                pool=services.pool,
                root_application=settings.platform_files and services.cached_root is None,
            ),
        )
        if to_render
        else ([], [], None)
    )
    timeline.mark("render_and_gates")
    if loaded.errors or errors:
        raise WorkloadErrors([*loaded.errors, *errors])
    fresh_items = iter(fresh)
    rendered = [hit if hit is not None else next(fresh_items) for hit in loaded.reused]
    return Rendered(loaded, rendered, root_application)


def render_all(
    workloads: list[LoadedWorkload], options: RenderOptions
) -> tuple[list[RenderedWorkload], list[WorkloadError], str | None]:
    """In-process for a few workloads, else in worker processes; in `options.pool` (workers started
    early by synth/launch.py) whenever there is one. With `options.root_application`, workers also
    render the root Argo CD Application (returned third; None in-process, where cdk8s is loaded anyway)."""
    workers = worker_count(len(workloads))
    if workers > 1 or options.pool is not None:
        return render_in_workers(workloads, options, workers=workers)
    from ai_workloads.synth.build import render_and_check  # imports cdk8s: only when rendering here

    rendered, errors = render_and_check(
        workloads, kubernetes_version=options.kubernetes_version, argocd=options.argocd, progress=options.progress
    )
    return rendered, errors, None
