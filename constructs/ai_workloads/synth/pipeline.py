"""Synthesis of a folder of workload files, spread over worker processes when there are many.

Each worker (a fresh `python -O -m ai_workloads.synth.worker`, with its own jsii runtime) loads,
renders and schema-checks a contiguous slice of the files; the parent then runs the cross-file checks
(unique workload names, cross-object rules) over everything. Workloads are rendered independently, so
the result is the same for any number of workers; one worker means everything runs in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.gates import RenderedWorkload, crd_catalog_status, cross_object_errors, object_schema_errors
from ai_workloads.synth.loader import (
    discover_workload_files,
    duplicate_name_errors,
    load_workload_file,
    no_workloads_error,
    workload_identity,
)

WORKERS_ENV = "AI_WORKLOADS_SYNTH_WORKERS"
# A worker pays about a second to start its jsii runtime: below this many files per worker, fewer
# workers are faster.
MIN_FILES_PER_WORKER = 40
# jsii never frees an object (neither in Python nor in its Node process), so a worker's memory grows
# with every workload it renders. Slices of at most this many files keep each worker small; a new
# worker starts for the next slice.
MAX_FILES_PER_WORKER = 300


@dataclass
class SliceResult:
    rendered: list[RenderedWorkload] = field(default_factory=list)
    identities: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[WorkloadError] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({
            "rendered": [[w.file, w.name, w.manifests] for w in self.rendered],
            "identities": self.identities,
            "errors": [[e.file, e.field_path, e.message] for e in self.errors],
        })

    @classmethod
    def from_json(cls, text: str) -> "SliceResult":
        data: dict[str, Any] = json.loads(text)
        return cls(
            rendered=[RenderedWorkload(file, name, manifests) for file, name, manifests in data["rendered"]],
            identities=[tuple(identity) for identity in data["identities"]],
            errors=[WorkloadError(*error) for error in data["errors"]],
        )


def process_files(paths: Sequence[Path], *, kubernetes_version: str) -> SliceResult:
    """Load, render and schema-check `paths` (in a worker, or in-process)."""
    from ai_workloads.synth.build import render_one  # imports cdk8s: only where rendering happens

    result = SliceResult()
    catalog, _ = crd_catalog_status(announce=False)
    for path in paths:
        try:
            workload = load_workload_file(path)
        except WorkloadErrors as failure:
            result.errors.extend(failure.errors)
            continue
        rendered = render_one(workload)
        result.rendered.append(rendered)
        result.identities.append(workload_identity(workload))
        result.errors.extend(object_schema_errors([rendered], kubernetes_version=kubernetes_version, catalog=catalog))
    return result


def worker_count(files: int) -> int:
    configured = os.environ.get(WORKERS_ENV)
    limit = int(configured) if configured else (os.cpu_count() or 1)
    return max(1, min(limit, files // MIN_FILES_PER_WORKER if not configured else files))


def _split(paths: Sequence[Path], workers: int) -> list[list[Path]]:
    """Contiguous slices: as many as workers, more when a slice would exceed MAX_FILES_PER_WORKER."""
    parts = max(workers, -(-len(paths) // MAX_FILES_PER_WORKER))
    size, extra = divmod(len(paths), parts)
    chunks, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        chunks.append(list(paths[start:end]))
        start = end
    return chunks


def _start_worker(chunk: list[Path], kubernetes_version: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-O", "-m", "ai_workloads.synth.worker"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    process.stdin.write(json.dumps({"paths": [str(p) for p in chunk], "kubernetesVersion": kubernetes_version}))
    process.stdin.close()
    return process


def _finish_worker(process: subprocess.Popen) -> SliceResult:
    output = process.stdout.read()
    stderr = process.stderr.read()
    if process.wait() != 0:
        raise RuntimeError(f"synthesis worker failed (exit {process.returncode}):\n{stderr}")
    return SliceResult.from_json(output)


def _run_workers(chunks: list[list[Path]], workers: int, kubernetes_version: str) -> list[SliceResult]:
    """At most `workers` processes at a time; results in slice order whatever finishes first."""
    results: list[SliceResult] = []
    running = [_start_worker(chunk, kubernetes_version) for chunk in chunks[:workers]]
    pending = chunks[workers:]
    while running:
        results.append(_finish_worker(running.pop(0)))  # slices finish roughly in start order
        if pending:
            running.append(_start_worker(pending.pop(0), kubernetes_version))
    return results


def synthesize_folder(folder: Path, *, kubernetes_version: str) -> list[RenderedWorkload]:
    """Everything in memory and validated; raises WorkloadErrors listing every problem of every file."""
    files, errors = discover_workload_files(folder)
    workers = worker_count(len(files))
    if workers <= 1:
        slices = [process_files(files, kubernetes_version=kubernetes_version)]
    else:
        slices = _run_workers(_split(files, workers), workers, kubernetes_version)
    rendered = [w for part in slices for w in part.rendered]
    for part in slices:
        errors.extend(part.errors)
    errors.extend(duplicate_name_errors([identity for part in slices for identity in part.identities]))
    if not files and not errors:
        errors.append(no_workloads_error(folder))
    _, catalog_errors = crd_catalog_status(announce=True)
    errors.extend(catalog_errors)
    if not errors:
        errors.extend(cross_object_errors(rendered))
    if errors:
        raise WorkloadErrors(errors)
    return rendered
