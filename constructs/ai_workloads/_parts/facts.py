"""A fact the rendering relies on, with the upstream source it was verified against: shared by the serving
engines (ml_inference_load/engines), the MLServer images (mlserver_release) and the platform
(_parts/platform_facts.py). Each module's tests read every fact back from the rendered objects."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineFact:
    """One fact about an image or a platform component that the rendering relies on, and where it was verified."""

    fact: str
    value: str
    source: str
