"""Build one cdk8s chart per workload and render each chart's objects in memory."""

from __future__ import annotations

from typing import Callable, Sequence

import cdk8s
from constructs import Construct

from ai_workloads.gates import RenderedWorkload
from ai_workloads.ml_inference_load import MlInferenceLoad
from ai_workloads.mlserver_release import MlServerRelease
from ai_workloads.synth.loader import LoadedWorkload
from ai_workloads.values import MlInferenceLoadSchema, MlServerReleaseSchema

# One entry per workload type: the construct that renders it. The chart ID is the workload name.
CONSTRUCT_BY_SCHEMA: dict[type, Callable[..., Construct]] = {
    MlInferenceLoadSchema: MlInferenceLoad,
    MlServerReleaseSchema: MlServerRelease,
}


def render_one(workload: LoadedWorkload) -> RenderedWorkload:
    """The workload's objects, from a chart in an App of its own.

    One App per workload on purpose: `Chart.toJson()` walks the whole App it belongs to, so with every
    chart in one App rendering N workloads costs O(N^2). Workloads never reference each other's
    constructs (cross-object rules are checked by the gates), and no token resolvers are needed: every
    value is concrete when the constructs are built.
    """
    values = workload.values
    chart = cdk8s.Chart(cdk8s.App(resolvers=[]), values.workload_name, disable_resource_name_hashes=True)
    CONSTRUCT_BY_SCHEMA[type(values)](chart, "Workload", values=values)
    return RenderedWorkload(file=workload.file, name=values.workload_name, manifests=list(chart.to_json()))


def render(workloads: Sequence[LoadedWorkload]) -> list[RenderedWorkload]:
    return [render_one(workload) for workload in workloads]
