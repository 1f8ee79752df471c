"""pydantic models of the workload files (the single source of the JSON Schemas and TypeScript types)."""

from ai_workloads.values.ml_inference_load import MlInferenceLoadSchema
from ai_workloads.values.mlserver_release import MlServerReleaseSchema
from ai_workloads.values.workload import SCHEMA_BY_TYPE, WORKLOAD_ADAPTER, WorkloadSchema, WorkloadType

__all__ = [
    "MlInferenceLoadSchema",
    "MlServerReleaseSchema",
    "SCHEMA_BY_TYPE",
    "WORKLOAD_ADAPTER",
    "WorkloadSchema",
    "WorkloadType",
]
