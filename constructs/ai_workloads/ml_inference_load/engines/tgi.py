"""Hugging Face Text Generation Inference (TGI): `text-generation-launcher` reads its settings from the
environment; the image is built to run as root. Facts below, each with the upstream source read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_workloads.ml_inference_load.engines import EngineFact, ServingEngine, python_ml_caches, register_engine

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

MODEL_CACHE_PATH = "/data"
TGI_REPO = "huggingface/text-generation-inference"


def _environment(values: "MlInferenceLoadValues", http_port: int) -> dict[str, str]:
    env = {
        "MODEL_ID": values.model.id,
        "REVISION": values.model.revision,
        "PORT": str(http_port),
        # Kubernetes sets HOSTNAME to the pod name and TGI binds to $HOSTNAME: bind every interface.
        "HOSTNAME": "0.0.0.0",
        # TGI keeps the weights under HUGGINGFACE_HUB_CACHE (launcher and router); the image points it at
        # /data already, set it anyway so the volume and the cache can never drift apart.
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
        metrics_path="/metrics",
        model_cache_path=MODEL_CACHE_PATH,
        runs_as_root=True,
        read_only_root_filesystem=False,
        writable_environment=python_ml_caches(),
        reserved_environment=("MODEL_ID", "REVISION", "PORT", "HOSTNAME", "HUGGINGFACE_HUB_CACHE", "NUM_SHARD"),
        environment=_environment,
        waivers={
            "CKV_K8S_22": "TGI 3.3.x runs as root from an image that installs its Python under /root and writes "
            "there; the root filesystem stays writable, every cache is redirected to emptyDirs, privilege "
            "escalation is off and every capability is dropped",
            "CKV_K8S_23": "TGI 3.3.x cannot start as a non-root UID (its Python lives under /root, mode 700: "
            "huggingface/text-generation-inference#3082); set container.runAsUser for a derived image that can",
            "CKV_K8S_40": "runs as root because the TGI 3.3.x image requires it (see CKV_K8S_23)",
        },
        facts=(
            EngineFact("entrypoint", "ENTRYPOINT text-generation-launcher, CMD --json-output; settings from env",
                       f"{TGI_REPO} Dockerfile (final stage); launcher/src/main.rs (clap `env` on every arg)"),
            EngineFact("user", "root: Python installed with `uv python install` under /root/.local, LD_LIBRARY_PATH "
                       "points there; a non-root UID fails with libpython3.11.so.1.0 not found",
                       f"{TGI_REPO}#3082 (open), huggingface/inference-benchmarker#31, fix {TGI_REPO}#3197 unreleased"),
            EngineFact("weights cache", "HUGGINGFACE_HUB_CACHE=/data", f"{TGI_REPO} Dockerfile ENV; router/src/main.rs"),
            EngineFact("serving port", "PORT (image default 80); binds HOSTNAME", f"{TGI_REPO} launcher/src/main.rs"),
            EngineFact("health endpoint", "GET /health on PORT: 200 once the model is loaded",
                       f"{TGI_REPO} router/src/server.rs"),
            EngineFact("metrics endpoint", "GET /metrics on PORT (Prometheus text)", f"{TGI_REPO} router/src/server.rs"),
            EngineFact("sharding", "NUM_SHARD = GPUs; NCCL needs a large /dev/shm", f"{TGI_REPO} README (--shm-size 1g)"),
            EngineFact("Hub token", "HF_TOKEN", f"{TGI_REPO} launcher/src/main.rs"),
        ),
    )
)
