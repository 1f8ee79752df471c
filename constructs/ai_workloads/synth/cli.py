"""`python main.py`: validate every workload file, render, gate, then replace dist/ in one step.

Exit status 0 when dist/ was written, 1 when any input or rendered object is invalid (dist/ is then
left exactly as it was), 2 for a usage error.
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
from ai_workloads.synth.pipeline import synthesize_folder

CDK8S_CONFIG = Path("cdk8s.yaml")


def configured_kubernetes_version() -> str:
    """`kubernetesVersion` from cdk8s.yaml when present, else the default."""
    if CDK8S_CONFIG.is_file():
        config = yaml.safe_load(CDK8S_CONFIG.read_text()) or {}
        if config.get("kubernetesVersion"):
            return str(config["kubernetesVersion"])
    return DEFAULT_KUBERNETES_VERSION


def synthesize(workloads_dir: Path, *, kubernetes_version: str) -> list[RenderedWorkload]:
    """Everything in memory and validated; raises WorkloadErrors listing every problem."""
    return synthesize_folder(workloads_dir, kubernetes_version=kubernetes_version)


def write_dist(rendered: Sequence[RenderedWorkload], outdir: Path) -> dict[str, str]:
    files = {
        f"{w.name}{MANIFEST_SUFFIX}": w.yaml_text if w.yaml_text is not None else manifests_to_yaml(w.manifests, source=w.file)
        for w in rendered
    }
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
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    version = args.kubernetes_version or configured_kubernetes_version()
    try:
        rendered = synthesize(args.workloads, kubernetes_version=version)
    except WorkloadErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        print(f"error: {len(failure.errors)} problem(s); {args.outdir}/ left unchanged", file=sys.stderr)
        return 1
    files = write_dist(rendered, args.outdir)
    _point_cdk8s_outdir_at(args.outdir)
    objects = sum(len(w.manifests) for w in rendered)
    print(f"wrote {len(files)} file(s) with {objects} object(s) to {args.outdir}/ (validated for Kubernetes {version})")
    return 0
