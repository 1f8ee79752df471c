"""Render workers started before the library is imported (synth/launch.py): when, and that they change
nothing but the time."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import DIST, PROJECT, REPO, WORKLOADS, run_cli_noting_cdk8s, run_facts, run_main, snapshot

from ai_workloads.synth import cache, launch, workers


def _folder(tmp_path: Path, files: int) -> Path:
    folder = tmp_path / "workloads"
    folder.mkdir()
    for index in range(files):
        (folder / f"w{index:04d}.yaml").write_text("type: ML_INFERENCE_LOAD\n")
    return folder


def _record(tmp_path: Path, *, newer_than_files: bool) -> None:
    record = tmp_path / launch.RECORD_PATH
    record.parent.mkdir(parents=True)
    record.write_bytes(b"record")
    files_time = max(path.stat().st_mtime_ns for path in (tmp_path / "workloads").iterdir())
    stamp = files_time + (10**9 if newer_than_files else -(10**9))
    os.utime(record, ns=(stamp, stamp))
    if not newer_than_files:
        os.utime(tmp_path / "workloads", ns=(files_time, files_time))


@pytest.fixture
def cores(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


# launch.early_worker_count's rules, one per case; the record of a previous run counts by its existence
# alone (its age, newer or older than the workload files, is not checked).
@pytest.mark.parametrize(
    ("files", "record", "argv", "environ", "expected"),
    [
        pytest.param(10, None, [], {}, 0, id="fewer-files-than-2x40:in-process"),
        pytest.param(200, None, [], {}, 2, id="no-record:one-per-core"),
        pytest.param(100, None, [], {}, 2, id="no-record:one-per-40-files-up-to-one-per-core"),
        pytest.param(200, None, [], {"AI_WORKLOADS_SYNTH_WORKERS": "1"}, 0, id="workers-1:in-process"),
        pytest.param(10, None, [], {"AI_WORKLOADS_SYNTH_WORKERS": "2"}, 2, id="workers-2:two-whatever-the-files"),
        pytest.param(200, "newer than the files", [], {}, 0, id="record-exists:in-process(newer-than-files)"),
        pytest.param(200, "older than the files", [], {}, 0, id="record-exists:in-process(age-not-checked)"),
        pytest.param(200, "newer than the files", ["--no-cache"], {}, 2, id="no-cache:record-ignored"),
        pytest.param(0, None, ["--workloads", "missing"], {}, 0, id="no-workloads-folder:in-process"),
    ],
)
def test_how_many_workers_start_early(tmp_path, monkeypatch, cores, files, record, argv, environ, expected):
    # GIVEN a project with `files` workload files and perhaps a record of the last run
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path, files)
    if record:
        _record(tmp_path, newer_than_files=record == "newer than the files")
    # WHEN main.py decides how many workers to start before the library import  THEN
    assert launch.early_worker_count(argv, environ) == expected


def test_the_launcher_agrees_with_the_library_on_names_and_paths():
    assert str(cache.CACHE_DIR / cache.RECORD_FILE) == launch.RECORD_PATH
    assert (launch.WORKERS_ENV, launch.MIN_WORKLOADS_PER_WORKER) == (
        workers.WORKERS_ENV,
        workers.MIN_WORKLOADS_PER_WORKER,
    )
    from ai_workloads.synth import read

    assert launch.WORKLOAD_SUFFIXES == read.WORKLOAD_SUFFIXES
    source = (REPO / "constructs" / "ai_workloads" / "synth" / "launch.py").read_text()
    assert "import ai_workloads" not in source and "from ai_workloads" not in source  # standard library only


def test_workers_started_early_render_what_one_process_renders(tmp_path):
    # GIVEN a first synthesis of the example workloads with two workers asked for (started before the
    # library import: there is no record of a previous run)
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    early = run_main(tmp_path, env={"AI_WORKLOADS_SYNTH_WORKERS": "2", "AI_WORKLOADS_TIMINGS": "json"})
    # WHEN the same is rendered in-process
    one = run_main(tmp_path, "--no-cache", "--outdir", "one", env={"AI_WORKLOADS_SYNTH_WORKERS": "1"})
    # THEN the workers were started early, and the output is byte for byte the same
    assert early.returncode == one.returncode == 0, early.stderr + one.stderr
    assert run_facts(early.stderr)["notes"]["early_workers"] == 2
    assert snapshot(tmp_path / "dist") == snapshot(tmp_path / "one") == snapshot(DIST)


def test_an_edit_in_a_warm_project_is_rendered_with_the_stack_preloaded_as_a_full_rebuild(tmp_path):
    # GIVEN a project synthesized once (every workload cached)
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    first = run_main(tmp_path)
    assert first.returncode == 0, first.stderr
    # WHEN one workload is edited and synthesized again (the render stack loads in a thread while the
    # cached workloads are read), and the same is rebuilt from nothing
    path = tmp_path / "workloads" / "llama-3-8b-instruct.yaml"
    path.write_text(path.read_text().replace('value: "8000"', 'value: "7000"', 1))
    edited = run_main(tmp_path, env={"AI_WORKLOADS_TIMINGS": "json"})
    full = run_main(tmp_path, "--no-cache", "--outdir", "full")
    # THEN the edit alone was rendered, after the preload, byte for byte as the full rebuild renders it
    assert edited.returncode == full.returncode == 0, edited.stderr + full.stderr
    assert run_facts(edited.stderr)["notes"]["render_stack_preloaded"] == 1
    examples = len(list((tmp_path / "workloads").glob("*.yaml")))
    assert f"rendered 1, reused {examples - 1} of {examples} workload(s)" in edited.stderr
    assert snapshot(tmp_path / "dist") == snapshot(tmp_path / "full")
    assert snapshot(tmp_path / "dist")["llama-3-8b-instruct.k8s.yaml"] != snapshot(DIST)["llama-3-8b-instruct.k8s.yaml"]


def test_with_render_workers_the_main_process_never_loads_cdk8s(tmp_path):
    # GIVEN a first run (nothing cached) of the examples with the platform files, rendered by two workers
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    shutil.copy(PROJECT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    shutil.copytree(PROJECT / "schemas", tmp_path / "schemas")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    result = run_cli_noting_cdk8s(tmp_path, env={"AI_WORKLOADS_SYNTH_WORKERS": "2"})
    # THEN the root Argo CD Application was rendered by a worker too: the main process never started cdk8s
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "cdk8s not loaded"
    assert (tmp_path / "argocd" / "application.yaml").read_bytes() == (
        PROJECT / "argocd" / "application.yaml"
    ).read_bytes()
    assert snapshot(tmp_path / "argocd") == snapshot(PROJECT / "argocd")


def test_slices_have_about_equal_objects_and_a_multiple_of_the_workers(monkeypatch):
    # GIVEN 300 loaded workloads of both kinds (9 to 14 objects each with its Application), a budget of
    # 600 objects per task (AI_WORKLOADS_WORKER_MAX_OBJECTS) and two workers
    from ai_workloads.synth.loader import load_workload_file
    from ai_workloads.synth.read import discover_workload_files

    paths, _ = discover_workload_files(WORKLOADS)
    examples = [load_workload_file(path) for path in paths]
    workloads = [examples[index % len(examples)] for index in range(300)]
    monkeypatch.setenv(launch.MAX_OBJECTS_ENV, "600")
    monkeypatch.delenv(workers.PER_TASK_ENV, raising=False)
    # WHEN they are sliced for the workers
    parts = workers.slices(workloads, 2)
    # THEN the slices are contiguous and complete, their count a multiple of two, and each holds about
    # the same number of objects, none far above the budget
    assert [w for part in parts for w in part] == workloads
    assert len(parts) % 2 == 0
    estimates = {w.values.objects_estimate() for w in examples}
    assert len(estimates) >= 4  # the examples differ in size, so the slicing has something to balance
    biggest = max(estimates)
    objects = [sum(w.values.objects_estimate() for w in part) for part in parts]
    assert max(objects) <= 600 + biggest and max(objects) - min(objects) <= 2 * biggest, objects


def test_each_kind_estimates_the_objects_of_the_examples_exactly():
    # GIVEN the example workloads and their committed dist/ files
    import yaml

    from ai_workloads.synth.loader import load_workload_file
    from ai_workloads.synth.read import discover_workload_files

    paths, _ = discover_workload_files(WORKLOADS)
    for path in paths:
        workload = load_workload_file(path)
        objects = [doc for doc in yaml.safe_load_all((DIST / f"{workload.name}.k8s.yaml").read_text()) if doc]
        # THEN the kind's estimate is its objects and the Argo CD Application
        assert workload.values.objects_estimate() == len(objects) + 1, path.name
