"""The helm side of `make bench`: `helm template` of an equivalent chart (bench/helm-chart/), timed in the
same run and on the same workload files as `make synth`.

Each workload file becomes one values file (`workloads: {<serviceName>: <the file's keys>}`), passed
with `-f` in file order; helm renders all of them in one process (it has no incremental mode, so its
"one file changed" is rendering everything again). helm is the pinned v4 built from its Go module into
~/.cache/ai-workloads/bin/helm-<version>/ (outside the repository), or `AI_WORKLOADS_HELM` when set;
when it is missing and cannot be built the bench says why and measures make synth alone.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path

import yaml

HELM_VERSION = "v4.3.2"
HELM_MODULE = "helm.sh/helm/v4/cmd/helm"
CHART = Path(__file__).resolve().parent / "helm-chart"
SCENARIO = "ml-inference-load"  # the kind the chart is equivalent to


def helm_binary() -> tuple[Path | None, str]:
    """The helm to time, and how it was found (or why there is none)."""
    configured = os.environ.get("AI_WORKLOADS_HELM")
    if configured:
        path = Path(configured)
        return (
            (path, f"AI_WORKLOADS_HELM={path}") if path.is_file() else (None, f"AI_WORKLOADS_HELM={path}: no such file")
        )
    folder = Path.home() / ".cache" / "ai-workloads" / "bin" / f"helm-{HELM_VERSION}"
    binary = folder / "helm"
    if binary.is_file():
        return binary, f"helm {HELM_VERSION} ({binary})"
    go = shutil.which("go")
    if go is None:
        return None, f"helm {HELM_VERSION} is not in {folder} and there is no `go` to build it"
    folder.mkdir(parents=True, exist_ok=True)
    built = subprocess.run(
        [go, "install", f"{HELM_MODULE}@{HELM_VERSION}"],
        env={**os.environ, "GOBIN": str(folder)},
        capture_output=True,
        text=True,
    )
    if built.returncode != 0 or not binary.is_file():
        return None, f"`go install {HELM_MODULE}@{HELM_VERSION}` failed: {built.stderr.strip()[-500:]}"
    return binary, f"helm {HELM_VERSION} built into {binary}"


def write_values(project: Path) -> list[Path]:
    """One values file per workload file of `project`, in file order."""
    folder = project / "helm-values"
    folder.mkdir(exist_ok=True)
    written = []
    for path in sorted((project / "workloads").glob("*.yaml")):
        document = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
        target = folder / path.name
        target.write_text(yaml.safe_dump({"workloads": {document["serviceName"]: document}}, sort_keys=False))
        written.append(target)
    return written


def time_helm_template(helm: Path, project: Path, runs: int) -> dict[str, float | int]:
    """`helm template` of every workload of `project`, `runs` times: wall seconds and objects rendered."""
    values = write_values(project)
    command = [str(helm), "template", "bench", str(CHART)]
    for path in values:
        command += ["-f", str(path.relative_to(project))]
    walls, objects = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(command, cwd=project, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - started)
        objects = sum(1 for line in result.stdout.splitlines() if line.startswith("kind: "))
    return {
        "wall_seconds_median": round(statistics.median(walls), 3),
        "wall_seconds_min": round(min(walls), 3),
        "wall_seconds_max": round(max(walls), 3),
        "objects": objects,
    }
