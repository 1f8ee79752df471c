"""The kind's example (example.yaml) and distinct variants of it, for benchmarks and scale tests."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml

EXAMPLE = Path(__file__).with_name("example.yaml")


@cache
def _example() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text())


def example_variant(index: int) -> dict[str, Any]:
    """The example release with its own name, namespace and host; app names and ConfigMaps stay unique."""
    document = copy.deepcopy(_example())
    release = f"rel-{index:05d}"
    document["releaseName"] = release
    document["namespace"] = f"ml-serving-{index:05d}"
    document["istio"]["hosts"] = [f"{release}.models.example.com"]
    return document
