"""Every malformed input: non-zero exit, the exact `<file>: <field path>: <message>` line, dist/ untouched."""

from __future__ import annotations

import pytest

from bad_inputs import BAD_INPUTS, BadInput
from conftest import run_main, snapshot


def test_the_table_covers_at_least_25_cases_across_workload_types():
    assert len(BAD_INPUTS) >= 25
    assert any(case.id.startswith("mlserver-") for case in BAD_INPUTS)
    assert len({case.id for case in BAD_INPUTS}) == len(BAD_INPUTS)


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[case.id for case in BAD_INPUTS])
def test_bad_input_is_rejected_with_an_actionable_message(case: BadInput, workdir):
    # GIVEN the example workloads plus one malformed file, and the committed dist/
    case.write(workdir / "workloads")
    dist_before = snapshot(workdir / "dist")
    # WHEN synthesizing
    result = run_main(workdir)
    # THEN it fails, names file, field path and problem, and leaves dist/ byte for byte as it was
    expected = case.expected
    if "{size}" in expected:
        expected = expected.format(size=(workdir / "workloads" / case.file).stat().st_size)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert expected in lines, "\n".join(lines)
    assert lines[-1].startswith("error: ") and lines[-1].endswith("problem(s); dist/ left unchanged")
    assert snapshot(workdir / "dist") == dist_before
