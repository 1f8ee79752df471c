"""Generate N synthetic workload files from the registered kinds' examples (the registry names the kinds).

A kind takes part when its folder has an `example.py` with `example_variant(index) -> document`: the
index-th of many distinct valid workload files of the kind, derived from its example.yaml (names and hosts
unique per index). That is a benchmark and scale-test concern, so it is found here by convention rather
than registered with the kind.

Scenarios: one per such kind (its slug, e.g. `ml-inference-load`), and `mixed` (the kinds in turn).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

import ai_workloads  # noqa: F401  (registers the built-in kinds)
from ai_workloads.registry import WorkloadKind, kinds

MIXED = "mixed"
Variant = Callable[[int], dict[str, Any]]


def example_variant(kind: WorkloadKind) -> Variant | None:
    """`example_variant` of the kind's `example.py` (the module next to its values model), if it has one."""
    package = kind.values.__module__.rpartition(".")[0]
    name = f"{package}.example"
    if importlib.util.find_spec(name) is None:
        return None
    variant: Variant | None = getattr(importlib.import_module(name), "example_variant", None)
    return variant


VARIANTS = {kind.slug: variant for kind in kinds() if (variant := example_variant(kind))}
SCENARIOS = (*VARIANTS, MIXED)


def write_workloads(folder: Path, scenario: str, count: int) -> None:
    generators = [variant for slug, variant in VARIANTS.items() if scenario in (MIXED, slug)]
    if not generators:
        raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        document = generators[index % len(generators)](index)
        (folder / f"w{index:05d}.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
