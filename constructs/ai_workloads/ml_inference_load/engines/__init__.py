"""Serving engines of ML_INFERENCE_LOAD: what is specific to the model server inside the pod.

An engine is one module in this folder holding one engine defined on one of the two bases of base.py
(`EnvironmentEngine`: settings are variables; `ArgumentEngine`: settings are flags): its image facts (each with the
upstream source it was read from), and how the container is started from the workload's values
(command, arguments, environment, the paths it writes). The GPU serving workload around it -
scheduling, volumes, Service, Gateway, secrets, PDB, NetworkPolicy - is the same for every engine
(see ../construct.py). What the rest of the workload needs from an engine is the `ServingEngine`
Protocol (base.py). An engine registers itself with `register_engine`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines.base import (
    GPU_SELECTION_ENVIRONMENT,
    ArgumentEngine,
    EngineSetting,
    EnvironmentEngine,
    ServingEngine,
)

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

__all__ = [
    "COMPLETE_MARKERS",
    "DEFAULT_ENGINE",
    "DOWNLOAD_SCRIPT",
    "ENGINE_HOME",
    "GPU_SELECTION_ENVIRONMENT",
    "ArgumentEngine",
    "EngineFact",
    "EngineSetting",
    "EnvironmentEngine",
    "ServingEngine",
    "engine_named",
    "engines",
    "hub_download",
    "idempotent_download",
    "python_ml_caches",
    "register_engine",
    "snapshot_folder",
]

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


def hub_download(values: MlInferenceLoadValues, cli: str, cache_path: str) -> list[str]:
    """`<cli> download <model.id> --revision <model.revision> --cache-dir <cache_path>`: the whole model
    repository at the pinned revision into the hub cache layout, once (idempotent_download)."""
    model = values.model
    command = [cli, "download", model.id, "--revision", model.revision, "--cache-dir", cache_path]
    return idempotent_download(cache_path, model.id, model.revision, command)


_ENGINES: dict[str, ServingEngine] = {}


def register_engine(engine: ServingEngine) -> ServingEngine:
    """Make `engine` selectable as `engine: <name>` (each engine module registers its engine once)."""
    if engine.name in _ENGINES:
        raise ValueError(f"serving engine {engine.name!r} is already registered")
    _ENGINES[engine.name] = engine
    return engine


def engine_named(name: str) -> ServingEngine:
    """The registered engine selected by `engine: <name>`."""
    return _ENGINES[name]


def engines() -> tuple[ServingEngine, ...]:
    """Every registered engine, in registration order (the order of the schema's `engine` enum)."""
    return tuple(_ENGINES.values())


# The `engine:` of a workload file that names none.
DEFAULT_ENGINE = "tgi"

# The engines: importing an engine's module registers it (one line per engine).
from ai_workloads.ml_inference_load.engines import (  # noqa: E402
    tgi,  # noqa: F401
    vllm,  # noqa: F401
)
