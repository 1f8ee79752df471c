"""How vLLM takes static LoRA adapters (ml_inference_load/lora.py): `--enable-lora` and `--lora-modules` with
one JSON object per adapter folder in the model cache. Every upstream fact is in `LORA.facts`, with its source
(tests/test_lora.py reads them back)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines.base import Folders, LoraSupport

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

VLLM_RELEASE = "vllm-project/vllm@v0.33.0 (PyPI wheel vllm-0.33.0)"

# vllm/config/lora.py `MaxLoRARanks = Literal[1, 8, 16, 32, 64, 128, 256, 320, 512]`, default 16.
VLLM_LORA_RANKS = (1, 8, 16, 32, 64, 128, 256, 320, 512)
VLLM_DEFAULT_LORA_RANK = 16


def _arguments(values: MlInferenceLoadValues, folders: Folders) -> list[str]:
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


LORA = LoraSupport(
    arguments=_arguments,
    environment=lambda folders: {},
    ranks=VLLM_LORA_RANKS,
    refused_environment={
        "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "adds API routes that load and unload adapters at run time, which "
        "vLLM calls development-only: list the adapters under serving.lora",
    },
    facts=(
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
)
