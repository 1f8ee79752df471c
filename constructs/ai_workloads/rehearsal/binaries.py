"""PLACEHOLDER until the `cpbuild` branch is merged (its binaries.py replaces this file): the pinned
control-plane binaries, read from the folder named by AI_WORKLOADS_REHEARSAL_BIN_DIR (built by hand with
cpbuild's tools/). The interface is the one cpbuild provides: ensure_binaries() and argocd_crds_dir()."""

from __future__ import annotations

import os
from pathlib import Path

BIN_DIR_ENV = "AI_WORKLOADS_REHEARSAL_BIN_DIR"
NAMES = ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "etcd", "kwok", "argocd")


class BinariesUnavailable(RuntimeError):
    """The binaries are not built (and this placeholder cannot build them)."""


def _folder() -> Path:
    value = os.environ.get(BIN_DIR_ENV)
    if not value:
        raise BinariesUnavailable(f"{BIN_DIR_ENV} is not set (placeholder binaries.py: point it at the built binaries)")
    return Path(value)


def ensure_binaries() -> dict[str, Path]:
    """name -> path of every binary that exists in the folder; raises when a control-plane one is missing."""
    folder = _folder()
    found = {name: folder / name for name in NAMES if (folder / name).is_file()}
    missing = [name for name in NAMES[:-1] if name not in found]
    if missing:
        raise BinariesUnavailable(f"{folder}: missing {', '.join(missing)}")
    return found


def argocd_crds_dir() -> Path:
    """Argo CD's CRD files (application-crd.yaml, appproject-crd.yaml, ...)."""
    return _folder() / "argocd-crds"
