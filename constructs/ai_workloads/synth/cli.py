"""`python main.py`: validate every workload file, render, gate, then write dist/ and the platform files.

One pass in one process (plus render workers for many workloads): each workload file is read and
validated once, and the same values feed dist/, schemas/, the TypeScript declarations, the Backstage
catalog and argocd/. Exit status 0 when everything was written, 1 when any input or rendered object is
invalid (nothing is written then: dist/ stays exactly as it was), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

import yaml

from ai_workloads.errors import WorkloadErrors
from ai_workloads.gates import DEFAULT_KUBERNETES_VERSION, RenderedWorkload
from ai_workloads.synth.output import MANIFEST_SUFFIX, manifests_to_yaml, replace_folder
from ai_workloads.synth.namespaces import reserved_namespaces
from ai_workloads.synth.pipeline import Synthesis, synthesize

CDK8S_CONFIG = Path("cdk8s.yaml")


def configured_kubernetes_version() -> str:
    """`kubernetesVersion` from cdk8s.yaml when present, else the default."""
    if CDK8S_CONFIG.is_file():
        config = yaml.safe_load(CDK8S_CONFIG.read_text()) or {}
        if config.get("kubernetesVersion"):
            return str(config["kubernetesVersion"])
    return DEFAULT_KUBERNETES_VERSION


def dist_files(rendered: Sequence[RenderedWorkload]) -> dict[str, str]:
    """dist/ file name -> YAML text (rendered by the workers already, or here)."""
    return {
        f"{w.name}{MANIFEST_SUFFIX}": w.yaml_text if w.yaml_text is not None else manifests_to_yaml(w.manifests, source=w.file)
        for w in rendered
    }


def write_dist(rendered: Sequence[RenderedWorkload], outdir: Path) -> dict[str, str]:
    files = dist_files(rendered)
    replace_folder(outdir, files)
    return files


def _point_cdk8s_outdir_at(outdir: Path) -> None:
    """Under `cdk8s synth` the CLI passes a scratch CDK8S_OUTDIR (it deletes that folder before running
    the app). Link it to dist/ so the CLI lists the manifests this run wrote."""
    scratch = os.environ.get("CDK8S_OUTDIR")
    if not scratch or Path(scratch).absolute() == outdir.absolute():
        return
    link = Path(scratch)
    if link.is_symlink() or link.is_file():
        link.unlink()
    elif link.is_dir():
        os.rmdir(link)  # only ever empty: never remove real content
    link.symlink_to(os.path.relpath(outdir.absolute(), link.absolute().parent))


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.splitlines()[0])
    parser.add_argument("--workloads", type=Path, default=Path("workloads"), help="folder of workload files")
    parser.add_argument("--outdir", type=Path, default=Path("dist"), help="folder replaced with the manifests")
    parser.add_argument("--kubernetes-version", default=None, help="schemas to validate against (default: cdk8s.yaml)")
    parser.add_argument(
        "--no-platform-files", action="store_true",
        help="write dist/ only, not schemas/, .cat/backstage/ and argocd/ (in the working directory)",
    )
    return parser.parse_args(argv)


def write_outputs(synthesis: Synthesis, args: argparse.Namespace) -> str:
    """Write dist/ (and the platform files); returns the summary line."""
    if not args.no_platform_files:
        from ai_workloads.platform.outputs import platform_files, write_platform_files

        # Everything is rendered before dist/ is replaced: nothing is half-written.
        platform = platform_files(synthesis.workloads, args.argocd, synthesis.rendered)
    files = write_dist(synthesis.rendered, args.outdir)
    _point_cdk8s_outdir_at(args.outdir)
    summary = f"wrote {len(files)} file(s) with {synthesis.objects} object(s) to {args.outdir}/"
    if not args.no_platform_files:
        write_platform_files(platform)
        summary += f", schemas/, .cat/backstage/ and argocd/ ({len(platform.workload_applications)} Application(s))"
    return summary


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    version = args.kubernetes_version or configured_kubernetes_version()
    args.argocd = None
    if not args.no_platform_files:
        from ai_workloads.platform.settings import argocd_settings

        args.argocd = argocd_settings()
    try:
        synthesis = synthesize(
            args.workloads, kubernetes_version=version, argocd=args.argocd,
            reserved_namespaces=reserved_namespaces(CDK8S_CONFIG),
        )
    except WorkloadErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        print(f"error: {len(failure.errors)} problem(s); {args.outdir}/ left unchanged", file=sys.stderr)
        return 1
    print(f"{write_outputs(synthesis, args)} (validated for Kubernetes {version})")
    return 0
