"""Values of an ML_INFERENCE_LOAD workload: one Hugging Face TGI server for one model on NVIDIA GPUs."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from ai_workloads._values.base import WorkloadValues
from ai_workloads._values.common import (
    ContainerImage,
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
    ComputeResources,
    dns_1035_label,
    quantity_value,
    reject_credentials,
    reject_duplicates,
)
from ai_workloads._parts.metrics import ScrapeAnnotations
from ai_workloads.ml_inference_load.engines import ServingEngine, engine_named
from ai_workloads._values.network_policy import NetworkPolicySettings

# Istio's automated deployment names the gateway's Service `<serviceName>-gateway-istio`, and a Service
# name must be a 63-character DNS label: 63 - len("-gateway-istio") = 49.
SERVICE_NAME_MAX_LENGTH = 49
# TGI shards a model across the GPUs of one node; no node in the fleet has more than 8.
MAX_GPUS_PER_NODE = 8


GATEWAY_API_DURATION = r"^([0-9]{1,5}(h|m|s|ms)){1,4}$"


class ModelSource(StrictModel):
    """The Hugging Face model TGI serves."""

    id: Annotated[
        str,
        StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$", max_length=200),
        Field(description="Hugging Face repository id, e.g. `meta-llama/Llama-3.1-8B-Instruct` (TGI `MODEL_ID`)."),
    ]
    revision: Annotated[
        str,
        StringConstraints(pattern=r"^[0-9a-f]{40}$"),
        Field(
            description="Full 40-character commit SHA of the model repository (TGI `REVISION`). A branch "
            "or tag name is rejected: it can move and would change the weights under a running server."
        ),
    ]


class ContainerPort(StrictModel):
    port_name: PortName
    port_number: PortNumber = Field(description="Port TGI listens on inside the pod.")
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
    """A secret read from Vault by external-secrets and exposed to TGI as an environment variable."""

    name: Annotated[EnvVarName, Field(description="Environment variable name, e.g. `HF_TOKEN`.")]
    secret_key: Annotated[
        str,
        StringConstraints(min_length=1, max_length=253, pattern=r"^[-._a-zA-Z0-9]+$"),
        Field(description="Key in the generated Kubernetes Secret `<serviceName>-secrets`."),
    ]
    vault_path: Annotated[
        str,
        StringConstraints(min_length=1, max_length=512, pattern=r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$"),
        AfterValidator(_no_relative_segments),
        Field(description="Path of the secret in Vault, e.g. `ml/huggingface/token` (no `.` or `..` segments)."),
    ]
    vault_property: Optional[
        Annotated[str, StringConstraints(min_length=1, pattern=r"^[-._a-zA-Z0-9]+$")]
    ] = Field(None, description="Field of the Vault secret to read; defaults to `secretKey`.")


class SecretStore(StrictModel):
    name: Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")] = Field(
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
    """Lenient by default (3 minutes): TGI answers /health slowly while it is saturated."""

    period_seconds: int = Field(30, ge=1, le=3600)
    timeout_seconds: int = Field(10, ge=1, le=3600)
    failure_threshold: int = Field(6, ge=1, le=10000)


DEFAULT_TGI_RESOURCES = ResourceRequirements(
    requests=ComputeResources(cpu="4", memory="32Gi"),
    limits=ComputeResources(cpu="8", memory="32Gi"),
)


class TgiContainer(StrictModel):
    image: ContainerImage
    container_ports: list[ContainerPort] = Field(
        min_length=1,
        description="The first entry is TGI's HTTP port (TGI `PORT`); the HTTPRoute and probes use it.",
    )
    environment: list[EnvironmentVariable] = Field(
        default_factory=list, description="Extra TGI launcher settings, e.g. `QUANTIZE`, `MAX_TOTAL_TOKENS`."
    )
    secrets: list[ServiceSecret] = Field(default_factory=list)
    secret_store: SecretStore = Field(default_factory=SecretStore)
    vault: Optional[dict[str, Any]] = Field(
        None,
        deprecated=True,
        description="Accepted for compatibility with existing Helm values and ignored: Vault access goes "
        "through the ClusterSecretStore named in `secretStore`.",
    )
    gpu_count: int = Field(1, ge=1, le=MAX_GPUS_PER_NODE, description="NVIDIA GPUs (one node); > 1 sets NUM_SHARD.")
    run_as_user: Optional[int] = Field(
        None,
        ge=1000,
        le=2147483647,
        description="Run the server as this non-root UID (also its GID and fsGroup). Only for a derived image "
        "that supports it: the upstream TGI 3.3.x image must run as root (its Python lives under /root). "
        "Default: what the engine's image requires.",
    )
    resources: ResourceRequirements = Field(
        default_factory=lambda: DEFAULT_TGI_RESOURCES,
        description="CPU/memory of the TGI container. Defaults fit an 8B-class model: requests 4 CPU / "
        "32Gi, limits 8 CPU / 32Gi (memory request = limit so the pod is never evicted for it).",
    )
    shm_size: Quantity = Field("1Gi", description="Size of the memory-backed /dev/shm (NCCL uses it with several GPUs).")
    model_cache_size: Quantity = Field("100Gi", description="Size limit of the /data emptyDir holding the weights.")
    startup_probe: StartupProbe = Field(default_factory=StartupProbe)
    readiness_probe: ReadinessProbe = Field(default_factory=ReadinessProbe)
    liveness_probe: LivenessProbe = Field(default_factory=LivenessProbe)

    @model_validator(mode="after")
    def _consistent(self) -> "TgiContainer":
        reject_duplicates("containerPorts", "portName", [p.port_name for p in self.container_ports])
        reject_duplicates("containerPorts", "portNumber", [p.port_number for p in self.container_ports])
        reject_duplicates("containerPorts", "servicePort", [p.service_port for p in self.container_ports])
        env_names = [e.name for e in self.environment]
        reject_duplicates("environment", "name", env_names)
        reject_credentials("environment", env_names, "declare it under container.secrets (read from Vault) instead")
        if quantity_value(self.shm_size) >= quantity_value(self.resources.limits.memory):
            raise FieldError(
                ("shmSize",),
                f"{self.shm_size} must be smaller than resources.limits.memory ({self.resources.limits.memory}): the "
                "memory-backed /dev/shm counts against the container's memory limit",
            )
        reject_duplicates("secrets", "name", [s.name for s in self.secrets])
        reject_duplicates("secrets", "secretKey", [s.secret_key for s in self.secrets])
        for index, secret in enumerate(self.secrets):
            if secret.name in env_names:
                raise FieldError(("secrets", index, "name"), f"'{secret.name}' is already an environment variable")
        port_names = {p.port_name for p in self.container_ports}
        for field, probe in (
            ("startupProbe", self.startup_probe),
            ("readinessProbe", self.readiness_probe),
            ("livenessProbe", self.liveness_probe),
        ):
            if probe.port is not None and probe.port not in port_names:
                raise FieldError((field, "port"), f"'{probe.port}' is not one of containerPorts[].portName")
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

    hosts: list[HostName] = Field(min_length=1, max_length=16, description="Public host names (TLS terminated at the Gateway).")
    cluster_issuer: Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")] = Field(
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
    def _unique_hosts(self) -> "GatewaySettings":
        first_index: dict[str, int] = {}
        for index, host in enumerate(self.hosts):
            if host in first_index:
                raise FieldError(("hosts", index), f"'{host}' is already listed at hosts[{first_index[host]}]")
            first_index[host] = index
        return self


class MlInferenceLoadValues(WorkloadValues):
    """A Hugging Face Text Generation Inference server for one model on NVIDIA GPUs."""

    # The published name of the JSON Schema and TypeScript type (an API: it stays when the class is renamed).
    model_config = WorkloadValues.model_config | {"title": "MlInferenceLoadSchema"}

    type: Literal["ML_INFERENCE_LOAD"] = Field(description="Workload type discriminator.")
    service_name: dns_1035_label(
        SERVICE_NAME_MAX_LENGTH,
        "DNS-1035 label, at most 49 characters (Istio names the gateway Service `<serviceName>-gateway-istio`). "
        "Every object name derives from it.",
    )
    namespace: Namespace
    replicas: int = Field(1, ge=1, le=64, description="TGI server replicas; each needs `gpuCount` GPUs.")
    model: ModelSource
    container: TgiContainer
    gateway: GatewaySettings
    basic_monitoring: MonitoringSettings = Field(default_factory=MonitoringSettings)
    network_policy: NetworkPolicySettings = Field(
        default_factory=lambda: NetworkPolicySettings(enabled=False),
        description="Off by default: the default object set is the platform's 8-manifest contract.",
    )

    @model_validator(mode="after")
    def _engine_variables_reserved(self) -> "MlInferenceLoadValues":
        """Every variable the construct sets for the engine is reserved: a workload file may not
        override it through `environment` or `secrets`."""
        engine = self.serving_engine
        reserved = (*engine.reserved_environment, *engine.writable_environment)
        for field, items in (("environment", self.container.environment), ("secrets", self.container.secrets)):
            for index, item in enumerate(items):
                if item.name in reserved:
                    raise FieldError(
                        ("container", field, index, "name"),
                        f"'{item.name}' is set by the construct for the {engine.name} engine (reserved: {', '.join(reserved)})",
                    )
        return self

    @property
    def serving_engine(self) -> ServingEngine:
        return engine_named("tgi")

    @property
    def workload_name(self) -> str:
        return self.service_name
