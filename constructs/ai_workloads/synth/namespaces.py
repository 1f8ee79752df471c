"""Namespaces the platform reserves for itself: no workload may deploy into them.

The deny-list is configurable in cdk8s.yaml (`platform.reservedNamespaces`, shell-style patterns);
by default it covers the Kubernetes system namespaces and the namespaces of the controllers the
workloads rely on.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path
from typing import Sequence

import yaml

from ai_workloads.errors import WorkloadError
from ai_workloads.synth.loader import LoadedWorkload

DEFAULT_RESERVED_NAMESPACES = ("kube-*", "istio-system", "cert-manager", "external-secrets", "argocd")


def reserved_namespaces(config_file: Path) -> tuple[str, ...]:
    """`platform.reservedNamespaces` of cdk8s.yaml, or the default list."""
    if not config_file.is_file():
        return DEFAULT_RESERVED_NAMESPACES
    platform = (yaml.safe_load(config_file.read_text()) or {}).get("platform") or {}
    configured = platform.get("reservedNamespaces")
    if configured is None:
        return DEFAULT_RESERVED_NAMESPACES
    if not isinstance(configured, list) or not all(isinstance(item, str) and item for item in configured):
        raise ValueError(f"{config_file}: platform.reservedNamespaces must be a list of namespace patterns")
    return tuple(configured)


def reserved_namespace_errors(workloads: Sequence[LoadedWorkload], patterns: Sequence[str]) -> list[WorkloadError]:
    errors = []
    for workload in workloads:
        namespace = workload.namespace
        matched = next((pattern for pattern in patterns if fnmatchcase(namespace, pattern)), None)
        if matched:
            errors.append(WorkloadError(
                workload.file, "namespace",
                f"'{namespace}' is reserved by the platform (matches '{matched}'; reserved: {', '.join(patterns)})",
            ))
    return errors
