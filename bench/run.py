"""`make bench`: what users run, `make synth`, end to end, cold and warm, from 1 to 2000 workload files.

For each scenario (one per registered kind: N variants of its example.yaml, see workload_files.py)
and each size it builds a scratch project (the repository's Makefile, main.py, library, environments
and node_modules linked in; cdk8s.yaml, schemas/ and the generated workloads/ copied), so every file
`make synth` writes lands in the scratch copy, never in the repository. It then times `make -s synth`:
- cold: no cache, no dist/, no catalog (a fresh CI clone), RUNS times;
- warm: one file changed (its description, a new value each run), RUNS times;
- unchanged: nothing changed since the last run, RUNS times.
Reported per case: files, objects, wall time median and spread (min-max), peak RSS of the whole
process tree (make, Python, its workers and their Node.js runtimes, sampled every 20 ms), ms per
object (median wall / objects) and the highest 1-minute load average seen at the start of its runs
(other users of the machine: the noise beside each figure). Then the targets, a profile of the largest cold and warm runs (the
synthesis' own step timings, AI_WORKLOADS_TIMINGS) and of a worker's CPU per file
(profile_worker.py), and the machine's noise (a fixed CPU loop timed before and after).
Writes bench/results.json and bench/scaling.png. Never part of the pass/fail tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from helm_side import SCENARIO as HELM_SCENARIO  # noqa: E402
from helm_side import helm_binary, time_helm_template  # noqa: E402
from png_plot import log_log_chart  # noqa: E402
from workload_files import MIXED, SCENARIOS, write_workloads  # noqa: E402

DEFAULT_SIZES = (1, 20, 100, 200, 2000)
MODES = ("cold", "warm", "unchanged")
# Linked into each scratch project (everything `make synth` reads but does not write).
LINKED = (
    "Makefile",
    "main.py",
    "constructs",
    "imports",
    "Pipfile",
    "Pipfile.lock",
    "pyproject.toml",
    "setup.py",
    "package.json",
    "package-lock.json",
    ".venv",
    ".bootstrap",
    "node_modules",
    "tools",
)
# (scenario, N, mode, seconds): the targets, for `make synth` with everything it writes.
TARGETS = [
    ("ml-inference-load", 200, "cold", 4.0),
    ("ml-inference-load", 2000, "cold", 30.0),
    ("ml-inference-load", 200, "warm", 1.5),
    ("ml-inference-load", 2000, "warm", 2.0),
]
RSS_TARGET_MB = 1024


# --- measuring -----------------------------------------------------------------------------------------


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, resident KB, command line) of every process, from /proc."""
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    found: dict[int, tuple[int, int, str]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        found[int(entry.name)] = (int(fields[1]), int(fields[21]) * page_kb, command)
    return found


def _tree(root: int, processes: dict[int, tuple[int, int, str]]) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in processes.items():
        children.setdefault(parent, []).append(pid)
    tree, stack = [], [root]
    while stack:
        pid = stack.pop()
        tree.append(pid)
        stack.extend(children.get(pid, []))
    return tree


def run_synth(project: Path, env: dict[str, str]) -> dict[str, Any]:
    """One `make -s synth` in `project`: wall seconds, peak tree RSS (MB), its output."""
    load = load_average()
    started = time.perf_counter()
    process = subprocess.Popen(
        ["make", "-s", "synth"], cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak_kb, seen = 0, set()
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_kb
        while not done.is_set():
            processes = _processes()
            tree = _tree(process.pid, processes)
            seen.update(tree)
            peak_kb = max(peak_kb, sum(processes[pid][1] for pid in tree if pid in processes))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"make synth failed in {project}:\n{stdout}\n{stderr}")
    _wait_for_exit(seen)  # workers finish their teardown after the parent: never overlap the next run
    return {
        "wall": wall,
        "peak_rss_mb": peak_kb / 1024,
        "stdout": stdout.strip(),
        "stderr": stderr.strip(),
        "load_average": load,
    }


def _wait_for_exit(pids: set[int], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
        time.sleep(0.05)


def cpu_noise_seconds() -> float:
    """A fixed pure-Python loop (10 million additions) timed in a fresh interpreter: the machine's speed now."""
    code = "import time\nt=time.perf_counter()\ns=0\nfor i in range(10**7): s+=i\nprint(time.perf_counter()-t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


# --- scenarios -----------------------------------------------------------------------------------------


def make_project(root: Path, scenario: str, size: int) -> Path:
    project = root / f"{scenario}-{size}"
    project.mkdir(parents=True)
    for name in LINKED:
        if (REPO / name).exists():
            (project / name).symlink_to(REPO / name)
    shutil.copy(REPO / "cdk8s.yaml", project / "cdk8s.yaml")
    shutil.copytree(REPO / "schemas", project / "schemas")
    write_workloads(project / "workloads", scenario, size)
    return project


def reset_to_cold(project: Path) -> None:
    for name in (".cache", "dist", ".cat", "argocd", ".cdk8s.out"):
        path = project / name
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)


def change_one_file(project: Path, size: int, run: int) -> None:
    """A new description in the middle file: one workload changed, as in a pull request."""
    path = project / "workloads" / f"w{size // 2:05d}.yaml"
    text = re.sub(r"^description: .*$", f"description: bench change {run}", path.read_text(), count=1, flags=re.M)
    if "bench change" not in text:
        text += f"description: bench change {run}\n"
    path.write_text(text)


def _objects(stdout: str) -> int | None:
    match = re.search(r"(\d+) object\(s\)", stdout)
    return int(match.group(1)) if match else None


def _total(stderr: str) -> float:
    """The synthesis' own time (main() from argument parsing to its last line), from its timings."""
    match = re.search(r"; total ([0-9.]+)", _timings(stderr) or "")
    return float(match.group(1)) if match else float("nan")


def _timings(stderr: str) -> str | None:
    return next((line for line in stderr.splitlines() if line.startswith("timings (s):")), None)


def measure(project: Path, scenario: str, size: int, runs: int, env: dict[str, str]) -> list[dict[str, Any]]:
    samples: dict[str, list[dict[str, Any]]] = {mode: [] for mode in MODES}
    for _ in range(runs):
        reset_to_cold(project)
        samples["cold"].append(run_synth(project, env))
    for run in range(runs):
        change_one_file(project, size, run)
        samples["warm"].append(run_synth(project, env))
    for _ in range(runs):
        samples["unchanged"].append(run_synth(project, env))
    rows = []
    for mode, values in samples.items():
        walls = [value["wall"] for value in values]
        objects = next(filter(None, (_objects(value["stdout"]) for value in values)), None) or 0
        median = statistics.median(walls)
        rows.append(
            {
                "scenario": scenario,
                "files": size,
                "mode": mode,
                "objects": objects,
                "wall_seconds_median": round(median, 3),
                "wall_seconds_min": round(min(walls), 3),
                "wall_seconds_max": round(max(walls), 3),
                "wall_seconds_all": [round(wall, 3) for wall in walls],
                "peak_rss_mb": round(max(value["peak_rss_mb"] for value in values), 1),
                "ms_per_object": round(median / objects * 1000, 3) if objects else None,
                "summary": values[-1]["stdout"].splitlines()[-1] if values[-1]["stdout"] else "",
                "timings": _timings(values[len(values) // 2]["stderr"]),
                "synthesis_seconds_median": statistics.median(_total(value["stderr"]) for value in values),
                "load_average_max": max(value["load_average"] for value in values),
            }
        )
    return rows


def profile_worker(project: Path, files: int, env: dict[str, str]) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-O", str(BENCH / "profile_worker.py"), "workloads", str(files)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return {"error": result.stderr[-2000:]}
    return json.loads(result.stdout)


# --- reporting -----------------------------------------------------------------------------------------


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        f"{'scenario':<18} {'mode':<9} {'files':>5} {'objects':>7} {'wall s median':>13} {'spread s':>13} "
        f"{'peak RSS MB':>11} {'ms/object':>9} {'load':>5}"
    )
    for row in rows:
        spread = f"{row['wall_seconds_min']:.2f}-{row['wall_seconds_max']:.2f}"
        per_object = f"{row['ms_per_object']:.3f}" if row["ms_per_object"] is not None else "-"
        print(
            f"{row['scenario']:<18} {row['mode']:<9} {row['files']:>5} {row['objects']:>7} "
            f"{row['wall_seconds_median']:>13.2f} {spread:>13} {row['peak_rss_mb']:>11.0f} {per_object:>9} "
            f"{row['load_average_max']:>5.2f}"
        )


def helm_targets(rows: list[dict[str, Any]], helm: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """One file of N changed (make synth, everything it writes) against helm template of all N, same run."""
    verdicts = []
    for size, timed in sorted(helm.items()):
        row = next((r for r in rows if (r["scenario"], r["files"], r["mode"]) == (HELM_SCENARIO, size, "warm")), None)
        if row is not None:
            verdicts.append(
                {
                    "target": f"{HELM_SCENARIO} warm, one of {size} files changed: faster than helm template of all {size}",
                    "measured": f"{row['wall_seconds_median']:.2f} s vs helm {timed['wall_seconds_median']:.2f} s "
                    f"(spread {timed['wall_seconds_min']:.2f}-{timed['wall_seconds_max']:.2f}, {timed['objects']} objects)",
                    "met": row["wall_seconds_median"] < timed["wall_seconds_median"],
                }
            )
    return verdicts


def check_targets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def row_of(scenario: str, size: int, mode: str) -> dict[str, Any] | None:
        return next((r for r in rows if (r["scenario"], r["files"], r["mode"]) == (scenario, size, mode)), None)

    verdicts = []
    for scenario, size, mode, seconds in TARGETS:
        row = row_of(scenario, size, mode)
        if row is not None:
            verdicts.append(
                {
                    "target": f"{scenario} {mode}, {size} files: under {seconds:g} s",
                    "measured": f"{row['wall_seconds_median']:.2f} s (spread {row['wall_seconds_min']:.2f}-"
                    f"{row['wall_seconds_max']:.2f})",
                    "met": row["wall_seconds_median"] < seconds,
                }
            )
    for row in rows:
        if row["files"] == 2000 and row["mode"] == "cold":
            verdicts.append(
                {
                    "target": f"{row['scenario']} cold, 2000 files: under {RSS_TARGET_MB} MB peak RSS",
                    "measured": f"{row['peak_rss_mb']:.0f} MB",
                    "met": row["peak_rss_mb"] < RSS_TARGET_MB,
                }
            )
    for scenario in dict.fromkeys(r["scenario"] for r in rows):
        for mode in ("cold", "warm"):
            small, large = row_of(scenario, 100, mode), row_of(scenario, 2000, mode)
            if small and large and small["ms_per_object"] and large["ms_per_object"]:
                ratio = large["ms_per_object"] / small["ms_per_object"]
                verdicts.append(
                    {
                        "target": f"{scenario} {mode}: cost per object flat from 100 to 2000 files",
                        "measured": f"{small['ms_per_object']:.3f} -> {large['ms_per_object']:.3f} ms/object "
                        f"(x{ratio:.2f})",
                        "met": ratio <= 1.2,
                    }
                )
    unchanged = [r for r in rows if r["mode"] == "unchanged"]
    if unchanged:
        worst = max(unchanged, key=lambda r: r["wall_seconds_median"])
        slowest = max(unchanged, key=lambda r: r["synthesis_seconds_median"])
        verdicts.append(
            {
                "target": "unchanged tree: `nothing changed`, well under a second of work beyond start-up",
                "measured": f"{slowest['synthesis_seconds_median']:.2f} s of work at {slowest['files']} files "
                f"({slowest['scenario']}); whole `make synth` at most "
                f"{worst['wall_seconds_median']:.2f} s",
                "met": all(r["summary"].startswith("nothing changed") for r in unchanged)
                and slowest["synthesis_seconds_median"] < 0.5,
            }
        )
    return verdicts


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    colors = {"cold": (200, 40, 40), "warm": (40, 90, 200), "unchanged": (40, 150, 60)}
    series = []
    for scenario in dict.fromkeys(r["scenario"] for r in rows):
        for mode in MODES:
            points = [
                (r["files"], r["wall_seconds_median"]) for r in rows if r["scenario"] == scenario and r["mode"] == mode
            ]
            if points:
                color = (
                    colors[mode] if scenario == rows[0]["scenario"] else tuple(min(255, c + 90) for c in colors[mode])
                )
                label = {"cold": "cold", "warm": "warm (1 file changed)", "unchanged": "unchanged"}[mode]
                series.append((f"{label}, {scenario}", color, points))
    targets = [
        (size, seconds, colors[mode])
        for scenario, size, mode, seconds in TARGETS
        if any(r["scenario"] == scenario for r in rows)
    ]
    log_log_chart(
        path,
        title="make synth: wall time (median of runs) against workload files",
        x_label="workload files (N)",
        y_label="wall time (s)",
        series=series,
        targets=targets,
    )


def main(argv: Sequence[str] | None = None) -> int:
    kinds = [name for name in SCENARIOS if name != MIXED]
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--scenarios", nargs="+", default=kinds, choices=SCENARIOS)
    parser.add_argument("--runs", type=int, default=3, help="runs per case (the median is reported)")
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--helm", action=argparse.BooleanOptionalAction, default=True, help="time helm template too")
    parser.add_argument("--output", type=Path, default=BENCH / "results.json")
    parser.add_argument("--plot", type=Path, default=BENCH / "scaling.png")
    args = parser.parse_args(argv)

    crds = Path(os.environ.get("AI_WORKLOADS_CRDS_DIR", REPO / "../shared/crds")).resolve()
    env = {**os.environ, "AI_WORKLOADS_CRDS_DIR": str(crds), "AI_WORKLOADS_TIMINGS": "1"}
    noise = {"cpu_loop_seconds_before": round(cpu_noise_seconds(), 3), "load_average_before": load_average()}
    rows: list[dict[str, Any]] = []
    profiles: dict[str, Any] = {}
    helm_path, helm_found = helm_binary() if args.helm else (None, "--no-helm")
    print(f"helm: {helm_found}" if helm_path else f"helm skipped: {helm_found}", file=sys.stderr)
    helm: dict[int, dict[str, Any]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ai-workloads-bench-") as scratch_name:
        scratch = Path(scratch_name)
        for scenario in args.scenarios:
            for size in args.sizes:
                project = make_project(scratch, scenario, size)
                rows.extend(measure(project, scenario, size, args.runs, env))
                if helm_path is not None and scenario == HELM_SCENARIO:
                    helm[size] = {**time_helm_template(helm_path, project, args.runs), "load_average": load_average()}
                print(f"  measured {scenario} N={size} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
                if args.profile and size == max(args.sizes):
                    profiles[scenario] = {
                        "cold_steps": next(
                            r["timings"]
                            for r in rows
                            if (r["scenario"], r["files"], r["mode"]) == (scenario, size, "cold")
                        ),
                        "warm_steps": next(
                            r["timings"]
                            for r in rows
                            if (r["scenario"], r["files"], r["mode"]) == (scenario, size, "warm")
                        ),
                        "worker": profile_worker(project, min(size, 101), env),
                    }
                shutil.rmtree(project)
    noise.update({"cpu_loop_seconds_after": round(cpu_noise_seconds(), 3), "load_average_after": load_average()})

    print_table(rows)
    for size, timed in sorted(helm.items()):
        spread = f"{timed['wall_seconds_min']:.2f}-{timed['wall_seconds_max']:.2f}"
        print(
            f"{'helm template':<18} {'all':<9} {size:>5} {timed['objects']:>7} {timed['wall_seconds_median']:>13.2f} "
            f"{spread:>13} {'-':>11} {'-':>9} {timed['load_average']:>5.2f}"
        )
    verdicts = check_targets(rows) + helm_targets(rows, helm)
    print("\ntargets:")
    for verdict in verdicts:
        print(f"  {'met    ' if verdict['met'] else 'NOT MET'} {verdict['target']}: {verdict['measured']}")
    print(
        f"\nmachine noise: a fixed CPU loop took {noise['cpu_loop_seconds_before']:.2f} s before and "
        f"{noise['cpu_loop_seconds_after']:.2f} s after; load average {noise['load_average_before']:.2f} -> "
        f"{noise['load_average_after']:.2f}"
    )
    for scenario, profile in profiles.items():
        print(
            f"\nprofile ({scenario}, N={max(args.sizes)}):\n  cold: {profile['cold_steps']}\n  warm: {profile['warm_steps']}"
        )
        worker = profile["worker"]
        if "error" not in worker:
            print(f"  worker start-up CPU s: {worker['startup_cpu_seconds']}")
            print(f"  worker CPU per file ms: {worker['per_file_cpu_ms']}")
            print(f"  CPU per object ms: {worker['per_object_cpu_ms']}")
            print("\n".join("    " + line for line in worker["top_functions_by_own_time"]))
    if rows:
        plot(rows, args.plot)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "command": "make -s synth (dist/, schemas/, TypeScript, .cat/backstage/, argocd/) in a scratch project copy",
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "noise": noise,
                },
                "runs_per_case": args.runs,
                "results": rows,
                "helm": {"binary": helm_found, "template_seconds_by_files": helm},
                "targets": verdicts,
                "profile": profiles,
            },
            indent=2,
        )
        + "\n"
    )
    print(
        f"\nwrote {args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}"
        f" and {args.plot.relative_to(REPO) if args.plot.is_relative_to(REPO) else args.plot}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
