"""`python main.py`: validate every workload file, render, gate, then write dist/ and the platform files.

One pass in one process (plus render workers for many workloads): each workload file is read and
validated once, and the same values feed dist/, schemas/, the TypeScript declarations, the Backstage
catalog and argocd/.

Exit status 0 when everything was written; 1 when any input or rendered object is invalid (nothing is
written then: dist/ stays exactly as it was) or the output folder cannot be written; 2 for a usage
error: a bad option, a --kubernetes-version (or cdk8s.yaml kubernetesVersion) without bundled schemas,
a bad AI_WORKLOADS_SYNTH_WORKERS, or an --outdir that must not be replaced (synth/output_folder.py);
130 when interrupted (Ctrl-C: prints `interrupted`, dist/ untouched). Every message is one line on
stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NoReturn, TextIO

from ai_workloads.errors import WorkloadErrors, one_line
from ai_workloads.gates import DEFAULT_KUBERNETES_VERSION, RenderedWorkload
from ai_workloads.platform.config import CDK8S_CONFIG, ProjectConfig, read_project_config
from ai_workloads.platform.settings import ArgoCdSettings, argocd_settings
from ai_workloads.synth import timeline
from ai_workloads.synth.cache import CACHE_DIR, SynthCache
from ai_workloads.synth.cache_prune import limits_from, prune_cache
from ai_workloads.synth.lock import LockError, project_lock
from ai_workloads.synth.output import MANIFEST_SUFFIX, OutputError, folder_holds_exactly, manifests_to_yaml
from ai_workloads.synth.output_folder import output_folder_problem, output_folder_target, remove_stale_staging
from ai_workloads.synth.pipeline import Synthesis, read_sources, synthesize
from ai_workloads.synth.progress import Progress
from ai_workloads.synth.swap import JournalError, replace_together
from ai_workloads.synth.swap import recover as recover_swap
from ai_workloads.synth.usage import environment_problem, kubernetes_version_problem
from ai_workloads.synth.workers import stop


def configured_kubernetes_version(config: ProjectConfig | None = None) -> str:
    """`kubernetesVersion` from cdk8s.yaml when present, else the default (raises WorkloadErrors for an
    invalid cdk8s.yaml)."""
    config = config if config is not None else read_project_config(CDK8S_CONFIG)
    return config.kubernetesVersion or DEFAULT_KUBERNETES_VERSION


def dist_files(rendered: Sequence[RenderedWorkload]) -> dict[str, str]:
    """dist/ file name -> YAML text (rendered by the workers already, or here)."""
    return {
        f"{w.name}{MANIFEST_SUFFIX}": w.yaml_text
        if w.yaml_text is not None
        else manifests_to_yaml(w.manifests, source=w.file)
        for w in rendered
    }


def cdk8s_outdir_problem(outdir: Path) -> str | None:
    """CDK8S_OUTDIR (set by `cdk8s synth` to a scratch folder it empties first) becomes a link to dist/:
    only an absent path, a link, an empty folder or dist/ itself may be replaced; an existing file or a
    folder with anything in it is someone's data."""
    scratch = os.environ.get("CDK8S_OUTDIR")
    if not scratch:
        return None
    path = Path(scratch)
    if path.is_symlink() or not os.path.lexists(path) or path.absolute() == outdir.absolute():
        return None
    if path.is_dir():
        try:
            empty = not any(os.scandir(path))
        except OSError:
            empty = False
        if empty:
            return None
        return f"CDK8S_OUTDIR {scratch} is a folder with files in it: refusing to replace it with a link to {outdir}/"
    return f"CDK8S_OUTDIR {scratch} is an existing file: refusing to replace it with a link to {outdir}/"


def _point_cdk8s_outdir_at(outdir: Path) -> None:
    """Under `cdk8s synth` the CLI passes a scratch CDK8S_OUTDIR (it deletes that folder before running
    the app). Link it to dist/ so the CLI lists the manifests this run wrote. Only what
    `cdk8s_outdir_problem` accepts is replaced (checked before anything was written)."""
    scratch = os.environ.get("CDK8S_OUTDIR")
    if not scratch or Path(scratch).absolute() == outdir.absolute() or cdk8s_outdir_problem(outdir):
        return
    link = Path(scratch)
    if link.is_symlink():
        link.unlink()
    elif link.is_dir():
        os.rmdir(link)  # only ever empty: never remove real content
    link.symlink_to(os.path.relpath(outdir.absolute(), link.absolute().parent))


class UsageError(Exception):
    """A bad command line or environment: reported on one line, exit status 2."""


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print the usage and exit
        raise UsageError(f"{message} (see --help)")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _ArgumentParser(prog="main.py", description=__doc__.splitlines()[0])
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
    return parser.parse_args(argv)


def write_outputs(
    synthesis: Synthesis,
    args: argparse.Namespace,
    cache: SynthCache | None = None,
    cached_root: str | None = None,
    typescript: Any = None,
) -> str:
    """Write dist/ (and the platform files) as one output (synth/swap.py); returns the summary line.
    When every workload came from the cache and every output file is already what would be written,
    nothing is written. `cached_root`: argocd/application.yaml as found in the cache; `typescript`:
    the declarations started early (platform/outputs.py TypeScript)."""
    folders = {output_folder_target(args.outdir): dist_files(synthesis.rendered)}
    if not args.no_platform_files:
        from ai_workloads.platform.outputs import ROOT_APPLICATION_SOURCE, platform_files, platform_folder_problem

        # The root Application is rendered with cdk8s: from the cache, else from a render worker, else here.
        # Everything is rendered before anything is replaced: nothing is half-written.
        platform = platform_files(
            synthesis.workloads,
            args.argocd,
            synthesis.rendered,
            application=cached_root or synthesis.root_application,
            typescript=typescript,
        )
        if cache is not None and cached_root is None:
            cache.remember(cache.root_application_key(args.argocd, ROOT_APPLICATION_SOURCE), platform.application)
        problem = platform_folder_problem(platform)
        if problem:
            raise UsageError(problem)
        folders.update(platform.folders())
    if cache is not None and synthesis.rendered_count == 0:  # everything reused: only what differs is replaced
        folders = {target: files for target, files in folders.items() if not folder_holds_exactly(target, files)}
        if not folders:
            _point_cdk8s_outdir_at(args.outdir)
            return _nothing_changed(len(synthesis.workloads), args)
    replace_together(folders)
    _point_cdk8s_outdir_at(args.outdir)
    summary = f"wrote {len(synthesis.rendered)} file(s) with {synthesis.objects} object(s) to {args.outdir}/"
    if not args.no_platform_files:
        summary += f", schemas/, .cat/backstage/ and argocd/ ({len(platform.workload_applications)} Application(s))"
    return summary


def _cached_root_application(cache: SynthCache | None, args: argparse.Namespace) -> str | None:
    if cache is None or args.no_platform_files:
        return None
    from ai_workloads.platform.outputs import ROOT_APPLICATION_SOURCE

    return cache.lookup(cache.root_application_key(args.argocd, ROOT_APPLICATION_SOURCE))


def _nothing_changed(workloads: int, args: argparse.Namespace) -> str:
    also = "" if args.no_platform_files else " and the platform files are"
    return f"nothing changed: {workloads} workload(s), {args.outdir}/{also or ' is'} up to date"


def _output_roots(args: argparse.Namespace) -> list[Path]:
    """Every folder this run writes into (what the record of a run lists)."""
    roots = [output_folder_target(args.outdir)]
    if not args.no_platform_files:
        from ai_workloads.platform.outputs import ARGOCD_DIR, CATALOG_DIR, SCHEMA_DIR

        roots += [SCHEMA_DIR, CATALOG_DIR, ARGOCD_DIR]
    return roots


def main(argv: Sequence[str] | None = None, *, pool: ProcessPoolExecutor | None = None) -> int:
    """The command line; `pool`: render workers started early (synth/launch.py, by main.py), stopped
    when the run ends whether or not they rendered anything."""
    with _Interruption() as interruption:
        try:
            return _run(argv, pool)
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
                stop(pool)


def _run(argv: Sequence[str] | None, pool: ProcessPoolExecutor | None = None) -> int:
    timeline.start()
    timeline.note("early_workers", len(getattr(pool, "_processes", None) or {}) if pool is not None else 0)
    args = parse_args(argv)
    try:
        config = read_project_config(CDK8S_CONFIG)
        args.argocd = None if args.no_platform_files else _argocd_settings(config)
    except WorkloadErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        _report(f"error: {len(failure.errors)} problem(s) in {CDK8S_CONFIG}; {args.outdir}/ left unchanged")
        return 1
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
    # One run at a time per project (synth/lock.py), from before anything is read until the record is written.
    with project_lock(waiting=_report):
        notice = recover_swap()  # a killed run's swap is completed first (synth/swap.py)
        if notice:
            _report(notice)
        for root in _output_roots(args):  # then what killed runs left beside the outputs goes
            remove_stale_staging(root.absolute())
        return _run_locked(args, version, tuple(config.platform.reservedNamespaces), pool)


def _argocd_settings(config: ProjectConfig) -> ArgoCdSettings:
    if not CDK8S_CONFIG.is_file():
        raise UsageError(
            f"{CDK8S_CONFIG} not found: the platform files (schemas/, .cat/backstage/, argocd/) are "
            "written from the project root; run there, or pass --no-platform-files"
        )
    return argocd_settings(CDK8S_CONFIG, config)


def _run_locked(
    args: argparse.Namespace, version: str, namespaces: Sequence[str], pool: ProcessPoolExecutor | None
) -> int:
    timeline.mark("settings")
    cache = (
        None
        if args.no_cache
        else SynthCache.open(CACHE_DIR, kubernetes_version=version, argocd=args.argocd, reserved_namespaces=namespaces)
    )
    timeline.mark("library_fingerprint")
    progress = Progress()
    sources = read_sources(args.workloads, cache)
    outputs = _output_roots(args)
    tree = cache.tree_key(sources.keys, outputs) if cache is not None and sources.complete else None
    timeline.mark("read_and_key")
    if tree is not None and cache.unchanged_since_last_run(tree, outputs):
        # The last successful run read exactly these inputs, and its outputs are untouched since.
        _point_cdk8s_outdir_at(args.outdir)
        timeline.mark("outputs_verified")
        timeline.report()
        progress.summary(rendered=0, reused=len(sources.paths))
        print(one_line(_nothing_changed(len(sources.paths), args)))
        return 0
    cached_root = _cached_root_application(cache, args)
    with _typescript_started(args, cache) as typescript:
        try:
            synthesis = synthesize(
                args.workloads,
                kubernetes_version=version,
                argocd=args.argocd,
                reserved_namespaces=namespaces,
                cache=cache,
                progress=progress,
                sources=sources,
                pool=pool,
                root_application=not args.no_platform_files and cached_root is None,
            )
        except BaseException as failure:
            progress.clear()  # the live line (on a terminal) goes before anything else is printed
            if not isinstance(failure, WorkloadErrors):
                raise
            for error in failure.errors:
                print(error, file=sys.stderr)
            _report(f"error: {len(failure.errors)} problem(s); {args.outdir}/ left unchanged")
            return 1
        problem = output_folder_problem(args.outdir, workloads=args.workloads)  # it may have changed meanwhile
        if problem:
            raise UsageError(problem)
        timeline.mark("cross_file_rules")
        if cache is not None:
            cache.forget_run()  # the outputs change now: only a completed run records them again
        try:
            summary = write_outputs(synthesis, args, cache, cached_root, typescript)
        except OSError as error:
            where = f"{args.outdir}/" if args.no_platform_files else f"{args.outdir}/ and the platform files"
            _report(f"error: cannot write {where} ({error.strerror or error}); nothing was replaced")
            return 1
        except OutputError as error:
            _report(f"error: {error}; nothing was replaced")
            return 1
    timeline.mark("write_outputs")
    if cache is not None:
        cache.commit()  # only now: an interrupted or failed run leaves no entry to trust
        cache.record_run(tree, outputs)
        prune_cache(cache.folder, cache.used, limits_from(os.environ))  # never this run's entries
        timeline.mark("cache_store")
    timeline.report()
    progress.summary(rendered=synthesis.rendered_count, reused=synthesis.reused_count)
    if summary.startswith("nothing changed"):
        print(one_line(summary))
    else:
        print(one_line(f"{summary} (validated for Kubernetes {version})"))
    return 0


@contextlib.contextmanager
def _typescript_started(args: argparse.Namespace, cache: SynthCache | None) -> Iterator[Any]:
    """The TypeScript declarations (platform/outputs.py TypeScript): json2ts, when it has to run, runs
    while the workloads render; it is stopped when the run ends, whatever happened."""
    if args.no_platform_files:
        yield None
        return
    from ai_workloads.platform.outputs import TypeScript

    try:
        typescript = TypeScript(cache)
    except OutputError as error:
        raise UsageError(str(error)) from None
    try:
        yield typescript
    finally:
        typescript.cancel()


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
