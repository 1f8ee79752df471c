"""ai-workloads: cdk8s constructs and validated values for ML inference workloads.

Workload kinds (one folder each, registered in `registry`):
- `ml_inference_load`: ML_INFERENCE_LOAD, an LLM server on NVIDIA GPUs (`MlInferenceLoad`);
- `mlserver_release`: MLSERVER_RELEASE, several Seldon MLServer apps (`MlServerRelease`).

Importing this package pins jsii to the Node.js shipped in the Python environment (see `_node`), so
it must happen before `cdk8s` is first imported; the public names below take care of that.
"""

from typing import Any

from ai_workloads._node import pin_node_for_jsii

pin_node_for_jsii()

# The built-in kinds: importing a kind's folder registers it (one line per kind).
from ai_workloads import ml_inference_load, mlserver_release  # noqa: E402,F401
from ai_workloads.errors import WorkloadError, WorkloadErrors  # noqa: E402
from ai_workloads.ml_inference_load import MlInferenceLoadValues  # noqa: E402
from ai_workloads.mlserver_release import MlServerAppValues, MlServerReleaseValues  # noqa: E402
from ai_workloads.registry import WorkloadKind, kinds, register, workload_adapter  # noqa: E402

_CONSTRUCTS = {
    "MlInferenceLoad": "ai_workloads.ml_inference_load.construct",
    "MlServerApp": "ai_workloads.mlserver_release.app",
    "MlServerRelease": "ai_workloads.mlserver_release.release",
}


def __getattr__(name: str) -> Any:
    """The constructs import cdk8s, which starts the jsii runtime: they load on first use."""
    if name in _CONSTRUCTS:
        import importlib

        return getattr(importlib.import_module(_CONSTRUCTS[name]), name)
    raise AttributeError(name)


__all__ = [
    "MlInferenceLoad",
    "MlInferenceLoadValues",
    "MlServerApp",
    "MlServerAppValues",
    "MlServerRelease",
    "MlServerReleaseValues",
    "WorkloadError",
    "WorkloadErrors",
    "WorkloadKind",
    "kinds",
    "register",
    "workload_adapter",
]
