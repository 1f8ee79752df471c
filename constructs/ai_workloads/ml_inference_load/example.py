"""The kind's example (example.yaml) and distinct variants of it, for benchmarks and scale tests."""

from __future__ import annotations

import copy
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import yaml

EXAMPLE = Path(__file__).with_name("example.yaml")


@cache
def _example() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text())


def example_variant(index: int) -> dict[str, Any]:
    """The example with its own service name, namespace, model revision and host; every other GPU count."""
    document = copy.deepcopy(_example())
    name = f"llm-{index:05d}"
    document["serviceName"] = name
    document["namespace"] = f"ml-team-{index % 20:02d}"
    document["model"]["revision"] = hashlib.sha1(name.encode()).hexdigest()
    document["container"]["gpuCount"] = 1 + index % 2
    document["gateway"]["hosts"] = [f"{name}.inference.example.com"]
    return document
