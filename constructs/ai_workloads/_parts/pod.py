"""Pieces of a pod spec that every workload builds the same way."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._values.common import ResourceRequirements

GPU_RESOURCE = "nvidia.com/gpu"


def empty_dir(name: str, size_limit: str, *, in_memory: bool = False) -> k8s.Volume:
    """An emptyDir volume with a size limit (memory-backed tmpfs with `in_memory`, which counts against
    the container's memory limit)."""
    return k8s.Volume(
        name=name,
        empty_dir=k8s.EmptyDirVolumeSource(
            medium="Memory" if in_memory else None, size_limit=k8s_values.quantity(size_limit)
        ),
    )


def claim_volume(name: str, claim_name: str, *, read_only: bool = False) -> k8s.Volume:
    """A volume backed by the PersistentVolumeClaim `claim_name` (mounted read-only with `read_only`)."""
    return k8s.Volume(
        name=name,
        persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(
            claim_name=claim_name, read_only=read_only or None
        ),
    )


def compute_resources(
    resources: ResourceRequirements,
    *,
    gpus: int | None = None,
    gpu_resource: str = GPU_RESOURCE,
    claims: list[k8s.ResourceClaim] | None = None,
) -> k8s.ResourceRequirements:
    """CPU and memory requests/limits, plus `gpus` of `gpu_resource` (default whole NVIDIA GPUs; a MIG
    resource) in both when given, and the pod's resource `claims` the container uses (DRA)."""

    def quantities(values: Mapping[str, str]) -> dict[str, k8s.Quantity]:
        result: dict[str, k8s.Quantity] = {key: k8s_values.quantity(value) for key, value in values.items()}
        if gpus is not None:
            result[gpu_resource] = k8s_values.count(gpus)
        return result

    return k8s.ResourceRequirements(
        requests=quantities(resources.requests.model_dump()),
        limits=quantities(resources.limits.model_dump()),
        claims=claims,
    )


def env_vars(variables: Mapping[str, str | k8s.EnvVarSource]) -> list[k8s.EnvVar]:
    """Environment variables in the given order; a value is a literal or a `valueFrom` source."""
    return [
        k8s.EnvVar(name=name, value=value) if isinstance(value, str) else k8s.EnvVar(name=name, value_from=value)
        for name, value in variables.items()
    ]
