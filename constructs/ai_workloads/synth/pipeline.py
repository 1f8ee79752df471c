"""One synthesis: discover -> load (each file once) -> render -> gate, all in memory.

The loaded values and the rendered objects it returns feed every output: dist/, the JSON Schemas, the
TypeScript declarations, the Backstage catalog and the Argo CD Applications (see synth/cli.py).
Rendering and the per-object gates run in-process for a few workloads and in worker processes for
many (synth/workers.py); the cross-file rules always run here, over everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.gates import RenderedWorkload, crd_catalog_status, cross_object_errors
from ai_workloads.platform.settings import ArgoCdSettings
from ai_workloads.synth.loader import (
    LoadedWorkload,
    discover_workload_files,
    duplicate_name_errors,
    load_workload_files,
    no_workloads_error,
    workload_identity,
)
from ai_workloads.synth.namespaces import DEFAULT_RESERVED_NAMESPACES, reserved_namespace_errors
from ai_workloads.synth.workers import render_in_workers, worker_count


@dataclass(frozen=True)
class Synthesis:
    """Everything one synthesis produced, in workload-file order."""

    workloads: list[LoadedWorkload]
    rendered: list[RenderedWorkload]

    @property
    def objects(self) -> int:
        return sum(len(item.manifests) for item in self.rendered)


def render_all(
    workloads: list[LoadedWorkload], *, kubernetes_version: str, argocd: Optional[ArgoCdSettings]
) -> tuple[list[RenderedWorkload], list[WorkloadError]]:
    workers = worker_count(len(workloads))
    if workers > 1:
        return render_in_workers(workloads, workers=workers, kubernetes_version=kubernetes_version, argocd=argocd)
    from ai_workloads.synth.build import render_and_check  # imports cdk8s: only when rendering here

    return render_and_check(workloads, kubernetes_version=kubernetes_version, argocd=argocd)


def synthesize(
    folder: Path,
    *,
    kubernetes_version: str,
    argocd: Optional[ArgoCdSettings] = None,
    reserved_namespaces: Sequence[str] = DEFAULT_RESERVED_NAMESPACES,
) -> Synthesis:
    """Load, render and gate every workload file of `folder` (and, with `argocd` settings, each
    workload's Argo CD Application); raises WorkloadErrors listing every problem of every file
    (nothing is written by this function)."""
    paths, errors = discover_workload_files(folder)
    workloads, load_errors = load_workload_files(paths)
    errors += load_errors
    errors += reserved_namespace_errors(workloads, reserved_namespaces)
    errors += duplicate_name_errors([workload_identity(workload) for workload in workloads])
    if not paths and not errors:
        errors.append(no_workloads_error(folder))
    _, catalog_errors = crd_catalog_status(announce=True)
    errors += catalog_errors
    rendered, render_errors = (
        render_all(workloads, kubernetes_version=kubernetes_version, argocd=argocd) if workloads else ([], [])
    )
    errors += render_errors
    if not errors:
        errors += cross_object_errors(rendered)
    if errors:
        raise WorkloadErrors(errors)
    return Synthesis(workloads=workloads, rendered=rendered)
