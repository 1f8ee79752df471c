"""dist/: the committed output is the golden snapshot of the examples, and synthesis is safe and repeatable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import DIST, REPO, WORKLOADS, run_main, snapshot


def test_committed_dist_is_fresh_golden_snapshot_of_the_examples(tmp_path):
    # GIVEN the example workloads  WHEN synthesized into a scratch folder
    result = run_main(REPO, "--outdir", str(tmp_path / "dist"))
    # THEN the output equals the committed dist/ byte for byte (run `make synth` when this fails)
    assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path / "dist") == snapshot(DIST), "dist/ is stale: run `make synth` and commit it"


def test_one_file_per_workload_and_nothing_else():
    workloads = sorted(p.name for p in WORKLOADS.glob("*.yaml"))
    assert sorted(p.name for p in DIST.iterdir()) == sorted(
        f"{name}.k8s.yaml"
        for name in ["fraud-scoring", "llama-3-8b-instruct", "mixtral-8x7b-instruct-awq", "qwen2-5-7b-instruct"]
    )
    assert len(workloads) == 4


def test_two_synths_are_byte_identical(tmp_path):
    first = run_main(REPO, "--outdir", str(tmp_path / "one"))
    second = run_main(REPO, "--outdir", str(tmp_path / "two"))
    assert first.returncode == second.returncode == 0
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_a_removed_workload_disappears_and_stray_files_are_removed(workdir):
    # GIVEN dist/ with a stray file, and one workload file deleted
    (workdir / "dist" / "stray.txt").write_text("not ours")
    (workdir / "workloads" / "mixtral-8x7b-instruct-awq.yaml").unlink()
    # WHEN synthesizing
    result = run_main(workdir)
    # THEN dist/ holds exactly the remaining workloads' files
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (workdir / "dist").iterdir()) == [
        "fraud-scoring.k8s.yaml",
        "llama-3-8b-instruct.k8s.yaml",
        "qwen2-5-7b-instruct.k8s.yaml",
    ]
    assert not list(workdir.glob(".dist.new-*")), "no staging folder may be left behind"


def test_zero_workloads_is_an_error_not_an_empty_dist(workdir):
    for path in (workdir / "workloads").iterdir():
        path.unlink()
    before = snapshot(workdir / "dist")
    result = run_main(workdir)
    assert result.returncode == 1
    assert "workloads: <root>: no workload files (*.yaml): refusing to write an empty dist/" in result.stderr.splitlines()
    assert snapshot(workdir / "dist") == before


def test_errors_in_several_files_are_all_reported_at_once(workdir):
    (workdir / "workloads" / "a.yaml").write_text("type: ML_INFERENCE_LOAD\n")
    (workdir / "workloads" / "b.yaml").write_text("- 1\n")
    result = run_main(workdir)
    lines = result.stderr.splitlines()
    assert "workloads/b.yaml: <root>: expected a mapping of workload values, found a list" in lines
    assert "workloads/a.yaml: serviceName: required field is missing" in lines
    assert "workloads/a.yaml: model: required field is missing" in lines


def cli_env() -> dict[str, str]:
    """cdk8s.yaml runs `python main.py`: the venv's python must come first on PATH, as under make."""
    venv_bin = os.path.dirname(sys.executable)
    return {**os.environ, "CDK8S_CHECK_UPGRADE": "false", "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}"}


def cdk8s_cli() -> str:
    path = REPO / "node_modules" / ".bin" / "cdk8s"
    if not path.exists():
        pytest.skip("cdk8s CLI not installed: run `make test` (it runs npm ci)")
    return str(path)


def test_cdk8s_synth_through_the_pinned_cli_writes_the_same_dist(workdir):
    # GIVEN a project copy whose dist/ is empty  WHEN `cdk8s synth` runs the app
    shutil.rmtree(workdir / "dist")
    shutil.copy(REPO / "main.py", workdir / "main.py")
    env = cli_env()
    result = subprocess.run(
        [cdk8s_cli(), "synth", "--no-check-upgrade"], cwd=workdir, capture_output=True, text=True, env=env, timeout=300
    )
    # THEN it succeeds, lists the manifests, and dist/ equals the committed one
    assert result.returncode == 0, result.stdout + result.stderr
    assert "llama-3-8b-instruct.k8s.yaml" in result.stdout
    assert "Node 20 is end-of-life" not in result.stdout + result.stderr
    assert snapshot(workdir / "dist") == snapshot(DIST)


def test_failed_cdk8s_synth_leaves_dist_untouched(workdir):
    shutil.copy(REPO / "main.py", workdir / "main.py")
    (workdir / "workloads" / "bad.yaml").write_text("type: ML_INFERENCE_LOAD\nserviceName: Bad\n")
    before = snapshot(workdir / "dist")
    env = cli_env()
    result = subprocess.run(
        [cdk8s_cli(), "synth", "--no-check-upgrade"], cwd=workdir, capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode != 0
    assert "workloads/bad.yaml: serviceName: String should match pattern" in result.stdout + result.stderr
    assert snapshot(workdir / "dist") == before


def test_cdk8s_synth_twice_never_deletes_dist_through_its_scratch_link(workdir):
    # GIVEN a first successful `cdk8s synth` (it leaves .cdk8s.out as a link to dist/)
    shutil.copy(REPO / "main.py", workdir / "main.py")
    first = subprocess.run([cdk8s_cli(), "synth", "--no-check-upgrade"], cwd=workdir, capture_output=True, text=True,
                           env=cli_env(), timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    assert (workdir / ".cdk8s.out").is_symlink()
    before = snapshot(workdir / "dist")
    # WHEN a second run fails (the CLI first removes its output folder, then runs the app)
    (workdir / "workloads" / "bad.yaml").write_text("type: ML_INFERENCE_LOAD\n")
    second = subprocess.run([cdk8s_cli(), "synth", "--no-check-upgrade"], cwd=workdir, capture_output=True, text=True,
                            env=cli_env(), timeout=300)
    # THEN only the link went away; dist/ is byte for byte the same
    assert second.returncode != 0
    assert snapshot(workdir / "dist") == before


def test_imports_are_exactly_what_cdk8s_import_generates_from_the_crds(tmp_path, crds_folder):
    # GIVEN the CRDs of ../shared/crds  WHEN `make imports` regenerates the bindings elsewhere
    config = (REPO / "cdk8s.yaml").read_text()
    result = subprocess.run(
        ["make", "-s", "imports", f"IMPORTS_OUT={tmp_path / 'imports'}", f"CRDS_DIR={crds_folder}"],
        cwd=REPO, capture_output=True, text=True, env=cli_env(), timeout=600,
    )
    # THEN they equal the committed imports/ (never edited by hand)
    assert result.returncode == 0, result.stdout + result.stderr
    committed = {k: v for k, v in snapshot(REPO / "imports").items() if "__pycache__" not in k}
    assert snapshot(tmp_path / "imports") == committed
    # AND cdk8s.yaml keeps listing only the upstream URLs (`cdk8s import FILE` would append FILE to it)
    assert (REPO / "cdk8s.yaml").read_text() == config


def test_every_generated_file_is_fresh(tmp_path, monkeypatch, capsys):
    """GIVEN a project copy with only the workload files and cdk8s.yaml
    WHEN one synthesis writes dist/ and the platform files from scratch (TypeScript included)
    THEN dist/, schemas/, argocd/ and .cat/backstage/ equal the committed ones byte for byte."""
    from ai_workloads.synth.cli import main

    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    shutil.copy(REPO / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    monkeypatch.chdir(tmp_path)
    assert main([]) == 0, capsys.readouterr().err
    for folder in ("dist", "schemas", "argocd", ".cat/backstage"):
        assert snapshot(tmp_path / folder) == snapshot(REPO / folder), f"{folder}/ is stale: run `make synth`"
