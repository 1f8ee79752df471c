"""vLLM's OpenAI-compatible server (`vllm/vllm-openai`): `vllm serve` takes its settings as command-line
arguments; the image runs as root by default but ships a non-root `vllm` user (UID 2000, GID 0) that it
is documented to run as. Facts below, each with the upstream source read (the v0.33.0 release: the
sdist and wheel published on PyPI for that tag, commit g4ba787ec9)."""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines import vllm_lora
from ai_workloads.ml_inference_load.engines.base import ArgumentEngine, EngineSetting
from ai_workloads.ml_inference_load.engines.common import ENGINE_HOME, python_ml_caches
from ai_workloads.ml_inference_load.engines.metrics_facts import VLLM_METRICS
from ai_workloads.ml_inference_load.engines.vllm_flags import VLLM_SERVE_FLAGS, ResolvedFlag, resolve

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.engines.base import FieldPath
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

VLLM_RELEASE = "vllm-project/vllm@v0.33.0"
HF_HUB_RELEASE = "huggingface/huggingface_hub@v1.31.0"
IMAGE_REPOSITORY = "vllm/vllm-openai"
IMAGE_TAG = "v0.33.0"
VLLM_RELEASE_VERSION = "0.33.0"

# The weights: huggingface_hub's cache (HF_HUB_CACHE). Not `--download-dir`: in offline mode vLLM
# resolves the model to its local snapshot through the default hub cache and ignores --download-dir.
MODEL_CACHE_PATH = "/data"

# The image's own non-root user: `useradd --uid 2000 --gid 0 ... vllm`, home and /opt/uv group-0 writable.
VLLM_UID, VLLM_GID = 2000, 0

# `--quantization` (vllm/model_executor/layers/quantization/__init__.py `QuantizationMethods`).
QUANTIZATION_METHODS = (
    "awq",
    "auto_awq",
    "fp8",
    "fbgemm_fp8",
    "fp_quant",
    "modelopt",
    "modelopt_fp4",
    "modelopt_mxfp8",
    "modelopt_mixed",
    "auto_gptq",
    "gptq",
    "gptq_marlin",
    "awq_marlin",
    "humming",
    "compressed-tensors",
    "experts_int8",
    "quark",
    "moe_wna16",
    "torchao",
    "inc",
    "mxfp4",
    "gpt_oss_mxfp4",
    "deepseek_v4_fp8",
    "online",
    "fp8_per_tensor",
    "fp8_per_block",
    "fp8_per_channel",
    "int8_per_channel_weight_only",
    "nvfp4_per_token",
    "mxfp8",
)
# `--dtype` (vllm/config/model.py `ModelDType`).
DTYPES = ("auto", "half", "float16", "bfloat16", "float", "float32")

# The shared `serving` settings vLLM honours: each becomes a `vllm serve` flag.
SETTINGS = {
    "served_model_name": EngineSetting("--served-model-name"),
    "max_model_length": EngineSetting("--max-model-len"),
    "quantization": EngineSetting("--quantization", QUANTIZATION_METHODS),
    "dtype": EngineSetting("--dtype", DTYPES),
    "gpu_memory_utilization": EngineSetting("--gpu-memory-utilization"),
    "extra_args": EngineSetting("vllm serve flags"),
    # vllm/usage/usage_lib.py is_usage_stats_enabled: on unless VLLM_NO_USAGE_STATS, DO_NOT_TRACK or
    # VLLM_DO_NOT_TRACK is set (or the do_not_track file exists); there is no "no-stack" level.
    "usage_stats": EngineSetting("VLLM_NO_USAGE_STATS, DO_NOT_TRACK", ("off", "on")),
}

# Flags the construct sets, and the field that sets them (refused in serving.extraArgs).
RESERVED_ARGUMENTS = {
    "--model": "model.id",
    "--revision": "model.revision",
    "--served-model-name": "serving.servedModelName",
    "--host": "the construct (0.0.0.0)",
    "--port": "container.containerPorts[0].portNumber",
    "--uds": "container.containerPorts[0].portNumber",
    "--tensor-parallel-size": "container.gpuCount",
    "--max-model-len": "serving.maxModelLength",
    "--quantization": "serving.quantization",
    "--dtype": "serving.dtype",
    "--gpu-memory-utilization": "serving.gpuMemoryUtilization",
    "--download-dir": "modelCache (the weights live in the hub cache at /data)",
    "--headless": "the construct (the pod serves HTTP)",
    "--config": "the typed serving fields (a config file would override them unseen)",
    # One pod is one node: multi-node launch settings would make the server wait for peers that never come.
    "--nnodes": "the construct (one pod is one node)",
    "--node-rank": "the construct (one pod is one node)",
    "--master-addr": "the construct (one pod is one node)",
    "--master-port": "the construct (one pod is one node)",
    "--data-parallel-size-local": "the construct (one pod is one node)",
    "--data-parallel-rank": "the construct (one pod is one node)",
    "--data-parallel-start-rank": "the construct (one pod is one node)",
    "--data-parallel-address": "the construct (one pod is one node)",
    "--data-parallel-rpc-port": "the construct (one pod is one node)",
    # The probes, the Service and the Gateway speak plain HTTP to --port.
    "--grpc": "the construct (probes and the HTTPRoute speak HTTP on the serving port)",
    "--ssl-keyfile": "gateway (TLS ends at the Gateway; the pod serves plain HTTP)",
    "--ssl-certfile": "gateway (TLS ends at the Gateway; the pod serves plain HTTP)",
    # Static adapters, pinned and fetched into the model cache (ml_inference_load/lora.py).
    "--enable-lora": "serving.lora",
    "--lora-modules": "serving.lora.adapters",
    "--max-loras": "serving.lora.maxLoras",
    "--max-lora-rank": "serving.lora.maxLoraRank",
    "--max-cpu-loras": "serving.lora (the number of adapters)",
}

# Flags whose value is a credential, and where the credential goes instead (never literal in git).
CREDENTIAL_ARGUMENTS = {
    "--api-key": "declare VLLM_API_KEY under container.secrets (read from Vault)",
    "--hf-token": "declare HF_TOKEN under container.secrets (read from Vault)",
}

# GPUs one server uses: tensor x pipeline x prefill-context x data parallel sizes (vllm/config/parallel.py
# ParallelConfig.__post_init__ world_size = pp * tp * pcp; arg_utils.py create_engine_config: a data
# parallel group of dp engines, each of world_size GPUs). The construct sets tensor parallel to what is
# left of container.gpuCount once the others are taken.
PARALLEL_ARGUMENTS = ("--pipeline-parallel-size", "--prefill-context-parallel-size", "--data-parallel-size")

# TGI launcher variables a file moved from `tgi` may still carry; vLLM reads none of them.
FOREIGN_ENVIRONMENT = {
    "MAX_TOTAL_TOKENS": "use serving.maxModelLength",
    "MAX_INPUT_TOKENS": "vLLM has no separate prompt limit: serving.maxModelLength bounds prompt plus output",
    "MAX_INPUT_LENGTH": "vLLM has no separate prompt limit: serving.maxModelLength bounds prompt plus output",
    "QUANTIZE": "use serving.quantization",
    "DTYPE": "use serving.dtype",
    "CUDA_MEMORY_FRACTION": "use serving.gpuMemoryUtilization",
    "MAX_BATCH_PREFILL_TOKENS": "use serving.extraArgs: [--max-num-batched-tokens, '<n>']",
    "NUM_SHARD": "container.gpuCount sets --tensor-parallel-size",
}


def vllm_caches(home: str = ENGINE_HOME) -> dict[str, str]:
    """python_ml_caches plus what vLLM itself writes: its cache root (torch.compile artifacts, kernels)
    and config root (usage-stats state), which default to $XDG_CACHE_HOME/vllm and $XDG_CONFIG_HOME/vllm."""
    return {
        **python_ml_caches(home),
        "XDG_CONFIG_HOME": f"{home}/.config",
        "VLLM_CACHE_ROOT": f"{home}/.cache/vllm",
        "VLLM_CONFIG_ROOT": f"{home}/.config/vllm",
    }


def _environment(values: MlInferenceLoadValues, http_port: int) -> dict[str, str]:
    env = {
        # huggingface_hub's cache of the weights: vLLM downloads into it and, offline, reads from it.
        "HF_HUB_CACHE": MODEL_CACHE_PATH,
    }
    if values.serving.usage_stats == "off":
        # Without them every server reports usage to https://stats.vllm.ai.
        env.update({"VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1"})
    return env


def _args(values: MlInferenceLoadValues, http_port: int) -> list[str]:
    """`vllm serve <model> ...` (the image's ENTRYPOINT is `vllm serve`)."""
    model, settings = values.model, values.serving
    args = [
        model.id,
        "--revision",
        model.revision,
        # Always named: offline mode replaces the model id by the snapshot path before the served name
        # defaults to it, and clients would have to send that path as `model`.
        "--served-model-name",
        settings.served_model_name or model.id,
        "--host",
        "0.0.0.0",
        "--port",
        str(http_port),
        "--tensor-parallel-size",
        str(tensor_parallel_size(values)),
    ]
    for name in ("max_model_length", "quantization", "dtype", "gpu_memory_utilization"):
        if getattr(settings, name) is not None:
            args += [SETTINGS[name].target, settings.text_of(name)]
    return args + list(settings.extra_args)


def _flag_values(arguments: list[str]) -> list[tuple[int, ResolvedFlag, str | None]]:
    """(index, resolved flag, its value or None) of every `--...` argument: the value is the `=` part or
    the next argument when that is not a flag."""
    found = []
    for index, argument in enumerate(arguments):
        if not argument.startswith("--"):
            continue
        if "=" in argument:
            value: str | None = argument.split("=", 1)[1]
        elif index + 1 < len(arguments) and not arguments[index + 1].startswith("--"):
            value = arguments[index + 1]
        else:
            value = None
        found.append((index, resolve(argument), value))
    return found


def parallel_sizes(values: MlInferenceLoadValues) -> dict[str, int]:
    """The parallel sizes other than tensor parallel that `serving.extraArgs` sets (valid ones only)."""
    sizes = {}
    for _, resolved, value in _flag_values(list(values.serving.extra_args)):
        if resolved.flag in PARALLEL_ARGUMENTS and value is not None and value.isdigit() and int(value) >= 1:
            sizes[resolved.flag] = int(value)
    return sizes


def tensor_parallel_size(values: MlInferenceLoadValues) -> int:
    """container.gpuCount divided by the other parallel sizes (1 each unless extraArgs sets them)."""
    return max(1, values.container.gpu_count // math.prod(parallel_sizes(values).values()))


def check_extra_args(values: MlInferenceLoadValues) -> list[tuple[FieldPath, str]]:
    """Every flag of serving.extraArgs read as vLLM's parser will read it (vllm_flags.py): unknown and
    ambiguous prefixes, flags the construct sets, credentials, a flag given twice, and the parallel
    sizes against container.gpuCount."""
    problems: list[tuple[FieldPath, str]] = []
    seen: dict[str, int] = {}
    for index, resolved, value in _flag_values(list(values.serving.extra_args)):
        problem = _flag_problem(resolved, value, seen)
        if problem:
            problems.append((("extraArgs", index), problem))
        if resolved.flag is not None:
            seen.setdefault(resolved.flag, index)
    return problems + _parallel_problems(values)


def _flag_problem(resolved: ResolvedFlag, value: str | None, seen: Mapping[str, int]) -> str | None:
    """What is wrong with one flag of extraArgs (None: nothing); `seen`: the flags before it, at their index."""
    written = resolved.written.split("=", 1)[0]
    flag = resolved.flag
    if flag is None and resolved.candidates:
        shown = ", ".join(resolved.candidates[:6]) + (", ..." if len(resolved.candidates) > 6 else "")
        return (
            f"'{written}' is an ambiguous prefix: vLLM {VLLM_RELEASE_VERSION} refuses it (it "
            f"could be {shown}); write the whole flag"
        )
    if flag is None:
        near = difflib.get_close_matches(resolved.normalized, VLLM_SERVE_FLAGS, n=1, cutoff=0.75)
        hint = f" (did you mean `{near[0]}`?)" if near else ""
        return f"'{written}' is not a `vllm serve` flag of vLLM {VLLM_RELEASE_VERSION}{hint}"
    subject = f"'{flag}'" if written == flag else f"'{written}' is read by vLLM as '{flag}', which"
    if flag in CREDENTIAL_ARGUMENTS:
        return (
            f"{subject} takes a credential: a literal value would be committed to git and "
            f"shown in the pod spec; {CREDENTIAL_ARGUMENTS[flag]} instead"
        )
    if flag in RESERVED_ARGUMENTS:
        return f"{subject} is set by the construct for the vllm engine (from {RESERVED_ARGUMENTS[flag]})"
    if flag in seen:
        return f"{subject} is already given at extraArgs[{seen[flag]}]: vLLM keeps only the last; give it once"
    if flag in PARALLEL_ARGUMENTS and (value is None or not value.isdigit() or int(value) < 1):
        return f"'{flag}' takes a whole number of at least 1, not {value!r}"
    return None


def _parallel_problems(values: MlInferenceLoadValues) -> list[tuple[FieldPath, str]]:
    """The parallel sizes of extraArgs must divide container.gpuCount (the rest is tensor parallel)."""
    sizes = parallel_sizes(values)
    gpus = values.container.gpu_count
    product = math.prod(sizes.values())
    if not sizes or gpus % product == 0:
        return []
    written = " x ".join(f"{flag} {size}" for flag, size in sizes.items())
    return [
        (
            ("extraArgs",),
            f"{written} needs a multiple of {product} GPUs (vLLM runs tensor x pipeline x "
            f"prefill-context x data parallel GPUs; the construct sets "
            f"--tensor-parallel-size to the rest of container.gpuCount), but "
            f"container.gpuCount is {gpus}",
        )
    ]


VLLM = ArgumentEngine(
    name="vllm",
    title="vLLM OpenAI-compatible server",
    short_name="vLLM",
    image_tag=IMAGE_TAG,
    metrics=VLLM_METRICS,
    picker_metrics=True,
    lora=vllm_lora.LORA,
    model_cache_path=MODEL_CACHE_PATH,
    runs_as_root=False,
    image_user=(VLLM_UID, VLLM_GID),
    read_only_root_filesystem=True,
    writable_environment=vllm_caches(),
    reserved_environment=("HF_HUB_CACHE", "VLLM_NO_USAGE_STATS", "DO_NOT_TRACK", "VLLM_DO_NOT_TRACK"),
    environment=_environment,
    args=_args,
    # huggingface_hub >= 1.31 in the image: `hf`; `huggingface-cli` only prints a deprecation notice there.
    download_cli="hf",
    image_repository=IMAGE_REPOSITORY,
    settings=SETTINGS,
    reserved_arguments=RESERVED_ARGUMENTS,
    foreign_environment=FOREIGN_ENVIRONMENT,
    model_cache_read_only=True,
    check_arguments=check_extra_args,
    waivers={
        "CKV_K8S_15": "image tags are pinned (latest is rejected); pulling a multi-GB vLLM image on every start "
        "would make restarts depend on the registry",
        "CKV_K8S_35": "vLLM and huggingface_hub read HF_TOKEN from the environment; the Secret is managed by "
        "external-secrets",
        "CKV_K8S_40": "runs as the image's own non-root vllm user, UID 2000 GID 0 (vLLM docker/Dockerfile "
        "useradd; docs/deployment/docker.md): its home and /opt/uv are group-0 writable, and a UID without a "
        "passwd entry breaks getpass.getuser() in vLLM's kernel caches",
    },
    facts=(
        EngineFact(
            "image",
            f"{IMAGE_REPOSITORY}:{IMAGE_TAG} (multi-arch manifest of the default CUDA 13.0 "
            "family; digest not verified here: no registry access)",
            f"{VLLM_RELEASE}:.buildkite/scripts/publish-release-images.sh; docker/Dockerfile ARG CUDA_VERSION=13.0.3",
        ),
        EngineFact(
            "entrypoint",
            'ENTRYPOINT ["vllm", "serve"] (target vllm-openai); arguments: the model as the '
            "first positional argument, then flags",
            f"{VLLM_RELEASE}:docker/Dockerfile; vllm/entrypoints/cli/serve.py, vllm/entrypoints/common/cli_args.py make_arg_parser",
        ),
        EngineFact(
            "user",
            "image default USER root; a `vllm` user UID 2000 GID 0 with /home/vllm and /opt/uv "
            "group-0 writable is created for `--user 2000:0`; UIDs outside group 0 are unsupported",
            f"{VLLM_RELEASE}:docker/Dockerfile (Non-root support), docs/deployment/docker.md",
        ),
        EngineFact(
            "read-only root filesystem",
            "supported when HOME, the XDG roots and the vLLM, Triton, "
            "TorchInductor caches point at writable volumes and /tmp is writable (file locks, kernel "
            "caches under tempfile.gettempdir())",
            f"{VLLM_RELEASE}:vllm/envs.py, vllm/model_executor/model_loader/weight_utils.py get_lock",
        ),
        EngineFact(
            "serving port",
            "--port (default 8000); --host unset binds every interface, set to 0.0.0.0",
            f"{VLLM_RELEASE}:vllm/entrypoints/common/cli_args.py FrontendArgs; vllm/entrypoints/launchers/launcher.py",
        ),
        EngineFact(
            "health endpoint",
            "GET /health on --port: 200 while the engine lives, 503 once it is dead; "
            "the HTTP server starts after the model is loaded",
            f"{VLLM_RELEASE}:vllm/entrypoints/serve/instrumentator/health.py",
        ),
        EngineFact(
            "metrics endpoint",
            "GET /metrics on --port (Prometheus text)",
            f"{VLLM_RELEASE}:vllm/entrypoints/serve/instrumentator/metrics.py",
        ),
        EngineFact(
            "weights cache",
            "huggingface_hub cache: HF_HUB_CACHE=/data; offline mode resolves the model "
            "through this cache and ignores --download-dir",
            f"{VLLM_RELEASE}:vllm/engine/arg_utils.py, vllm/transformers_utils/repo_utils.py get_model_path; "
            f"{HF_HUB_RELEASE}:src/huggingface_hub/constants.py",
        ),
        EngineFact(
            "compiled kernels cache",
            "VLLM_CACHE_ROOT (default $XDG_CACHE_HOME/vllm: torch.compile "
            "artifacts), VLLM_CONFIG_ROOT ($XDG_CONFIG_HOME/vllm), TRITON_CACHE_DIR, TORCHINDUCTOR_CACHE_DIR",
            f"{VLLM_RELEASE}:vllm/envs.py; docs/deployment/docker.md (Persist the compile cache)",
        ),
        EngineFact(
            "tensor parallelism",
            "--tensor-parallel-size = GPUs on the node; needs a memory-backed "
            "/dev/shm (docker: --ipc=host or --shm-size)",
            f"{VLLM_RELEASE}:vllm/engine/arg_utils.py; docs/deployment/k8s.md, docs/serving/parallelism_scaling.md",
        ),
        EngineFact(
            "Hub token",
            "HF_TOKEN (huggingface_hub; HUGGING_FACE_HUB_TOKEN as a fallback)",
            f"{HF_HUB_RELEASE}:src/huggingface_hub/utils/_auth.py _get_token_from_environment",
        ),
        EngineFact(
            "offline mode",
            "HF_HUB_OFFLINE=1: the model id becomes the local snapshot path and every Hub call is local_files_only",
            f"{VLLM_RELEASE}:vllm/engine/arg_utils.py __post_init__; {HF_HUB_RELEASE}:src/huggingface_hub/constants.py",
        ),
        EngineFact(
            "served model name",
            "--served-model-name, default the model argument (offline: the snapshot "
            "path): always set, default model.id",
            f"{VLLM_RELEASE}:vllm/config/model.py get_served_model_name",
        ),
        EngineFact(
            "download command",
            "hf download <id> --revision <sha> --cache-dir /data (huggingface_hub>=1.31.0 "
            "is a vLLM requirement; huggingface-cli is a stub that only warns), run by /bin/sh inside the "
            "idempotent wrapper (the vllm-base stage is Ubuntu with apt and SHELL /bin/bash)",
            f"{VLLM_RELEASE}:requirements/common.txt, docker/Dockerfile (vllm-base); "
            f"{HF_HUB_RELEASE}:src/huggingface_hub/cli/download.py, cli/deprecated_cli.py",
        ),
        EngineFact(
            "model cache writes",
            "none once filled: locks go to tempfile.gettempdir(), so the server mounts the persistent cache read-only",
            f"{VLLM_RELEASE}:vllm/model_executor/model_loader/weight_utils.py",
        ),
        EngineFact(
            "service links",
            "VLLM_PORT=tcp://... (injected for a Service named vllm) is refused as a URI: "
            "the pod disables service links",
            f"{VLLM_RELEASE}:vllm/envs.py get_vllm_port",
        ),
        EngineFact(
            "usage stats",
            "reported to https://stats.vllm.ai by default, unless VLLM_NO_USAGE_STATS, "
            "DO_NOT_TRACK or VLLM_DO_NOT_TRACK is set: both set while serving.usageStats is off (the default); "
            "no no-stack level",
            f"{VLLM_RELEASE}:vllm/usage/usage_lib.py is_usage_stats_enabled",
        ),
        EngineFact(
            "shared settings",
            "servedModelName -> --served-model-name, maxModelLength -> --max-model-len, "
            "quantization -> --quantization, dtype -> --dtype, gpuMemoryUtilization -> "
            "--gpu-memory-utilization (default 0.92)",
            f"{VLLM_RELEASE}:vllm/engine/arg_utils.py add_cli_args, vllm/config/cache.py",
        ),
    ),
)
