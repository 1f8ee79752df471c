"""Render workers started before anything else: `python main.py` loads this module (standard library
only) before it imports the library, so a worker's start-up (Python, the library, cdk8s and its jsii
Node.js runtime, the gates' schemas: about a second of CPU) runs on another core while the main
process imports, reads and checks the workload files.

Whether a run will render is not known until every file's cache key is computed, which needs the
library. The guess here costs a few system calls and only decides how early workers start, never
what is rendered:
- AI_WORKLOADS_SYNTH_WORKERS=1, one core, or fewer workload files than two workers pay for
  (MIN_WORKLOADS_PER_WORKER each): none, rendering stays in-process;
- a record of a previous successful run (synth/cache.py): none. Most likely few files changed, if
  any; measured with 200 files and one edit, rendering it in-process is as fast as in a worker
  started early (the parent has imported the library already), and uses half the memory;
- otherwise (a first run, a fresh clone, `--no-cache`): one per core (AI_WORKLOADS_SYNTH_WORKERS:
  that many), up to one per MIN_WORKLOADS_PER_WORKER files. Measured with 200 files, cold: about
  half a second sooner done.
The workers belong to a standard ProcessPoolExecutor that synth/workers.py then uses for the render
(and stops, like every pool, when the run ends or is interrupted). A wrong guess costs a worker's
start-up on an idle core, or the head start.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

# Worker settings, read by synth/workers.py and checked by synth/usage.py; the record path and suffixes
# are synth/cache.py's and the loader's (tests/test_workers_early.py checks they agree).
WORKERS_ENV = "AI_WORKLOADS_SYNTH_WORKERS"  # how many render workers (1: render in-process)
MAX_OBJECTS_ENV = "AI_WORKLOADS_WORKER_MAX_OBJECTS"  # about how many objects a worker renders before it ends
MIN_WORKLOADS_PER_WORKER = 40
RECORD_PATH = os.path.join(".cache", "ai-workloads", "last-run")
WORKLOAD_SUFFIXES = (".yaml", ".yml")
# What a worker imports before its first task: synth/worker_preload.py.
PRELOAD_MODULE = "ai_workloads.synth.worker_preload"
# The environment of every render worker (synth/workers.py: optimized Python, no resource-tracker notice).
CHILD_ENVIRONMENT = {
    "PYTHONOPTIMIZE": "1",
    # After an interrupted run (Ctrl-C, SIGTERM) multiprocessing's resource tracker frees the pool's
    # semaphores and says so on stderr; the run has already reported `interrupted`.
    "PYTHONWARNINGS": "ignore:resource_tracker:UserWarning",
}


def new_pool(max_workers: int) -> ProcessPoolExecutor:
    """A pool of spawned render workers, each preloading the render stack, one task per worker (jsii never
    frees what it rendered: a fresh process per slice bounds the memory)."""
    import importlib

    with child_environment():  # also multiprocessing's resource tracker, started with the pool's semaphores
        return ProcessPoolExecutor(
            max_workers=max_workers,
            mp_context=multiprocessing.get_context("spawn"),
            max_tasks_per_child=1,
            initializer=importlib.import_module,
            initargs=(PRELOAD_MODULE,),
        )


def start_workers(pool: ProcessPoolExecutor, count: int) -> int:
    """Start `count` workers of `pool` now, before any task is submitted; how many started (0 where the
    executor has no way to: its `_adjust_process_count` is CPython's, present in 3.9 to 3.13)."""
    spawn = getattr(pool, "_adjust_process_count", None)
    if spawn is None:
        return 0
    with child_environment():
        for _ in range(count):
            spawn()
    return len(getattr(pool, "_processes", {}) or {})


class child_environment:
    """CHILD_ENVIRONMENT set while workers are spawned (they inherit it), then restored."""

    def __enter__(self) -> None:
        self._previous = {name: os.environ.get(name) for name in CHILD_ENVIRONMENT}
        os.environ.update(CHILD_ENVIRONMENT)

    def __exit__(self, *exc_info: object) -> None:
        for name, value in self._previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def early_worker_count(argv: Sequence[str], environ: dict[str, str] | None = None) -> int:
    """How many workers to start before the library is imported (see the module docstring)."""
    environ = os.environ if environ is None else environ
    cores = os.cpu_count() or 1
    configured = environ.get(WORKERS_ENV, "").strip()
    limit = int(configured) if configured.isdigit() and int(configured) > 0 else cores
    if limit < 2:
        return 0
    folder = _option(argv, "--workloads") or "workloads"
    try:
        files = [
            entry
            for entry in os.scandir(folder)
            if entry.name.endswith(WORKLOAD_SUFFIXES) and not entry.name.startswith(".")
        ]
    except OSError:
        return 0
    if "--no-cache" not in argv and os.path.exists(RECORD_PATH):  # a previous run: see the module docstring
        return 0
    if configured:  # as synth/workers.py worker_count: that many, at most one per file
        return min(limit, len(files))
    if len(files) < 2 * MIN_WORKLOADS_PER_WORKER:
        return 0
    return min(cores, len(files) // MIN_WORKLOADS_PER_WORKER)


def early_workers(argv: Sequence[str]) -> ProcessPoolExecutor | None:
    """A pool with its first workers already starting, or None (see the module docstring)."""
    count = early_worker_count(argv)
    if count == 0:
        return None
    pool = new_pool(os.cpu_count() or 1)
    if start_workers(pool, count) == 0:
        pool.shutdown(wait=False)
        return None
    return pool


def _option(argv: Sequence[str], name: str) -> str | None:
    for index, argument in enumerate(argv):
        if argument == name and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None
