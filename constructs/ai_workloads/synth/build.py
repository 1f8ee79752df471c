"""Render one loaded workload: its kind's construct in a chart of its own, then the per-object gates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import cdk8s

from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError
from ai_workloads.files.output import MANIFEST_SUFFIX, manifests_to_yaml
from ai_workloads.gates import crd_catalog_status, object_schema_errors
from ai_workloads.platform.settings import ArgoCdSettings
from ai_workloads.registry import kind_of
from ai_workloads.stage_types import LoadedWorkload, RenderedWorkload
from ai_workloads.synth import jsii_speedups


def render_one(workload: LoadedWorkload, argocd: ArgoCdSettings | None = None) -> RenderedWorkload:
    """The workload's objects, from a chart in an App of its own.

    One App per workload on purpose: `Chart.toJson()` walks the whole App it belongs to, so with every
    chart in one App rendering N workloads costs O(N^2). Workloads never reference each other's
    constructs (cross-object rules are checked by the gates), and no token resolvers are needed: every
    value is concrete when the constructs are built. The chart ID is the workload name. With `argocd`
    settings the workload's own Argo CD Application is rendered too (platform/argocd.py).
    """
    values = workload.values
    chart = cdk8s.Chart(cdk8s.App(resolvers=[]), values.workload_name, disable_resource_name_hashes=True)
    kind_of(values).construct(chart, "Workload", values=values)
    rendered = RenderedWorkload(
        file=workload.file,
        name=values.workload_name,
        manifests=list(chart.to_json()),
        cluster=values.placement.cluster_key,
    )
    if argocd is None:
        return rendered
    from ai_workloads.platform.argocd import WorkloadApplication, render_application

    [application] = render_application(
        WorkloadApplication,
        argocd,
        workload_name=values.workload_name,
        manifest_file=f"{rendered.name}{MANIFEST_SUFFIX}",
        namespace=values.namespace,
        cluster=values.placement.cluster,
    )
    return replace(rendered, application=application)


def render(workloads: Sequence[LoadedWorkload]) -> list[RenderedWorkload]:
    return [render_one(workload) for workload in workloads]


def render_and_check(
    workloads: Sequence[LoadedWorkload],
    *,
    kubernetes_version: str,
    argocd: ArgoCdSettings | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[RenderedWorkload], list[WorkloadError]]:
    """Render each workload, check each object on its own (schemas), and render its dist/ YAML: the
    work that is independent per workload, run in a synthesis worker or in-process. `progress` is
    called with 1 after each workload."""
    from ai_workloads.platform.outputs import workload_component

    jsii_speedups.install()
    catalog, _ = crd_catalog_status(announce=False)
    rendered: list[RenderedWorkload] = []
    errors: list[WorkloadError] = []
    for workload in workloads:
        try:
            item = render_one(workload, argocd)
        except Exception as error:  # a bug, not bad input: name the file and go on with the others
            errors.append(
                WorkloadError(workload.file, DOCUMENT_ROOT, f"rendering failed: {type(error).__name__}: {error}")
            )
            if progress is not None:
                progress(1)
            continue
        item = replace(
            item,
            yaml_text=manifests_to_yaml(item.manifests, source=item.file),
            application_yaml=manifests_to_yaml([item.application], source=item.file) if item.application else None,
            catalog_component=workload_component(workload, argocd) if argocd is not None else None,
        )
        checked = [item] + ([RenderedWorkload(item.file, item.name, [item.application])] if item.application else [])
        errors.extend(object_schema_errors(checked, kubernetes_version=kubernetes_version, catalog=catalog))
        rendered.append(item)
        if progress is not None:
            progress(1)
    return rendered, errors


__all__ = ["render", "render_and_check", "render_one"]
