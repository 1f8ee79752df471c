"""`container.gpu` (which GPUs: product, memory, MIG slice, allocation API) and `scheduling` (priority,
topology spread) of an ML_INFERENCE_LOAD workload. The facts behind them: gpu_facts.py."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from ai_workloads._values.common import DnsSubdomainShape, FieldError, StrictModel, raise_problems
from ai_workloads._values.k8s_names import MIG_PROFILE_PATTERN
from ai_workloads.gpu_facts import (
    KNOWN_MIG_PROFILES,
    MEMORY_LABEL,
    MIG_PROFILES,
    PRODUCT_LABEL,
    product_family,
)

# A GFD product label value: a Kubernetes label value (GFD's sanitised NVML name never has blanks).
ProductLabel = Annotated[
    str, StringConstraints(min_length=1, max_length=63, pattern=r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
]
# `<G>g.<GB>gb` with an optional attribute, as the device plugin names MIG resources (gpu_facts.py).
MigProfileName = Annotated[str, StringConstraints(pattern=MIG_PROFILE_PATTERN)]
# The largest GPU memory GFD reports today is below 300 GiB; 1 TiB leaves room and catches typos in GiB.
MAX_GPU_MEMORY_MIB = 1024 * 1024


class GpuAllocation(str, Enum):
    """How the pod gets its GPUs."""

    DEVICE_PLUGIN = "devicePlugin"  # extended resources (nvidia.com/gpu, nvidia.com/mig-*) + GFD node labels
    DRA = "dra"  # a resource.k8s.io/v1 ResourceClaimTemplate on the NVIDIA DRA driver's DeviceClass


class GpuSelection(StrictModel):
    """Which GPUs the server may run on. Every key is optional; without `container.gpu` the server takes
    any `nvidia.com/gpu` (today's behaviour)."""

    products: list[ProductLabel] = Field(
        default_factory=list,
        max_length=16,
        description=f"GPU products, as GPU Feature Discovery writes them into `{PRODUCT_LABEL}` (the NVML name "
        "with blanks as '-', e.g. `NVIDIA-H100-80GB-HBM3`). Default: any product. Device plugin: a required node "
        "affinity `In` this list; DRA: a CEL selector on the driver's `productName` (blanks read as '-').",
    )
    min_memory_mib: int | None = Field(
        None,
        alias="minMemoryMiB",
        ge=1,
        le=MAX_GPU_MEMORY_MIB,
        description=f"Least memory of each GPU in MiB. Default: any. Device plugin: node affinity `{MEMORY_LABEL}` "
        "Gt (this - 1) (GFD writes MiB as an integer string); DRA: CEL on the driver's `memory` capacity.",
    )
    mig: MigProfileName | None = Field(
        None,
        description="A MIG slice instead of whole GPUs: the profile (`1g.10gb`, `3g.40gb`, ...; see "
        "docs/gpu-placement.md). The server requests `nvidia.com/mig-<profile>` (device plugin, mixed "
        "strategy) instead of `nvidia.com/gpu`; needs gpuCount 1 (no tensor parallelism across slices). "
        "Default: whole GPUs.",
    )
    allocation: GpuAllocation = Field(
        GpuAllocation.DEVICE_PLUGIN,
        description="`devicePlugin` (default): `nvidia.com/gpu` (or MIG) limits and GFD node labels. `dra`: a "
        "ResourceClaimTemplate `<serviceName>-gpu` (DeviceClass gpu.nvidia.com, count gpuCount) that the pod "
        "claims; no `nvidia.com/gpu` limit. DRA needs Kubernetes >= 1.34 and the NVIDIA DRA driver.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> GpuSelection:
        problems = [
            FieldError(
                ("products", index), f"'{product}' is already listed at products[{self.products.index(product)}]"
            )
            for index, product in enumerate(self.products)
            if self.products.index(product) != index
        ]
        if self.mig is not None:
            problems += self._mig_problems(self.mig)
        raise_problems(problems)
        return self

    def _mig_problems(self, profile: str) -> list[FieldError]:
        if profile not in KNOWN_MIG_PROFILES:
            return [FieldError(("mig",), f"'{profile}' is not a known MIG profile (one of: {_known_profiles()})")]
        problems = []
        if self.allocation is GpuAllocation.DRA:
            problems.append(
                FieldError(
                    ("allocation",),
                    "dra with mig is not supported: MIG devices are the DRA driver's mig.nvidia.com class; use "
                    "devicePlugin (mixed strategy)",
                )
            )
        if self.min_memory_mib is not None:
            problems.append(
                FieldError(("minMemoryMiB",), f"the MIG profile fixes the slice's memory ({profile}): remove it")
            )
        for index, product in enumerate(self.products):
            family = product_family(product)
            if family is not None and profile not in MIG_PROFILES[family]:
                problems.append(
                    FieldError(
                        ("products", index),
                        f"'{product}' ({family}) has no MIG profile {profile} "
                        f"(its profiles: {', '.join(MIG_PROFILES[family])})",
                    )
                )
        return problems


def _known_profiles() -> str:
    return ", ".join(sorted(KNOWN_MIG_PROFILES, key=lambda p: (int(p.split("g.")[0]), p)))


class WhenUnsatisfiable(str, Enum):
    DO_NOT_SCHEDULE = "DoNotSchedule"
    SCHEDULE_ANYWAY = "ScheduleAnyway"


class TopologySpread(StrictModel):
    """A `topologySpreadConstraints` entry over the server's pods."""

    enabled: bool | None = Field(
        None,
        description="Default (unset): on when the server can have more than one replica (`replicas` > 1 or "
        "`autoscaling.maxReplicas` > 1), so replicas land on different nodes and one node's loss takes one "
        "replica; off for a single replica (nothing to spread). `false` turns it off.",
    )
    topology_key: Annotated[
        str,
        StringConstraints(
            min_length=1, max_length=316, pattern=r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"
        ),
    ] = Field("kubernetes.io/hostname", description="Node label the replicas are spread over (default: one per node).")
    max_skew: int = Field(1, ge=1, le=64, description="Most pods more in one topology domain than in another.")
    when_unsatisfiable: WhenUnsatisfiable = Field(
        WhenUnsatisfiable.DO_NOT_SCHEDULE,
        description="`DoNotSchedule` (default): a replica stays Pending rather than share a node (as many GPU "
        "nodes as replicas are needed). `ScheduleAnyway`: spread as a preference only.",
    )


class SchedulingSettings(StrictModel):
    """Scheduling of the server (and of its model download Job, which follows the server's node constraints)."""

    priority_class_name: DnsSubdomainShape | None = Field(
        None,
        description="PriorityClass of the server's pods (and the download Job's). Default: none, the cluster's "
        "global default class (priority 0 without one). The class must exist in the cluster.",
    )
    topology_spread: TopologySpread = Field(default_factory=TopologySpread)
