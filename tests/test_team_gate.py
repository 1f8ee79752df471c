"""The team's CI gate (`make ci` = `python -m ai_workloads.repo_check`) on workload files that are not the
examples, in a scratch copy of the project: green for a valid, synthesized set; red, naming the file, for
a stale output or an invalid workload file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import REPO, snapshot
from team_project import make_team_project, team_workloads, write_workload

CHECKOV = REPO / "tools" / "checkov" / ".venv" / "bin" / "checkov"


def repo_check(project: Path, *, checkov: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ai_workloads.repo_check", "--checkov", checkov],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_a_generated_set_of_team_workloads_passes_the_team_gate(tmp_path):
    # GIVEN six workload files that are not the examples (TGI, vLLM with a model cache, two MLServer releases
    # whose apps share names) in two namespaces, synthesized and committed as a team would
    project = make_team_project(tmp_path / "team")
    assert sorted(p.name for p in (project / "dist").iterdir()) == sorted(
        f"{Path(name).stem}.k8s.yaml" for name in team_workloads()
    )
    # WHEN the team's CI runs the gate, policy scanner included
    result = repo_check(project, checkov=str(CHECKOV))
    # THEN every step passes
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ci: 4/4 policy scanner (checkov)" in result.stdout
    assert "dist/: 6 file(s)" in result.stdout


def test_the_gate_names_each_committed_output_that_is_stale(tmp_path):
    project = make_team_project(tmp_path / "team")
    # GIVEN a changed workload and a new one, both without `make synth`
    chat = yaml.safe_load((project / "workloads" / "chat.yaml").read_text())
    chat["container"]["gpuCount"] = 2
    write_workload(project / "workloads", "chat.yaml", chat)
    extra = dict(chat, serviceName="chat-extra", gateway={"hosts": ["chat-extra.team-a.example.org"]})
    write_workload(project / "workloads", "chat-extra.yaml", extra)
    before = snapshot(project)
    # WHEN the gate runs
    result = repo_check(project)
    # THEN it fails, naming each output file and what to do; nothing of the project changed
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith("dist/chat.k8s.yaml: line ") and "run `make synth`" in line for line in lines), lines
    assert any(line.startswith("dist/chat-extra.k8s.yaml: missing: ") for line in lines), lines
    assert any(line.startswith("argocd/apps/chat-extra.yaml: missing: ") for line in lines), lines
    assert any(line.startswith(".cat/backstage/components/chat-extra.yaml: missing: ") for line in lines), lines
    assert snapshot(project) == before


def test_the_gate_reports_an_invalid_workload_file_as_file_path_message(tmp_path):
    project = make_team_project(tmp_path / "team")
    summarize = yaml.safe_load((project / "workloads" / "summarize.yaml").read_text())
    summarize["container"]["gpuCount"] = 9
    write_workload(project / "workloads", "summarize.yaml", summarize)
    result = repo_check(project)
    assert result.returncode == 1
    assert any(
        re.match(r"workloads/summarize\.yaml:\d+:\d+: container\.gpuCount: ", line)
        for line in result.stderr.splitlines()
    ), result.stderr
    assert "Traceback" not in result.stderr


def test_the_gate_fails_on_a_hand_edited_dist_file(tmp_path):
    # GIVEN a committed dist/ file edited by hand (it still parses)
    project = make_team_project(tmp_path / "team")
    path = project / "dist" / "scoring.k8s.yaml"
    path.write_text(path.read_text().replace("maxReplicas: 5", "maxReplicas: 50"))
    result = repo_check(project)
    assert result.returncode == 1
    assert any(
        line.startswith("dist/scoring.k8s.yaml: line ") and "maxReplicas: 50" in line
        for line in result.stderr.splitlines()
    ), result.stderr


def test_make_ci_runs_the_gate_and_make_test_runs_make_ci():
    # The Makefile's recipes (dry run): `make ci` is the team gate; `make test` is it plus the tool's tests
    ci = subprocess.run(["make", "-n", "ci"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert "python -m ai_workloads.repo_check" in ci.stdout, ci.stdout + ci.stderr
    test = subprocess.run(["make", "-n", "test"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert "python -m ai_workloads.repo_check" in test.stdout and "python -m pytest" in test.stdout
    assert (REPO / ".ci" / "run").read_text().strip().endswith("make test")
