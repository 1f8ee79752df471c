"""Values of an MLSERVER_RELEASE: several independent Seldon MLServer model servers in one release."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Optional

from pydantic import Field, StringConstraints, ValidationError, model_validator

from ai_workloads._values.base import WorkloadValues
from ai_workloads._values.common import (
    ComputeResources,
    ContainerImage,
    DnsLabel,
    EnvVarName,
    FieldError,
    HostName,
    Namespace,
    PortNumber,
    ResourceRequirements,
    StrictModel,
    dns_1035_label,
    reject_credentials,
    reject_duplicates,
)
from ai_workloads._parts.metrics import ScrapeAnnotations
from ai_workloads._values.network_policy import NetworkPolicySettings
from ai_workloads._values.monitoring import MlServerMonitoringPack, alerts_problem
from ai_workloads._values.autoscaling import RequestRateAutoscaling

# Objects are named `<releaseName>-ai-workloads-<app>`; a Service name is a 63-character DNS label.
NAME_INFIX = "-ai-workloads-"
MAX_OBJECT_NAME_LENGTH = 63

# Built-in resource profiles. A release may add profiles or redefine these under `infraProfiles`.
BUILTIN_INFRA_PROFILES: dict[str, ResourceRequirements] = {
    "cpu-small": ResourceRequirements(
        requests=ComputeResources(cpu="250m", memory="512Mi"),
        limits=ComputeResources(cpu="1", memory="1Gi"),
    ),
    "cpu-medium": ResourceRequirements(
        requests=ComputeResources(cpu="1", memory="2Gi"),
        limits=ComputeResources(cpu="2", memory="4Gi"),
    ),
    "cpu-large": ResourceRequirements(
        requests=ComputeResources(cpu="2", memory="8Gi"),
        limits=ComputeResources(cpu="4", memory="16Gi"),
    ),
}

# Keys of settings.json that other values decide; setting them in `settings` would be silently
# overridden or would break the wiring, so they are rejected.
RESERVED_SETTINGS = {
    "http_port": "set from service.port",
    "grpc_port": "fixed by the construct (8081)",
    "metrics_port": "fixed by the construct (8082)",
    "model_repository_root": "always /models (the models volume)",
    "host": "MLServer must listen on every interface in a pod",
    "metrics_dir": "set to a writable scratch folder (the root filesystem is read-only)",
    "environments_dir": "set to a writable scratch folder (the root filesystem is read-only)",
}
# Set by the construct; an `env[]` entry may not override them.
RESERVED_ENV_NAMES = (
    "HOME",
    "TRANSFORMERS_CACHE",
    "NUMBA_CACHE_DIR",
    "MLSERVER_HTTP_PORT",
    "MLSERVER_GRPC_PORT",
    "MLSERVER_METRICS_PORT",
    "MLSERVER_MODELS_DIR",
    "MLSERVER_METRICS_DIR",
    "MLSERVER_ENVIRONMENTS_DIR",
)

ProfileName = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
URL_PATH = r"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$"


class EnvironmentVariable(StrictModel):
    name: EnvVarName
    value: str


class ResourceOverrides(StrictModel):
    """Per-app overrides on top of the chosen profile; any field left out keeps the profile's value."""

    requests: Optional[dict[Literal["cpu", "memory"], str]] = None
    limits: Optional[dict[Literal["cpu", "memory"], str]] = None


class HpaSettings(StrictModel):
    enabled: bool = False
    min_replicas: int = Field(1, ge=1, le=1000)
    max_replicas: int = Field(3, ge=1, le=1000)
    target_cpu_utilization_percentage: int = Field(70, ge=1, le=100)

    @model_validator(mode="after")
    def _min_not_above_max(self) -> "HpaSettings":
        if self.min_replicas > self.max_replicas:
            raise FieldError(
                ("minReplicas",), f"{self.min_replicas} is greater than maxReplicas ({self.max_replicas})"
            )
        return self


class ServiceSettings(StrictModel):
    port: PortNumber = Field(8000, description="Service port and MLServer HTTP port (MLSERVER_HTTP_PORT).")

    @model_validator(mode="after")
    def _not_a_fixed_port(self) -> "ServiceSettings":
        if self.port in (8081, 8082):
            raise FieldError(("port",), f"{self.port} is MLServer's gRPC or metrics port; choose another")
        return self


class PersistentVolumeClaimSource(StrictModel):
    claim_name: DnsLabel


class ModelsVolume(StrictModel):
    """Where `/models` comes from: an emptyDir (default) or an existing PersistentVolumeClaim."""

    persistent_volume_claim: Optional[PersistentVolumeClaimSource] = None
    empty_dir_size_limit: str = Field("1Gi", pattern=r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$")


DEFAULT_MLSERVER_IMAGE = ContainerImage(repository="seldonio/mlserver", tag="1.7.1")
# KServe's storage initializer: `<entrypoint> <src_uri> <dest_path>` (see image_facts.py).
DEFAULT_DOWNLOADER_IMAGE = ContainerImage(repository="kserve/storage-initializer", tag="v0.17.0")

# The URI schemes KServe's storage initializer downloads (kserve/storage/storage.py); plain http is
# refused (no TLS), local paths make no sense in a pod.
STORAGE_URI = r"^(gs|s3|hdfs|webhdfs|hf|https)://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*$"
# A model name is a folder under /models and a URL path segment (/v2/models/<name>/ready).
MODEL_NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$")


class ModelSource(StrictModel):
    """Where the served model's artifacts come from: a storage URI downloaded into `/models/<model>` by
    an init container before the server starts, or `filledExternally` when something else puts them
    on the models volume (a pre-filled PersistentVolumeClaim)."""

    storage_uri: Optional[Annotated[str, StringConstraints(max_length=2048, pattern=STORAGE_URI)]] = Field(
        None,
        description="gs://, s3://, hdfs://, webhdfs://, hf:// or https:// (Azure Blob/File included) URI of the "
        "model artifacts, fetched by KServe's storage initializer into /models/<modelSettings.name>.",
    )
    credentials_secret: Optional[DnsLabel] = Field(
        None,
        description="Existing Secret whose keys become the downloader's environment (e.g. AWS_ACCESS_KEY_ID, "
        "AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL for s3://; HF_TOKEN for hf://).",
    )
    downloader_image: ContainerImage = Field(
        default_factory=lambda: DEFAULT_DOWNLOADER_IMAGE, description="The storage initializer image."
    )
    filled_externally: bool = Field(
        False,
        description="The models volume already holds /models/<modelSettings.name> (e.g. a pre-filled "
        "PersistentVolumeClaim): nothing is downloaded.",
    )

    @model_validator(mode="after")
    def _one_source(self) -> "ModelSource":
        if (self.storage_uri is None) == (not self.filled_externally):
            raise FieldError(("storageUri",), "set exactly one of storageUri and filledExternally: true")
        return self


class MetricsSettings(StrictModel):
    annotations: ScrapeAnnotations = Field(
        ScrapeAnnotations.ENGINE,
        description="`engine` (default): `prometheus.io/*` name MLServer's metrics port (8082, /metrics); with "
        "the Istio sidecar, Istio rewrites them to its agent (15020, /stats/prometheus) and merges MLServer's "
        "metrics. `istioSidecar`: the literal 15020 annotations (MLServer's metrics are then not merged).",
    )


class MlServerAppValues(StrictModel):
    """One MLServer model server: its own Deployment, Service, settings ConfigMap and HPA."""

    model_config = StrictModel.model_config | {"title": "MlServerApp"}

    kind: Literal["mlserver"] = Field(description="App kind; `mlserver` apps get MLServer defaults.")
    name: dns_1035_label(40, "DNS label; objects are named `<releaseName>-ai-workloads-<name>`.")
    image: ContainerImage = Field(default_factory=lambda: DEFAULT_MLSERVER_IMAGE)
    settings: Optional[dict[str, Any]] = Field(
        None,
        description="MLServer settings.json. Rendered into ConfigMap `<name>-settings` and read by the server.",
    )
    model_settings: dict[str, Any] = Field(
        description="model-settings.json of the model this app serves (`name` and `implementation` at least); "
        "rendered into the settings ConfigMap and mounted at /models/<name>/model-settings.json. The "
        "readiness probe asks MLServer for this model (/v2/models/<name>/ready).",
    )
    model_source: ModelSource = Field(
        description="Where the model's artifacts come from. Required: without it MLServer starts with no model "
        "and reports ready while every inference is a 404."
    )
    infra_profile: ProfileName = Field("cpu-small", description="Resource profile (built-in or from `infraProfiles`).")
    resources: Optional[ResourceOverrides] = None
    replicas: int = Field(1, ge=1, le=1000, description="Used only without HPA.")
    hpa: HpaSettings = Field(default_factory=HpaSettings)
    keda: Optional[RequestRateAutoscaling] = Field(
        None, description="Scale with KEDA on inference requests per second instead of CPU (not with hpa.enabled)."
    )
    env: list[EnvironmentVariable] = Field(default_factory=list)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    models_volume: ModelsVolume = Field(default_factory=ModelsVolume)

    @model_validator(mode="after")
    def _consistent(self) -> "MlServerAppValues":
        reject_duplicates("env", "name", [item.name for item in self.env])
        reject_credentials(
            "env", [item.name for item in self.env],
            "keep it out of the workload file (bucket credentials go in the Secret named by modelSource.credentialsSecret)",
        )
        for index, item in enumerate(self.env):
            if item.name in RESERVED_ENV_NAMES:
                raise FieldError(("env", index, "name"), f"'{item.name}' is set by the construct")
        for key in sorted(self.settings or {}):
            if key in RESERVED_SETTINGS:
                raise FieldError(("settings", key), f"must not be set: {RESERVED_SETTINGS[key]}")
        if self.keda is not None and self.hpa.enabled:
            raise FieldError(("keda",), "the app already has a CPU HPA (hpa.enabled): one autoscaler per Deployment")
        model_name = self.model_settings.get("name")
        if not isinstance(model_name, str) or not model_name:
            raise FieldError(("modelSettings", "name"), "is required: it names the model's folder under /models")
        if not MODEL_NAME.match(model_name) or ".." in model_name:
            raise FieldError(
                ("modelSettings", "name"),
                f"{model_name!r} must be 1-63 letters, digits, '.', '_' or '-', starting and ending with a letter or "
                "digit: it names a folder under /models and a URL path segment",
            )
        return self

    @property
    def model_name(self) -> str:
        return self.model_settings["name"]


class IstioSettings(StrictModel):
    """Expose every app under `<basePath><app name>` through an Istio VirtualService."""

    enabled: bool = False
    base_path: Annotated[str, StringConstraints(pattern=URL_PATH)] = Field(
        "/", description="Path prefix; apps are served at `<basePath>/<app name>` (`/mlserver-a` for `/`)."
    )
    hosts: list[HostName] = Field(default_factory=list, max_length=16)
    gateway: Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=r"^([a-z0-9-]+/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")] = Field(
        "istio-system/ingressgateway", description="Istio Gateway (`namespace/name`) the VirtualService binds to."
    )

    @model_validator(mode="after")
    def _hosts_when_enabled(self) -> "IstioSettings":
        if self.enabled and not self.hosts:
            raise FieldError(("hosts",), "must list at least one host when istio.enabled is true")
        return self


class MlServerReleaseValues(WorkloadValues):
    """Several independent Seldon MLServer model servers, one per `apps[]` entry."""

    # The published name of the JSON Schema and TypeScript type (an API: it stays when the class is renamed).
    model_config = WorkloadValues.model_config | {"title": "MlServerReleaseSchema"}

    type: Literal["MLSERVER_RELEASE"] = Field(description="Workload type discriminator.")
    release_name: dns_1035_label(40, "DNS label; objects are named `<releaseName>-ai-workloads-<app>`.")
    namespace: Namespace
    infra_profiles: dict[ProfileName, ResourceRequirements] = Field(
        default_factory=dict,
        description="Extra resource profiles, or redefinitions of the built-in cpu-small/medium/large.",
    )
    istio: IstioSettings = Field(default_factory=IstioSettings)
    network_policy: NetworkPolicySettings = Field(
        default_factory=NetworkPolicySettings, description="On by default for MLServer releases."
    )
    metrics: MetricsSettings = Field(default_factory=MetricsSettings, description="Prometheus scrape annotations.")
    monitoring: MlServerMonitoringPack = Field(default_factory=MlServerMonitoringPack)
    apps: list[MlServerAppValues] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _alerts_see_the_servers(self) -> "MlServerReleaseValues":
        problem = alerts_problem(
            self.monitoring.alerts, pod_monitor=self.pod_monitor_enabled, annotations_field="metrics.annotations",
            istio_sidecar_annotations=self.metrics.annotations is ScrapeAnnotations.ISTIO_SIDECAR,
        )
        if problem:
            raise FieldError(*problem)
        return self

    @property
    def pod_monitor_enabled(self) -> bool:
        """MLServer pods are always annotated for scraping, so the PodMonitor is on unless turned off."""
        return self.monitoring.pod_monitor.enabled is not False

    @model_validator(mode="after")
    def _consistent(self) -> "MlServerReleaseValues":
        reject_duplicates("apps", "name", [app.name for app in self.apps])
        profiles = self.resolved_profiles()
        for index, app in enumerate(self.apps):
            if app.infra_profile not in profiles:
                raise FieldError(
                    ("apps", index, "infraProfile"),
                    f"unknown profile '{app.infra_profile}'; known profiles: {', '.join(sorted(profiles))}",
                )
            object_name = self.object_name(app.name)
            if len(object_name) > MAX_OBJECT_NAME_LENGTH:
                raise FieldError(
                    ("apps", index, "name"),
                    f"'{object_name}' is {len(object_name)} characters; releaseName + '{NAME_INFIX}' + name "
                    f"must fit in {MAX_OBJECT_NAME_LENGTH}",
                )
            try:
                self.resources_for(app)
            except FieldError as error:
                raise FieldError(("apps", index, "resources", *error.path), error.message) from None
        return self

    def resolved_profiles(self) -> dict[str, ResourceRequirements]:
        return {**BUILTIN_INFRA_PROFILES, **self.infra_profiles}

    def object_name(self, app_name: str) -> str:
        return f"{self.release_name}{NAME_INFIX}{app_name}"

    def resources_for(self, app: MlServerAppValues) -> ResourceRequirements:
        """The app's profile with its overrides applied (validated again as a whole; a problem raises
        FieldError relative to `resources`)."""
        profile = self.resolved_profiles()[app.infra_profile]
        if app.resources is None:
            return profile
        requests = {**profile.requests.model_dump(), **(app.resources.requests or {})}
        limits = {**profile.limits.model_dump(), **(app.resources.limits or {})}
        try:
            return ResourceRequirements.model_validate({"requests": requests, "limits": limits})
        except ValidationError as error:  # report the first problem at its path under `resources`
            first = error.errors(include_url=False)[0]
            cause = (first.get("ctx") or {}).get("error")
            if isinstance(cause, FieldError):
                raise FieldError(tuple(first["loc"]) + cause.path, cause.message) from None
            raise FieldError(tuple(first["loc"]), first["msg"].removeprefix("Value error, ")) from None

    @property
    def workload_name(self) -> str:
        return self.release_name
