"""Generate N synthetic workload files from the registered kinds' examples (the registry names the kinds).

A kind takes part when its folder has an `example.py` with `example_variant(document, index) -> document`:
the index-th of many distinct valid workload files of the kind, derived from a fresh copy of its
example.yaml (names and hosts unique per index). That is a benchmark and scale-test concern, so it is found here by convention rather
than registered with the kind.

Scenarios: one per such kind (its slug, e.g. `ml-inference-load`), and `mixed` (the kinds in turn).
"""

from __future__ import annotations

import copy
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
Document = dict[str, Any]


def example_variant(kind: WorkloadKind) -> Variant | None:
    """`example_variant` of the kind's `example.py` (the module next to its values model), if it has one."""
    package = kind.values.__module__.rpartition(".")[0]
    name = f"{package}.example"
    if importlib.util.find_spec(name) is None:
        return None
    module = importlib.import_module(name)
    vary: Callable[[Document, int], Document] | None = getattr(module, "example_variant", None)
    if vary is None or module.__file__ is None:
        return None
    example = yaml.safe_load(Path(module.__file__).with_name("example.yaml").read_text())
    return lambda index: vary(copy.deepcopy(example), index)


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
