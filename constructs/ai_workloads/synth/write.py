"""Stage `write` (synth/run.py): dist/ and the platform files replaced together, as one output.

Synthesis -> Written. Everything is rendered before anything is replaced (synth/swap.py replaces the
folders together): nothing is half-written. When every workload came from the cache and every output
file already holds what would be written, nothing is written. `skip` is the same stage for a run that
stopped after `key` (nothing changed since the last run).
"""

from __future__ import annotations

import os
from pathlib import Path

from ai_workloads.files.output import MANIFEST_SUFFIX, OutputError, folder_holds_exactly, manifests_to_yaml
from ai_workloads.files.output_folder import output_folder_problem, output_folder_target
from ai_workloads.stage_types import Keyed, Request, RunSettings, Synthesis, Written
from ai_workloads.synth import timeline
from ai_workloads.synth.swap import replace_together
from ai_workloads.synth.usage import UsageError


class WriteError(Exception):
    """The outputs could not be written (nothing was replaced): one line, exit status 1."""


def write(synthesis: Synthesis) -> Written:
    """Replace the outputs with the synthesis' files; the summary line."""
    assert synthesis.source is not None, "write() takes the synthesis of a run"
    keyed = synthesis.source.loaded.keyed
    request = keyed.sources.request
    settings, cache = request.settings, request.services.cache
    problem = output_folder_problem(settings.outdir, workloads=settings.workloads)  # it may have changed meanwhile
    if problem:
        raise UsageError(problem)
    timeline.mark("cross_file_rules")
    if cache is not None:
        cache.forget_run()  # the outputs change now: only a completed run records them again
    try:
        summary = write_outputs(synthesis, request)
    except OSError as error:
        where = f"{settings.outdir}/" if not settings.platform_files else f"{settings.outdir}/ and the platform files"
        raise WriteError(f"cannot write {where} ({error.strerror or error}); nothing was replaced") from None
    except OutputError as error:
        raise WriteError(f"{error}; nothing was replaced") from None
    timeline.mark("write_outputs")
    return Written(keyed, summary, changed=not summary.startswith("nothing changed"), synthesis=synthesis)


def skip(keyed: Keyed) -> Written:
    """The last successful run read exactly these inputs, and its outputs are untouched since."""
    settings = keyed.sources.request.settings
    point_cdk8s_outdir_at(settings.outdir)
    timeline.mark("outputs_verified")
    return Written(keyed, nothing_changed(len(keyed.sources.files), settings), changed=False, synthesis=None)


def write_outputs(synthesis: Synthesis, request: Request) -> str:
    """Write dist/ (and the platform files) as one output (synth/swap.py); returns the summary line."""
    settings, services = request.settings, request.services
    folders = {output_folder_target(settings.outdir): dist_files(synthesis)}
    applications = 0
    if settings.argocd is not None:
        from ai_workloads.platform.outputs import (
            ROOT_APPLICATION_SOURCE,
            platform_files,
            platform_folder_problem,
            platform_folders,
        )

        # The root Application is rendered with cdk8s: from the cache, else from a render worker, else here.
        platform = platform_files(
            synthesis.workloads,
            settings.argocd,
            synthesis.rendered,
            application=services.cached_root or synthesis.root_application,
            typescript=services.typescript,
        )
        if services.cache is not None and services.cached_root is None:
            key = services.cache.root_application_key(settings.argocd, ROOT_APPLICATION_SOURCE)
            services.cache.remember(key, platform.application)
        problem = platform_folder_problem(platform)
        if problem:
            raise UsageError(problem)
        folders.update(platform_folders(platform))
        applications = len(platform.workload_applications)
    if services.cache is not None and synthesis.rendered_count == 0:  # everything reused: only what differs
        folders = {target: files for target, files in folders.items() if not folder_holds_exactly(target, files)}
        if not folders:
            point_cdk8s_outdir_at(settings.outdir)
            return nothing_changed(len(synthesis.workloads), settings)
    replace_together(folders)
    point_cdk8s_outdir_at(settings.outdir)
    summary = f"wrote {len(synthesis.rendered)} file(s) with {synthesis.objects} object(s) to {settings.outdir}/"
    if settings.platform_files:
        summary += f", schemas/, .cat/backstage/ and argocd/ ({applications} Application(s))"
    return summary


def dist_files(synthesis: Synthesis) -> dict[str, str]:
    """dist/ file name -> YAML text (rendered by the workers already, or here)."""
    return {
        f"{w.name}{MANIFEST_SUFFIX}": w.yaml_text
        if w.yaml_text is not None
        else manifests_to_yaml(w.manifests, source=w.file)
        for w in synthesis.rendered
    }


def nothing_changed(workloads: int, settings: RunSettings) -> str:
    also = " and the platform files are" if settings.platform_files else ""
    return f"nothing changed: {workloads} workload(s), {settings.outdir}/{also or ' is'} up to date"


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


def point_cdk8s_outdir_at(outdir: Path) -> None:
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
