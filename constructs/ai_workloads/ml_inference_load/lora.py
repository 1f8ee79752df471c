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
flags and variables the construct sets. Every upstream fact this relies on is in `LORA_FACTS`, with its source.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, StringConstraints, model_validator

from ai_workloads._values.common import FieldError, StrictModel, raise_problems, reject_duplicates
from ai_workloads._values.hub import CommitSha, HubRepoId
from ai_workloads.gates.cross_object import LORA_ADAPTERS_ANNOTATION
from ai_workloads.ml_inference_load.engines import DOWNLOAD_SCRIPT, EngineFact, ServingEngine, snapshot_folder

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

VLLM_RELEASE = "vllm-project/vllm@v0.33.0 (PyPI wheel vllm-0.33.0)"
TGI_RELEASE = "huggingface/text-generation-inference@v3.3.4"

# vllm/config/lora.py `MaxLoRARanks = Literal[1, 8, 16, 32, 64, 128, 256, 320, 512]`, default 16.
VLLM_LORA_RANKS = (1, 8, 16, 32, 64, 128, 256, 320, 512)
VLLM_DEFAULT_LORA_RANK = 16
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


# --- upstream facts ----------------------------------------------------------------------------------------

# Each fact is read back from the rendering and, where the release is on the machine, from its source
# (tests/test_lora.py).
LORA_FACTS: dict[str, tuple[EngineFact, ...]] = {
    "vllm": (
        EngineFact(
            "enable flag",
            "--enable-lora (argparse BooleanOptionalAction) turns LoRA handling on",
            f"{VLLM_RELEASE}:vllm/engine/arg_utils.py EngineArgs.add_cli_args (LoRAConfig group)",
        ),
        EngineFact(
            "lora modules",
            "--lora-modules takes one or more values (nargs +); a value with `=` and no `,` is the old name=path "
            "form, any other is a JSON object with the keys name, path, base_model_name, is_3d_lora_weight",
            f"{VLLM_RELEASE}:vllm/entrypoints/common/cli_args.py LoRAParserAction; "
            "vllm/entrypoints/openai/models/protocol.py LoRAModulePath; vllm/engine/arg_utils.py get_kwargs",
        ),
        EngineFact(
            "adapter path",
            "an absolute path is used as it is, anything else not on disk is downloaded from the Hub",
            f"{VLLM_RELEASE}:vllm/lora/utils.py get_adapter_absolute_path",
        ),
        EngineFact(
            "max loras",
            "--max-loras: adapters in one batch, at least 1, default 1",
            f"{VLLM_RELEASE}:vllm/config/lora.py LoRAConfig.max_loras",
        ),
        EngineFact(
            "max lora rank",
            f"--max-lora-rank: one of {', '.join(map(str, VLLM_LORA_RANKS))}, default 16; an adapter of a "
            "higher rank fails to load",
            f"{VLLM_RELEASE}:vllm/config/lora.py MaxLoRARanks; vllm/lora/peft_helper.py PEFTHelper.validate_legal",
        ),
        EngineFact(
            "max cpu loras",
            "--max-cpu-loras: adapters kept in CPU memory, default --max-loras, never below it",
            f"{VLLM_RELEASE}:vllm/config/lora.py LoRAConfig._validate_lora_config",
        ),
        EngineFact(
            "adapter names",
            "a static adapter named like a served base model, or twice, fails the start (init_static_loras "
            "raises on the error response); base_model_name is kept only when it is a served model name",
            f"{VLLM_RELEASE}:vllm/entrypoints/openai/models/serving.py OpenAIServingModels.init_static_loras, "
            "load_lora_adapter, _check_load_lora_adapter_request",
        ),
        EngineFact(
            "runtime updating",
            "VLLM_ALLOW_RUNTIME_LORA_UPDATING (1/true) adds the load and unload adapter routes and logs that this "
            "should only be used for local development; the docs: not for production",
            f"{VLLM_RELEASE}:vllm/envs.py, vllm/entrypoints/serve/lora/api_router.py attach_router; "
            "docs/features/lora.md (Dynamically serving LoRA Adapters)",
        ),
    ),
    "tgi": (
        EngineFact(
            "adapters variable",
            "LORA_ADAPTERS (launcher flag --lora-adapters, clap env), comma-separated, passed on to the shards",
            f"{TGI_RELEASE}:launcher/src/main.rs Args.lora_adapters, shard_manager",
        ),
        EngineFact(
            "adapter format",
            "each entry `id[=path][@revision]` (at most one `=` and one `@`): the id is the name requests use",
            f"{TGI_RELEASE}:server/text_generation_server/utils/adapter.py parse_lora_adapters",
        ),
        EngineFact(
            "local adapter path",
            "an entry with `=` is not downloaded by the launcher; the server reads the adapter config and its "
            "`.safetensors` weights from the path (a folder with `.bin` weights only fails: nothing converts them)",
            f"{TGI_RELEASE}:launcher/src/main.rs (skip download if a path is provided); "
            "server/text_generation_server/utils/adapter.py load_module_map",
        ),
        EngineFact(
            "adapter selection",
            "the OpenAI `model` becomes the adapter id unless it is `tgi`; an unknown id is served by the base model",
            f'{TGI_RELEASE}:router/src/lib.rs, router/src/server.rs (adapter_id: model.filter(|m| *m != "tgi")); '
            "server/text_generation_server/models/flash_causal_lm.py (ADAPTER_TO_INDEX.get(adapter_id, 0))",
        ),
        EngineFact(
            "prefix caching",
            "the launcher turns prefix caching off when LORA_ADAPTERS is set (unless PREFIX_CACHING is)",
            f"{TGI_RELEASE}:launcher/src/main.rs resolve_attention",
        ),
    ),
}


# --- engines -------------------------------------------------------------------------------------------

# (adapter name, snapshot folder) of every adapter, in file order.
Folders = list[tuple[str, str]]


@dataclass(frozen=True)
class LoraSupport:
    """How one engine takes static adapters.

    :param arguments: `(values, folders) -> arguments` appended to the engine's own.
    :param environment: `(folders) -> variables` added to the engine's own.
    :param ranks: the accepted `maxLoraRank` values; empty: the engine has no batch or rank settings
        (`maxLoras`, `maxLoraRank` refused).
    :param reserved_names: adapter names the engine reads as something else (name -> why).
    :param refused_environment: variables a workload file may not set (name -> why, what to use).
    """

    arguments: Callable[[MlInferenceLoadValues, Folders], list[str]]
    environment: Callable[[Folders], dict[str, str]]
    ranks: tuple[int, ...] = ()
    reserved_names: Mapping[str, str] = field(default_factory=dict)
    refused_environment: Mapping[str, str] = field(default_factory=dict)


def _vllm_arguments(values: MlInferenceLoadValues, folders: Folders) -> list[str]:
    lora = values.serving.lora
    assert lora is not None
    served = values.serving.served_model_name or values.model.id
    modules = [json.dumps({"name": name, "path": path, "base_model_name": served}) for name, path in folders]
    return [
        "--enable-lora",
        "--max-loras",
        str(lora.batch_adapters),
        "--max-lora-rank",
        str(lora.rank),
        "--max-cpu-loras",
        str(len(folders)),
        "--lora-modules",
        *modules,
    ]


def _tgi_environment(folders: Folders) -> dict[str, str]:
    return {"LORA_ADAPTERS": ",".join(f"{name}={path}" for name, path in folders)}


LORA_ENGINES: dict[str, LoraSupport] = {
    "vllm": LoraSupport(
        arguments=_vllm_arguments,
        environment=lambda folders: {},
        ranks=VLLM_LORA_RANKS,
        refused_environment={
            "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "adds API routes that load and unload adapters at run time, which "
            "vLLM calls development-only: list the adapters under serving.lora",
        },
    ),
    "tgi": LoraSupport(
        arguments=lambda values, folders: [],
        environment=_tgi_environment,
        reserved_names={"tgi": "TGI's router reads the model name 'tgi' as the base model"},
        refused_environment={
            "LORA_ADAPTERS": "is set from serving.lora (adapters pinned to a commit and fetched into the model cache)",
        },
    ),
}


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
    return LORA_ENGINES[values.engine].arguments(values, folders) if folders else []


def server_environment(values: MlInferenceLoadValues) -> dict[str, str]:
    """The engine's LoRA variables (none without `serving.lora`)."""
    folders = adapter_folders(values)
    return LORA_ENGINES[values.engine].environment(folders) if folders else {}


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


def lora_problems(values: MlInferenceLoadValues) -> list[FieldError]:
    """serving.lora against the rest of the workload: a model cache this workload fills, adapter names the engine
    can tell from the base model, the engine's batch and rank settings; and the run-time LoRA switches refused in
    the environment, with or without serving.lora."""
    support = LORA_ENGINES.get(values.engine)
    lora = values.serving.lora
    path = ("serving", "lora")
    if support is None:
        unsupported = f"is not supported by the {values.engine} engine (supported by: {', '.join(LORA_ENGINES)})"
        return [FieldError(path, unsupported)] if lora is not None else []
    problems = _environment_problems(values, support)
    if lora is None:
        return problems
    cache = values.model_cache
    if cache is None:
        problems.append(
            FieldError(
                path,
                "needs modelCache: the download Job fetches every adapter at its pinned commit into the cache, "
                "and the server loads them from there offline",
            )
        )
    elif cache.sharing.value == "use":
        problems.append(
            FieldError(
                path,
                "needs a model cache this workload fills (modelCache.sharing private or provide): with sharing "
                "'use' the providing workload's download Job does not fetch these adapters",
            )
        )
    served = values.serving.served_model_name or values.model.id
    for index, adapter in enumerate(lora.adapters):
        where = (*path, "adapters", index, "name")
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
    for setting in ("max_loras", "max_lora_rank"):
        if getattr(lora, setting) is not None and not support.ranks:
            camel = "maxLoras" if setting == "max_loras" else "maxLoraRank"
            problems.append(
                FieldError(
                    (*path, camel),
                    f"is not supported by the {values.engine} engine (it loads every adapter at start; supported by: "
                    f"{', '.join(name for name, other in LORA_ENGINES.items() if other.ranks)})",
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
