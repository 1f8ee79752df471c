"""`python main.py`: validate every workload file, render, gate, then write dist/ and the platform files.

One pass in one process (plus render workers for many workloads): each workload file is read and
validated once, and the same values feed dist/, schemas/, the TypeScript declarations, the Backstage
catalog and argocd/.

Exit status 0 when everything was written; 1 when any input or rendered object is invalid (nothing is
written then: dist/ stays exactly as it was) or the output folder cannot be written; 2 for a usage
error: a bad option, a --kubernetes-version (or cdk8s.yaml kubernetesVersion) without bundled schemas,
a bad AI_WORKLOADS_SYNTH_WORKERS, or an --outdir that must not be replaced (files/output_folder.py);
130 when interrupted (Ctrl-C: prints `interrupted`, dist/ untouched). Every message is one line on
stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ai_workloads.errors import WorkloadErrors, one_line
from ai_workloads.files.output_folder import output_folder_problem, remove_stale_staging
from ai_workloads.platform.config import CDK8S_CONFIG, ProjectConfig, read_project_config
from ai_workloads.platform.settings import ArgoCdSettings, argocd_settings
from ai_workloads.stage_types import Request, RunServices, RunSettings
from ai_workloads.synth import timeline
from ai_workloads.synth.cache import CACHE_DIR, SynthCache
from ai_workloads.synth.key import output_roots
from ai_workloads.synth.launch import RenderPool
from ai_workloads.synth.lock import LockError, project_lock
from ai_workloads.synth.prerequisites_step import refresh as refresh_prerequisites
from ai_workloads.synth.progress import Progress
from ai_workloads.synth.run import run
from ai_workloads.synth.swap import JournalError
from ai_workloads.synth.swap import recover as recover_swap
from ai_workloads.synth.usage import (
    UsageError,
    configured_kubernetes_version,
    environment_problem,
    kubernetes_version_problem,
)
from ai_workloads.synth.write import WriteError, cdk8s_outdir_problem


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print the usage and exit
        raise UsageError(f"{message} (see --help)")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _ArgumentParser(prog="main.py", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workloads", type=Path, default=Path("workloads"), help="folder of workload files")
    parser.add_argument("--outdir", type=Path, default=Path("dist"), help="folder replaced with the manifests")
    parser.add_argument("--kubernetes-version", default=None, help="schemas to validate against (default: cdk8s.yaml)")
    parser.add_argument(
        "--no-platform-files",
        action="store_true",
        help="write dist/ only, not schemas/, .cat/backstage/ and argocd/ (in the working directory)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=f"full rebuild: render every workload, neither reading nor writing the synthesis cache ({CACHE_DIR}/)",
    )
    parser.add_argument(
        "--prerequisites",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write FILE (prerequisites.yaml, the cluster checklist) from the outputs unless it is up to date",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, *, pool: RenderPool | None = None) -> int:
    """The command line; `pool`: render workers started early (synth/launch.py, by main.py), stopped
    when the run ends whether or not they rendered anything."""
    with _Interruption() as interruption:
        try:
            return _main(argv, pool)
        except (UsageError, LockError) as error:
            _report(f"main.py: error: {error}")
            return 2
        except JournalError as error:
            _report(f"error: {error}")
            return 1
        except KeyboardInterrupt:
            interruption.report()
            return 130
        except Exception:
            if interruption.noticed:  # e.g. the jsii Node.js process died of the same Ctrl-C first
                interruption.report()
                return 130
            raise
        finally:
            if pool is not None:
                pool.stop()


def _main(argv: Sequence[str] | None, pool: RenderPool | None) -> int:
    """The settings checked, then one run under the project lock; the exit status."""
    timeline.start()
    timeline.note("early_workers", pool.started if pool is not None else 0)
    args = parse_args(argv)
    try:
        settings = _settings(args)
    except WorkloadErrors as failure:
        _report_all(
            failure, f"error: {len(failure.errors)} problem(s) in {CDK8S_CONFIG}; {args.outdir}/ left unchanged"
        )
        return 1
    # One run at a time per project (synth/lock.py), from before anything is read until the record is written.
    with project_lock(waiting=_report):
        notice = recover_swap()  # a killed run's swap is completed first (synth/swap.py)
        if notice:
            _report(notice)
        for root in output_roots(settings):  # then what killed runs left beside the outputs goes
            remove_stale_staging(root.absolute())
        return _run(_request(settings, use_cache=not args.no_cache, pool=pool), args.prerequisites)


def _settings(args: argparse.Namespace) -> RunSettings:
    """The run's settings from the command line and cdk8s.yaml (raises WorkloadErrors for a bad
    cdk8s.yaml, UsageError for a bad option or environment)."""
    config = read_project_config(CDK8S_CONFIG)
    argocd = None if args.no_platform_files else _argocd_settings(config)
    if args.kubernetes_version is not None:
        version, source = args.kubernetes_version, "--kubernetes-version"
    else:
        version, source = configured_kubernetes_version(config), f"{CDK8S_CONFIG}: kubernetesVersion"
    problem = (
        kubernetes_version_problem(version, source=source)
        or environment_problem(os.environ)
        or output_folder_problem(args.outdir, workloads=args.workloads)
        or cdk8s_outdir_problem(args.outdir)
    )
    if problem:
        raise UsageError(problem)
    return RunSettings(args.workloads, args.outdir, version, argocd, tuple(config.platform.reservedNamespaces))


def _argocd_settings(config: ProjectConfig) -> ArgoCdSettings:
    if not CDK8S_CONFIG.is_file():
        raise UsageError(
            f"{CDK8S_CONFIG} not found: the platform files (schemas/, .cat/backstage/, argocd/) are "
            "written from the project root; run there, or pass --no-platform-files"
        )
    return argocd_settings(CDK8S_CONFIG, config)


def _request(settings: RunSettings, *, use_cache: bool, pool: RenderPool | None) -> Request:
    timeline.mark("settings")
    cache = (
        SynthCache.open(
            CACHE_DIR,
            kubernetes_version=settings.kubernetes_version,
            argocd=settings.argocd,
            reserved_namespaces=settings.reserved_namespaces,
        )
        if use_cache
        else None
    )
    timeline.mark("library_fingerprint")
    return Request(settings, RunServices(progress=Progress(), cache=cache, pool=pool))


def _run(request: Request, prerequisites: Path | None = None) -> int:
    """synth/run.py run, its problems reported, then `prerequisites` refreshed; the exit status."""
    services = request.services
    try:
        outcome = run(request)
    except BaseException as failure:
        services.progress.clear()  # the live line (on a terminal) goes before anything else is printed
        if isinstance(failure, WorkloadErrors):
            _report_all(failure, f"error: {len(failure.errors)} problem(s); {request.settings.outdir}/ left unchanged")
            return 1
        if isinstance(failure, WriteError):
            _report(f"error: {failure}")
            return 1
        raise
    finally:
        services.close()
    if services.pool is not None:  # its workers (and their Node.js runtimes) are done: not kept through the rest
        services.pool.stop()
    if prerequisites is not None:
        try:
            refresh_prerequisites(
                prerequisites, request.settings.outdir, force=services.cache is None, synthesis=outcome.synthesis
            )
        except (OSError, UnicodeDecodeError) as error:
            _report(f"error: {prerequisites}: {error}")
            return 1
    print(outcome.summary)
    return 0


def _report_all(failure: WorkloadErrors, closing: str) -> None:
    for error in failure.errors:
        print(error, file=sys.stderr)
    _report(closing)


def _report(line: str) -> None:
    print(one_line(line), file=sys.stderr)


class _Interruption:
    """Ctrl-C (SIGINT) raises KeyboardInterrupt as usual, and is remembered: a failure it causes
    elsewhere (a child process killed by the same signal) is then reported as the interruption it is.
    From the signal on, stderr goes to /dev/null until `report` (and the end of main): what the dying
    jsii Node.js process still prints is noise. SIGTERM is handled the same way. An ignored signal (a
    background job ignores SIGINT) stays ignored."""

    def __init__(self) -> None:
        self.noticed = False
        self._stderr: TextIO | None = None
        self._previous_handlers: dict[int, Any] = {}

    def __enter__(self) -> _Interruption:
        with contextlib.suppress(ValueError):  # ValueError: not the main thread, signals are not ours
            # SIGTERM (a CI runner's timeout, `kill`) ends the run the same way: workers stopped, nothing
            # written. Each signal is taken over unless it is ignored (a background job ignores SIGINT).
            for signum in (signal.SIGINT, signal.SIGTERM):
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self._previous_handlers[signum] = signal.signal(signum, self._handler)
        return self

    def _handler(self, signum: int, frame: object) -> None:
        if not self.noticed:
            self.noticed = True
            self._stderr, sys.stderr = sys.stderr, open(os.devnull, "w")  # noqa: SIM115 (kept open until exit)
        raise KeyboardInterrupt

    def report(self) -> None:
        print("interrupted", file=self._stderr or sys.stderr, flush=True)

    def __exit__(self, *exc_info: object) -> None:
        for signum, previous in self._previous_handlers.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous_handlers.clear()
        if self._stderr is not None:
            sys.stderr.close()
            sys.stderr, self._stderr = self._stderr, None
