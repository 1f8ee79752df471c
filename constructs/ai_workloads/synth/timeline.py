"""Where a synthesis spends its wall time, by step: printed to stderr when AI_WORKLOADS_TIMINGS=1 (the
benchmark uses it for its profile). Costs one clock read per step otherwise."""

from __future__ import annotations

import itertools
import os
import sys
import time

TIMINGS_ENV = "AI_WORKLOADS_TIMINGS"

_marks: list[tuple[str, float]] = []
_notes: dict[str, object] = {}


def start() -> None:
    _marks.clear()
    _notes.clear()
    _marks.append(("start", time.perf_counter()))


def mark(step: str) -> None:
    """The step that just ended."""
    _marks.append((step, time.perf_counter()))


def note(name: str, value: object) -> None:
    """A fact about the run, reported after the steps (e.g. how many workers started early)."""
    _notes[name] = value


def report() -> None:
    if not os.environ.get(TIMINGS_ENV) or len(_marks) < 2:
        return
    steps = ", ".join(f"{name} {end - begin:.3f}" for (_, begin), (name, end) in itertools.pairwise(_marks))
    notes = "".join(f"; {name} {value}" for name, value in _notes.items())
    print(f"timings (s): {steps}; total {_marks[-1][1] - _marks[0][1]:.3f}{notes}", file=sys.stderr)
