"""Hugging Face Text Generation Inference (TGI): `text-generation-launcher` reads its settings from the
environment; the image is built to run as root. Facts below, each with the upstream source read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines import tgi_lora
from ai_workloads.ml_inference_load.engines.base import GPU_SELECTION_ENVIRONMENT, EngineSetting, EnvironmentEngine
from ai_workloads.ml_inference_load.engines.common import python_ml_caches, snapshot_folder
from ai_workloads.ml_inference_load.engines.metrics_facts import TGI_METRICS

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.engines.base import FieldPath
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

MODEL_CACHE_PATH = "/data"
TGI_REPO = "huggingface/text-generation-inference"
# The image tag the facts below were read from (the Backstage template's default tag for TGI).
IMAGE_TAG = "3.3.4"
TGI_RELEASE = f"{TGI_REPO}@v{IMAGE_TAG}"

# `text-generation-launcher --quantize` (launcher/src/main.rs `enum Quantization`, kebab-case values).
QUANTIZATION_METHODS = (
    "awq",
    "compressed-tensors",
    "eetq",
    "exl2",
    "gptq",
    "marlin",
    "bitsandbytes",
    "bitsandbytes-nf4",
    "bitsandbytes-fp4",
    "fp8",
)
# `--dtype` (launcher/src/main.rs `enum Dtype`).
DTYPES = ("float16", "bfloat16")

# The shared `serving` settings TGI honours: each becomes a launcher variable.
SETTINGS = {
    "max_model_length": EngineSetting("MAX_TOTAL_TOKENS"),
    "quantization": EngineSetting("QUANTIZE", QUANTIZATION_METHODS),
    "dtype": EngineSetting("DTYPE", DTYPES),
    "gpu_memory_utilization": EngineSetting("CUDA_MEMORY_FRACTION"),
    # launcher/src/main.rs `usage_stats` (clap default "on", env USAGE_STATS): set from serving.usageStats.
    "usage_stats": EngineSetting("USAGE_STATS", ("off", "no-stack", "on")),
}


# Launcher settings (launcher/src/main.rs `struct Args`: every `#[clap(long, env)]` field is also read
# from the variable named like the field in upper case) that would undo what the construct decides.
OWNED_ENVIRONMENT = {
    **GPU_SELECTION_ENVIRONMENT,
    "SHARDED": "would override the sharding container.gpuCount sets (NUM_SHARD)",
    "WEIGHTS_CACHE_OVERRIDE": "would move the weights out of the model cache volume at /data",
    "NGROK": "would tunnel the server to the internet past the Gateway and the NetworkPolicy",
    "NGROK_EDGE": "would tunnel the server to the internet past the Gateway and the NetworkPolicy",
    "NGROK_AUTHTOKEN": "is a credential (ngrok tunnels are refused: the Gateway exposes the server)",
}


# How the launcher parses the variables it reads (launcher/src/main.rs `struct Args`, clap `env`): a value
# it cannot parse stops the server at start. Rust's integer parsers take digits with an optional `+`;
# f32 takes decimals, exponents, inf and NaN; clap ValueEnum values are matched exactly.
_U32, _U64 = 2**32 - 1, 2**64 - 1
LAUNCHER_VARIABLE_TYPES: dict[str, object] = {
    **dict.fromkeys(
        (
            "VALIDATION_WORKERS",
            "MAX_CONCURRENT_REQUESTS",
            "MAX_BEST_OF",
            "MAX_STOP_SEQUENCES",
            "MAX_INPUT_TOKENS",
            "MAX_INPUT_LENGTH",
            "MAX_TOTAL_TOKENS",
            "MAX_WAITING_TOKENS",
            "MAX_BATCH_SIZE",
            "MAX_CLIENT_BATCH_SIZE",
            "SPECULATE",
            "MASTER_PORT",
        ),
        _U64,
    ),
    **dict.fromkeys(("MAX_TOP_N_TOKENS", "MAX_BATCH_PREFILL_TOKENS", "MAX_BATCH_TOTAL_TOKENS"), _U32),
    **dict.fromkeys(("WAITING_SERVED_RATIO", "ROPE_FACTOR", "WATERMARK_GAMMA", "WATERMARK_DELTA"), float),
    "QUANTIZE": QUANTIZATION_METHODS,
    "DTYPE": DTYPES,
    "KV_CACHE_DTYPE": ("fp8_e4m3fn", "fp8_e5m2"),
    "ROPE_SCALING": ("linear", "dynamic"),
    "USAGE_STATS": ("on", "off", "no-stack"),
}
_RUST_UNSIGNED = re.compile(r"\+?[0-9]+")
_RUST_FLOAT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(inf|infinity|nan)", re.IGNORECASE)


def launcher_value_problem(name: str, value: str) -> str | None:
    """Why text-generation-launcher would refuse `value` for variable `name` (None: it parses)."""
    kind = LAUNCHER_VARIABLE_TYPES.get(name)
    if isinstance(kind, int):
        if not _RUST_UNSIGNED.fullmatch(value) or int(value) > kind:
            return f"'{value}' is not a whole number from 0 to {kind}: text-generation-launcher would stop at start"
    elif kind is float:
        if not _RUST_FLOAT.fullmatch(value):
            return f"'{value}' is not a number: text-generation-launcher would stop at start"
    elif isinstance(kind, tuple) and value not in kind:
        return f"'{value}' is not one of {', '.join(kind)}: text-generation-launcher would stop at start"
    return None


def check_environment(values: MlInferenceLoadValues) -> list[tuple[FieldPath, str]]:
    """Every literal launcher variable whose value the launcher cannot parse."""
    return [
        (("environment", index, "value"), problem)
        for index, item in enumerate(values.container.environment)
        if (problem := launcher_value_problem(item.name, item.value))
    ]


def _environment(values: MlInferenceLoadValues, http_port: int) -> dict[str, str]:
    model = values.model
    if values.model_cache is None:
        # Online: the launcher, router and shards fetch model.id at REVISION from the Hub.
        identity = {"MODEL_ID": model.id, "REVISION": model.revision}
    else:
        # Offline from the model cache: the snapshot folder itself, without REVISION. With a hub id the
        # router resolves files through hf-hub's cache, which reads refs/<revision> first, and a download
        # by commit hash writes no such ref (no config, tokenizer config or chat template: TemplateNotFound);
        # with a local folder and no revision the launcher, router and shards read the folder directly.
        identity = {"MODEL_ID": snapshot_folder(MODEL_CACHE_PATH, model.id, model.revision)}
    env = {
        **identity,
        "PORT": str(http_port),
        # Kubernetes sets HOSTNAME to the pod name and TGI binds to $HOSTNAME: bind every interface.
        "HOSTNAME": "0.0.0.0",
        # TGI's Python server reads the legacy HUGGINGFACE_HUB_CACHE (not HF_HUB_CACHE); the image sets
        # HF_HOME=/data. Both point at the model cache volume, so the volume and the cache never drift.
        "HUGGINGFACE_HUB_CACHE": MODEL_CACHE_PATH,
        "HF_HOME": MODEL_CACHE_PATH,
    }
    # The launcher's default is "on" (reports to huggingface.co); serving.usageStats defaults to off.
    env["USAGE_STATS"] = values.serving.usage_stats
    if values.container.gpu_count > 1:
        env["NUM_SHARD"] = str(values.container.gpu_count)
    settings = values.serving
    for name in settings.settings_set():
        env[SETTINGS[name].target] = settings.text_of(name)
    return env


TGI = EnvironmentEngine(
    name="tgi",
    title="Hugging Face Text Generation Inference",
    short_name="TGI",
    image_tag=IMAGE_TAG,
    metrics=TGI_METRICS,
    lora=tgi_lora.LORA,
    model_cache_path=MODEL_CACHE_PATH,
    runs_as_root=True,
    read_only_root_filesystem=False,
    writable_environment={key: value for key, value in python_ml_caches().items() if key != "HF_HOME"},
    reserved_environment=(
        "MODEL_ID",
        "REVISION",
        "PORT",
        "HOSTNAME",
        "HUGGINGFACE_HUB_CACHE",
        "HF_HOME",
        "NUM_SHARD",
        "USAGE_STATS",
    ),
    environment=_environment,
    owned_environment=OWNED_ENVIRONMENT,
    check_environment=check_environment,
    # huggingface-hub 0.30 in the image: `huggingface-cli`; `hf` does not exist there yet.
    download_cli="huggingface-cli",
    image_repository="ghcr.io/huggingface/text-generation-inference",
    settings=SETTINGS,
    waivers={
        "CKV_K8S_22": "TGI 3.3.x runs as root from an image that installs its Python under /root and writes "
        "there; the root filesystem stays writable, every cache is redirected to emptyDirs, privilege "
        "escalation is off and every capability is dropped",
        "CKV_K8S_23": "TGI 3.3.x cannot start as a non-root UID (its Python lives under /root, mode 700: "
        "huggingface/text-generation-inference#3082); set container.runAsUser for a derived image that can",
        "CKV_K8S_40": "runs as root because the TGI 3.3.x image requires it (see CKV_K8S_23)",
    },
    facts=(
        EngineFact(
            "entrypoint",
            "ENTRYPOINT /tgi-entrypoint.sh (activates /usr/src/.venv, then exec "
            "text-generation-launcher with the container args); no CMD; every launcher flag is also an env var",
            f"{TGI_REPO}@v3.3.4:Dockerfile, tgi-entrypoint.sh, launcher/src/main.rs (clap `long, env`)",
        ),
        EngineFact(
            "user",
            "root: no USER; Python installed with `uv python install` under /root/.local/share/uv "
            "and LD_LIBRARY_PATH points there; a non-root UID fails with libpython3.11.so.1.0 not found",
            f"{TGI_REPO}@v3.3.4:Dockerfile; {TGI_REPO}#3082 (open); fix PR #3197 unmerged through v3.3.7",
        ),
        EngineFact(
            "weights cache",
            "image HF_HOME=/data; the Python server reads the legacy HUGGINGFACE_HUB_CACHE",
            f"{TGI_REPO}@v3.3.4:Dockerfile, server/text_generation_server/utils/hub.py",
        ),
        EngineFact(
            "serving port",
            "PORT (clap default 3000, image 80); binds HOSTNAME, which Kubernetes sets to the "
            "pod name (not an address): set HOSTNAME=0.0.0.0",
            f"{TGI_REPO}@v3.3.4:launcher/src/main.rs, router/src/server.rs",
        ),
        EngineFact(
            "health endpoint",
            "GET /health on PORT: 200, 503 when unhealthy; the port opens only after "
            "download, load and warm-up (hence the long startup probe)",
            f"{TGI_REPO}@v3.3.4:router/src/server.rs, launcher/src/main.rs",
        ),
        EngineFact(
            "metrics endpoint",
            "GET /metrics on PORT, outside --api-key (also PROMETHEUS_PORT 9000)",
            f"{TGI_REPO}@v3.3.4:router/src/server.rs",
        ),
        EngineFact(
            "service links",
            "PROMETHEUS_PORT and MASTER_PORT are read as numbers: a Service named "
            "`prometheus` or `master` would inject tcp://... values; the pod disables service links",
            f"{TGI_REPO}@v3.3.4:launcher/src/main.rs; Kubernetes docs, service environment variables",
        ),
        EngineFact(
            "sharding",
            "NUM_SHARD = GPUs; NCCL falls back to /dev/shm: >= 1Gi memory-backed emptyDir",
            f"{TGI_REPO}@v3.3.4:README.md (A note on Shared Memory)",
        ),
        EngineFact(
            "run-time writes",
            "/tmp/text-generation-server-<rank> sockets, the HF cache, outlines cache "
            "(OUTLINES_CACHE_DIR), Triton and TorchInductor caches",
            f"{TGI_REPO}@v3.3.4:launcher/src/main.rs; dottxt-ai/outlines outlines/caching.py",
        ),
        EngineFact(
            "Hub token",
            "HF_TOKEN (legacy HUGGING_FACE_HUB_TOKEN also read)",
            f"{TGI_REPO}@v3.3.4:launcher/src/main.rs, router/src/server.rs",
        ),
        EngineFact(
            "offline mode",
            "HF_HUB_OFFLINE=1: the launcher's download step and the shards read only the "
            'hub cache; the router needs exactly "1"',
            f"{TGI_RELEASE}:router/src/server.rs, server/text_generation_server/utils/hub.py",
        ),
        EngineFact(
            "download command",
            "huggingface-cli download <id> --revision <sha> --cache-dir /data "
            "(huggingface-hub 0.30.1, hf-transfer installed; on PATH from /usr/src/.venv/bin), run by /bin/sh "
            "(base image nvidia/cuda:12.4.0-base-ubuntu22.04) inside the idempotent wrapper",
            f"{TGI_RELEASE}:server/uv.lock, server/pyproject.toml, Dockerfile (FROM ... AS base, ENV PATH)",
        ),
        EngineFact(
            "model cache writes",
            "the download step converts .bin weights to .safetensors in the cache "
            "at start, so the server mounts the cache read-write",
            f"{TGI_RELEASE}:server/text_generation_server/cli.py download_weights",
        ),
        EngineFact(
            "offline model folder",
            "with a model cache MODEL_ID is the snapshot folder "
            "/data/models--<org>--<name>/snapshots/<sha> and REVISION is unset: the launcher reads "
            "<folder>/config.json (get_config: the path exists), the router reads config, tokenizer config "
            "and chat template from the folder (use_api is false for an existing folder without a revision), "
            "the shards load it as a local model; with a hub id offline the router asks hf-hub's cache, "
            "whose CacheRepo::get reads refs/<revision> first, and huggingface_hub writes no ref when the "
            "revision is already a commit hash",
            f"{TGI_RELEASE}:launcher/src/main.rs get_config, router/src/server.rs (use_api, Type::None/Cache), "
            "server/text_generation_server/cli.py download_weights (is_local_model); huggingface/hf-hub@v0.4.3 "
            "(TGI locks 0.4.2; same code in v0.4.1):src/lib.rs CacheRepo::get/ref_path; "
            "huggingface/huggingface_hub@v0.30.1:src/huggingface_hub/file_download.py "
            "_cache_commit_hash_for_specific_revision",
        ),
        EngineFact(
            "usage stats",
            'USAGE_STATS (clap default "on": anonymous reports to huggingface.co; off, '
            "no-stack, on) is passed to the router as --usage-stats: set from serving.usageStats, default off",
            f"{TGI_RELEASE}:launcher/src/main.rs (Args.usage_stats, UsageStatsLevel, router_args), "
            "router/src/usage_stats.rs",
        ),
        EngineFact(
            "shared settings",
            "serving.maxModelLength -> MAX_TOTAL_TOKENS, quantization -> QUANTIZE, "
            "dtype -> DTYPE, gpuMemoryUtilization -> CUDA_MEMORY_FRACTION; no served-model-name setting",
            f"{TGI_RELEASE}:launcher/src/main.rs struct Args",
        ),
    ),
)
