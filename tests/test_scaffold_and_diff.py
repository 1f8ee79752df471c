"""`make new` writes a workload file that validates and synthesizes; `make diff` describes what a change to
workloads/ does to dist/ and argocd/, object by object, against the committed outputs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_main
from team_project import make_team_project, write_workload


def make(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["make", "-s", "-C", str(REPO), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600
    )


@pytest.mark.parametrize(
    "kind, engine", [("ML_INFERENCE_LOAD", "tgi"), ("ML_INFERENCE_LOAD", "vllm"), ("MLSERVER_RELEASE", None)]
)
def test_make_new_writes_a_file_that_validates_and_synthesizes(tmp_path, kind, engine):
    workloads = tmp_path / "workloads"
    result = make(
        "new",
        "NAME=team-model",
        f"KIND={kind}",
        f"WORKLOADS_DIR={workloads}",
        *([f"ENGINE={engine}"] if engine else []),
    )
    assert result.returncode == 0, result.stderr
    text = (workloads / "team-model.yaml").read_text()
    schema = "ml-inference-load" if kind == "ML_INFERENCE_LOAD" else "mlserver-release"
    assert text.splitlines()[0] == f"# yaml-language-server: $schema=../schemas/{schema}.schema.json"
    document = yaml.safe_load(text)
    assert document["type"] == kind and document.get("engine") == engine
    # every optional key of the top level is either set or shown as a comment
    from ai_workloads.platform.schemas import schema_documents

    properties = schema_documents()[f"{schema}.schema.json"]["properties"]
    for key in properties:
        assert key in document or f"# {key}:" in text, key
    # AND the file synthesizes as it is
    synth = run_main(tmp_path, "--no-cache")
    assert synth.returncode == 0, synth.stderr
    assert (tmp_path / "dist" / "team-model.k8s.yaml").is_file()


def test_make_new_refuses_to_overwrite_and_bad_options(tmp_path):
    workloads = tmp_path / "workloads"
    assert make("new", "NAME=x1", f"WORKLOADS_DIR={workloads}").returncode == 0
    again = make("new", "NAME=x1", f"WORKLOADS_DIR={workloads}")
    assert again.returncode != 0 and f"make new: error: {workloads}/x1.yaml: exists already" in again.stderr
    engine = make("new", "NAME=x2", "KIND=MLSERVER_RELEASE", "ENGINE=vllm", f"WORKLOADS_DIR={workloads}")
    assert "make new: error: ENGINE='vllm': MLSERVER_RELEASE has no serving engine" in engine.stderr
    bad = make("new", "NAME=Bad_Name", f"WORKLOADS_DIR={workloads}")
    # file:line:column: field: message (the line and column of the field in the written file)
    assert re.search(rf"make new: error: {re.escape(str(workloads))}/Bad_Name\.yaml:\d+:\d+: serviceName: ", bad.stderr)
    assert not (workloads / "Bad_Name.yaml").exists()
    assert "make new: NAME=<workload name> is required" in make("new", f"WORKLOADS_DIR={workloads}").stderr.splitlines()


def git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


def test_make_diff_lists_added_removed_and_changed_objects(tmp_path):
    # GIVEN a team repository with its outputs committed
    project = make_team_project(tmp_path / "team")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "outputs")
    # WHEN a workload changes (2 GPUs), one is added and one removed, without make synth
    chat = yaml.safe_load((project / "workloads" / "chat.yaml").read_text())
    chat["container"]["gpuCount"] = 2
    write_workload(project / "workloads", "chat.yaml", chat)
    write_workload(
        project / "workloads",
        "chat-extra.yaml",
        dict(chat, serviceName="chat-extra", gateway={"hosts": ["chat-extra.team-a.example.org"]}),
    )
    (project / "workloads" / "summarize.yaml").unlink()
    result = subprocess.run(
        [sys.executable, "-m", "ai_workloads.outputs_diff"], cwd=project, capture_output=True, text=True, timeout=600
    )
    # THEN the description names each file and object, and the changed fields with old and new values
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "### dist/chat.k8s.yaml (changed)" in out
    assert "- changed Deployment team-a/chat" in out
    assert "`spec.template.spec.containers[0].resources.limits.nvidia.com/gpu: 1 -> 2`" in out
    assert "### dist/chat-extra.k8s.yaml (new file)" in out and "- added Deployment team-a/chat-extra" in out
    assert "### dist/summarize.k8s.yaml (deleted)" in out and "- removed Deployment team-b/summarize" in out
    assert "### argocd/apps/chat-extra.yaml (new file)" in out
    assert "dist/scoring.k8s.yaml" not in out  # untouched workloads are not listed
    # AND nothing of the project was written
    status = subprocess.run(["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True).stdout
    assert sorted(status.splitlines()) == sorted(
        [" M workloads/chat.yaml", " D workloads/summarize.yaml", "?? workloads/chat-extra.yaml"]
    )
