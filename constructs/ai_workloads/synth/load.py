"""Stage `load` (synth/run.py): each workload file's validated values, from the cache or parsed.

Keyed -> Loaded. A file whose key is in the cache is neither parsed, validated nor rendered: its entry's
values and rendering take its place. Then the rules across files that need only the values (reserved
namespaces, duplicate names, Application names) and whether the CRD schemas are there. Problems are
collected, not raised: the render stage reports them with its own. With the platform files, the
TypeScript declarations start here (json2ts runs while the workloads render), and with a few files to
render in this process the render stack loads in a thread meanwhile (synth/preload.py).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.files.output import OutputError
from ai_workloads.gates import crd_catalog_status
from ai_workloads.platform.settings import application_name_errors
from ai_workloads.stage_types import Keyed, Loaded, LoadedWorkload, RenderedWorkload, Request
from ai_workloads.synth import timeline
from ai_workloads.synth.loader import (
    duplicate_name_errors,
    load_workload_file,
    reserved_namespace_errors,
    workload_identity,
)
from ai_workloads.synth.preload import Preload
from ai_workloads.synth.read import no_workloads_error
from ai_workloads.synth.usage import UsageError
from ai_workloads.synth.workers import worker_count


def load(keyed: Keyed) -> Loaded:
    """The valid workloads in file order with their cached renderings, and every problem found so far."""
    request = keyed.sources.request
    _start_platform_files(request)
    _preload_while_loading(keyed)
    with _frozen_after():
        workloads, reused, keys, errors = _values(keyed)
    timeline.mark("read_and_load")
    settings = request.settings
    errors += reserved_namespace_errors(workloads, settings.reserved_namespaces)
    errors += duplicate_name_errors([workload_identity(workload) for workload in workloads])
    errors += application_name_errors(workloads, settings.argocd)
    if not keyed.sources.files and not errors:
        errors.append(no_workloads_error(settings.workloads))
    _, catalog_errors = crd_catalog_status(announce=True, load=False)  # the renders load it
    errors += catalog_errors
    timeline.mark("crd_catalog")
    return Loaded(keyed, workloads, reused, keys, errors)


@contextmanager
def _frozen_after() -> Iterator[None]:
    """No cyclic garbage collection while the cached entries are decoded, and what they decode to (kept
    for the whole run) moved out of its sight afterwards (gc.freeze): with 2000 entries the collector
    otherwise rescans the growing heap again and again (0.15 s of decoding's 0.25 s, and again in the
    cross-file rules). Reference counting still frees everything else as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _values(
    keyed: Keyed,
) -> tuple[list[LoadedWorkload], list[RenderedWorkload | None], list[str | None], list[WorkloadError]]:
    """Per valid file its values, its cached rendering (None: to be rendered) and its key; and the
    problems of the others (the folder's first)."""
    cache = keyed.sources.request.services.cache
    workloads: list[LoadedWorkload] = []
    reused: list[RenderedWorkload | None] = []
    keys: list[str | None] = []
    errors = list(keyed.sources.errors)
    for item, key in zip(keyed.sources.files, keyed.keys):
        entry = cache.lookup(key, workload=item.display) if cache is not None and key is not None else None
        if entry is not None:
            workload, rendering = entry
        elif isinstance(item.data, WorkloadError):
            errors.append(item.data)
            continue
        else:
            try:
                workload, rendering = load_workload_file(item.path, item.data, item.display), None
            except WorkloadErrors as failure:
                errors.extend(failure.errors)
                continue
        workloads.append(workload)
        reused.append(rendering)
        keys.append(key)
    return workloads, reused, keys, errors


def _start_platform_files(request: Request) -> None:
    """The root Application from the cache, and the TypeScript declarations started (platform/outputs.py
    TypeScript): json2ts, when it has to run, runs while the workloads render."""
    if not request.settings.platform_files:
        return
    from ai_workloads.platform.outputs import ROOT_APPLICATION_SOURCE, TypeScript

    services, argocd = request.services, request.settings.argocd
    if services.cache is not None and argocd is not None:
        services.cached_root = services.cache.lookup(
            services.cache.root_application_key(argocd, ROOT_APPLICATION_SOURCE)
        )
    try:
        services.typescript = TypeScript(services.cache)
    except OutputError as error:
        raise UsageError(str(error)) from None


def _preload_while_loading(keyed: Keyed) -> None:
    """With cached entries to load and a few files to render here (a pull request's edit), load the render
    stack in a thread meanwhile (synth/preload.py): about half of its start-up is Node.js work."""
    services = keyed.sources.request.services
    cache = services.cache
    if cache is None or services.pool is not None or "cdk8s" in sys.modules:
        return
    cached = sum(1 for key in keyed.keys if key is not None and cache.has(key))
    to_render = len(keyed.keys) - cached
    if cached == 0 or to_render == 0 or worker_count(to_render) > 1:
        return
    timeline.note("render_stack_preloaded", to_render)
    services.background.append(Preload().wait)  # waited for before rendering, and at the end
