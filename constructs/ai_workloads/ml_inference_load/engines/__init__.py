"""Serving engines of ML_INFERENCE_LOAD: what is specific to the model server inside the pod.

An engine is one module in this folder holding one `ServingEngine`: its image facts (each with the
upstream source it was read from), and how the container is started from the workload's values
(command, arguments, environment, the paths it writes). The GPU serving workload around it -
scheduling, volumes, Service, Gateway, secrets, PDB, NetworkPolicy - is the same for every engine
(see ../construct.py). An engine registers itself with `register_engine`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues


@dataclass(frozen=True)
class EngineFact:
    """One fact about an engine's image that the rendering relies on, and where it was verified."""

    fact: str
    value: str
    source: str


@dataclass(frozen=True)
class EngineSetting:
    """How an engine honours one of the shared `serving` settings: the engine's own flag or variable,
    and the values it accepts (empty: any value the field's type allows)."""

    target: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServingEngine:
    """The model server of an ML_INFERENCE_LOAD pod.

    :param name: the `engine:` value that selects it.
    :param title: human name (Backstage, README).
    :param container_name: name of the server container in the pod.
    :param image_repository: the upstream image the facts were read from (a workload file that names
        another engine's upstream image is refused).
    :param health_path: HTTP path the probes call on the serving port.
    :param metrics_path: HTTP path of the engine's Prometheus metrics, on the serving port.
    :param model_cache_path: where the engine keeps model weights (the `/data` volume is mounted here).
    :param runs_as_root: the image cannot run as any other user (a values override may still name a
        non-root UID for a derived image that supports it).
    :param image_user: `(uid, gid)` of the non-root user the image provides, when it has one; the pod
        runs as it (None with `runs_as_root`, or for an image without such a user: UID/GID 10001).
    :param read_only_root_filesystem: whether the image runs with a read-only root filesystem.
    :param writable_environment: variables pointing every home and cache directory the engine writes
        at the `home` emptyDir (mounted at ENGINE_HOME): a UID without a passwd entry gets `HOME=/`.
    :param reserved_environment: every variable `environment` may set; workload files may not set them.
    :param waivers: reviewed reasons (check -> reason) for the policy checks this engine's pods fail
        because of the image; which checks apply is decided by the construct from the pod it renders
        (user, root filesystem, secrets, digest).
    :param facts: the image facts the rendering relies on, with sources.
    :param environment: `(values, http_port) -> {name: value}`, the engine's own variables in order.
    :param args: `(values, http_port) -> [arg, ...]`; None keeps the image's CMD.
    :param settings: the shared `serving` settings the engine honours (values attribute name ->
        EngineSetting); a setting it does not list is refused for it.
    :param settings_in_environment: the settings' targets are environment variables (they are then
        reserved while the setting is set); otherwise they are command-line flags.
    :param reserved_arguments: flags the construct sets (flag -> the field that sets it): refused in
        `serving.extraArgs`.
    :param foreign_environment: variables another engine reads that this one ignores (name -> what to
        use instead): refused in `environment`, so a file moved between engines cannot silently lose
        a setting.
    :param hub_token_variable: the variable the engine (and its download command) reads the Hugging
        Face token from.
    :param offline_environment: variables that switch Hub downloads off (the server then loads only
        from the model cache).
    :param download_command: `(values) -> command` filling the model cache with exactly
        `model.id` at `model.revision`, run from the engine's own image (the model cache Job).
    :param model_cache_read_only: the server only reads the model cache once it is filled, so the
        persistent cache is mounted read-only into it.
    :param owned_environment: variables the engine or the GPU runtime reads that would undo what the
        construct decides (name -> why, and what to use instead): refused in `environment`/`secrets`.
    :param check_environment: `(values) -> [(path under container, message), ...]`, every literal
        `environment` value the engine would refuse to parse (None: not checked).
    :param check_arguments: `(values) -> [(path under serving, message), ...]`, every problem of
        `serving.extraArgs` read the way the engine's own parser reads it (None: no extra arguments).
    """

    name: str
    title: str
    container_name: str
    health_path: str
    metrics_path: str
    model_cache_path: str
    runs_as_root: bool
    read_only_root_filesystem: bool
    writable_environment: Mapping[str, str]
    reserved_environment: tuple[str, ...]
    # (values, HTTP port number) -> the engine's own environment variables, in order.
    environment: Callable[[MlInferenceLoadValues, int], dict[str, str]]
    # (values) -> the command that fills the model cache (the model cache Job).
    download_command: Callable[[MlInferenceLoadValues], list[str]]
    image_repository: str
    waivers: Mapping[str, str] = field(default_factory=dict)
    facts: tuple[EngineFact, ...] = ()
    # (values, HTTP port number) -> container arguments; None keeps the image's own CMD.
    args: Callable[[MlInferenceLoadValues, int], list[str]] | None = None
    image_user: tuple[int, int] | None = None
    settings: Mapping[str, EngineSetting] = field(default_factory=dict)
    settings_in_environment: bool = False
    reserved_arguments: Mapping[str, str] = field(default_factory=dict)
    foreign_environment: Mapping[str, str] = field(default_factory=dict)
    hub_token_variable: str = "HF_TOKEN"
    offline_environment: Mapping[str, str] = field(default_factory=lambda: {"HF_HUB_OFFLINE": "1"})
    model_cache_read_only: bool = False
    owned_environment: Mapping[str, str] = field(default_factory=lambda: dict(GPU_SELECTION_ENVIRONMENT))
    check_environment: Callable[[MlInferenceLoadValues], list[tuple[tuple, str]]] | None = None
    check_arguments: Callable[[MlInferenceLoadValues], list[tuple[tuple, str]]] | None = None

    def reserved_for(self, values: MlInferenceLoadValues) -> tuple[str, ...]:
        """Every variable the construct sets for this engine with these values: the engine's own, its
        cache locations, the offline switch with a persistent model cache, and the variables of the
        typed settings that are set (when the engine takes its settings from the environment)."""
        reserved = [*self.reserved_environment, *self.writable_environment]
        if values.model_cache is not None:
            reserved += [name for name in self.offline_environment if name not in reserved]
        if self.settings_in_environment:
            reserved += [self.settings[name].target for name in values.serving.settings_set() if name in self.settings]
        return tuple(reserved)


# Variables that pick GPUs behind the scheduler's back. The NVIDIA container runtime reads
# NVIDIA_VISIBLE_DEVICES from the container's environment (`all`: every GPU of the node, whatever the
# device plugin allocated: NVIDIA/k8s-device-plugin README, option
# accept-nvidia-visible-devices-envvar-when-unprivileged; NVIDIA/nvidia-container-toolkit
# docs, "Environment variables (OCI spec)"), CUDA reads CUDA_VISIBLE_DEVICES.
GPU_SELECTION_ENVIRONMENT = {
    "NVIDIA_VISIBLE_DEVICES": "selects GPUs behind the scheduler (the device plugin sets it from container.gpuCount)",
    "CUDA_VISIBLE_DEVICES": "selects GPUs behind the scheduler (the device plugin sets it from container.gpuCount)",
    "NVIDIA_DRIVER_CAPABILITIES": "is set by the GPU runtime for the GPUs container.gpuCount requests",
}

# The engine's home: an emptyDir (see `writable_environment`).
ENGINE_HOME = "/home/engine"


def python_ml_caches(home: str = ENGINE_HOME) -> dict[str, str]:
    """Where the Python ML stack both engines are built on writes at run time, all under `home`:
    huggingface_hub (HF_HOME: token, xet and module caches; the weights go to the model cache volume
    through the engine's own variable), outlines (structured generation), Triton and TorchInductor
    (compiled kernels), and the XDG cache every other library falls back to."""
    return {
        "HOME": home,
        "XDG_CACHE_HOME": f"{home}/.cache",
        "HF_HOME": f"{home}/.cache/huggingface",
        "OUTLINES_CACHE_DIR": f"{home}/.cache/outlines",
        "TRITON_CACHE_DIR": f"{home}/.triton",
        "TORCHINDUCTOR_CACHE_DIR": f"{home}/.cache/torchinductor",
    }


def snapshot_folder(cache_path: str, model_id: str, revision: str) -> str:
    """Where huggingface_hub's cache keeps the files of `model_id` at commit `revision`:
    `<cache>/models--<org>--<name>/snapshots/<revision>` (huggingface_hub file_download.py
    repo_folder_name and the snapshots/<commit_hash> layout)."""
    return f"{cache_path}/models--{model_id.replace('/', '--')}/snapshots/{revision}"


# Written by the model cache Job once the engine's download command has succeeded; the Job then
# completes at once on a later run (a re-created Job needs neither the Hub nor a second download).
COMPLETE_MARKERS = ".ai-workloads-complete"

# `sh -c SCRIPT sh MARKER CLI...`: the values reach the script only as positional parameters, never
# as script text. Completes at once when the marker of this exact model and revision exists.
DOWNLOAD_SCRIPT = (
    'set -eu; marker="$1"; shift; '
    'if [ -e "$marker" ]; then echo "model cache already complete ($marker)"; exit 0; fi; '
    '"$@"; mkdir -p "$(dirname "$marker")"; touch "$marker"; echo "model cache complete ($marker)"'
)


def idempotent_download(cache_path: str, model_id: str, revision: str, cli: list[str]) -> list[str]:
    """The engine's download command `cli`, run only when this model revision is not yet complete in
    the cache, then marked complete (see DOWNLOAD_SCRIPT)."""
    marker = f"{cache_path}/{COMPLETE_MARKERS}/models--{model_id.replace('/', '--')}@{revision}"
    return ["sh", "-c", DOWNLOAD_SCRIPT, "sh", marker, *cli]


_ENGINES: dict[str, ServingEngine] = {}


def register_engine(engine: ServingEngine) -> ServingEngine:
    if engine.name in _ENGINES:
        raise ValueError(f"serving engine {engine.name!r} is already registered")
    _ENGINES[engine.name] = engine
    return engine


def engine_named(name: str) -> ServingEngine:
    return _ENGINES[name]


def engines() -> tuple[ServingEngine, ...]:
    return tuple(_ENGINES.values())


# The engines: importing an engine's module registers it (one line per engine).
from ai_workloads.ml_inference_load.engines import (  # noqa: E402
    tgi,  # noqa: F401
    vllm,  # noqa: F401
)
