"""Where a synthesis worker's CPU goes: run with `python -O bench/profile_worker.py WORKLOADS_DIR N` in a
project folder (cdk8s.yaml beside it).

Renders the first N files of WORKLOADS_DIR as a render worker does (optimized Python, no cyclic garbage
collector, the jsii serializer of synth/jsii_speedups.py: synth/workers.py) and prints JSON: the start-up cost by step, the CPU of each per-file step
(values, construct rendering through jsii, dist/ YAML, schema gates, Argo CD Application), the CPU of
the Node.js jsii runtime, and the functions with the most own time (cProfile, a second pass).
"""

from __future__ import annotations

import cProfile
import gc
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path


def _cpu(pid: int) -> float:
    """User + system CPU seconds of process `pid` (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (jsii's Node.js runtime)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child)] + _descendants(int(child))
    return found


def main(folder: Path, count: int) -> dict:
    clock = time.process_time
    gc.disable()
    started = clock()
    import ai_workloads  # noqa: F401
    from ai_workloads.platform.settings import argocd_settings

    imported_library = clock()
    import cdk8s  # noqa: F401  (starts the Node.js jsii runtime)

    from ai_workloads.synth import jsii_speedups

    jsii_speedups.install()  # as every render does (synth/build.py)

    imported_cdk8s = clock()
    from ai_workloads.files.output import manifests_to_yaml
    from ai_workloads.gates import crd_catalog_status, object_schema_errors
    from ai_workloads.stage_types import RenderedWorkload
    from ai_workloads.synth.build import render_one
    from ai_workloads.synth.loader import load_workload_file

    imported_constructs = clock()
    node = _descendants(os.getpid())
    node_at_start = sum(_cpu(pid) for pid in node)
    settings = argocd_settings(Path("cdk8s.yaml")) if Path("cdk8s.yaml").is_file() else None
    catalog, _ = crd_catalog_status(announce=False)
    paths = sorted(folder.glob("*.yaml"))[:count]
    steps = {"values": 0.0, "render_jsii": 0.0, "dist_yaml": 0.0, "schema_gates": 0.0}
    objects = 0

    def one(path: Path) -> None:
        nonlocal objects
        t0 = clock()
        workload = load_workload_file(path)
        t1 = clock()
        item = render_one(workload, settings)
        t2 = clock()
        manifests_to_yaml(item.manifests, source=item.file)
        t3 = clock()
        object_schema_errors(
            [RenderedWorkload(item.file, item.name, item.manifests)], kubernetes_version="1.31", catalog=catalog
        )
        t4 = clock()
        objects += len(item.manifests)
        for name, seconds in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            steps[name] += seconds

    first = clock()
    one(paths[0])
    first_file = clock() - first
    steps = dict.fromkeys(steps, 0.0)
    objects = 0
    for path in paths[1:]:
        one(path)
    node_cpu = sum(_cpu(pid) for pid in node) - node_at_start
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths[1:]:
        one(path)
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(15)
    rendered = len(paths) - 1
    python_cpu = sum(steps.values())
    return {
        "files": rendered,
        "objects": objects,
        "startup_cpu_seconds": {
            "python_and_library": round(imported_library - started, 3),
            "cdk8s_and_jsii_runtime": round(imported_cdk8s - imported_library, 3),
            "constructs_and_gates": round(imported_constructs - imported_cdk8s, 3),
            "first_file_and_validator_set_up": round(first_file, 3),
        },
        "per_file_cpu_ms": {name: round(seconds / rendered * 1000, 2) for name, seconds in steps.items()},
        "per_object_cpu_ms": {
            "python": round(python_cpu / objects * 1000, 2),
            "nodejs_jsii_runtime": round(node_cpu / objects * 1000, 2),
            "total": round((python_cpu + node_cpu) / objects * 1000, 2),
        },
        "top_functions_by_own_time": [line for line in text.getvalue().splitlines() if line.strip()][3:20],
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))))
