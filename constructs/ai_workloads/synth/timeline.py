"""Where a synthesis spends its wall time, by step, and a few facts about the run (how many render
workers started early, whether the render stack was preloaded). AI_WORKLOADS_TIMINGS=1 prints them as
one line for people (the benchmark reads it for its profile); AI_WORKLOADS_TIMINGS=json prints them as
one JSON object on one stderr line, the form tests and tools read (`report_object` says its shape).
Costs one clock read per step otherwise."""

from __future__ import annotations

import itertools
import json
import os
import sys
import time

TIMINGS_ENV = "AI_WORKLOADS_TIMINGS"
# The value of TIMINGS_ENV that asks for the JSON line.
JSON = "json"

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


def report_object() -> dict[str, object]:
    """{"timings": {"steps": [[step, seconds], ...] in order, "total": seconds, "notes": {name: value}}}."""
    steps = [[name, round(end - begin, 6)] for (_, begin), (name, end) in itertools.pairwise(_marks)]
    total = round(_marks[-1][1] - _marks[0][1], 6) if _marks else 0.0
    return {"timings": {"steps": steps, "total": total, "notes": dict(_notes)}}


def report() -> None:
    wanted = os.environ.get(TIMINGS_ENV, "").strip()
    if not wanted or len(_marks) < 2:
        return
    if wanted == JSON:
        print(json.dumps(report_object(), sort_keys=True, default=str), file=sys.stderr)
        return
    steps = ", ".join(f"{name} {end - begin:.3f}" for (_, begin), (name, end) in itertools.pairwise(_marks))
    notes = "".join(f"; {name} {value}" for name, value in _notes.items())
    print(f"timings (s): {steps}; total {_marks[-1][1] - _marks[0][1]:.3f}{notes}", file=sys.stderr)
