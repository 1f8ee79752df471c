"""`python -m ai_workloads.check [dist] [--argocd argocd]`: run the safety gates over written manifests.

The same gates as synthesis (Kubernetes schemas, CRD schemas, cross-object rules), applied to the
committed files, so a hand edit or a stale file in dist/ is caught before Argo CD applies it. The Argo CD
Applications in argocd/ are checked against their CRD too, and every dist/ file must be synced by
exactly one Application of argocd/apps/ (a file no Application names would never be deployed), and every
Application of argocd/apps/ must sync a dist/ file that exists (Argo CD would sync nothing, and with
prune delete that workload's objects). While an interrupted synthesis left its swap journal
(synth/swap.py), dist/ and argocd/ may be a mix of two runs: that is an error too. Exit 1 with
`<file>: <object>.<field path>: <message>` lines on any violation.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError, WorkloadErrors
from ai_workloads.files.output import MANIFEST_SUFFIX
from ai_workloads.gates import DEFAULT_KUBERNETES_VERSION, gate_errors
from ai_workloads.stage_types import RenderedWorkload
from ai_workloads.synth.swap import JOURNAL
from ai_workloads.synth.swap import pending as pending_swap
from ai_workloads.synth.usage import configured_kubernetes_version


def read_dist(folder: Path) -> tuple[list[RenderedWorkload], list[WorkloadError]]:
    workloads, errors = [], []
    if not folder.is_dir():
        return [], [WorkloadError(str(folder), DOCUMENT_ROOT, "folder does not exist")]
    for path in sorted(folder.iterdir()):
        if not path.name.endswith(MANIFEST_SUFFIX):
            errors.append(
                WorkloadError(
                    str(path), DOCUMENT_ROOT, f"not a *{MANIFEST_SUFFIX} file: only manifests belong in dist/"
                )
            )
            continue
        try:
            manifests = [m for m in yaml.safe_load_all(path.read_text()) if m is not None]
        except yaml.YAMLError as error:
            errors.append(WorkloadError(str(path), DOCUMENT_ROOT, f"YAML syntax error: {error}"))
            continue
        workloads.append(
            RenderedWorkload(file=str(path), name=path.name.removesuffix(MANIFEST_SUFFIX), manifests=manifests)
        )
    if not workloads and not errors:
        errors.append(
            WorkloadError(str(folder), DOCUMENT_ROOT, "no manifests: an empty dist/ would let Argo CD prune everything")
        )
    return workloads, errors


def application_errors(argocd: Path, dist_files: dict[str, str]) -> tuple[list[RenderedWorkload], list[WorkloadError]]:
    """The Applications of `argocd` (for the CRD gate), and a problem for every dist/ file (name ->
    path) that is not synced by exactly one Application of `argocd/apps/`."""
    applications: list[RenderedWorkload] = []
    included: dict[str, list[str]] = {}
    for path in sorted([argocd / "application.yaml", *sorted((argocd / "apps").glob("*.yaml"))]):
        if not path.is_file():
            continue
        manifests = [m for m in yaml.safe_load_all(path.read_text()) if m is not None]
        applications.append(RenderedWorkload(file=str(path), name=path.stem, manifests=manifests))
        if path.parent.name == "apps":
            for manifest in manifests:
                include = ((manifest.get("spec") or {}).get("source") or {}).get("directory", {}).get("include")
                included.setdefault(include, []).append(str(path))
    errors = [
        WorkloadError(
            path, DOCUMENT_ROOT, f"synced by {len(included.get(name, []))} Applications of {argocd}/apps/, not 1"
        )
        for name, path in sorted(dist_files.items())
        if len(included.get(name, [])) != 1
    ]
    errors += [
        WorkloadError(
            path,
            "spec.source.directory.include",
            f"{name!r}: no such file in dist/ (the Application would sync nothing)",
        )
        for name, paths in sorted(included.items(), key=lambda item: str(item[0]))
        if name not in dist_files
        for path in paths
    ]
    return applications, errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ai_workloads.check", description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=Path("dist"))
    parser.add_argument(
        "--argocd", type=Path, default=None, help="the generated Argo CD Applications (default: argocd/ beside dist)"
    )
    args = parser.parse_args(argv)
    if args.argocd is None:  # the project's own: a dist/ of another project is checked with that project's argocd/
        args.argocd = args.dist.parent / "argocd"
    workloads, errors = read_dist(args.dist)
    if pending_swap():
        errors.append(
            WorkloadError(
                str(JOURNAL),
                DOCUMENT_ROOT,
                "a synthesis was interrupted while replacing the outputs: run `make synth` to complete it",
            )
        )
    applications: list[RenderedWorkload] = []
    if args.argocd.is_dir():
        applications, delivery_errors = application_errors(args.argocd, {Path(w.file).name: w.file for w in workloads})
        errors += delivery_errors
    try:
        version = configured_kubernetes_version()
    except WorkloadErrors as failure:
        errors += failure.errors
        version = DEFAULT_KUBERNETES_VERSION
    errors += gate_errors(workloads + applications, kubernetes_version=version)
    for error in sorted(set(errors)):
        print(error, file=sys.stderr)
    if errors:
        print(f"error: {len(set(errors))} problem(s) in {args.dist}/", file=sys.stderr)
        return 1
    objects = sum(len(w.manifests) for w in workloads)
    delivered = (
        f"; {len(applications)} Argo CD Application file(s) in {args.argocd}/ deliver them" if applications else ""
    )
    print(
        f"{args.dist}/: {len(workloads)} file(s), {objects} object(s) pass the schema and cross-object gates{delivered}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
