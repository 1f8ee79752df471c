"""ai-workloads: cdk8s constructs and validated values schemas for ML inference workloads.

Importing this package pins jsii to the Node.js shipped in the Python environment (see `_node`), so
it must happen before `cdk8s` is first imported; the public names below take care of that.
"""

from ai_workloads._node import pin_node_for_jsii

pin_node_for_jsii()

from ai_workloads.errors import WorkloadError, WorkloadErrors  # noqa: E402
from ai_workloads.values import (  # noqa: E402
    MlInferenceLoadSchema,
    MlServerReleaseSchema,
    WorkloadSchema,
    WorkloadType,
)

__all__ = [
    "MlInferenceLoadSchema",
    "MlServerReleaseSchema",
    "WorkloadError",
    "WorkloadErrors",
    "WorkloadSchema",
    "WorkloadType",
]
