"""Hugging Face Text Generation Inference (TGI): the launcher reads its settings from the environment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_workloads.ml_inference_load.engines import EngineFact, ServingEngine, register_engine

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

MODEL_CACHE_PATH = "/data"


def _environment(values: "MlInferenceLoadValues", http_port: int) -> dict[str, str]:
    env = {
        "MODEL_ID": values.model.id,
        "REVISION": values.model.revision,
        "PORT": str(http_port),
        # Kubernetes sets HOSTNAME to the pod name and TGI binds to $HOSTNAME: bind every interface.
        "HOSTNAME": "0.0.0.0",
        # TGI keeps the weights under HUGGINGFACE_HUB_CACHE; the image points it at /data already,
        # set it anyway so the emptyDir and the cache can never drift apart.
        "HUGGINGFACE_HUB_CACHE": MODEL_CACHE_PATH,
    }
    if values.container.gpu_count > 1:
        env["NUM_SHARD"] = str(values.container.gpu_count)
    return env


TGI = register_engine(
    ServingEngine(
        name="tgi",
        title="Hugging Face Text Generation Inference",
        container_name="tgi",
        health_path="/health",
        model_cache_path=MODEL_CACHE_PATH,
        read_only_root_filesystem=False,
        environment=_environment,
        waivers={
            "CKV_K8S_22": "TGI JIT-compiles kernels and caches tokenizers under the home directory; the root "
            "filesystem stays writable while the pod runs non-root with every capability dropped",
        },
        facts=(
            EngineFact("launcher settings", "environment variables (MODEL_ID, REVISION, PORT, HOSTNAME, NUM_SHARD)",
                       "huggingface/text-generation-inference launcher/src/main.rs (clap `env`)"),
            EngineFact("weights cache", "HUGGINGFACE_HUB_CACHE=/data", "huggingface/text-generation-inference Dockerfile"),
            EngineFact("health endpoint", "GET /health on PORT", "huggingface/text-generation-inference router/src/server.rs"),
        ),
    )
)
