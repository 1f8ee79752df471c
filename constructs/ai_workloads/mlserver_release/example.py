"""Distinct variants of the kind's example (example.yaml), for benchmarks and scale tests (bench/workload_files.py)."""

from __future__ import annotations

from typing import Any


def example_variant(document: dict[str, Any], index: int) -> dict[str, Any]:
    """The example release (`document`, a fresh copy) with its own name, namespace and host; app names and
    ConfigMaps stay unique."""
    release = f"rel-{index:05d}"
    document["releaseName"] = release
    document["namespace"] = f"ml-serving-{index:05d}"
    document["istio"]["hosts"] = [f"{release}.models.example.com"]
    return document
