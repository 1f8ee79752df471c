"""ML_INFERENCE_LOAD: an LLM server for one model on NVIDIA GPUs, exposed over HTTPS.

The folder holds everything of the kind: `values.py` (the file's schema), `construct.py`
(`MlInferenceLoad`), `engines/` (the model servers), `catalog.py` (Backstage), `policy.py` (checkov
waivers) and `example.yaml`.
"""

from typing import TYPE_CHECKING

from ai_workloads.ml_inference_load import catalog
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues
from ai_workloads.registry import WorkloadKind, lazy_construct, register

if TYPE_CHECKING:  # for the type checker; at run time __getattr__ imports it (and cdk8s) on first use
    from ai_workloads.ml_inference_load.construct import MlInferenceLoad

KIND = register(
    WorkloadKind(
        values=MlInferenceLoadValues,
        construct=lazy_construct("ai_workloads.ml_inference_load.construct", "MlInferenceLoad"),
        catalog_entry=catalog.catalog_entry,
        catalog_template=catalog.catalog_template,
    )
)

__all__ = ["KIND", "MlInferenceLoad", "MlInferenceLoadValues"]


def __getattr__(name: str) -> object:  # the construct imports cdk8s: only on first use
    if name == "MlInferenceLoad":
        from ai_workloads.ml_inference_load.construct import MlInferenceLoad

        return MlInferenceLoad
    raise AttributeError(name)
