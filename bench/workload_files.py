"""Generate N synthetic workload files from the registered kinds' examples (the registry names the kinds).

Scenarios: one per kind (its slug, e.g. `ml-inference-load`), and `mixed` (the kinds in turn).
"""

from __future__ import annotations

from pathlib import Path

import yaml

import ai_workloads  # noqa: F401  (registers the built-in kinds)
from ai_workloads.registry import kinds

MIXED = "mixed"
SCENARIOS = tuple(kind.slug for kind in kinds() if kind.example_variant) + (MIXED,)


def write_workloads(folder: Path, scenario: str, count: int) -> None:
    generators = [kind for kind in kinds() if kind.example_variant and (scenario in (MIXED, kind.slug))]
    if not generators:
        raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        kind = generators[index % len(generators)]
        document = kind.example_variant(index)
        (folder / f"w{index:05d}.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
