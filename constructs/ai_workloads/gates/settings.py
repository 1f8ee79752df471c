"""What the gates validate against, set by the environment and the project (standard library only: the
synthesis reads these before it knows whether anything will be validated)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_KUBERNETES_VERSION = "1.31"
CRDS_DIR_ENV = "AI_WORKLOADS_CRDS_DIR"
REQUIRE_CRDS_ENV = "AI_WORKLOADS_REQUIRE_CRDS"
DEFAULT_CRDS_DIR = "../shared/crds"


def crds_dir() -> Path:
    """The CRD files `make imports` reads (../shared/crds unless AI_WORKLOADS_CRDS_DIR says otherwise)."""
    return Path(os.environ.get(CRDS_DIR_ENV, DEFAULT_CRDS_DIR))


def crds_required() -> bool:
    """Whether a missing CRD schema bundle is an error (AI_WORKLOADS_REQUIRE_CRDS, set on CI)."""
    return os.environ.get(REQUIRE_CRDS_ENV, "") not in ("", "0", "false")
