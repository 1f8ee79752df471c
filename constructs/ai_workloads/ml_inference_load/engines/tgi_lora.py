"""How TGI takes static LoRA adapters (ml_inference_load/lora.py): `LORA_ADAPTERS=<name>=<snapshot folder>,...`
(a path skips the launcher's download step). Every upstream fact is in `LORA.facts`, with its source
(tests/test_lora.py reads them back)."""

from __future__ import annotations

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines.base import Folders, LoraSupport

TGI_RELEASE = "huggingface/text-generation-inference@v3.3.4"


def _environment(folders: Folders) -> dict[str, str]:
    return {"LORA_ADAPTERS": ",".join(f"{name}={path}" for name, path in folders)}


LORA = LoraSupport(
    arguments=lambda values, folders: [],
    environment=_environment,
    reserved_names={"tgi": "TGI's router reads the model name 'tgi' as the base model"},
    refused_environment={
        "LORA_ADAPTERS": "is set from serving.lora (adapters pinned to a commit and fetched into the model cache)",
    },
    facts=(
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
)
