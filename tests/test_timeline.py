"""synth/timeline.py: the step timings and facts of a run, for people (AI_WORKLOADS_TIMINGS=1, read by
`make bench`) and as one JSON line (AI_WORKLOADS_TIMINGS=json, read by tests and tools)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_facts

from ai_workloads.synth import timeline


def _a_run() -> None:
    timeline.start()
    timeline.note("early_workers", 2)
    timeline.mark("read_and_key")
    timeline.mark("render_and_gates")
    timeline.note("render_stack_preloaded", 1)
    timeline.report()


def test_json_is_one_line_with_every_step_in_order_and_every_note(monkeypatch, capsys):
    monkeypatch.setenv(timeline.TIMINGS_ENV, "json")
    _a_run()
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    facts = run_facts(err)
    assert [name for name, _ in facts["steps"]] == ["read_and_key", "render_and_gates"]
    assert all(isinstance(seconds, float) and seconds >= 0 for _, seconds in facts["steps"])
    assert facts["total"] >= max(seconds for _, seconds in facts["steps"])
    assert facts["notes"] == {"early_workers": 2, "render_stack_preloaded": 1}
    assert json.loads(err) == {"timings": facts}


def test_the_line_for_people_keeps_the_form_the_benchmark_reads(monkeypatch, capsys):
    monkeypatch.setenv(timeline.TIMINGS_ENV, "1")
    _a_run()
    [line] = capsys.readouterr().err.splitlines()
    # bench/run.py takes the line starting `timings (s):` and its `; total N` (the run's own time)
    assert re.fullmatch(
        r"timings \(s\): read_and_key [0-9.]+, render_and_gates [0-9.]+; total [0-9.]+"
        r"; early_workers 2; render_stack_preloaded 1",
        line,
    ), line


@pytest.mark.parametrize("value", ["", None])
def test_nothing_is_printed_unless_asked(monkeypatch, capsys, value):
    if value is None:
        monkeypatch.delenv(timeline.TIMINGS_ENV, raising=False)
    else:
        monkeypatch.setenv(timeline.TIMINGS_ENV, value)
    _a_run()
    assert capsys.readouterr().err == ""
