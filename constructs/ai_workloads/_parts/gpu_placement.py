"""Where the server's GPUs come from: `container.gpu` (products, least memory, MIG, device plugin or DRA) and
`placement` (priority class, topology spread), as pod spec parts shared by the server and its model
download Job. The upstream facts: gpu_facts.py.

- device plugin (default): `nvidia.com/gpu` (or `nvidia.com/mig-<profile>`) requests = limits, and a
  required node affinity on the GPU Feature Discovery labels (product In the list, memory Gt minimum - 1,
  `nvidia.com/mig.strategy` mixed for a MIG slice);
- DRA: a ResourceClaimTemplate `<serviceName>-gpu` (resource.k8s.io/v1, DeviceClass gpu.nvidia.com,
  `count` GPUs, CEL selectors on productName and the memory capacity) that the pod claims as `gpu` and
  the server container uses; no extended resource.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s_plus_27 import k8s

from ai_workloads._parts.crds import k8s_resource_v1
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._values.gpu import GpuAllocation, GpuSelection, SchedulingSettings
from ai_workloads.gpu_facts import (
    DRA_DEVICE_CLASS,
    DRA_DOMAIN,
    DRA_MEMORY_CAPACITY,
    DRA_PRODUCT_ATTRIBUTE,
    GPU_RESOURCE,
    MEMORY_LABEL,
    MIG_STRATEGY_LABEL,
    MIG_STRATEGY_MIXED,
    PRODUCT_LABEL,
    mig_resource,
)
from constructs import Construct

# The pod's name for its GPU claim, and the one request in the claim template.
CLAIM_NAME = "gpu"
REQUEST_NAME = "gpus"
HOSTNAME = "kubernetes.io/hostname"


@dataclass(frozen=True)
class GpuPlacement:
    """The GPU parts of a pod spec, from `container.gpu` and `gpuCount`.

    :param resource: the extended resource the server requests (None with DRA).
    :param count: GPUs (or MIG slices) of one server pod.
    :param node_terms: required node affinity expressions on GFD labels (device plugin only).
    :param claim_template: the DRA ResourceClaimTemplate's name (None without DRA).
    """

    resource: str | None
    count: int
    node_terms: tuple[k8s.NodeSelectorRequirement, ...]
    claim_template: str | None

    @classmethod
    def of(cls, gpu: GpuSelection | None, count: int, *, service_name: str) -> GpuPlacement:
        if gpu is None:
            return cls(GPU_RESOURCE, count, (), None)
        if gpu.allocation is GpuAllocation.DRA:
            return cls(None, count, (), f"{service_name}-gpu")
        terms = []
        if gpu.products:
            terms.append(k8s.NodeSelectorRequirement(key=PRODUCT_LABEL, operator="In", values=list(gpu.products)))
        if gpu.min_memory_mib is not None:
            # GFD writes MiB as an integer string; `Gt` compares integers, so "at least N" is "Gt N-1".
            terms.append(
                k8s.NodeSelectorRequirement(key=MEMORY_LABEL, operator="Gt", values=[str(gpu.min_memory_mib - 1)])
            )
        if gpu.mig is not None:
            terms.append(
                k8s.NodeSelectorRequirement(key=MIG_STRATEGY_LABEL, operator="In", values=[MIG_STRATEGY_MIXED])
            )
            return cls(mig_resource(gpu.mig), count, tuple(terms), None)
        return cls(GPU_RESOURCE, count, tuple(terms), None)

    def node_affinity(self, extra: Sequence[k8s.NodeSelectorRequirement] = ()) -> k8s.NodeAffinity | None:
        """Required node affinity: the GFD terms and `extra` in one term (all must hold), None when empty."""
        expressions = [*self.node_terms, *extra]
        if not expressions:
            return None
        return k8s.NodeAffinity(
            required_during_scheduling_ignored_during_execution=k8s.NodeSelector(
                node_selector_terms=[k8s.NodeSelectorTerm(match_expressions=expressions)]
            )
        )

    @property
    def pod_claims(self) -> list[dict[str, str]]:
        """The pod's `resourceClaims` (DRA only): the template claimed as `gpu`."""
        if self.claim_template is None:
            return []
        return [{"name": CLAIM_NAME, "resourceClaimTemplateName": self.claim_template}]

    @property
    def container_claims(self) -> list[k8s.ResourceClaim] | None:
        """The server container's `resources.claims` (DRA only)."""
        return [k8s.ResourceClaim(name=CLAIM_NAME)] if self.claim_template else None


# cdk8s-plus-27's PodResourceClaim is the 1.27 alpha shape (`source.resourceClaimTemplateName`, removed in
# 1.31), and its KubeDeployment/KubeJob drop every field they do not know from the JSON, patches included. The
# two classes below write the 1.35 `resourceClaims` after that filter; the schema gate checks them (1.35).


class ClaimingDeployment(k8s.KubeDeployment):
    """A KubeDeployment whose pod template claims `pod_claims` (set after construction; none by default)."""

    pod_claims: list[dict[str, str]] = []  # noqa: RUF012 - replaced per instance, never mutated

    def to_json(self) -> Any:
        return _with_pod_claims(super().to_json(), self.pod_claims)


class ClaimingJob(k8s.KubeJob):
    """A KubeJob whose pod template claims `pod_claims` (set after construction; none by default)."""

    pod_claims: list[dict[str, str]] = []  # noqa: RUF012 - replaced per instance, never mutated

    def to_json(self) -> Any:
        return _with_pod_claims(super().to_json(), self.pod_claims)


def _with_pod_claims(manifest: Any, claims: list[dict[str, str]]) -> Any:
    if claims:
        manifest["spec"]["template"]["spec"]["resourceClaims"] = [dict(claim) for claim in claims]
    return manifest


def topology_spread(
    scheduling: SchedulingSettings, selector: Mapping[str, str], *, enabled: bool
) -> list[k8s.TopologySpreadConstraint] | None:
    """The server pods' spread constraint (None when off)."""
    if not enabled:
        return None
    spread = scheduling.topology_spread
    return [
        k8s.TopologySpreadConstraint(
            max_skew=spread.max_skew,
            topology_key=spread.topology_key,
            when_unsatisfiable=spread.when_unsatisfiable.value,
            label_selector=k8s.LabelSelector(match_labels=dict(selector)),
        )
    ]


def dra_selectors(gpu: GpuSelection) -> list[str]:
    """CEL expressions over the NVIDIA DRA driver's attributes and capacity. The driver publishes the NVML
    name with blanks (`NVIDIA H100 80GB HBM3`), GFD the same name with '-': products are compared in GFD's form."""
    expressions = []
    if gpu.products:
        names = json.dumps(list(gpu.products)).replace('"', "'")
        expressions.append(f"device.attributes['{DRA_DOMAIN}'].{DRA_PRODUCT_ATTRIBUTE}.replace(' ', '-') in {names}")
    if gpu.min_memory_mib is not None:
        expressions.append(
            f"device.capacity['{DRA_DOMAIN}'].{DRA_MEMORY_CAPACITY}.compareTo(quantity('{gpu.min_memory_mib}Mi')) >= 0"
        )
    return expressions


class GpuClaimTemplate(Construct):
    """ResourceClaimTemplate `name` (resource.k8s.io/v1, typed from the 1.35 API: imports/k8s_resource_v1):
    one request `gpus` of exactly `count` devices of DeviceClass gpu.nvidia.com matching `gpu`'s selectors."""

    def __init__(
        self, scope: Construct, id: str, *, meta: WorkloadMetadata, name: str, gpu: GpuSelection, count: int
    ) -> None:
        super().__init__(scope, id)
        types = k8s_resource_v1
        selectors = [types.DeviceSelector(cel=types.CelDeviceSelector(expression=e)) for e in dra_selectors(gpu)]
        request = types.ExactDeviceRequest(
            device_class_name=DRA_DEVICE_CLASS,
            allocation_mode="ExactCount",
            count=count,
            selectors=selectors or None,
        )
        types.KubeResourceClaimTemplate(
            self,
            "Template",
            metadata=_object_meta(meta, name),
            spec=types.ResourceClaimTemplateSpec(
                spec=types.ResourceClaimSpec(
                    devices=types.DeviceClaim(requests=[types.DeviceRequest(name=REQUEST_NAME, exactly=request)])
                )
            ),
        )


def _object_meta(meta: WorkloadMetadata, name: str) -> k8s_resource_v1.ObjectMeta:
    """The workload's metadata for `name` in the 1.35 binding's ObjectMeta type (sync wave: identity and
    secrets, before the model cache Job and the Deployment that claim it)."""
    return k8s_resource_v1.ObjectMeta(
        name=name,
        namespace=meta.namespace,
        labels=dict(meta.labels),
        annotations=sync_wave(SyncWave.IDENTITY_AND_SECRETS),
    )
