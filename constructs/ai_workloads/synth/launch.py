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
The workers belong to a RenderPool (below: the one owner of the standard ProcessPoolExecutor) that
synth/workers.py then uses for the render (and stops, like every pool, when the run ends or is
interrupted). main.py loads this module from its file under its own name (ai_workloads.synth.launch),
so that the workers' initializer `start_worker` is found by that name in the workers. A wrong guess costs a worker's
start-up on an idle core, or the head start.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

# Worker settings, read by synth/workers.py and checked by synth/usage.py; the record path and suffixes
# are synth/cache.py's and the loader's (tests/test_workers_early.py checks they agree).
WORKERS_ENV = "AI_WORKLOADS_SYNTH_WORKERS"  # how many render workers (1: render in-process)
MAX_OBJECTS_ENV = "AI_WORKLOADS_WORKER_MAX_OBJECTS"  # about how many objects a worker renders before it ends
MIN_WORKLOADS_PER_WORKER = 40
RECORD_PATH = os.path.join(".cache", "ai-workloads", "last-run")
WORKLOAD_SUFFIXES = (".yaml", ".yml")
# The environment of every render worker (synth/workers.py: optimized Python, no resource-tracker notice).
CHILD_ENVIRONMENT = {
    "PYTHONOPTIMIZE": "1",
    # After an interrupted run (Ctrl-C, SIGTERM) multiprocessing's resource tracker frees the pool's
    # semaphores and says so on stderr; the run has already reported `interrupted`.
    "PYTHONWARNINGS": "ignore:resource_tracker:UserWarning",
}


# The CPython-private parts of concurrent.futures.ProcessPoolExecutor that RenderPool uses, each read in
# CPython's Lib/concurrent/futures/process.py; tested on CPython 3.11 (3.11.7, this project's Python):
# - `_processes`: the pool's dict of worker pid -> multiprocessing.Process (None after shutdown);
# - `_adjust_process_count()`: starts workers up to max_workers (the executor calls it on submit).
# RenderPool checks both are there when it starts (`private_api`); without them it falls back to the
# public behaviour: workers start with the first task, and `stop` only shuts the executor down.
PRIVATE_ATTRIBUTES = ("_processes", "_adjust_process_count")
# What a worker runs before its first task (start_worker): prepare_worker() of this module.
PREPARE_MODULE = "ai_workloads.synth.worker_preload"
TESTED_PYTHONS = ("3.11",)


class RenderPool:
    """The render workers: the one owner of the standard process executor (spawned processes, each
    prepared by `start_worker` and ending after one task: jsii never frees what it rendered, so a
    fresh process per slice bounds the memory) and of every CPython-private attribute it uses."""

    def __init__(self, max_workers: int) -> None:
        with child_environment():  # also multiprocessing's resource tracker, started with the pool's semaphores
            self._executor = ProcessPoolExecutor(
                max_workers=max_workers,
                mp_context=multiprocessing.get_context("spawn"),
                max_tasks_per_child=1,
                initializer=start_worker,
            )
        self.private_api = private_api_present(self._executor)

    def start_workers(self, count: int) -> int:
        """Start `count` workers now, before any task is submitted; how many are running (0 without the
        private API: they start with the first task then)."""
        if not self.private_api:
            return 0
        with child_environment():
            for _ in range(count):
                self._executor._adjust_process_count()  # CPython-private (see PRIVATE_ATTRIBUTES)
        return self.started

    @property
    def started(self) -> int:
        """How many worker processes are running (0 when unknown)."""
        return len(self._worker_processes())

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run `function(*args)` in a worker (the caller holds `child_environment()` while tasks run: the
        workers the executor starts meanwhile inherit it)."""
        return self._executor.submit(function, *args)

    def stop(self) -> None:
        """Cancel what has not started and terminate the running workers, whatever they are doing (their
        jsii Node.js processes end with them: they exit when their parent's pipe closes)."""
        processes = self._worker_processes()
        if self.private_api:
            # A worker that ended after its task makes the executor's manager thread start a replacement;
            # after shutdown(wait=False) the process table is None and that thread died with
            # `TypeError: object of type 'NoneType' has no len()` on stderr. No replacement is wanted now.
            self._executor._adjust_process_count = lambda: None  # type: ignore[method-assign]
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)

    def terminate(self) -> None:
        """End every worker now (a signal while Python starts: main.py), nothing else."""
        for process in self._worker_processes():
            process.terminate()

    def _worker_processes(self) -> list[Any]:
        if not self.private_api:
            return []
        return list((getattr(self._executor, "_processes", None) or {}).values())


def private_api_present(executor: ProcessPoolExecutor) -> bool:
    """Whether `executor` has the private attributes RenderPool relies on, in the shape it expects."""
    return isinstance(getattr(executor, "_processes", None), dict) and callable(
        getattr(executor, "_adjust_process_count", None)
    )


def start_worker() -> None:
    """The initializer of every render worker (runs in the worker, before its first task): loads the
    render stack (synth/worker_preload.py). Importing this module does nothing."""
    import importlib

    importlib.import_module(PREPARE_MODULE).prepare_worker()


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


def early_worker_count(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> int:
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


def early_workers(argv: Sequence[str]) -> RenderPool | None:
    """A pool with its first workers already starting, or None (see the module docstring)."""
    count = early_worker_count(argv)
    if count == 0:
        return None
    pool = RenderPool(os.cpu_count() or 1)
    if pool.start_workers(count) == 0:
        pool.stop()
        return None
    return pool


def _option(argv: Sequence[str], name: str) -> str | None:
    for index, argument in enumerate(argv):
        if argument == name and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None
