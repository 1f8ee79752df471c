#!/usr/bin/env python3
"""Generate the go.mod files under tools/ that pin the rehearsal's Go binaries.

Each tool folder builds upstream `main` packages from the Go module proxy.
Go ignores `replace` directives of dependencies, so a module that requires
k8s.io/kubernetes (or argo-cd, or etcd's server module) must restate them.
This script reads the release's own go.mod (`go mod download -json MOD@VER`
-> GoMod) and writes them:

- a replace to a local path (`k8s.io/api => ./staging/src/k8s.io/api`,
  `go.etcd.io/etcd/api/v3 => ../api`) becomes a replace to the published
  module at the version the spec's `local` rule gives;
- a replace to another module version is copied as is.

Usage: python tools/gen_gomod.py [NAME ...]   (default: every spec)
Then `go mod tidy` runs in the folder to write go.sum.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent


def k8s_staging(version: str) -> Callable[[str, str], str]:
    """Kubernetes v1.Y.Z publishes its staging modules as v0.Y.Z."""
    published = "v0." + version.split(".", 1)[1]

    def rule(module: str, path: str) -> str:
        if not path.startswith("./staging/src/" + module):
            raise ValueError(f"unexpected staging path {path} for {module}")
        return published

    return rule


def same_version(version: str) -> Callable[[str, str], str]:
    """Sibling modules of a multi-module repository, tagged together."""
    return lambda module, path: version


def no_local(module: str, path: str) -> str:
    """For releases whose go.mod has no local-path replace."""
    raise ValueError(f"no published version known for local replace {module} => {path}")


@dataclass(frozen=True)
class Spec:
    folder: str  # tools/<folder>/go.mod
    module: str  # our module's name
    require: str  # upstream module
    version: str  # pinned upstream version
    tools: tuple[str, ...]  # main packages, written as `tool` directives
    local: Callable[[str, str], str] = field(compare=False)


KUBERNETES_VERSION = "v1.35.4"
KWOK_VERSION = "v0.8.0"
# v3.3.0 .. v3.5.x replace their gitops-engine with an in-tree copy that no
# proxy serves, v3.6.x needs go >= 1.27, v3.2.12 does not compile as published:
# see docs/controlplane-binaries.md.
ARGOCD_VERSION = "v3.2.11"
# KEDA matches the offline CRDs in ../shared/crds/keda/; the Prometheus release also gives promtool.
KEDA_VERSION = "v2.20.2"
PROMETHEUS_VERSION = "v0.316.0"


def _k8s_pin(module: str) -> str:
    """The version Kubernetes' own go.mod requires for `module` (etcd follows Kubernetes)."""
    gomod = parse_gomod(download("k8s.io/kubernetes", KUBERNETES_VERSION)["GoMod"])
    return gomod.requires[module]


def specs() -> dict[str, Spec]:
    etcd_version = _k8s_pin("go.etcd.io/etcd/server/v3")
    return {
        s.folder: s
        for s in (
            Spec(
                "controlplane",
                "ai-workloads.local/tools/controlplane",
                "k8s.io/kubernetes",
                KUBERNETES_VERSION,
                (
                    "k8s.io/kubernetes/cmd/kube-apiserver",
                    "k8s.io/kubernetes/cmd/kube-controller-manager",
                    "k8s.io/kubernetes/cmd/kube-scheduler",
                    "k8s.io/kubernetes/cmd/kubectl",
                ),
                k8s_staging(KUBERNETES_VERSION),
            ),
            Spec(
                "etcd",
                "ai-workloads.local/tools/etcd",
                "go.etcd.io/etcd/server/v3",
                etcd_version,
                ("go.etcd.io/etcd/server/v3",),
                same_version(etcd_version),
            ),
            Spec(
                "kwok",
                "ai-workloads.local/tools/kwok",
                "sigs.k8s.io/kwok",
                KWOK_VERSION,
                ("sigs.k8s.io/kwok/cmd/kwok",),
                no_local,
            ),
            Spec(
                "argocd",
                "ai-workloads.local/tools/argocd",
                "github.com/argoproj/argo-cd/v3",
                ARGOCD_VERSION,
                ("github.com/argoproj/argo-cd/v3/cmd",),
                no_local,
            ),
            Spec(
                "keda",
                "ai-workloads.local/tools/keda",
                "github.com/kedacore/keda/v2",
                KEDA_VERSION,
                ("github.com/kedacore/keda/v2/cmd/operator", "github.com/kedacore/keda/v2/cmd/adapter"),
                no_local,
            ),
            Spec(
                "prometheus",
                "ai-workloads.local/tools/prometheus",
                "github.com/prometheus/prometheus",
                PROMETHEUS_VERSION,
                ("github.com/prometheus/prometheus/cmd/prometheus", "github.com/prometheus/prometheus/cmd/promtool"),
                no_local,
            ),
        )
    }


def download(module: str, version: str) -> dict:
    out = subprocess.run(
        ["go", "mod", "download", "-json", f"{module}@{version}"], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


@dataclass
class GoMod:
    go: str
    requires: dict[str, str]
    replaces: list[tuple[str, str, str]]  # (old module, new module or path, new version or "")


_DIRECTIVE = re.compile(r"^(require|replace)\s*\($")


def parse_gomod(path: str | Path) -> GoMod:
    go = ""
    requires: dict[str, str] = {}
    replaces: list[tuple[str, str, str]] = []
    block = None
    for raw in Path(path).read_text().splitlines():
        line = raw.split("//", 1)[0].strip()
        if not line:
            continue
        if block:
            if line == ")":
                block = None
                continue
            entry = line
        else:
            m = _DIRECTIVE.match(line)
            if m:
                block = m.group(1)
                continue
            word, _, entry = line.partition(" ")
            if word == "go":
                go = entry.strip()
                continue
            if word not in ("require", "replace"):
                continue
            _add(word, entry.strip(), requires, replaces)
            continue
        _add(block, entry, requires, replaces)
    return GoMod(go, requires, replaces)


def _add(kind: str, entry: str, requires: dict, replaces: list) -> None:
    if kind == "require":
        mod, ver = entry.split()[:2]
        requires[mod] = ver
        return
    left, right = (s.split() for s in entry.split("=>"))
    new = right[0]
    replaces.append((left[0], new, right[1] if len(right) > 1 else ""))


def is_local(path: str) -> bool:
    return path.startswith(("./", "../"))


def replace_lines(spec: Spec, upstream: GoMod) -> list[str]:
    lines = []
    for old, new, ver in upstream.replaces:
        if is_local(new):
            if new.endswith("FORBIDDEN_DEPENDENCY"):
                continue  # a guard against importing a module, not a source
            lines.append(f"{old} => {old} {spec.local(old, new)}")
        else:
            lines.append(f"{old} => {new} {ver}".rstrip())
    return sorted(lines)


def render(spec: Spec) -> str:
    upstream = parse_gomod(download(spec.require, spec.version)["GoMod"])
    out = [
        f"// Generated by tools/gen_gomod.py from {spec.require}@{spec.version}'s go.mod. Do not edit.",
        f"module {spec.module}",
        "",
        f"go {upstream.go}",
        "",
        f"require {spec.require} {spec.version}",
        "",
    ]
    out += ["tool ("] + [f"\t{t}" for t in spec.tools] + [")", ""]
    lines = replace_lines(spec, upstream)
    if lines:
        out += ["replace ("] + [f"\t{line}" for line in lines] + [")", ""]
    return "\n".join(out)


def generate(name: str, tidy: bool = True) -> Path:
    spec = specs()[name]
    folder = TOOLS_DIR / name
    folder.mkdir(exist_ok=True)
    gomod = folder / "go.mod"
    gomod.write_text(render(spec))
    if tidy:
        subprocess.run(["go", "mod", "tidy"], cwd=folder, check=True)
    return gomod


def main(argv: list[str]) -> int:
    for name in argv or list(specs()):
        print(generate(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
