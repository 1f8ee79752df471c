"""Distinct variants of the kind's example (example.yaml), for benchmarks and scale tests (bench/workload_files.py)."""

from __future__ import annotations

import hashlib
from typing import Any


def example_variant(document: dict[str, Any], index: int) -> dict[str, Any]:
    """The example (`document`, a fresh copy) with its own service name, namespace, model revision and host;
    every other GPU count."""
    name = f"llm-{index:05d}"
    document["serviceName"] = name
    document["namespace"] = f"ml-team-{index % 20:02d}"
    document["model"]["revision"] = hashlib.sha1(name.encode()).hexdigest()
    document["container"]["gpuCount"] = 1 + index % 2
    document["gateway"]["hosts"] = [f"{name}.inference.example.com"]
    return document
