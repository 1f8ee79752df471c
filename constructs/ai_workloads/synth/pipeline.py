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
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional, Sequence

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.gates import RenderedWorkload, crd_catalog_status, cross_object_errors, object_schema_errors
from ai_workloads.synth.loader import (
    discover_workload_files,
    duplicate_name_errors,
    load_workload_file,
    no_workloads_error,
    workload_identity,
)
from ai_workloads.synth.output import manifests_to_yaml

WORKERS_ENV = "AI_WORKLOADS_SYNTH_WORKERS"
# A worker pays about a second to start its jsii runtime: below this many files per worker, fewer
# workers are faster.
MIN_FILES_PER_WORKER = 40
# jsii never frees an object (neither in Python nor in its Node process), so a worker's memory grows
# with every object it renders. A worker stops after this many objects and hands back the files it
# did not reach; a fresh worker continues with them.
MAX_OBJECTS_PER_WORKER = 2800
MAX_OBJECTS_ENV = "AI_WORKLOADS_WORKER_MAX_OBJECTS"  # override, for tests of the hand-over


@dataclass
class SliceResult:
    rendered: list[RenderedWorkload] = field(default_factory=list)
    identities: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[WorkloadError] = field(default_factory=list)
    remaining: list[Path] = field(default_factory=list)  # files left for another worker

    def to_json(self) -> str:
        return json.dumps({
            "rendered": [[w.file, w.name, w.manifests, w.yaml_text] for w in self.rendered],
            "identities": self.identities,
            "errors": [[e.file, e.field_path, e.message] for e in self.errors],
            "remaining": [str(path) for path in self.remaining],
        })

    @classmethod
    def from_json(cls, text: str) -> "SliceResult":
        data: dict[str, Any] = json.loads(text)
        return cls(
            rendered=[RenderedWorkload(file, name, manifests, text) for file, name, manifests, text in data["rendered"]],
            identities=[tuple(identity) for identity in data["identities"]],
            errors=[WorkloadError(*error) for error in data["errors"]],
            remaining=[Path(path) for path in data["remaining"]],
        )


def process_files(
    paths: Sequence[Path], *, kubernetes_version: str, max_objects: Optional[int] = None, with_yaml: bool = False
) -> SliceResult:
    """Load, render and schema-check `paths` (in a worker, or in-process). With `max_objects`, stop
    once that many objects are rendered and return the rest in `remaining`; with `with_yaml`, also
    render the dist/ YAML (so workers share that work too)."""
    from ai_workloads.synth.build import render_one  # imports cdk8s: only where rendering happens

    result = SliceResult()
    catalog, _ = crd_catalog_status(announce=False)
    objects = 0
    for position, path in enumerate(paths):
        if max_objects is not None and objects >= max_objects:
            result.remaining = list(paths[position:])
            break
        try:
            workload = load_workload_file(path)
        except WorkloadErrors as failure:
            result.errors.extend(failure.errors)
            continue
        rendered = render_one(workload)
        if with_yaml:
            rendered = replace(rendered, yaml_text=manifests_to_yaml(rendered.manifests, source=rendered.file))
        objects += len(rendered.manifests)
        result.rendered.append(rendered)
        result.identities.append(workload_identity(workload))
        result.errors.extend(object_schema_errors([rendered], kubernetes_version=kubernetes_version, catalog=catalog))
    return result


def worker_count(files: int) -> int:
    configured = os.environ.get(WORKERS_ENV)
    limit = int(configured) if configured else (os.cpu_count() or 1)
    return max(1, min(limit, files // MIN_FILES_PER_WORKER if not configured else files))


def _split(paths: Sequence[Path], parts: int) -> list[list[Path]]:
    """`parts` contiguous slices of (nearly) equal length."""
    size, extra = divmod(len(paths), parts)
    chunks, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        chunks.append(list(paths[start:end]))
        start = end
    return chunks


def _run_worker(chunk: list[Path], kubernetes_version: str) -> SliceResult:
    """One worker process over `chunk`, run to completion (called on a thread per worker, so every
    worker's output pipe is drained while it runs)."""
    max_objects = int(os.environ.get(MAX_OBJECTS_ENV, MAX_OBJECTS_PER_WORKER))
    request = {"paths": [str(p) for p in chunk], "kubernetesVersion": kubernetes_version, "maxObjects": max_objects}
    completed = subprocess.run(
        [sys.executable, "-O", "-m", "ai_workloads.synth.worker"],
        input=json.dumps(request), capture_output=True, text=True,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"synthesis worker failed (exit {completed.returncode}):\n{completed.stderr}")
    return SliceResult.from_json(completed.stdout)


def _run_workers(paths: Sequence[Path], workers: int, kubernetes_version: str) -> list[SliceResult]:
    """`workers` processes on contiguous slices; a worker that stops early (MAX_OBJECTS_PER_WORKER) is
    replaced by a fresh one for the files it did not reach. Results come back in file order."""
    position = {str(path): index for index, path in enumerate(paths)}
    results: list[tuple[int, SliceResult]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        running = {
            pool.submit(_run_worker, chunk, kubernetes_version): position[str(chunk[0])]
            for chunk in _split(paths, workers)
            if chunk
        }
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                start = running.pop(future)
                result = future.result()
                results.append((start, result))
                if result.remaining:
                    follow_up = pool.submit(_run_worker, result.remaining, kubernetes_version)
                    running[follow_up] = position[str(result.remaining[0])]
    return [result for _, result in sorted(results, key=lambda item: item[0])]


def synthesize_folder(folder: Path, *, kubernetes_version: str) -> list[RenderedWorkload]:
    """Everything in memory and validated; raises WorkloadErrors listing every problem of every file."""
    files, errors = discover_workload_files(folder)
    workers = worker_count(len(files))
    if workers <= 1:
        slices = [process_files(files, kubernetes_version=kubernetes_version)]
    else:
        slices = _run_workers(files, workers, kubernetes_version)
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
