"""Serving engines of ML_INFERENCE_LOAD: what is specific to the model server inside the pod.

An engine is one module in this folder holding one engine defined on one of the two bases of base.py
(`EnvironmentEngine`: settings are variables; `ArgumentEngine`: settings are flags): its image facts (each with the
upstream source it was read from), and how the container is started from the workload's values
(command, arguments, environment, the paths it writes). The GPU serving workload around it -
scheduling, volumes, Service, Gateway, secrets, PDB, NetworkPolicy - is the same for every engine
(see ../construct.py). What the rest of the workload needs from an engine is the `ServingEngine`
Protocol (base.py); what engines share at run time is in common.py. This package registers each engine
(the list at the end).
"""

from __future__ import annotations

from ai_workloads._parts.facts import EngineFact
from ai_workloads.ml_inference_load.engines import tgi, vllm
from ai_workloads.ml_inference_load.engines.base import (
    GPU_SELECTION_ENVIRONMENT,
    ArgumentEngine,
    EngineSetting,
    EnvironmentEngine,
    ServingEngine,
)
from ai_workloads.ml_inference_load.engines.common import (
    COMPLETE_MARKERS,
    DOWNLOAD_SCRIPT,
    ENGINE_HOME,
    hub_download,
    idempotent_download,
    python_ml_caches,
    snapshot_folder,
)

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

_ENGINES: dict[str, ServingEngine] = {}


def register_engine(engine: ServingEngine) -> ServingEngine:
    """Make `engine` selectable as `engine: <name>`."""
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
DEFAULT_ENGINE = tgi.TGI.name

# The engines, in the order of the schema's `engine` enum (one entry per engine; an engine module
# imports base.py and common.py, never this package).
for _engine in (tgi.TGI, vllm.VLLM):
    register_engine(_engine)
