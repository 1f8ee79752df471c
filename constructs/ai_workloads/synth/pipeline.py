"""One synthesis: discover -> load (each file once) -> render -> gate, all in memory.

The loaded values and the rendered objects it returns feed every output: dist/, the JSON Schemas, the
TypeScript declarations, the Backstage catalog and the Argo CD Applications (see synth/cli.py).
Rendering and the per-object gates run in-process for a few workloads and in worker processes for
many (synth/workers.py); the cross-file rules always run here, over everything.

With a cache (synth/cache.py) a workload file whose key is found is neither parsed, validated nor
rendered: its entry's values and rendering take its place, and only the others are rendered.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.gates import RenderedWorkload, crd_catalog_status, cross_object_errors
from ai_workloads.platform.settings import ArgoCdSettings, application_name_errors
from ai_workloads.registry import kind_of
from ai_workloads.synth import timeline
from ai_workloads.synth.cache import SynthCache, read_key_bytes
from ai_workloads.synth.loader import (
    MAX_FILE_BYTES,
    LoadedWorkload,
    discover_workload_files,
    display_path,
    duplicate_name_errors,
    load_workload_file,
    no_workloads_error,
    workload_identity,
)
from ai_workloads.synth.namespaces import DEFAULT_RESERVED_NAMESPACES, reserved_namespace_errors
from ai_workloads.synth.preload import Preload
from ai_workloads.synth.progress import Progress
from ai_workloads.synth.workers import render_in_workers, worker_count


@dataclass(frozen=True)
class Synthesis:
    """Everything one synthesis produced, in workload-file order."""

    workloads: list[LoadedWorkload]
    rendered: list[RenderedWorkload]
    # How many workloads were rendered by this synthesis, and how many were reused from the cache.
    rendered_count: int = 0
    reused_count: int = 0
    # argocd/application.yaml when a render worker rendered it (see render_all), else None.
    root_application: str | None = None

    @property
    def objects(self) -> int:
        return sum(len(item.manifests) for item in self.rendered)


def render_all(
    workloads: list[LoadedWorkload],
    *,
    kubernetes_version: str,
    argocd: ArgoCdSettings | None,
    progress: Callable[[int], None] | None = None,
    pool: ProcessPoolExecutor | None = None,
    root_application: bool = False,
) -> tuple[list[RenderedWorkload], list[WorkloadError], str | None]:
    """In-process for a few workloads, else in worker processes; in `pool` (workers started early by
    synth/launch.py) whenever there is one. With `root_application`, workers also render the root Argo
    CD Application (returned third; None in-process, where cdk8s is loaded anyway)."""
    workers = worker_count(len(workloads))
    if workers > 1 or pool is not None:
        return render_in_workers(
            workloads,
            workers=workers,
            kubernetes_version=kubernetes_version,
            argocd=argocd,
            progress=progress,
            pool=pool,
            root_application=root_application,
        )
    from ai_workloads.synth.build import render_and_check  # imports cdk8s: only when rendering here

    rendered, errors = render_and_check(
        workloads, kubernetes_version=kubernetes_version, argocd=argocd, progress=progress
    )
    return rendered, errors, None


@dataclass(frozen=True)
class Sources:
    """The workload files of a folder, read once: their paths, the folder's problems, and with a cache
    each file's bytes and key (None: not a readable regular file of at most MAX_FILE_BYTES)."""

    paths: list[Path]
    errors: list[WorkloadError]
    raw: list[bytes | None]
    keys: list[str | None]

    @property
    def complete(self) -> bool:
        """Every file is keyed and the folder has no problem: the set has a key of its own."""
        return bool(self.paths) and not self.errors and all(key is not None for key in self.keys)


def read_sources(folder: Path, cache: SynthCache | None) -> Sources:
    paths, errors = discover_workload_files(folder)
    raw: list[bytes | None] = [None] * len(paths)
    keys: list[str | None] = [None] * len(paths)
    if cache is not None:
        for index, path in enumerate(paths):
            raw[index] = read_key_bytes(path, MAX_FILE_BYTES)
            if raw[index] is not None:
                keys[index] = cache.workload_key(display_path(path), raw[index])
    return Sources(paths, errors, raw, keys)


def synthesize(
    folder: Path,
    *,
    kubernetes_version: str,
    argocd: ArgoCdSettings | None = None,
    reserved_namespaces: Sequence[str] = DEFAULT_RESERVED_NAMESPACES,
    cache: SynthCache | None = None,
    progress: Progress | None = None,
    sources: Sources | None = None,
    pool: ProcessPoolExecutor | None = None,
    root_application: bool = False,
) -> Synthesis:
    """Load, render and gate every workload file of `folder` (and, with `argocd` settings, each
    workload's Argo CD Application); raises WorkloadErrors listing every problem of every file
    (nothing is written by this function). With a `cache`, files found in it are reused, and the new
    entries are remembered in it (written by `cache.commit()` once the outputs are written).
    `sources`: the folder's files as `read_sources(folder, cache)` read them already. `pool`: render
    workers started early (synth/launch.py), used if anything is rendered; the caller stops it.
    `root_application`: have render workers also render argocd/application.yaml (Synthesis.root_application)."""
    if sources is None:
        sources = read_sources(folder, cache)
    preload = _preload_while_loading(sources, cache, pool)
    try:
        return _synthesize(
            folder,
            sources,
            kubernetes_version,
            argocd,
            reserved_namespaces,
            cache,
            progress,
            pool,
            preload,
            root_application,
        )
    finally:
        if preload is not None:
            preload.wait()  # never leave the thread running at exit (it may be starting Node.js)


def _preload_while_loading(
    sources: Sources, cache: SynthCache | None, pool: ProcessPoolExecutor | None
) -> Preload | None:
    """With cached entries to load and a few files to render here (a pull request's edit), load the render
    stack in a thread meanwhile (synth/preload.py): about half of its start-up is Node.js work."""
    if cache is None or pool is not None or "cdk8s" in sys.modules:
        return None
    cached = sum(1 for key in sources.keys if key is not None and cache.has(key))
    to_render = len(sources.keys) - cached
    if cached == 0 or to_render == 0 or worker_count(to_render) > 1:
        return None
    timeline.note("render_stack_preloaded", to_render)
    return Preload()


def _synthesize(
    folder: Path,
    sources: Sources,
    kubernetes_version: str,
    argocd: ArgoCdSettings | None,
    reserved_namespaces: Sequence[str],
    cache: SynthCache | None,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None,
    preload: Preload | None,
    root_application: bool,
) -> Synthesis:
    errors = list(sources.errors)
    workloads, load_errors, reused, keys = _load(sources, cache)
    timeline.mark("read_and_load")
    errors += load_errors
    errors += reserved_namespace_errors(workloads, reserved_namespaces)
    errors += duplicate_name_errors([workload_identity(workload) for workload in workloads])
    errors += application_name_errors(workloads, argocd)
    if not sources.paths and not errors:
        errors.append(no_workloads_error(folder))
    _, catalog_errors = crd_catalog_status(announce=True, load=False)  # the renders load it
    errors += catalog_errors
    timeline.mark("crd_catalog")
    to_render = [workload for workload, hit in zip(workloads, reused) if hit is None]
    if progress is not None:
        progress.rendering(len(to_render))
    if preload is not None:
        preload.wait()
    fresh, render_errors, root_application_text = (
        render_all(
            to_render,
            kubernetes_version=kubernetes_version,
            argocd=argocd,
            progress=progress.advance if progress is not None else None,
            pool=pool,
            root_application=root_application,
        )
        if to_render
        else ([], [], None)
    )
    errors += render_errors
    timeline.mark("render_and_gates")
    if errors:
        raise WorkloadErrors(errors)
    fresh_items = iter(fresh)
    rendered = [hit if hit is not None else next(fresh_items) for hit in reused]
    errors += cross_object_errors(rendered, _host_field_lookup(workloads))
    if errors:
        raise WorkloadErrors(errors)
    if cache is not None:
        for workload, item, hit, key in zip(workloads, rendered, reused, keys):
            if hit is None and key is not None:
                cache.remember(key, (workload, item))
    return Synthesis(
        workloads=workloads,
        rendered=rendered,
        rendered_count=len(to_render),
        reused_count=len(workloads) - len(to_render),
        root_application=root_application_text,
    )


def _host_field_lookup(workloads: list[LoadedWorkload]) -> Callable[[str, str], str | None]:
    """`(file, host) -> the workload field declaring host` (values decoded only when a host conflicts)."""
    by_file = {workload.file: workload for workload in workloads}

    def field_of(file: str, host: str) -> str | None:
        workload = by_file.get(file)
        if workload is None:
            return None
        return next(
            (field for field, declared in kind_of(workload.values).host_fields(workload.values) if declared == host),
            None,
        )

    return field_of


def _load(
    sources: Sources, cache: SynthCache | None
) -> tuple[list[LoadedWorkload], list[WorkloadError], list[RenderedWorkload | None], list[str | None]]:
    """Each file's values, in order: from the cache (with its rendering) or read and validated. Returns
    the workloads, the problems of the invalid files, per workload its cached rendering (None: to be
    rendered) and its cache key (None: not cacheable)."""
    workloads: list[LoadedWorkload] = []
    errors: list[WorkloadError] = []
    reused: list[RenderedWorkload | None] = []
    keys: list[str | None] = []
    for path, raw, key in zip(sources.paths, sources.raw, sources.keys):
        entry = cache.lookup(key, workload=display_path(path)) if cache is not None and key is not None else None
        if entry is not None:
            workload, item = entry
            workloads.append(workload)
            reused.append(item)
            keys.append(key)
            continue
        try:
            workloads.append(load_workload_file(path, raw, display_path(path)))
        except WorkloadErrors as failure:
            errors.extend(failure.errors)
            continue
        reused.append(None)
        keys.append(key)
    return workloads, errors, reused, keys
