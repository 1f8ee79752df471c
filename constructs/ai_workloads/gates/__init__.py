"""Safety gates: everything rendered is validated before anything is written to dist/."""

from __future__ import annotations

import sys
from typing import Iterable

from ai_workloads.errors import WorkloadError
from ai_workloads.gates.crd_schema import crd_schema_errors, crds_dir, crds_required, load_crd_catalog
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.gates.kubernetes_schema import DEFAULT_KUBERNETES_VERSION, has_schema, kubernetes_schema_errors
from ai_workloads.gates.rendered import RenderedWorkload, object_label

__all__ = ["RenderedWorkload", "gate_errors", "DEFAULT_KUBERNETES_VERSION"]


def gate_errors(
    workloads: Iterable[RenderedWorkload], *, kubernetes_version: str = DEFAULT_KUBERNETES_VERSION
) -> list[WorkloadError]:
    """Every violation of every gate; an empty list means dist/ may be written."""
    workloads = list(workloads)
    errors: list[WorkloadError] = []
    folder = crds_dir()
    catalog = load_crd_catalog(folder.resolve())
    if catalog is None:
        message = f"CRD folder {folder} not found: custom resources are not validated against their CRDs"
        if crds_required():
            errors.append(WorkloadError(str(folder), "<root>", message))
        else:
            print(f"notice: {message} (set AI_WORKLOADS_CRDS_DIR)", file=sys.stderr)

    for workload in workloads:
        for manifest in workload.manifests:
            label = object_label(manifest)
            if has_schema(manifest, kubernetes_version):
                problems = kubernetes_schema_errors(manifest, kubernetes_version)
            elif catalog is not None:
                problems = crd_schema_errors(manifest, catalog)
            else:
                continue
            errors.extend(WorkloadError(workload.file, f"{label}.{path}", message) for path, message in problems)

    errors.extend(
        WorkloadError(file, f"{label}.{path}", message) for file, label, path, message in cross_object_findings(workloads)
    )
    return errors
