"""The benchmark runs (once, at N = 1) and parallel synthesis gives exactly the in-process result."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO, run_main, snapshot

sys.path.insert(0, str(REPO / "bench"))
from workload_files import write_workloads


def test_bench_runs_make_synth_at_n_1_and_writes_results_and_plot(tmp_path):
    # GIVEN the benchmark at its smallest size, one run per case
    output, plot = tmp_path / "results.json", tmp_path / "scaling.png"
    # WHEN it runs (make synth in a scratch project: cold, one file changed, unchanged)
    result = subprocess.run(
        [
            sys.executable,
            "bench/run.py",
            "--sizes",
            "1",
            "--runs",
            "1",
            "--scenarios",
            "mixed",
            "--no-profile",
            "--output",
            str(output),
            "--plot",
            str(plot),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # THEN each case is measured on what make synth printed, and the plot is a PNG
    assert result.returncode == 0, result.stderr
    rows = {row["mode"]: row for row in json.loads(output.read_text())["results"]}
    assert sorted(rows) == ["cold", "unchanged", "warm"]
    assert (rows["cold"]["scenario"], rows["cold"]["files"], rows["cold"]["objects"]) == (
        "mixed",
        1,
        9,
    )  # the 8 platform objects and the PodMonitor
    assert rows["cold"]["summary"].startswith("wrote 1 file(s) with 9 object(s) to dist/, schemas/")
    assert rows["warm"]["summary"].startswith("wrote 1 file(s) with 9 object(s)")
    assert rows["unchanged"]["summary"] == "nothing changed: 1 workload(s), dist/ and the platform files are up to date"
    assert rows["cold"]["wall_seconds_median"] > 0 and rows["cold"]["peak_rss_mb"] > 50
    assert plot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_workers_render_the_same_dist_as_one_process(tmp_path):
    # GIVEN 36 generated workloads of both types
    write_workloads(tmp_path / "workloads", "mixed", 36)
    # WHEN synthesized in-process and with 3 workers
    one = run_main(tmp_path, "--outdir", "one", env={"AI_WORKLOADS_SYNTH_WORKERS": "1"})
    three = run_main(tmp_path, "--outdir", "three", env={"AI_WORKLOADS_SYNTH_WORKERS": "3"})
    # THEN both succeed with byte-identical output
    assert one.returncode == three.returncode == 0, one.stderr + three.stderr
    assert len(snapshot(tmp_path / "one")) == 36
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "three")


def test_workers_hand_over_to_fresh_workers_without_changing_the_output(tmp_path):
    # GIVEN 12 workloads and tasks of at most 4 workloads (a fresh worker process for each task)
    write_workloads(tmp_path / "workloads", "ml-inference-load", 12)
    one = run_main(tmp_path, "--outdir", "one", env={"AI_WORKLOADS_SYNTH_WORKERS": "1"})
    relay = run_main(
        tmp_path,
        "--outdir",
        "relay",
        env={"AI_WORKLOADS_SYNTH_WORKERS": "2", "AI_WORKLOADS_WORKLOADS_PER_TASK": "4"},
    )
    # THEN every workload is rendered once, in the same bytes
    assert one.returncode == relay.returncode == 0, one.stderr + relay.stderr
    assert len(snapshot(tmp_path / "relay")) == 12
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "relay")


def test_workers_report_errors_of_every_slice_with_file_and_path(tmp_path):
    write_workloads(tmp_path / "workloads", "ml-inference-load", 6)
    (tmp_path / "workloads" / "w00000.yaml").write_text("type: ML_INFERENCE_LOAD\nserviceName: X\n")
    (tmp_path / "workloads" / "w00005.yaml").write_text((tmp_path / "workloads" / "w00004.yaml").read_text())
    result = run_main(tmp_path, env={"AI_WORKLOADS_SYNTH_WORKERS": "2"})
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert (
        "workloads/w00000.yaml:2:1: serviceName: upper-case letters are not allowed in a DNS-1035 label: write 'x'"
        in lines
    )
    assert (
        "workloads/w00005.yaml: serviceName: 'llm-00004' is already used by workloads/w00004.yaml "
        "(it names dist/llm-00004.k8s.yaml)"
    ) in lines
    assert not (tmp_path / "dist").exists()
