"""Values of an ML_INFERENCE_LOAD workload: one LLM server (a serving engine: TGI or vLLM) for one model
on NVIDIA GPUs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator
from pydantic.alias_generators import to_camel

from ai_workloads._parts.progress_deadline import ProgressDeadline
from ai_workloads._values.autoscaling import AutoscalingSettings
from ai_workloads._values.common import (
    ContainerImage,
    DnsSubdomain,
    EnvVarName,
    FieldError,
    HostName,
    Namespace,
    PortName,
    PortNumber,
    ProbeSettings,
    Quantity,
    ResourceRequirements,
    SingleSuccessProbeSettings,
    StrictModel,
    dns_1035_label,
    quantity_value,
    raise_problems,
    reject_credentials,
    reject_duplicates,
)
from ai_workloads._values.gpu import GpuSelection, SchedulingSettings
from ai_workloads._values.hub import CommitSha, HubRepoId
from ai_workloads._values.k8s_names import checked, config_map_key_problem
from ai_workloads._values.monitoring import MonitoredWorkload, MonitoringPack, ScrapeAnnotations
from ai_workloads._values.network_policy import NetworkPolicySettings
from ai_workloads.ml_inference_load.autoscaling import signal_metric
from ai_workloads.ml_inference_load.engines import DEFAULT_ENGINE, ServingEngine, engine_named, engines
from ai_workloads.ml_inference_load.engines.base import DEFAULT_RESOURCES
from ai_workloads.ml_inference_load.lora import LoraSettings, lora_problems
from ai_workloads.ml_inference_load.routing import facts as routing_facts
from ai_workloads.ml_inference_load.routing.values import RoutingMode, RoutingSettings

# Istio's automated deployment names the gateway's Service `<serviceName>-gateway-istio`, and a Service
# name must be a 63-character DNS label: 63 - len("-gateway-istio") = 49.
SERVICE_NAME_MAX_LENGTH = 49
# TGI shards a model across the GPUs of one node; no node in the fleet has more than 8.
MAX_GPUS_PER_NODE = 8


GATEWAY_API_DURATION = r"^([0-9]{1,5}(h|m|s|ms)){1,4}$"
# apimachinery pkg/util/validation/validation.go IsDNS1123Subdomain (dns1123SubdomainFmt, at most 253
# characters): what ValidatePersistentVolumeClaimSpec applies to spec.storageClassName (ValidateClassName).
DNS_1123_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
# Seconds allowed, on top of the probes, from a server pod's creation to its container starting: a GPU
# node to come up and a multi-GB engine image to be pulled (see progressDeadlineSeconds).
SCHEDULING_AND_IMAGE_PULL_SECONDS = 1800


class ModelSource(StrictModel):
    """The Hugging Face model the engine serves."""

    id: Annotated[
        HubRepoId,
        Field(
            description="Hugging Face repository id, e.g. `meta-llama/Llama-3.1-8B-Instruct` (TGI `MODEL_ID`, vLLM's model argument)."
        ),
    ]
    revision: Annotated[
        CommitSha,
        Field(
            description="Full 40-character commit SHA of the model repository (TGI `REVISION`, vLLM `--revision`). A branch "
            "or tag name is rejected: it can move and would change the weights under a running server."
        ),
    ]


# --- engine settings -------------------------------------------------------------------------------


def _engine_names() -> tuple[str, ...]:
    return tuple(engine.name for engine in engines())


# The `engine:` values and the service name are built at import time (the registered engines, one
# Annotated field); mypy sees them as what they hold: strings.
if TYPE_CHECKING:
    EngineName = str
    ServiceName = str
else:
    EngineName = Literal[_engine_names()]
    ServiceName = dns_1035_label(
        SERVICE_NAME_MAX_LENGTH,
        "DNS-1035 label, at most 49 characters (Istio names the gateway Service `<serviceName>-gateway-istio`). "
        "Every object name derives from it.",
    )


def _choices_text(setting: str) -> str:
    """`tgi: a, b; vllm: c` for the description of a shared setting."""
    parts = []
    for engine in engines():
        support = engine.settings.get(setting)
        if support is None:
            parts.append(f"{engine.name}: not supported")
        elif support.choices:
            parts.append(f"{engine.name}: {', '.join(support.choices)}")
        else:
            parts.append(f"{engine.name}: `{support.target}`")
    return "; ".join(parts)


# A flag `--name` or `--name=value` (long form only), or a value following a flag.
EXTRA_FLAG = re.compile(r"^--[a-z0-9][a-z0-9._-]*(=.*)?$")
NEGATIVE_NUMBER = re.compile(r"^-[0-9][0-9.eE+-]*$")


class ServingSettings(StrictModel):
    """Engine settings that mean the same on every engine. Each engine maps a setting to its own flag or
    variable; a setting (or value) an engine cannot honour is an error naming the field and the engine.
    Unset settings keep the engine's default."""

    served_model_name: (
        Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$")]
        | None
    ) = Field(
        None,
        description="Name clients send as `model` in OpenAI API requests (default: `model.id`). "
        f"Per engine: {_choices_text('served_model_name')}.",
    )
    max_model_length: int | None = Field(
        None,
        ge=16,
        le=10_000_000,
        description="Context length in tokens: prompt plus generated tokens of one request. Per engine: "
        f"{_choices_text('max_model_length')}.",
    )
    quantization: (
        Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")] | None
    ) = Field(None, description=f"Quantization method of the weights. Per engine: {_choices_text('quantization')}.")
    dtype: Annotated[str, StringConstraints(min_length=1, max_length=16, pattern=r"^[a-z0-9]+$")] | None = Field(
        None, description=f"Data type of weights and activations. Per engine: {_choices_text('dtype')}."
    )
    gpu_memory_utilization: float | None = Field(
        None,
        gt=0,
        le=1,
        description="Fraction of each GPU's memory the engine may use. Per engine: "
        f"{_choices_text('gpu_memory_utilization')}.",
    )
    extra_args: list[Annotated[str, StringConstraints(min_length=1, max_length=4096, pattern=r"^[^\x00-\x1f]*$")]] = (
        Field(
            default_factory=list,
            max_length=64,
            description="Further command-line arguments of the engine, after the construct's own: long flags "
            "(`--name` or `--name=value`), each optionally followed by its value; flags the construct sets are "
            f"refused. Per engine: {_choices_text('extra_args')}.",
        )
    )

    usage_stats: Literal["off", "no-stack", "on"] = Field(
        "off",
        description="Anonymous usage reports the engine sends to its vendor. `off` (default): none. `on`: the "
        "engine's own default (TGI posts to huggingface.co, vLLM to stats.vllm.ai). `no-stack`: TGI only, "
        f"reports without error stacks. Per engine: {_choices_text('usage_stats')}.",
    )

    lora: LoraSettings | None = Field(
        None,
        description="Static LoRA adapters, each pinned to a commit and fetched into the model cache (requires "
        "`modelCache`); clients pick one by sending its name as `model`. Default: none.",
    )

    # The settings that map to one engine flag or variable (extraArgs is a list of flags of its own).
    TYPED: ClassVar[tuple[str, ...]] = (
        "served_model_name",
        "max_model_length",
        "quantization",
        "dtype",
        "gpu_memory_utilization",
    )

    @model_validator(mode="after")
    def _flags_are_flags(self) -> ServingSettings:
        for index, argument in enumerate(self.extra_args):
            if argument.startswith("-") and not NEGATIVE_NUMBER.match(argument) and not EXTRA_FLAG.match(argument):
                raise FieldError(
                    ("extraArgs", index),
                    f"'{argument}' is not a long flag: write `--name` or `--name=value` (short forms are refused)",
                )
            if index == 0 and not argument.startswith("--"):
                raise FieldError(
                    ("extraArgs", 0), f"'{argument}' is a value without a flag: the list starts with a flag"
                )
        return self

    def settings_set(self) -> list[str]:
        """The typed settings that are set, in field order."""
        return [name for name in self.TYPED if getattr(self, name) is not None]

    def text_of(self, name: str) -> str:
        """A setting's value as the engine reads it (flag value or variable)."""
        return str(getattr(self, name))


# --- persistent model cache --------------------------------------------------------------------------

# Smaller than this holds no useful LLM's weights and the hub cache's bookkeeping: refused at synthesis.
MODEL_CACHE_MINIMUM = "10Gi"


class ModelCacheSharing(str, Enum):
    """Who renders the cache's PersistentVolumeClaim and download Job."""

    PRIVATE = "private"  # this workload, claim `<serviceName>-model-cache-<hash>`
    PROVIDE = "provide"  # this workload, claim named after the model revision, for other workloads too
    USE = "use"  # another workload (`provide`) in the same namespace: this one only mounts it


class AccessMode(str, Enum):
    READ_WRITE_ONCE = "ReadWriteOnce"
    READ_WRITE_MANY = "ReadWriteMany"


class ModelCacheSettings(StrictModel):
    """A PersistentVolumeClaim holding exactly `model.id` at `model.revision`, filled by a download Job
    before the server starts; the server then loads from it with Hub downloads switched off."""

    size: Quantity | None = Field(
        None,
        description=f"Requested storage, at least {MODEL_CACHE_MINIMUM}: the whole model repository at the pinned "
        "revision. Required unless `sharing` is `use`.",
    )
    storage_class_name: (
        Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=DNS_1123_SUBDOMAIN)] | None
    ) = Field(
        None,
        description="StorageClass of the claim (default: the cluster's default class). A DNS-1123 subdomain, as "
        "the API server checks it (lower-case dot-separated labels, each starting and ending with a letter or digit).",
    )
    access_mode: AccessMode | None = Field(
        None,
        description="`ReadWriteOnce` or `ReadWriteMany`. Default: ReadWriteMany with more than one replica or "
        "`sharing: provide`, else ReadWriteOnce.",
    )
    sharing: ModelCacheSharing = Field(
        ModelCacheSharing.PRIVATE,
        description="`private`: this workload's own cache. `provide`: a cache named after the exact model id and "
        "revision (`model-cache-<model slug>-<hash of id@revision>`) that other workloads serving exactly the same "
        "model.id and model.revision in the namespace may mount; Argo CD never prunes or deletes it (remove it by "
        "hand once no workload mounts it). `use`: mount the cache another workload provides (nothing rendered here; "
        "refused unless a workload provides exactly this model.id and model.revision).",
    )
    download_deadline_seconds: int = Field(
        7200, ge=600, le=172800, description="activeDeadlineSeconds of the download Job (all attempts together)."
    )
    download_retries: int = Field(
        3, ge=0, le=10, description="backoffLimit of the download Job (failed attempts retried)."
    )

    @model_validator(mode="after")
    def _consistent(self) -> ModelCacheSettings:
        if self.sharing is ModelCacheSharing.USE:
            for field in ("size", "storage_class_name", "access_mode", "download_deadline_seconds", "download_retries"):
                if field in self.model_fields_set:
                    raise FieldError(
                        (to_camel(field),),
                        "applies only to a cache this workload renders; with sharing 'use' the workload that "
                        "provides the cache sets it",
                    )
            return self
        if self.size is None:
            raise FieldError(("size",), "required field is missing")
        if quantity_value(self.size) < quantity_value(MODEL_CACHE_MINIMUM):
            raise FieldError(
                ("size",), f"{self.size} is smaller than the minimum model cache size ({MODEL_CACHE_MINIMUM})"
            )
        return self


def model_cache_hash(model: ModelSource) -> str:
    """Seven hex digits of sha256(`id@revision`): what a private cache's name pins."""
    return hashlib.sha256(f"{model.id}@{model.revision}".encode()).hexdigest()[:7]


def shared_model_cache_name(model: ModelSource) -> str:
    """`model-cache-<readable slug of the model id>-<12 hex digits of sha256(id@revision)>`: the hash is the
    identity (the exact, case-sensitive model id and the full revision), the slug (case, `.` and `_`
    folded, cut at 36 characters) is only there for people. At most 12 + 36 + 1 + 12 = 61 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", model.id.lower()).strip("-")[:36].strip("-")
    digest = hashlib.sha256(f"{model.id}@{model.revision}".encode()).hexdigest()[:12]
    return f"model-cache-{slug}-{digest}"


class ContainerPort(StrictModel):
    port_name: PortName
    port_number: PortNumber = Field(description="Port the engine listens on inside the pod.")
    protocol: Literal["TCP", "UDP", "SCTP"] = "TCP"
    service_port: PortNumber = Field(description="Port the Service exposes, forwarded to `portNumber`.")


class EnvironmentVariable(StrictModel):
    name: EnvVarName
    value: str


def _no_relative_segments(path: str) -> str:
    if any(segment in (".", "..") for segment in path.split("/")):
        raise ValueError(f"'{path}' has a '.' or '..' segment: name the Vault path exactly")
    return path


class ServiceSecret(StrictModel):
    """A secret read from Vault by external-secrets and exposed to the engine as an environment variable."""

    name: Annotated[EnvVarName, Field(description="Environment variable name, e.g. `HF_TOKEN`.")]
    secret_key: Annotated[
        str,
        StringConstraints(min_length=1, max_length=253, pattern=r"^[-._a-zA-Z0-9]+$"),
        AfterValidator(checked(config_map_key_problem)),
        Field(description="Key in the generated Kubernetes Secret `<serviceName>-secrets`."),
    ]
    vault_path: Annotated[
        str,
        StringConstraints(min_length=1, max_length=512, pattern=r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$"),
        AfterValidator(_no_relative_segments),
        Field(description="Path of the secret in Vault, e.g. `ml/huggingface/token` (no `.` or `..` segments)."),
    ]
    vault_property: Annotated[str, StringConstraints(min_length=1, pattern=r"^[-._a-zA-Z0-9]+$")] | None = Field(
        None, description="Field of the Vault secret to read; defaults to `secretKey`."
    )


class SecretStore(StrictModel):
    name: DnsSubdomain = Field(
        "vault-backend", description="Name of the external-secrets ClusterSecretStore backed by Vault."
    )


class StartupProbe(SingleSuccessProbeSettings):
    """Default budget: 10 s x 360 = 60 minutes, so a first start that downloads the weights survives."""

    period_seconds: int = Field(10, ge=1, le=3600)
    failure_threshold: int = Field(360, ge=1, le=10000)


class ReadinessProbe(ProbeSettings):
    period_seconds: int = Field(10, ge=1, le=3600)
    timeout_seconds: int = Field(5, ge=1, le=3600)
    failure_threshold: int = Field(3, ge=1, le=10000)


class LivenessProbe(SingleSuccessProbeSettings):
    """Lenient by default (3 minutes): an engine answers /health slowly while it is saturated (TGI runs a
    generation for it)."""

    period_seconds: int = Field(30, ge=1, le=3600)
    timeout_seconds: int = Field(10, ge=1, le=3600)
    failure_threshold: int = Field(6, ge=1, le=10000)


class TgiContainer(StrictModel):
    image: ContainerImage
    container_ports: list[ContainerPort] = Field(
        min_length=1,
        description="The first entry is the engine's HTTP port (TGI `PORT`, vLLM `--port`); the HTTPRoute and probes use it.",
    )
    environment: list[EnvironmentVariable] = Field(
        default_factory=list,
        description="Extra environment of the engine, e.g. TGI launcher settings (`MAX_INPUT_TOKENS`). A variable "
        "set from a typed `serving` field is refused while that field is set.",
    )
    secrets: list[ServiceSecret] = Field(default_factory=list)
    secret_store: SecretStore = Field(default_factory=SecretStore)
    vault: dict[str, Any] | None = Field(
        None,
        deprecated=True,
        description="Accepted for compatibility with existing Helm values and ignored: Vault access goes "
        "through the ClusterSecretStore named in `secretStore`.",
    )
    gpu_count: int = Field(
        1,
        ge=1,
        le=MAX_GPUS_PER_NODE,
        description="NVIDIA GPUs (one node): the tensor-parallel size (TGI `NUM_SHARD` when > 1, vLLM `--tensor-parallel-size` "
        "divided by any pipeline/data parallel size in serving.extraArgs).",
    )
    gpu: GpuSelection | None = Field(
        None,
        description="Which GPUs: products, least memory, a MIG slice, device plugin or DRA (see "
        "docs/gpu-placement.md). Default: any `nvidia.com/gpu` through the device plugin.",
    )
    run_as_user: int | None = Field(
        None,
        ge=1000,
        le=2147483647,
        description="Run the server as this non-root UID (also its GID and fsGroup). Only for a derived image "
        "that supports it: the upstream TGI 3.3.x image must run as root (its Python lives under /root). "
        "Default: what the engine's image requires (TGI: root; vLLM: its own `vllm` user, UID 2000 GID 0).",
    )
    resources: ResourceRequirements = Field(
        default_factory=lambda: DEFAULT_RESOURCES,
        description="CPU/memory of the server container. Defaults fit an 8B-class model: requests 4 CPU / "
        "32Gi, limits 8 CPU / 32Gi (memory request = limit so the pod is never evicted for it).",
    )
    shm_size: Quantity = Field(
        "1Gi", description="Size of the memory-backed /dev/shm (NCCL uses it with several GPUs)."
    )
    model_cache_size: Quantity = Field(
        "100Gi", description="Size limit of the /data emptyDir holding the weights (without `modelCache`)."
    )
    startup_probe: StartupProbe = Field(
        default_factory=StartupProbe,
        description="The server's startup probe. The Deployment's progressDeadlineSeconds is derived from it, never "
        "set on its own: initialDelaySeconds + periodSeconds x failureThreshold, plus the readiness probe's first "
        f"success, plus {SCHEDULING_AND_IMAGE_PULL_SECONDS} s for scheduling and the image pull, plus the provider's "
        "download deadline (7200 s) with `modelCache.sharing: use`. Default: 3600 + 10 + 1800 = 5410 s; the "
        "Deployment's `ai-workloads/progress-deadline` annotation shows the sum.",
    )
    readiness_probe: ReadinessProbe = Field(default_factory=ReadinessProbe)
    liveness_probe: LivenessProbe = Field(default_factory=LivenessProbe)

    @model_validator(mode="after")
    def _consistent(self) -> TgiContainer:
        env_names = [e.name for e in self.environment]
        problems = [
            *reject_duplicates("containerPorts", "portName", [p.port_name for p in self.container_ports]),
            *reject_duplicates("containerPorts", "portNumber", [p.port_number for p in self.container_ports]),
            *reject_duplicates("containerPorts", "servicePort", [p.service_port for p in self.container_ports]),
            *reject_duplicates("environment", "name", env_names),
            *reject_credentials(
                "environment", env_names, "declare it under container.secrets (read from Vault) instead"
            ),
            *reject_duplicates("secrets", "name", [s.name for s in self.secrets]),
            *reject_duplicates("secrets", "secretKey", [s.secret_key for s in self.secrets]),
        ]
        if quantity_value(self.shm_size) >= quantity_value(self.resources.limits.memory):
            problems.append(
                FieldError(
                    ("shmSize",),
                    f"{self.shm_size} must be smaller than resources.limits.memory ({self.resources.limits.memory}): the "
                    "memory-backed /dev/shm counts against the container's memory limit",
                )
            )
        problems += [
            FieldError(("secrets", index, "name"), f"'{secret.name}' is already an environment variable")
            for index, secret in enumerate(self.secrets)
            if secret.name in env_names
        ]
        if self.gpu is not None and self.gpu.mig is not None and self.gpu_count > 1:
            problems.append(
                FieldError(
                    ("gpuCount",),
                    f"{self.gpu_count} MIG slices cannot serve one model: a process sees one MIG device and "
                    "slices have no peer-to-peer path (no tensor parallelism across MIG); use 1 or whole GPUs",
                )
            )
        port_names = {p.port_name for p in self.container_ports}
        for field, probe in (
            ("startupProbe", self.startup_probe),
            ("readinessProbe", self.readiness_probe),
            ("livenessProbe", self.liveness_probe),
        ):
            if probe.port is not None and probe.port not in port_names:
                problems.append(FieldError((field, "port"), f"'{probe.port}' is not one of containerPorts[].portName"))
        raise_problems(problems)
        return self


class MonitoringSettings(StrictModel):
    enabled: bool = Field(
        False,
        description="Annotate the pod for Prometheus scraping (`prometheus.io/*`). With the Istio sidecar, "
        "Istio rewrites the annotations to its agent (port 15020, /stats/prometheus) and merges the "
        "engine's own metrics into it; without a sidecar Prometheus scrapes the engine directly.",
    )
    annotations: ScrapeAnnotations = Field(
        ScrapeAnnotations.ENGINE,
        description="`engine` (default): the annotations name the engine's metrics port and path, which "
        "works with and without a sidecar. `istioSidecar`: the literal 15020 /stats/prometheus annotations "
        "(Istio then does not merge the engine's metrics).",
    )


class GatewaySettings(StrictModel):
    """Public exposure through an Istio-class Gateway API Gateway with a cert-manager certificate."""

    hosts: list[HostName] = Field(
        min_length=1, max_length=16, description="Public host names (TLS terminated at the Gateway)."
    )
    cluster_issuer: DnsSubdomain = Field(
        "letsencrypt-prod", description="cert-manager ClusterIssuer that signs the certificate."
    )
    request_timeout: Annotated[str, StringConstraints(pattern=GATEWAY_API_DURATION)] = Field(
        "1h",
        description="HTTPRoute request timeout. Long on purpose: a streamed generation can run for minutes.",
    )
    http_redirect: bool = Field(
        False,
        description="Also listen for plain HTTP on port 80 and answer every request with a 301 redirect to "
        "HTTPS (an extra HTTPRoute `<serviceName>-http-redirect`). Off by default: the platform contract is "
        "HTTPS only.",
    )

    @model_validator(mode="after")
    def _unique_hosts(self) -> GatewaySettings:
        first_index: dict[str, int] = {}
        for index, host in enumerate(self.hosts):
            if host in first_index:
                raise FieldError(("hosts", index), f"'{host}' is already listed at hosts[{first_index[host]}]")
            first_index[host] = index
        return self


class MlInferenceLoadValues(MonitoredWorkload):
    """An LLM server (Hugging Face TGI or vLLM) for one model on NVIDIA GPUs."""

    # The published name of the JSON Schema and TypeScript type (an API: it stays when the class is renamed).
    model_config = MonitoredWorkload.model_config | {"title": "MlInferenceLoadSchema"}

    NAME_FIELD = "service_name"
    SCRAPE_ANNOTATIONS_FIELD = "basicMonitoring.annotations"

    type: Literal["ML_INFERENCE_LOAD"] = Field(description="Workload type discriminator.")
    service_name: ServiceName
    namespace: Namespace
    engine: EngineName = Field(
        DEFAULT_ENGINE,
        description="The serving engine: `tgi` (Hugging Face Text Generation Inference, in maintenance mode "
        "upstream since 2025-12-11) or `vllm` (vLLM's OpenAI-compatible server). Switching changes only the "
        "Deployment.",
    )
    replicas: int = Field(1, ge=1, le=64, description="Server replicas; each needs `gpuCount` GPUs.")
    model: ModelSource
    serving: ServingSettings = Field(default_factory=ServingSettings)
    container: TgiContainer
    model_cache: ModelCacheSettings | None = Field(
        None,
        description="Opt-in persistent model cache: a PersistentVolumeClaim filled by a download Job before the "
        "server starts, which then runs offline. Without it the weights go to an emptyDir at /data and are "
        "downloaded on every start.",
    )
    gateway: GatewaySettings
    basic_monitoring: MonitoringSettings = Field(default_factory=MonitoringSettings)
    network_policy: NetworkPolicySettings = Field(
        default_factory=lambda: NetworkPolicySettings(enabled=False),
        description="Off by default: the default object set is the platform's 8-manifest contract.",
    )
    monitoring: MonitoringPack = Field(default_factory=MonitoringPack)
    autoscaling: AutoscalingSettings | None = Field(
        None, description="Scale the server with KEDA on the engine's load signal (default: fixed `replicas`)."
    )
    scheduling: SchedulingSettings = Field(
        default_factory=SchedulingSettings,
        description="Priority class and topology spread of the server (see docs/gpu-placement.md).",
    )
    routing: RoutingSettings = Field(
        default_factory=RoutingSettings,
        description="How the gateway reaches the server pods (default: through the Service). See docs/routing.md.",
    )

    @model_validator(mode="before")
    @classmethod
    def _engine_default_resources(cls, data: Any) -> Any:
        """Without `container.resources` the server gets its engine's default resources."""
        container = data.get("container") if isinstance(data, dict) else None
        engine = data.get("engine", DEFAULT_ENGINE) if isinstance(data, dict) else None
        if not isinstance(container, dict) or "resources" in container or engine not in _engine_names():
            return data
        resources = engine_named(engine).default_resources.model_dump(mode="json", by_alias=True)
        return {**data, "container": {**container, "resources": resources}}

    @model_validator(mode="after")
    def _routing_fits(self) -> MlInferenceLoadValues:
        """The endpoint picker scores pods on the engine's metrics: only engines it has a mapping for."""
        if self.routing.mode is not RoutingMode.INFERENCE_POOL:
            return self
        if not self.serving_engine.picker_metrics:
            raise FieldError(
                ("routing", "mode"),
                f"inferencePool needs an engine whose metrics the endpoint picker reads "
                f"({', '.join(routing_facts.ENGINES_WITH_METRICS)}; {routing_facts.PICKER_RELEASE}); "
                f"the {self.engine} engine exports no queue or KV-cache metric it knows: "
                f"use engine: {' or '.join(e.name for e in engines() if e.picker_metrics)} or mode: service",
            )
        return self

    @model_validator(mode="after")
    def _autoscaling_fits(self) -> MlInferenceLoadValues:
        """KEDA owns the replica count, reads the engine's metrics, and needs the signal from the engine."""
        scaling = self.autoscaling
        if scaling is None:
            return self
        if "replicas" in self.model_fields_set:
            raise FieldError(("replicas",), "is set by the autoscaler: remove it (autoscaling.minReplicas/maxReplicas)")
        if not (self.basic_monitoring.enabled or self.pod_monitor_enabled):
            raise FieldError(
                ("autoscaling",),
                "reads the engine's metrics from Prometheus: enable basicMonitoring or monitoring.podMonitor",
            )
        metrics = self.serving_engine.metrics
        if signal_metric(metrics, scaling.signal) is None:
            raise FieldError(
                ("autoscaling", "signal"),
                f"{scaling.signal.value!r} is not exported by the {self.engine} "
                f"engine ({metrics.exporter}): use queue or running",
            )
        return self

    @property
    def most_replicas(self) -> int:
        """The most replicas the server can run: the autoscaler's maximum, else `replicas`."""
        return self.autoscaling.max_replicas if self.autoscaling else self.replicas

    @property
    def scrape_annotations(self) -> ScrapeAnnotations:
        return self.basic_monitoring.annotations

    @property
    def topology_spread_enabled(self) -> bool:
        """`scheduling.topologySpread.enabled`, by default on when there can be more than one replica."""
        enabled = self.scheduling.topology_spread.enabled
        return self.most_replicas > 1 if enabled is None else enabled

    @property
    def pod_monitor_enabled(self) -> bool:
        enabled = self.monitoring.pod_monitor.enabled
        return self.basic_monitoring.enabled if enabled is None else enabled

    @model_validator(mode="after")
    def _engine_variables_reserved(self) -> MlInferenceLoadValues:
        """Every variable the construct sets for the engine is reserved: a workload file may not
        override it through `environment` or `secrets`; a variable another engine reads and this one
        ignores is refused with what to use instead. Every problem is reported at once."""
        engine = self.serving_engine
        problems = self._engine_setting_problems(engine)
        reserved = engine.reserved_for(self)
        typed = engine.setting_variables(self)
        lists: tuple[tuple[str, Sequence[EnvironmentVariable | ServiceSecret]], ...] = (
            ("environment", self.container.environment),
            ("secrets", self.container.secrets),
        )
        for field, items in lists:
            for index, item in enumerate(items):
                path = ("container", field, index, "name")
                if item.name in typed:
                    problems.append(
                        FieldError(
                            path,
                            f"'{item.name}' is set from serving.{to_camel(typed[item.name])} for the {engine.name} engine: "
                            "remove one of them",
                        )
                    )
                elif item.name in reserved:
                    problems.append(
                        FieldError(
                            path,
                            f"'{item.name}' is set by the construct for the {engine.name} engine (reserved: {', '.join(reserved)})",
                        )
                    )
                elif item.name in engine.foreign_environment:
                    problems.append(
                        FieldError(
                            path,
                            f"'{item.name}' is not read by the {engine.name} engine ({engine.foreign_environment[item.name]})",
                        )
                    )
                elif item.name in engine.owned_environment:
                    problems.append(FieldError(path, f"'{item.name}' {engine.owned_environment[item.name]}"))
        problems += self._model_cache_problems()
        problems += lora_problems(self)
        raise_problems(problems)
        return self

    def _engine_setting_problems(self, engine: ServingEngine) -> list[FieldError]:
        """The image belongs to the engine, and every `serving` setting is one the engine honours;
        serving.extraArgs is read the way the engine's parser reads it (engine.check_arguments)."""
        problems = []
        repository = self.container.image.repository
        for other in engines():
            if other is not engine and repository == other.image_repository:
                problems.append(
                    FieldError(
                        ("container", "image", "repository"),
                        f"'{repository}' is the {other.name} engine's image; the {engine.name} engine runs "
                        f"{engine.image_repository} (or an image built from it)",
                    )
                )
        requested = [*self.serving.settings_set(), *(["extra_args"] if self.serving.extra_args else [])]
        for name in requested:
            support = engine.settings.get(name)
            path = ("serving", to_camel(name))
            if support is None:
                others = [e.name for e in engines() if name in e.settings]
                problems.append(
                    FieldError(
                        path, f"is not supported by the {engine.name} engine (supported by: {', '.join(others)})"
                    )
                )
                continue
            value = getattr(self.serving, name)
            if support.choices and value not in support.choices:
                problems.append(
                    FieldError(
                        path,
                        f"'{value}' is not supported by the {engine.name} engine (one of: {', '.join(support.choices)})",
                    )
                )
        usage = engine.settings["usage_stats"]
        if self.serving.usage_stats not in usage.choices:
            problems.append(
                FieldError(
                    ("serving", "usageStats"),
                    f"'{self.serving.usage_stats}' is not supported by the {engine.name} engine (one of: {', '.join(usage.choices)})",
                )
            )
        if engine.check_environment is not None:
            problems += [FieldError(("container", *path), message) for path, message in engine.check_environment(self)]
        if self.serving.extra_args and "extra_args" in engine.settings and engine.check_arguments is not None:
            problems += [FieldError(("serving", *path), message) for path, message in engine.check_arguments(self)]
        return problems

    def _model_cache_problems(self) -> list[FieldError]:
        cache = self.model_cache
        if cache is None:
            return []
        problems = []
        if "model_cache_size" in self.container.model_fields_set:
            problems.append(
                FieldError(
                    ("container", "modelCacheSize"),
                    "sizes the emptyDir used without modelCache; with modelCache set modelCache.size instead",
                )
            )
        mode = cache.access_mode
        if mode is AccessMode.READ_WRITE_ONCE and self.most_replicas > 1:
            problems.append(
                FieldError(
                    ("modelCache", "accessMode"),
                    f"ReadWriteOnce cannot be mounted by {self.most_replicas} replicas on different nodes: use ReadWriteMany",
                )
            )
        elif mode is AccessMode.READ_WRITE_ONCE and cache.sharing is ModelCacheSharing.PROVIDE:
            problems.append(
                FieldError(
                    ("modelCache", "accessMode"),
                    "a provided cache is mounted by the pods of several workloads: use ReadWriteMany",
                )
            )
        return problems

    @property
    def model_cache_access_mode(self) -> AccessMode | None:
        """The claim's access mode: the values' own, else ReadWriteMany when several pods mount it."""
        cache = self.model_cache
        if cache is None or cache.sharing is ModelCacheSharing.USE:
            return None
        if cache.access_mode is not None:
            return cache.access_mode
        shared = self.most_replicas > 1 or cache.sharing is ModelCacheSharing.PROVIDE
        return AccessMode.READ_WRITE_MANY if shared else AccessMode.READ_WRITE_ONCE

    @property
    def model_cache_claim_name(self) -> str | None:
        """The PersistentVolumeClaim the server mounts (None without `modelCache`)."""
        cache = self.model_cache
        if cache is None:
            return None
        if cache.sharing is ModelCacheSharing.PRIVATE:
            return f"{self.service_name}-model-cache-{model_cache_hash(self.model)}"
        return shared_model_cache_name(self.model)

    @property
    def progress_deadline(self) -> ProgressDeadline:
        """The Deployment's progressDeadlineSeconds (see the startupProbe description). The download Job of
        a private or provided cache is a sync wave of its own (Argo CD applies the Deployment only once it
        has completed), so its time is not part of the deadline; a used cache's Job is another
        Application's and is."""
        allowances = {"scheduling and image pull": SCHEDULING_AND_IMAGE_PULL_SECONDS}
        cache = self.model_cache
        if cache is not None and cache.sharing is ModelCacheSharing.USE:
            allowances["provider's download"] = ModelCacheSettings.model_fields["download_deadline_seconds"].default
        container = self.container
        return ProgressDeadline.of(
            startup=container.startup_probe, readiness=container.readiness_probe, allowances=allowances
        )

    @property
    def lora_adapter_names(self) -> tuple[str, ...]:
        """The LoRA adapter names clients may send as `model` besides the served model name (empty without
        `serving.lora`): what an adapter-aware router matches requests on."""
        return self.serving.lora.adapter_names if self.serving.lora else ()

    @property
    def serving_engine(self) -> ServingEngine:
        return engine_named(self.engine)

    def declared_hosts(self) -> list[tuple[str, str]]:
        return [(f"gateway.hosts[{i}]", host) for i, host in enumerate(self.gateway.hosts)]

    def objects_estimate(self) -> int:
        """The 8 platform objects and the Application; a model cache adds a claim and its Job (none with
        `sharing: use`), then the NetworkPolicy, PodMonitor, PrometheusRule, dashboard ConfigMap,
        ScaledObject and PDB when rendered; an InferencePool adds the pool and the endpoint picker's 7
        objects (and its PodMonitor)."""
        cache = self.model_cache
        pooled = self.routing.mode.value == "inferencePool"
        return (
            9
            + (2 if cache is not None and cache.sharing.value != "use" else 0)
            + self.network_policy.enabled
            + self.pod_monitor_enabled
            + self.monitoring.alerts.enabled
            + self.monitoring.dashboard.enabled
            + (self.autoscaling is not None)
            + (self.most_replicas >= 2)
            + (8 + self.pod_monitor_enabled if pooled else 0)
        )
