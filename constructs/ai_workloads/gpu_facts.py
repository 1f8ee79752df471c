"""Upstream facts the GPU placement (`container.gpu`, `scheduling`) relies on, each with where it was read.

Sources (read at the tag named, never copied):
- NVIDIA/k8s-device-plugin v0.20.0 (GPU Feature Discovery lives in it): `DEVICE_PLUGIN`;
- NVIDIA/mig-parted v0.15.0 deployments/systemd/config-default.yaml (the MIG profiles per product): `MIG_PARTED`;
- NVIDIA/k8s-dra-driver-gpu v0.4.0 (the DRA driver): `DRA_DRIVER`;
- Kubernetes v1.35.4 (Go modules k8s.io/kubernetes, k8s.io/dynamic-resource-allocation, k8s.io/apiserver).

tests/test_gpu_placement.py checks every fact against the rendering (`test_every_gpu_fact_has_a_check`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEVICE_PLUGIN = "NVIDIA/k8s-device-plugin@v0.20.0"
MIG_PARTED = "NVIDIA/mig-parted@v0.15.0"
DRA_DRIVER = "NVIDIA/k8s-dra-driver-gpu@v0.4.0"
KUBERNETES = "kubernetes/kubernetes@v1.35.4"


@dataclass(frozen=True)
class GpuFact:
    """One fact about the cluster's GPU software that the rendering relies on, and where it was read."""

    fact: str
    value: str
    source: str


# --- GPU Feature Discovery labels and device plugin resources ------------------------------------------

PRODUCT_LABEL = "nvidia.com/gpu.product"
MEMORY_LABEL = "nvidia.com/gpu.memory"
MIG_STRATEGY_LABEL = "nvidia.com/mig.strategy"
MIG_STRATEGY_MIXED = "mixed"
GPU_RESOURCE = "nvidia.com/gpu"
MIG_RESOURCE_PREFIX = "nvidia.com/mig-"

# --- NVIDIA DRA driver ----------------------------------------------------------------------------------

DRA_DEVICE_CLASS = "gpu.nvidia.com"
DRA_DOMAIN = "gpu.nvidia.com"  # the driver name, which qualifies its attributes and capacities in CEL
DRA_GPU_CLASS_SELECTOR = "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'gpu'"
DRA_PRODUCT_ATTRIBUTE = "productName"
DRA_MEMORY_CAPACITY = "memory"
# The first Kubernetes minor with resource.k8s.io/v1 (DynamicResourceAllocation GA).
DRA_MINIMUM_KUBERNETES = (1, 34)

# --- MIG profiles ---------------------------------------------------------------------------------------

# The profiles the mixed strategy advertises (one compute instance per GPU instance, `<G>g.<GB>gb`, with
# `+me` written `.me`, `-me` kept) per product, from the file's section comments and device filters.
MIG_PROFILES: dict[str, tuple[str, ...]] = {
    "A100-40GB": ("1g.5gb", "1g.5gb.me", "1g.10gb", "2g.10gb", "3g.20gb", "4g.20gb", "7g.40gb"),
    "A100-80GB": ("1g.10gb", "1g.10gb.me", "1g.20gb", "2g.20gb", "3g.40gb", "4g.40gb", "7g.80gb"),
    "H100-80GB": ("1g.10gb", "1g.10gb.me", "1g.20gb", "2g.20gb", "3g.40gb", "4g.40gb", "7g.80gb"),
    "H100-NVL": ("1g.12gb", "1g.12gb.me", "1g.24gb", "2g.24gb", "3g.47gb", "4g.47gb", "7g.94gb"),
    "H200-141GB": ("1g.18gb", "1g.18gb.me", "1g.35gb", "2g.35gb", "3g.71gb", "4g.71gb", "7g.141gb"),
    "A30-24GB": ("1g.6gb", "1g.6gb.me", "2g.12gb", "2g.12gb.me", "4g.24gb"),
}

# Which GFD product labels (NVML names, sanitised) belong to which family above. A product that matches
# none is not checked against a family (its MIG resource request alone keeps it off nodes without it).
PRODUCT_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("A100-40GB", re.compile(r"A100.*40GB")),
    ("A100-80GB", re.compile(r"A100.*80GB")),
    ("H100-NVL", re.compile(r"H100.*NVL")),
    ("H100-80GB", re.compile(r"H100.*80GB")),
    ("H200-141GB", re.compile(r"H200")),
    ("A30-24GB", re.compile(r"A30(\b|-|$)")),
)

KNOWN_MIG_PROFILES: frozenset[str] = frozenset(p for profiles in MIG_PROFILES.values() for p in profiles)


def product_family(product: str) -> str | None:
    """The MIG family of a GFD product label, None when it is not one of MIG_PROFILES'."""
    return next((family for family, pattern in PRODUCT_FAMILIES if pattern.search(product)), None)


def mig_resource(profile: str) -> str:
    """The extended resource the device plugin advertises for `profile` under the mixed strategy."""
    return f"{MIG_RESOURCE_PREFIX}{profile}"


def gfd_product_label(nvml_name: str) -> str:
    """What GFD writes into nvidia.com/gpu.product for an NVML device name (no sharing): characters
    outside `[A-Za-z0-9-_. ]` removed, runs of blanks joined by `-`."""
    kept = re.sub(r"[^A-Za-z0-9\-_. ]", "", nvml_name)
    return "-".join(kept.split())


GPU_FACTS: tuple[GpuFact, ...] = (
    GpuFact(
        "product label",
        f"{PRODUCT_LABEL} = the NVML device name with characters outside [A-Za-z0-9-_. ] removed and blank runs "
        "joined by '-' (e.g. 'NVIDIA H100 80GB HBM3' -> NVIDIA-H100-80GB-HBM3); '-SHARED' appended with "
        "time-slicing replicas > 1 unless the resource is renamed; under the mixed MIG strategy a MIG-enabled "
        "GPU keeps its full-GPU product label",
        f"{DEVICE_PLUGIN}:internal/lm/resource.go (baseLabeler, getProductName, sanitise), "
        "internal/lm/mig-strategy.go newGPULabelers",
    ),
    GpuFact(
        "memory label",
        f"{MEMORY_LABEL} = total memory of one GPU in MiB (2^20 bytes) as a decimal integer string, not set when "
        "NVML reports 0; node affinity `Gt` compares it as an integer, so `>= N` is written `Gt N-1`",
        f'{DEVICE_PLUGIN}:internal/lm/resource.go NewGPUResourceLabeler (single("memory", totalMemoryMiB)), '
        "internal/resource/nvml-device.go GetTotalMemoryMiB",
    ),
    GpuFact(
        "MIG resource (mixed strategy)",
        f"{MIG_RESOURCE_PREFIX}<G>g.<GB>gb[.<attribute>]: one resource per MIG profile with as many compute as GPU "
        "instances, '+' replaced by '.'; the node is labelled nvidia.com/mig.strategy=mixed",
        f"{DEVICE_PLUGIN}:internal/rm/rm.go AddDefaultResourcesToConfig, vendor/github.com/NVIDIA/go-nvlib/pkg/"
        "nvlib/device/mig_profile.go MigProfileInfo.String, internal/lm/strategy.go migStrategyLabeler",
    ),
    GpuFact(
        "MIG profiles per product",
        "; ".join(f"{family}: {', '.join(profiles)}" for family, profiles in MIG_PROFILES.items()),
        f"{MIG_PARTED}:deployments/systemd/config-default.yaml (section comments and device filters)",
    ),
    GpuFact(
        "MIG slices and tensor parallelism",
        "a CUDA process enumerates one MIG device, and MIG devices have no peer-to-peer/NVLink path: one "
        "server cannot shard a model across MIG slices (gpuCount must be 1 with mig)",
        "NVIDIA MIG User Guide (docs.nvidia.com/datacenter/tesla/mig-user-guide), Concepts: CUDA device "
        "enumeration; Getting Started: Running CUDA Applications",
    ),
    GpuFact(
        "DRA DeviceClass",
        f"DeviceClass {DRA_DEVICE_CLASS} selects {DRA_GPU_CLASS_SELECTOR} (full GPUs; MIG devices are mig.nvidia.com)",
        f"{DRA_DRIVER}:deployments/helm/dra-driver-nvidia-gpu/templates/deviceclass-gpu.yaml, deviceclass-mig.yaml",
    ),
    GpuFact(
        "DRA device attributes",
        f"{DRA_PRODUCT_ATTRIBUTE} (string: the NVML device name, unsanitised, e.g. 'NVIDIA H100 80GB HBM3'), "
        "type, uuid, brand, architecture (strings), cudaComputeCapability, driverVersion, cudaDriverVersion "
        "(versions), under the domain gpu.nvidia.com",
        f"{DRA_DRIVER}:cmd/gpu-kubelet-plugin/deviceinfo.go GpuInfo.Attributes, cmd/gpu-kubelet-plugin/nvlib.go "
        "(productName from device.GetName())",
    ),
    GpuFact(
        "DRA memory capacity",
        f"capacity {DRA_MEMORY_CAPACITY} = the GPU's total memory in bytes (a BinarySI quantity)",
        f"{DRA_DRIVER}:cmd/gpu-kubelet-plugin/partitions.go GpuInfo.fullGpuCapacity",
    ),
    GpuFact(
        "DRA CEL environment",
        "device.attributes['<domain>'].<name> and device.capacity['<domain>'].<name> (a Quantity); the base "
        "environment has the quantity library (quantity(), compareTo) and the strings extension v2 (replace)",
        "k8s.io/dynamic-resource-allocation@v0.35.4:cel/compile.go; k8s.io/apiserver@v0.35.4:pkg/cel/environment/"
        "base.go",
    ),
    GpuFact(
        "ResourceClaimTemplate (resource.k8s.io/v1)",
        "spec.spec.devices.requests[]: {name, exactly: {deviceClassName (required), allocationMode "
        "(ExactCount default), count (default 1), selectors[].cel.expression}}; the pod's resourceClaims[]: "
        "{name, resourceClaimTemplateName}; a container's resources.claims[]: {name, request}",
        f"{KUBERNETES}:api/openapi-spec/swagger.json (io.k8s.api.resource.v1.*, io.k8s.api.core.v1.PodResourceClaim, "
        "io.k8s.api.core.v1.ResourceClaim)",
    ),
    GpuFact(
        "DRA in Kubernetes",
        "DynamicResourceAllocation is GA from 1.34 (default on) and locked on in 1.35: the scheduler's DRA "
        "plugin and the resource claim controller run without flags",
        f"{KUBERNETES}:pkg/features/kube_features.go (DynamicResourceAllocation)",
    ),
)

__all__ = [
    "DRA_DEVICE_CLASS",
    "GPU_FACTS",
    "KNOWN_MIG_PROFILES",
    "MEMORY_LABEL",
    "MIG_PROFILES",
    "PRODUCT_LABEL",
    "GpuFact",
    "gfd_product_label",
    "mig_resource",
    "product_family",
]
