"""What the gates validate against, set by the environment and the project (standard library only: the
synthesis reads these before it knows whether anything will be validated)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_KUBERNETES_VERSION = "1.35"
CRDS_DIR_ENV = "AI_WORKLOADS_CRDS_DIR"
REQUIRE_CRDS_ENV = "AI_WORKLOADS_REQUIRE_CRDS"
DEFAULT_CRDS_DIR = "../shared/crds"


def crds_dir() -> Path:
    """The CRD files `make imports` reads (../shared/crds unless AI_WORKLOADS_CRDS_DIR says otherwise)."""
    return Path(os.environ.get(CRDS_DIR_ENV, DEFAULT_CRDS_DIR))


def crds_required() -> bool:
    """Whether a missing CRD schema bundle is an error (AI_WORKLOADS_REQUIRE_CRDS, set on CI)."""
    return os.environ.get(REQUIRE_CRDS_ENV, "") not in ("", "0", "false")


def bundled_schemas_dir() -> Path | None:
    """imports/crd_schemas (in a wheel: ai_workloads_imports/crd_schemas), None when not there."""
    from ai_workloads.gates.crd_bundle import BUNDLE_FOLDER

    try:
        import ai_workloads_imports
    except ImportError:
        return None
    for location in ai_workloads_imports.__path__:
        folder = Path(location) / BUNDLE_FOLDER
        if folder.is_dir():
            return folder
    return None


def crd_bundle_present() -> bool:
    """Whether bundled CRD schemas are there (what `load_bundled_catalog` would find), without reading one."""
    from ai_workloads.gates.crd_bundle import parse_bundle_file_name

    folder = bundled_schemas_dir()
    return folder is not None and any(parse_bundle_file_name(path.name) for path in folder.glob("*.json"))
