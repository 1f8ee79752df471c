"""WorkloadSchema: the discriminated union of every workload type, keyed by `type`."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Union

from pydantic import Field, TypeAdapter

from ai_workloads.values.ml_inference_load import MlInferenceLoadSchema
from ai_workloads.values.mlserver_release import MlServerReleaseSchema


class WorkloadType(str, Enum):
    ML_INFERENCE_LOAD = "ML_INFERENCE_LOAD"
    MLSERVER_RELEASE = "MLSERVER_RELEASE"


SCHEMA_BY_TYPE: dict[WorkloadType, type] = {
    WorkloadType.ML_INFERENCE_LOAD: MlInferenceLoadSchema,
    WorkloadType.MLSERVER_RELEASE: MlServerReleaseSchema,
}

WorkloadSchema = Annotated[
    Union[MlInferenceLoadSchema, MlServerReleaseSchema],
    Field(discriminator="type"),
]
"""Any workload file: the `type` key selects the schema that validates the rest."""

WORKLOAD_ADAPTER: TypeAdapter[WorkloadSchema] = TypeAdapter(WorkloadSchema)
