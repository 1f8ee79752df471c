"""`make bench`: how synthesis cost grows from 1 to 2000 workloads, and where the time goes.

For each scenario and size it writes N workload files into a temporary folder and runs the same
command as `make synth` (`python main.py`, validation gates included) several times, reporting the
median wall time, the peak RSS of the whole process tree (Python, its workers and their Node.js jsii
runtimes), and seconds per 1000 objects. At the largest size it profiles one in-process run by phase.
Results go to stdout and to bench/results.json. Never part of the pass/fail tests.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Optional, Sequence

from workload_files import SCENARIOS, write_workloads

REPO_MAIN = Path("main.py")
DEFAULT_SIZES = (1, 10, 100, 200, 500, 2000)
TARGETS = [
    # (scenario, size, seconds, description)
    ("ml-inference-load", 200, 4.0, "200 ML_INFERENCE_LOAD (1600 objects) under 4 s"),
    ("ml-inference-load", 2000, 30.0, "2000 workloads under 30 s"),
    ("ml-inference-load", 1, 2.0, "one workload under 2 s from process start"),
]
RSS_TARGET_MB = 1024


def _tree_rss_kb(root: int) -> int:
    """Resident memory of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_once(workloads: Path, outdir: Path) -> tuple[float, int, int]:
    """(wall seconds, peak tree RSS in KB, objects rendered) of one `python main.py`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(REPO_MAIN), "--workloads", str(workloads), "--outdir", str(outdir), "--no-platform-files",
         "--no-cache"],  # full rebuilds: the runs of one size would otherwise reuse each other
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"synthesis failed:\n{stderr}")
    objects = int(re.search(r"with (\d+) object", stdout).group(1))
    return wall, peak, objects


def measure(scenario: str, size: int, runs: int, scratch: Path) -> dict[str, Any]:
    workloads = scratch / f"{scenario}-{size}" / "workloads"
    write_workloads(workloads, scenario, size)
    samples = [run_once(workloads, workloads.parent / "dist") for _ in range(runs)]
    wall = statistics.median(s[0] for s in samples)
    objects = samples[0][2]
    return {
        "scenario": scenario,
        "workloads": size,
        "objects": objects,
        "wall_seconds_median": round(wall, 3),
        "wall_seconds_all": [round(s[0], 3) for s in samples],
        "peak_rss_mb": round(max(s[1] for s in samples) / 1024, 1),
        "seconds_per_1000_objects": round(wall / objects * 1000, 3),
    }


def profile_phases(scenario: str, size: int, scratch: Path) -> dict[str, Any]:
    """One in-process run (a single worker) split by phase, plus the top functions by own time."""
    workloads = scratch / f"{scenario}-{size}" / "workloads"
    if not workloads.exists():
        write_workloads(workloads, scenario, size)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import ai_workloads.synth.build"], check=True)
    import_seconds = time.perf_counter() - started

    from ai_workloads.gates import crd_catalog_status, cross_object_errors, object_schema_errors
    from ai_workloads.synth.build import render_one
    from ai_workloads.synth.cli import write_dist
    from ai_workloads.synth.loader import discover_workload_files, load_workload_file

    profiler = cProfile.Profile()
    phases: dict[str, float] = {"load_and_validate_values": 0.0, "build_constructs": 0.0, "validation_gates": 0.0}
    files, _ = discover_workload_files(workloads)
    catalog, _ = crd_catalog_status(announce=False)
    rendered = []
    profiler.enable()
    for path in files:
        t0 = time.perf_counter()
        loaded = load_workload_file(path)
        t1 = time.perf_counter()
        item = render_one(loaded)
        t2 = time.perf_counter()
        object_schema_errors([item], kubernetes_version="1.31", catalog=catalog)
        t3 = time.perf_counter()
        phases["load_and_validate_values"] += t1 - t0
        phases["build_constructs"] += t2 - t1
        phases["validation_gates"] += t3 - t2
        rendered.append(item)
    t0 = time.perf_counter()
    cross_object_errors(rendered)
    phases["validation_gates"] += time.perf_counter() - t0
    t0 = time.perf_counter()
    write_dist(rendered, workloads.parent / "dist-profile")
    phases["yaml_writing"] = time.perf_counter() - t0
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
    return {
        "scenario": scenario,
        "workloads": size,
        "note": "one process, no workers, under cProfile (phases are inflated by the profiler)",
        "import_cdk8s_jsii_seconds": round(import_seconds, 3),
        "phase_seconds": {name: round(value, 3) for name, value in phases.items()},
        "top_functions": [line for line in text.getvalue().splitlines() if line.strip()][:22],
    }


def print_table(rows: list[dict[str, Any]]) -> None:
    print(f"{'scenario':<18} {'N':>5} {'objects':>8} {'wall s (median)':>16} {'peak RSS MB':>12} {'s/1000 obj':>11}")
    for row in rows:
        print(
            f"{row['scenario']:<18} {row['workloads']:>5} {row['objects']:>8} {row['wall_seconds_median']:>16.2f} "
            f"{row['peak_rss_mb']:>12.1f} {row['seconds_per_1000_objects']:>11.3f}"
        )


def check_targets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    verdicts = []
    for scenario, size, seconds, description in TARGETS:
        row = next((r for r in rows if r["scenario"] == scenario and r["workloads"] == size), None)
        if row is None:
            continue
        verdicts.append({"target": description, "measured_seconds": row["wall_seconds_median"], "met": row["wall_seconds_median"] < seconds})
    largest = [r for r in rows if r["workloads"] == max(x["workloads"] for x in rows)]
    for row in largest:
        verdicts.append({"target": f"peak RSS under {RSS_TARGET_MB} MB ({row['scenario']}, N={row['workloads']})",
                         "measured_mb": row["peak_rss_mb"], "met": row["peak_rss_mb"] < RSS_TARGET_MB})
    for scenario in {r["scenario"] for r in rows}:
        per = {r["workloads"]: r["seconds_per_1000_objects"] for r in rows if r["scenario"] == scenario}
        if 100 in per and 2000 in per:
            ratio = per[2000] / per[100]
            verdicts.append({"target": f"flat cost per object 100 -> 2000 ({scenario})", "ratio": round(ratio, 2), "met": ratio < 1.5})
    return verdicts


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--scenarios", nargs="+", default=list(SCENARIOS), choices=SCENARIOS)
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median is reported)")
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--output", type=Path, default=Path("bench/results.json"))
    args = parser.parse_args(argv)

    rows = []
    with tempfile.TemporaryDirectory(prefix="ai-workloads-bench-") as scratch_name:
        scratch = Path(scratch_name)
        for scenario in args.scenarios:
            for size in args.sizes:
                rows.append(measure(scenario, size, args.runs, scratch))
                print(f"  measured {scenario} N={size}", file=sys.stderr)
        print_table(rows)
        profile = profile_phases(args.scenarios[0], max(args.sizes), scratch) if args.profile else None
    if profile:
        print(f"\nwhere the time goes ({profile['scenario']}, N={profile['workloads']}; {profile['note']}):")
        print(f"  import of cdk8s/jsii (fresh process): {profile['import_cdk8s_jsii_seconds']:.2f} s")
        for name, seconds in profile["phase_seconds"].items():
            print(f"  {name:<26} {seconds:8.2f} s")
        print("\n".join("  " + line for line in profile["top_functions"]))
    verdicts = check_targets(rows)
    print("\ntargets:")
    for verdict in verdicts:
        print(f"  {'met    ' if verdict['met'] else 'NOT MET'} {verdict['target']}: "
              f"{verdict.get('measured_seconds', verdict.get('measured_mb', verdict.get('ratio')))}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "runs_per_size": args.runs,
        "results": rows,
        "profile": profile,
        "targets": verdicts,
    }, indent=2) + "\n")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
