"""Safety gates: everything rendered is validated before anything is written to dist/."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ai_workloads.errors import WorkloadError
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.gates.object_size import object_size_problems
from ai_workloads.gates.rendered import object_label
from ai_workloads.gates.settings import DEFAULT_KUBERNETES_VERSION, crd_bundle_present, crds_required
from ai_workloads.stage_types import RenderedWorkload

if TYPE_CHECKING:
    from ai_workloads.gates.cel_rules import CelStats
    from ai_workloads.gates.crd_schema import CrdCatalog

# The schema gates (jsonschema, the CEL interpreter, the schemas) load on first use: a synthesis that
# reuses every workload from its cache validates no object and never needs them.


def __getattr__(name: str) -> Any:
    if name == "CelStats":
        from ai_workloads.gates.cel_rules import CelStats

        return CelStats
    raise AttributeError(name)


__all__ = [
    "DEFAULT_KUBERNETES_VERSION",
    "CelStats",
    "crd_catalog_status",
    "cross_object_errors",
    "gate_errors",
    "object_schema_errors",
    "warm_up",
]


BUNDLE_LOCATION = "imports/crd_schemas"


def crd_catalog_status(*, announce: bool, load: bool = True) -> tuple[CrdCatalog | None, list[WorkloadError]]:
    """The bundled CRD schemas, or None with an error (AI_WORKLOADS_REQUIRE_CRDS set) or a notice on
    stderr (`announce`) when they are missing. With `load=False` only whether they are there is checked
    (no schema read, no validator imported) and the catalog returned is None."""
    if not load:
        if crd_bundle_present():
            return None, []
        catalog = None
    else:
        from ai_workloads.gates.crd_schema import load_bundled_catalog

        catalog = load_bundled_catalog()
    if catalog is not None:
        return catalog, []
    message = "no bundled CRD schemas: custom resources are not validated against their CRDs"
    if crds_required():
        return None, [WorkloadError(BUNDLE_LOCATION, "<root>", message)]
    if announce:
        print(f"notice: {message} (run `make imports` to generate {BUNDLE_LOCATION})", file=sys.stderr)
    return None, []


def warm_up(kubernetes_version: str = DEFAULT_KUBERNETES_VERSION) -> None:
    """Load what the first gate run would load on first use (the CRD catalog, the Kubernetes schema
    definitions of `kubernetes_version`): called ahead of rendering (synth/preload.py), it changes no
    verdict, only when the cost is paid."""
    from ai_workloads.gates.kubernetes_schema import warm_up as schemas_warm_up

    crd_catalog_status(announce=False)
    schemas_warm_up(kubernetes_version)


def object_schema_errors(
    workloads: Iterable[RenderedWorkload],
    *,
    kubernetes_version: str,
    catalog: CrdCatalog | None,
    cel_stats: CelStats | None = None,
) -> list[WorkloadError]:
    """Each object on its own: core objects against the Kubernetes schemas, custom resources against
    their CRDs and its CEL rules (skipped without a catalog; counts in `cel_stats`)."""
    from ai_workloads.gates.crd_schema import crd_schema_errors
    from ai_workloads.gates.kubernetes_schema import has_schema, kubernetes_schema_errors

    errors: list[WorkloadError] = []
    for workload in workloads:
        for manifest in workload.manifests:
            label = object_label(manifest)
            # Hardening hook: API server / etcd size limits (gates/object_size.py), whatever the schema.
            errors.extend(
                WorkloadError(workload.file, f"{label}.{path}" if path else label, message)
                for path, message in object_size_problems(manifest)
            )
            too_new = api_version_problem(manifest, kubernetes_version)
            if too_new:
                errors.append(WorkloadError(workload.file, f"{label}.apiVersion", too_new))
                continue
            if has_schema(manifest, kubernetes_version):
                problems = kubernetes_schema_errors(manifest, kubernetes_version)
            elif catalog is not None:
                problems = crd_schema_errors(manifest, catalog, cel_stats)
            else:
                continue
            errors.extend(WorkloadError(workload.file, f"{label}.{path}", message) for path, message in problems)
    return errors


# API versions newer than some Kubernetes releases the project may target: (major, minor) of the first.
API_VERSION_SINCE = {"resource.k8s.io/v1": (1, 34)}


def api_version_problem(manifest: dict[str, object], kubernetes_version: str) -> str | None:
    """Why `manifest`'s apiVersion is not served by `kubernetes_version` (None when it is or is unknown here)."""
    since = API_VERSION_SINCE.get(str(manifest.get("apiVersion")))
    target = tuple(int(part) for part in kubernetes_version.split(".")[:2])
    if since is None or target >= since:
        return None
    return (
        f"{manifest.get('apiVersion')} is served from Kubernetes {since[0]}.{since[1]}; the project targets "
        f"{kubernetes_version} (cdk8s.yaml kubernetesVersion): raise it or use container.gpu.allocation devicePlugin"
    )


def cross_object_errors(
    workloads: Iterable[RenderedWorkload], host_field_of: Callable[[str, str], str | None] | None = None
) -> list[WorkloadError]:
    """The cross-object findings; with `host_field_of(file, host)`, a host conflict names the workload
    field that declares the host (`gateway.hosts[0]`) before the rendered object."""
    return [
        WorkloadError(file, f"{label}.{path}" if label else path, message)
        for file, label, path, message in cross_object_findings(workloads, host_field_of)
    ]


def gate_errors(
    workloads: Iterable[RenderedWorkload],
    *,
    kubernetes_version: str = DEFAULT_KUBERNETES_VERSION,
    cel_stats: CelStats | None = None,
    report_cel: bool = True,
) -> list[WorkloadError]:
    """Every violation of every gate; an empty list means dist/ may be written. With `report_cel`, the
    CEL summary line (evaluations passed and failed, rules unevaluated) goes to stdout."""
    from ai_workloads.gates.cel_rules import CelStats

    workloads = list(workloads)
    cel_stats = cel_stats if cel_stats is not None else CelStats()
    catalog, errors = crd_catalog_status(announce=True)
    errors += object_schema_errors(
        workloads, kubernetes_version=kubernetes_version, catalog=catalog, cel_stats=cel_stats
    )
    errors += cross_object_errors(workloads)
    if report_cel and catalog is not None:
        print(cel_stats.summary())
    return errors
