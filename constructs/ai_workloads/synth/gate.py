"""Stage `gate` (synth/run.py): the cross-object rules over every rendered workload, reused ones
included (names, selectors, references, host claims across files), then the new cache entries noted.

Rendered -> Synthesis. Raises WorkloadErrors when a rule is broken: nothing is written then. The new
entries are written to the cache only once the outputs are (synth/record.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ai_workloads.errors import WorkloadErrors
from ai_workloads.gates import cross_object_errors
from ai_workloads.stage_types import LoadedWorkload, Rendered, Synthesis


def gate(rendered: Rendered) -> Synthesis:
    """The synthesis, past every gate."""
    loaded = rendered.loaded
    errors = cross_object_errors(rendered.rendered, _host_field_lookup(loaded.workloads))
    if errors:
        raise WorkloadErrors(errors)
    cache = loaded.request.services.cache
    if cache is not None:
        for workload, item, hit, key in zip(loaded.workloads, rendered.rendered, loaded.reused, loaded.keys):
            if hit is None and key is not None:
                cache.remember(key, (workload, item))
    fresh = sum(1 for hit in loaded.reused if hit is None)
    return Synthesis(
        workloads=loaded.workloads,
        rendered=rendered.rendered,
        rendered_count=fresh,
        reused_count=len(loaded.workloads) - fresh,
        root_application=rendered.root_application,
        source=rendered,
    )


def _host_field_lookup(workloads: list[LoadedWorkload]) -> Callable[[str, str], str | None]:
    """`(file, host) -> the workload field declaring host` (values decoded only when a host conflicts)."""
    by_file = {workload.file: workload for workload in workloads}

    def field_of(file: str, host: str) -> str | None:
        workload = by_file.get(file)
        if workload is None:
            return None
        return next(
            (field for field, declared in workload.values.declared_hosts() if declared == host),
            None,
        )

    return field_of
