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


def render(workloads: Sequence[LoadedWorkload]) -> list[RenderedWorkload]:
    app = cdk8s.App()
    charts: list[tuple[LoadedWorkload, cdk8s.Chart]] = []
    for workload in workloads:
        values = workload.values
        chart = cdk8s.Chart(app, values.workload_name, disable_resource_name_hashes=True)
        CONSTRUCT_BY_SCHEMA[type(values)](chart, "Workload", values=values)
        charts.append((workload, chart))
    return [
        RenderedWorkload(file=workload.file, name=workload.values.workload_name, manifests=list(chart.to_json()))
        for workload, chart in charts
    ]
