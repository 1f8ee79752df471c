"""Namespaces the platform reserves for itself: no workload may deploy into them.

The deny-list is configurable in cdk8s.yaml (`platform.reservedNamespaces`, shell-style patterns);
by default it covers the Kubernetes system namespaces and the namespaces of the controllers the
workloads rely on.
"""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path

from ai_workloads.errors import WorkloadError
from ai_workloads.platform.config import DEFAULT_RESERVED_NAMESPACES, read_project_config  # noqa: F401 (re-exported)
from ai_workloads.synth.loader import LoadedWorkload


def reserved_namespaces(config_file: Path) -> tuple[str, ...]:
    """`platform.reservedNamespaces` of cdk8s.yaml, or the default list (platform/config.py validates it)."""
    return tuple(read_project_config(config_file).platform.reservedNamespaces)


def reserved_namespace_errors(workloads: Sequence[LoadedWorkload], patterns: Sequence[str]) -> list[WorkloadError]:
    errors = []
    for workload in workloads:
        namespace = workload.namespace
        matched = next((pattern for pattern in patterns if fnmatchcase(namespace, pattern)), None)
        if matched:
            errors.append(
                WorkloadError(
                    workload.file,
                    "namespace",
                    f"'{namespace}' is reserved by the platform (matches '{matched}'; reserved: {', '.join(patterns)})",
                )
            )
    return errors
