"""LoRA adapters of an ML_INFERENCE_LOAD workload: static, each pinned to a commit, fetched into the model cache.

`serving.lora.adapters` lists Hugging Face adapter repositories, each at a full commit SHA. The model cache's
download Job fetches every adapter next to the model (the same hub cache layout:
`/data/models--<org>--<name>/snapshots/<sha>`), and the server, which runs offline, loads each adapter from that
folder at start:

| engine | how the adapters reach the server |
|---|---|
| vLLM | `--enable-lora`, `--max-loras`, `--max-lora-rank`, `--max-cpu-loras` (= the number of adapters: none is ever evicted to disk), `--lora-modules` with one JSON object `{"name", "path", "base_model_name"}` per adapter |
| TGI | `LORA_ADAPTERS=<name>=<snapshot folder>,...` (a path skips the launcher's download step) |

Clients pick an adapter by sending its `name` as the OpenAI `model`. Adapters are static: run-time loading
(vLLM's `VLLM_ALLOW_RUNTIME_LORA_UPDATING`, which vLLM itself calls development-only) is refused, as are the LoRA
flags and variables the construct sets. How each engine takes adapters, and every upstream fact this relies on
with its source, is the engine's `lora` (engines/*_lora.py).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, StringConstraints, model_validator

from ai_workloads._values.common import FieldError, StrictModel, raise_problems, reject_duplicates
from ai_workloads._values.hub import CommitSha, HubRepoId
from ai_workloads.gates.cross_object import LORA_ADAPTERS_ANNOTATION
from ai_workloads.ml_inference_load.engines import DOWNLOAD_SCRIPT, ServingEngine, engines, snapshot_folder
from ai_workloads.ml_inference_load.engines.base import Folders, LoraSupport

# vLLM's ranks: the `maxLoraRank` description names them (vLLM is the engine with batch and rank settings).
from ai_workloads.ml_inference_load.engines.vllm_lora import VLLM_DEFAULT_LORA_RANK, VLLM_LORA_RANKS

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

# Adapters in one batch when maxLoras is unset: every adapter, up to this many (each slot reserves GPU memory
# for an adapter of maxLoraRank in every LoRA layer).
DEFAULT_MAX_LORAS_CAP = 4
MAX_ADAPTERS = 32
# A name clients send as `model`: no `,` `=` `@` (TGI's LORA_ADAPTERS separators), no `/` (never a Hub id).
ADAPTER_NAME = r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$"


class LoraAdapter(StrictModel):
    """One LoRA adapter repository on the Hugging Face Hub, pinned to a commit."""

    name: Annotated[
        str,
        StringConstraints(pattern=ADAPTER_NAME),
        Field(
            description="Name clients send as the OpenAI `model` to use this adapter: letters, digits, `.`, `_`, `-` "
            "(at most 63, starting and ending with a letter or digit); unique, and not the served model name."
        ),
    ]
    id: Annotated[HubRepoId, Field(description="Hugging Face repository id of the adapter, e.g. `org/my-adapter`.")]
    revision: Annotated[
        CommitSha,
        Field(
            description="Full 40-character commit SHA of the adapter repository: a branch or tag name is rejected, "
            "as for `model.revision`."
        ),
    ]

    @property
    def source(self) -> str:
        return f"{self.id}@{self.revision}"


class LoraSettings(StrictModel):
    """Static LoRA adapters, fetched into the model cache at their pinned commits and loaded at start."""

    adapters: list[LoraAdapter] = Field(
        min_length=1, max_length=MAX_ADAPTERS, description="The adapters the server loads at start."
    )
    max_loras: int | None = Field(
        None,
        ge=1,
        description="Adapters one batch may mix (vLLM `--max-loras`; each reserves GPU memory). Default: the number "
        f"of adapters, at most {DEFAULT_MAX_LORAS_CAP}; requests for further adapters wait for a free slot. vLLM only.",
    )
    max_lora_rank: int | None = Field(
        None,
        description=f"Highest adapter rank (vLLM `--max-lora-rank`, one of {', '.join(map(str, VLLM_LORA_RANKS))}; "
        f"default {VLLM_DEFAULT_LORA_RANK}, vLLM's own). The server fails at start on an adapter of a higher rank. "
        "vLLM only.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> LoraSettings:
        problems = reject_duplicates("adapters", "name", [adapter.name for adapter in self.adapters])
        if self.max_loras is not None and self.max_loras > len(self.adapters):
            problems.append(
                FieldError(
                    ("maxLoras",),
                    f"{self.max_loras} is more than the {len(self.adapters)} adapter(s) listed: at most "
                    f"{len(self.adapters)} can be in one batch",
                )
            )
        raise_problems(problems)
        return self

    @property
    def adapter_names(self) -> tuple[str, ...]:
        """The names clients (and an adapter-aware router) send as `model`, in file order."""
        return tuple(adapter.name for adapter in self.adapters)

    @property
    def batch_adapters(self) -> int:
        """maxLoras, else the number of adapters up to DEFAULT_MAX_LORAS_CAP."""
        return self.max_loras or min(len(self.adapters), DEFAULT_MAX_LORAS_CAP)

    @property
    def rank(self) -> int:
        return self.max_lora_rank or VLLM_DEFAULT_LORA_RANK

    def digest(self) -> str:
        """12 hex digits of sha256 over the adapters' `id@revision`, sorted: what the cache must hold besides the
        model (names and order do not change what is downloaded)."""
        sources = "\n".join(sorted({adapter.source for adapter in self.adapters}))
        return hashlib.sha256(sources.encode()).hexdigest()[:12]


# --- the engine's LoRA support (ServingEngine.lora) ------------------------------------------------------


def adapter_folders(values: MlInferenceLoadValues) -> Folders:
    """(name, snapshot folder in the model cache) of every adapter; empty without `serving.lora`."""
    lora = values.serving.lora
    if lora is None:
        return []
    cache = values.serving_engine.model_cache_path
    return [(adapter.name, snapshot_folder(cache, adapter.id, adapter.revision)) for adapter in lora.adapters]


def server_arguments(values: MlInferenceLoadValues) -> list[str]:
    """The engine's LoRA arguments (none without `serving.lora`)."""
    folders = adapter_folders(values)
    support = values.serving_engine.lora
    return support.arguments(values, folders) if folders and support else []


def server_environment(values: MlInferenceLoadValues) -> dict[str, str]:
    """The engine's LoRA variables (none without `serving.lora`)."""
    folders = adapter_folders(values)
    support = values.serving_engine.lora
    return support.environment(folders) if folders and support else {}


# --- the download Job ----------------------------------------------------------------------------------


def adapter_annotations(values: MlInferenceLoadValues) -> dict[str, str]:
    """On the server and its download Job: the adapters loaded / fetched, `<id>@<revision>,...` sorted (the
    cross-object gate checks that the Job filling the server's claim fetches every one)."""
    lora = values.serving.lora
    if lora is None:
        return {}
    return {LORA_ADAPTERS_ANNOTATION: ",".join(sorted({adapter.source for adapter in lora.adapters}))}


def job_identity(values: MlInferenceLoadValues) -> tuple[str, ...]:
    """What the download Job fetches besides the model, for its name: `lora-<digest>`, or nothing."""
    lora = values.serving.lora
    return (f"lora-{lora.digest()}",) if lora is not None else ()


def download_command(engine: ServingEngine, values: MlInferenceLoadValues) -> list[str]:
    """The engine's idempotent model download (`sh -c DOWNLOAD_SCRIPT sh MARKER CLI...`), extended to the
    adapters: the engine's own CLI once per repository (the model first, then each adapter, as the engine
    would download it as a model), run by a loop whose script text holds no value, and a completion marker
    that names the adapters' digest, so a changed adapter list downloads again. Unchanged without
    `serving.lora`."""
    command = engine.download_command(values)
    lora = values.serving.lora
    if lora is None:
        return command
    wrapper, marker, cli = _split(command)
    adapters = [
        _split(engine.download_command(values.model_copy(update={"model": values.model.model_copy(update=source)})))[2]
        for source in ({"id": adapter.id, "revision": adapter.revision} for adapter in lora.adapters)
    ]
    if any(len(other) != len(cli) for other in adapters):
        raise ValueError(f"the {engine.name} engine's download commands differ in length: {cli}, {adapters}")
    # Each command has len(cli) words: run "$1".."$n", shift n, until none is left.
    words = " ".join(f'"${{{index}}}"' for index in range(1, len(cli) + 1))
    loop = f'set -eu; while [ "$#" -gt 0 ]; do {words}; shift {len(cli)}; done'
    flat = [word for each in (cli, *adapters) for word in each]
    return [*wrapper, f"{marker}+lora-{lora.digest()}", "sh", "-c", loop, "sh", *flat]


def _split(command: list[str]) -> tuple[list[str], str, list[str]]:
    """(`sh -c DOWNLOAD_SCRIPT sh`, marker, CLI) of an engine's idempotent download command."""
    wrapper, marker, cli = command[:4], command[4], command[5:]
    if wrapper != ["sh", "-c", DOWNLOAD_SCRIPT, "sh"]:
        raise ValueError(f"not an idempotent download command: {wrapper}")
    return wrapper, marker, cli


# --- validation ------------------------------------------------------------------------------------------


def _supporting(*, ranks: bool = False) -> list[str]:
    """The engines that take adapters (with `ranks`: and have batch and rank settings)."""
    return [engine.name for engine in engines() if engine.lora and (engine.lora.ranks or not ranks)]


def lora_problems(values: MlInferenceLoadValues) -> list[FieldError]:
    """serving.lora against the rest of the workload: a model cache this workload fills, adapter names the engine
    can tell from the base model, the engine's batch and rank settings; and the run-time LoRA switches refused in
    the environment, with or without serving.lora."""
    support = values.serving_engine.lora
    lora = values.serving.lora
    path = ("serving", "lora")
    if support is None:
        unsupported = f"is not supported by the {values.engine} engine (supported by: {', '.join(_supporting())})"
        return [FieldError(path, unsupported)] if lora is not None else []
    problems = _environment_problems(values, support)
    if lora is None:
        return problems
    return [
        *problems,
        *_cache_problems(values),
        *_name_problems(values, lora, support),
        *_setting_problems(values, lora, support),
    ]


def _cache_problems(values: MlInferenceLoadValues) -> list[FieldError]:
    """The adapters come through the model cache's download Job: a cache this workload fills."""
    path = ("serving", "lora")
    cache = values.model_cache
    if cache is None:
        return [
            FieldError(
                path,
                "needs modelCache: the download Job fetches every adapter at its pinned commit into the cache, "
                "and the server loads them from there offline",
            )
        ]
    if cache.sharing.value == "use":
        return [
            FieldError(
                path,
                "needs a model cache this workload fills (modelCache.sharing private or provide): with sharing "
                "'use' the providing workload's download Job does not fetch these adapters",
            )
        ]
    return []


def _name_problems(values: MlInferenceLoadValues, lora: LoraSettings, support: LoraSupport) -> list[FieldError]:
    """Adapter names the engine can tell from the base model and from its own reserved names."""
    served = values.serving.served_model_name or values.model.id
    problems = []
    for index, adapter in enumerate(lora.adapters):
        where = ("serving", "lora", "adapters", index, "name")
        if adapter.name == served:
            problems.append(
                FieldError(
                    where,
                    f"'{adapter.name}' is the served model name: the engine could not tell the base model from "
                    "the adapter (vLLM refuses to start)",
                )
            )
        elif adapter.name in support.reserved_names:
            problems.append(FieldError(where, f"'{adapter.name}' is reserved: {support.reserved_names[adapter.name]}"))
    return problems


def _setting_problems(values: MlInferenceLoadValues, lora: LoraSettings, support: LoraSupport) -> list[FieldError]:
    """maxLoras/maxLoraRank only for engines with batch and rank settings; the rank one the engine accepts."""
    path = ("serving", "lora")
    problems = []
    for setting in ("max_loras", "max_lora_rank"):
        if getattr(lora, setting) is not None and not support.ranks:
            camel = "maxLoras" if setting == "max_loras" else "maxLoraRank"
            problems.append(
                FieldError(
                    (*path, camel),
                    f"is not supported by the {values.engine} engine (it loads every adapter at start; supported by: "
                    f"{', '.join(_supporting(ranks=True))})",
                )
            )
    if lora.max_lora_rank is not None and support.ranks and lora.max_lora_rank not in support.ranks:
        problems.append(
            FieldError(
                (*path, "maxLoraRank"),
                f"{lora.max_lora_rank} is not a rank the {values.engine} engine accepts (one of: "
                f"{', '.join(map(str, support.ranks))})",
            )
        )
    return problems


def _environment_problems(values: MlInferenceLoadValues, support: LoraSupport) -> list[FieldError]:
    container = values.container
    names = {
        "environment": [item.name for item in container.environment],
        "secrets": [item.name for item in container.secrets],
    }
    return [
        FieldError(("container", list_field, index, "name"), f"'{name}' {support.refused_environment[name]}")
        for list_field, listed in names.items()
        for index, name in enumerate(listed)
        if name in support.refused_environment
    ]
