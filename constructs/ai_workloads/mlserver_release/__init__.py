"""MLSERVER_RELEASE: several Seldon MLServer model servers described by one release file.

The folder holds everything of the kind: `values.py` (the file's schema), `release.py`
(`MlServerRelease`), `app.py` (`MlServerApp`, one per app), `catalog.py` (Backstage), `policy.py`
(checkov waivers) and `example.yaml`.
"""

from typing import TYPE_CHECKING

from ai_workloads.mlserver_release import catalog
from ai_workloads.mlserver_release.values import MlServerAppValues, MlServerReleaseValues
from ai_workloads.registry import WorkloadKind, lazy_construct, register

if TYPE_CHECKING:  # for the type checker; at run time __getattr__ imports them (and cdk8s) on first use
    from ai_workloads.mlserver_release.app import MlServerApp
    from ai_workloads.mlserver_release.release import MlServerRelease

KIND = register(
    WorkloadKind(
        values=MlServerReleaseValues,
        construct=lazy_construct("ai_workloads.mlserver_release.release", "MlServerRelease"),
        catalog_entry=catalog.catalog_entry,
    )
)

__all__ = ["KIND", "MlServerApp", "MlServerAppValues", "MlServerRelease", "MlServerReleaseValues"]

_CONSTRUCTS = {
    "MlServerApp": "ai_workloads.mlserver_release.app",
    "MlServerRelease": "ai_workloads.mlserver_release.release",
}


def __getattr__(name: str) -> object:  # the constructs import cdk8s: only on first use
    if name in _CONSTRUCTS:
        import importlib

        return getattr(importlib.import_module(_CONSTRUCTS[name]), name)
    raise AttributeError(name)
