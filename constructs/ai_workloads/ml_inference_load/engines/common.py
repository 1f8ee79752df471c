"""What the engines share at run time: the engine's home and the caches of the Python ML stack, the hub cache
layout, and the idempotent model download the model cache Job runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

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
