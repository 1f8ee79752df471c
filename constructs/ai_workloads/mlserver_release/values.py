"""Values of an MLSERVER_RELEASE: several independent Seldon MLServer model servers in one release."""

from __future__ import annotations

import math
import re
import urllib.parse
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, StringConstraints, ValidationError, model_validator

from ai_workloads._values.autoscaling import RequestRateAutoscaling, check_replica_bounds
from ai_workloads._values.common import (
    DNS_1035_LABEL,
    MISSING_FIELD_HINTS,
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
    raise_problems,
    reject_credentials,
    reject_duplicates,
)
from ai_workloads._values.k8s_names import checked, dns_label_problem, dns_subdomain_problem
from ai_workloads._values.monitoring import MlServerMonitoringPack, MonitoredWorkload, ScrapeAnnotations
from ai_workloads._values.network_policy import LabelKey, LabelValue, NetworkPolicySettings

# Objects are named `<releaseName>-ai-workloads-<app>`; a Service name is a 63-character DNS label.
NAME_INFIX = "-ai-workloads-"
MAX_OBJECT_NAME_LENGTH = 63
# The release name and an app name: each a DNS-1035 label of at most 40 characters (their sum with the
# infix is checked against MAX_OBJECT_NAME_LENGTH).
NamePart = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=DNS_1035_LABEL)]
# A location in a JSON document: keys and list indexes from its root.
JsonPath = tuple[str | int, ...]

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
    "HF_HOME",
    "TRANSFORMERS_CACHE",
    "NUMBA_CACHE_DIR",
    "MLSERVER_HTTP_PORT",
    "MLSERVER_GRPC_PORT",
    "MLSERVER_METRICS_PORT",
    "MLSERVER_MODELS_DIR",
    "MLSERVER_METRICS_DIR",
    "MLSERVER_ENVIRONMENTS_DIR",
)

# MLServer reads every server setting from `MLSERVER_<SETTING>` and every model setting from
# `MLSERVER_MODEL_<SETTING>` (mlserver 1.7.1 mlserver/settings.py: pydantic-settings BaseSettings with
# env_prefix ENV_PREFIX_SETTINGS / ENV_PREFIX_MODEL_SETTINGS; case_sensitive is pydantic-settings'
# default False, so `mlserver_host` counts as well). A reserved setting is reserved in both forms.
SETTINGS_ENV_PREFIX = "MLSERVER_"
MODEL_SETTINGS_ENV_PREFIX = "MLSERVER_MODEL_"
# The model settings the construct reads from modelSettings (name: the folder and the readiness probe;
# the parameters' uri: where the artifacts are); as variables they would contradict the file unseen.
# mlserver/settings.py ModelSettings.name, ModelSettings.parameters, ModelParameters.uri.
RESERVED_MODEL_SETTINGS = {
    "name": "modelSettings.name names the model's folder and the readiness probe",
    "parameters": "set modelSettings.parameters in the workload file",
    "uri": "the artifacts are at /models/<modelSettings.name> (modelSource)",
    "implementation": "set modelSettings.implementation in the workload file",
}

ProfileName = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
URL_PATH = r"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$"


class EnvironmentVariable(StrictModel):
    name: EnvVarName
    value: str


class ResourceOverrides(StrictModel):
    """Per-app overrides on top of the chosen profile; any field left out keeps the profile's value."""

    requests: dict[Literal["cpu", "memory"], str] | None = None
    limits: dict[Literal["cpu", "memory"], str] | None = None


def _overridden(profile: ComputeResources, overrides: dict[Literal["cpu", "memory"], str] | None) -> dict[str, Any]:
    """The profile's cpu and memory as plain values, with the overrides' values in place of its own."""
    merged = profile.model_dump()
    for key, value in (overrides or {}).items():
        merged[key] = value
    return merged


class HpaSettings(StrictModel):
    enabled: bool = False
    min_replicas: int = Field(1, ge=1, le=1000)
    max_replicas: int = Field(3, ge=1, le=1000)
    target_cpu_utilization_percentage: int = Field(70, ge=1, le=100)

    # Not a ReplicaBounds: inheriting would move minReplicas/maxReplicas ahead of `enabled` in the schema.
    @model_validator(mode="after")
    def _min_not_above_max(self) -> HpaSettings:
        check_replica_bounds(self.min_replicas, self.max_replicas)
        return self


class ServiceSettings(StrictModel):
    port: PortNumber = Field(8000, description="Service port and MLServer HTTP port (MLSERVER_HTTP_PORT).")

    @model_validator(mode="after")
    def _not_a_fixed_port(self) -> ServiceSettings:
        if self.port in (8081, 8082):
            raise FieldError(("port",), f"{self.port} is MLServer's gRPC or metrics port; choose another")
        return self


class PersistentVolumeClaimSource(StrictModel):
    claim_name: DnsLabel


class ModelsVolume(StrictModel):
    """Where `/models` comes from: an emptyDir (default) or an existing PersistentVolumeClaim."""

    persistent_volume_claim: PersistentVolumeClaimSource | None = None
    empty_dir_size_limit: str = Field("1Gi", pattern=r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$")


DEFAULT_MLSERVER_IMAGE = ContainerImage(repository="seldonio/mlserver", tag="1.7.1")
# KServe's storage initializer: `<entrypoint> <src_uri> <dest_path>` (see image_facts.py).
DEFAULT_DOWNLOADER_IMAGE = ContainerImage(repository="kserve/storage-initializer", tag="v0.17.0")

# The URI schemes KServe's storage initializer downloads (kserve/storage/storage.py); plain http is
# refused (no TLS), local paths make no sense in a pod.
STORAGE_URI = r"^(gs|s3|hdfs|webhdfs|hf|https)://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*$"
_STORAGE_SCHEMES = ("gs", "s3", "hdfs", "webhdfs", "hf", "https")
_URI_CHARACTERS = re.compile(r"[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*")
# Query parameters that carry a credential or a signature in a URL: AWS SigV4 presigned URLs
# (X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token), Google signed URLs (X-Goog-Signature,
# X-Goog-Credential, Signature with GoogleAccessId), Azure shared access signatures (`sig`), and the
# generic token/key/password parameters of HTTP servers.
_CREDENTIAL_PARAMETER = re.compile(
    r"^(x-amz-(signature|credential|security-token)|x-goog-(signature|credential)|googleaccessid|sig|signature|"
    r"code|auth|authorization|(.*[-_])?(token|secret|password|passwd|pwd|key|apikey|credentials?))$",
    re.IGNORECASE,
)
# How KServe's storage initializer v0.17.0 takes credentials (python/storage/kserve_storage/kserve_storage.py):
# from its environment, which modelSource.credentialsSecret fills (envFrom).
CREDENTIALS_REMEDY = (
    "put the credential in the Secret named by modelSource.credentialsSecret, whose keys become the downloader's "
    "environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for s3://, AZ_CLIENT_ID/AZ_CLIENT_SECRET/AZ_TENANT_ID "
    "or AZURE_STORAGE_ACCESS_KEY for Azure, HF_TOKEN for hf://, `<host>-headers` request headers as JSON for https://)"
)


def _storage_uri(uri: str) -> str:
    """A URI KServe's storage initializer downloads, without a credential in it (the URI is committed to
    git and passed as an init container argument). The message never repeats the URI's secret part."""
    scheme, separator, rest = uri.partition("://")
    if not separator or scheme not in _STORAGE_SCHEMES:
        if scheme == "http" and separator:
            raise ValueError("plain http:// is refused: the download would not be encrypted; use https://")
        raise ValueError(f"must start with one of {', '.join(s + '://' for s in _STORAGE_SCHEMES)}")
    if not rest or not rest[0].isalnum():
        raise ValueError(f"needs a bucket, host or repository right after {scheme}://")
    bad = next((c for c in rest if not _URI_CHARACTERS.fullmatch(c)), None)
    if bad is not None:
        raise ValueError(f"{bad!r} may not appear unencoded in a URI: percent-encode it")
    parts = urllib.parse.urlsplit(uri)
    if "@" in parts.netloc:
        raise ValueError(f"holds a credential (the `user:password@` part before the host): {CREDENTIALS_REMEDY}")
    for where, text in (("query", parts.query), ("fragment", parts.fragment)):
        for name, _ in urllib.parse.parse_qsl(text, keep_blank_values=True):
            if _CREDENTIAL_PARAMETER.match(name.strip()):
                raise ValueError(f"holds a credential (the {where} parameter `{name}`): {CREDENTIALS_REMEDY}")
    return uri


# A model name is a folder under /models and a URL path segment (/v2/models/<name>/ready).
MODEL_NAME = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$")


class ModelSource(StrictModel):
    """Where the served model's artifacts come from: a storage URI downloaded into `/models/<model>` by
    an init container before the server starts, or `filledExternally` when something else puts them
    on the models volume (a pre-filled PersistentVolumeClaim)."""

    storage_uri: (
        Annotated[
            str,
            StringConstraints(max_length=2048),
            AfterValidator(_storage_uri),
            Field(json_schema_extra={"pattern": STORAGE_URI}),
        ]
        | None
    ) = Field(
        None,
        description="gs://, s3://, hdfs://, webhdfs://, hf:// or https:// (Azure Blob/File included) URI of the "
        "model artifacts, fetched by KServe's storage initializer into /models/<modelSettings.name>.",
    )
    credentials_secret: DnsLabel | None = Field(
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
    def _one_source(self) -> ModelSource:
        if (self.storage_uri is None) == (not self.filled_externally):
            raise FieldError(("storageUri",), "set exactly one of storageUri and filledExternally: true")
        return self


MISSING_FIELD_HINTS["modelSource"] = (
    "one of `storageUri: <gs|s3|hdfs|webhdfs|hf|https URI>` (downloaded into /models/<modelSettings.name> before the "
    "server starts) or `filledExternally: true` (the models volume already holds it); a custom Python model's code "
    "travels with its artifacts (docs/mlserver-custom-models.md)"
)


class MlServerNetworkPolicySettings(NetworkPolicySettings):
    """The NetworkPolicy of every app: the ingress gateway pods reach the serving ports, the scraper the
    metrics port; all other ingress is denied."""

    gateway_namespace: DnsLabel = Field(
        "istio-system",
        description="Namespace of the ingress gateway pods allowed to reach the serving ports (default: the "
        "platform's shared Istio ingress gateway in istio-system).",
    )
    gateway_pod_labels: dict[LabelKey, LabelValue] = Field(
        {"istio": "ingressgateway"},
        min_length=1,
        description="Labels of those gateway pods (default: `istio: ingressgateway`, Istio's ingress gateway).",
    )


class MetricsSettings(StrictModel):
    annotations: ScrapeAnnotations = Field(
        ScrapeAnnotations.ENGINE,
        description="`engine` (default): `prometheus.io/*` name MLServer's metrics port (8082, /metrics); with "
        "the Istio sidecar, Istio rewrites them to its agent (15020, /stats/prometheus) and merges MLServer's "
        "metrics. `istioSidecar`: the literal 15020 annotations (MLServer's metrics are then not merged).",
    )


def _non_json_numbers(value: Any, path: JsonPath = ()) -> list[tuple[JsonPath, float]]:
    """(path, number) of every infinite or NaN number in `value`: JSON has no such numbers (RFC 8259
    section 6), so settings.json would hold `Infinity`/`NaN`, which JSON readers refuse."""
    if isinstance(value, float) and not math.isfinite(value):
        return [(path, value)]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _non_json_numbers(item, (*path, key))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _non_json_numbers(item, (*path, index))]
    return []


def _reserved_variable(name: str) -> str | None:
    """Why `env` may not set `name` (None when it may): set by the construct, or a reserved setting in
    its environment form (`MLSERVER_HOST` is settings `host`; names are read case-insensitively)."""
    upper = name.upper()
    if name in RESERVED_ENV_NAMES or upper in RESERVED_ENV_NAMES:
        return f"'{name}' is set by the construct"
    # The longer prefix first: `MLSERVER_MODEL_X` is model setting `x`, else settings `model_x`.
    for prefix, reserved, setting, verdict in (
        (MODEL_SETTINGS_ENV_PREFIX, RESERVED_MODEL_SETTINGS, "model setting", ""),
        (SETTINGS_ENV_PREFIX, RESERVED_SETTINGS, "setting", " and must not be set"),
    ):
        key = upper.removeprefix(prefix).lower()
        if upper.startswith(prefix) and key in reserved:
            return (
                f"'{name}' is MLServer's {setting} `{key}` (MLServer reads {prefix}<SETTING>){verdict}: {reserved[key]}"
            )
    return None


class MlServerAppValues(StrictModel):
    """One MLServer model server: its own Deployment, Service, settings ConfigMap and HPA."""

    model_config = StrictModel.model_config | {"title": "MlServerApp"}

    kind: Literal["mlserver"] = Field(description="App kind; `mlserver` apps get MLServer defaults.")
    name: NamePart = Field(description="DNS label; objects are named `<releaseName>-ai-workloads-<name>`.")
    image: ContainerImage = Field(default_factory=lambda: DEFAULT_MLSERVER_IMAGE)
    settings: dict[str, Any] | None = Field(
        None,
        description="MLServer settings.json. Rendered into ConfigMap `<releaseName>-ai-workloads-<name>-settings` and read by the server.",
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
    resources: ResourceOverrides | None = None
    replicas: int = Field(1, ge=1, le=1000, description="Used only without HPA.")
    hpa: HpaSettings = Field(default_factory=HpaSettings)
    keda: RequestRateAutoscaling | None = Field(
        None, description="Scale with KEDA on inference requests per second instead of CPU (not with hpa.enabled)."
    )
    env: list[EnvironmentVariable] = Field(default_factory=list)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    models_volume: ModelsVolume = Field(default_factory=ModelsVolume)

    @model_validator(mode="after")
    def _consistent(self) -> MlServerAppValues:
        problems = reject_duplicates("env", "name", [item.name for item in self.env])
        problems += reject_credentials(
            "env",
            [item.name for item in self.env],
            "keep it out of the workload file (bucket credentials go in the Secret named by modelSource.credentialsSecret)",
        )
        problems += [
            FieldError(("env", index, "name"), problem)
            for index, item in enumerate(self.env)
            if (problem := _reserved_variable(item.name))
        ]
        problems += [
            FieldError(("settings", key), f"must not be set: {RESERVED_SETTINGS[key]}")
            for key in sorted(self.settings or {})
            if key in RESERVED_SETTINGS
        ]
        for field, document in (("settings", self.settings), ("modelSettings", self.model_settings)):
            problems += [
                FieldError(
                    (field, *path),
                    f"{number} is not a JSON number (JSON has no infinity or NaN): "
                    f"the value goes into {field.replace('modelS', 'model-s').lower()}.json",
                )
                for path, number in _non_json_numbers(document)
            ]
        if self.keda is not None and self.hpa.enabled:
            problems.append(
                FieldError(("keda",), "the app already has a CPU HPA (hpa.enabled): one autoscaler per Deployment")
            )
        model_name = self.model_settings.get("name")
        if not isinstance(model_name, str) or not model_name:
            problems.append(
                FieldError(("modelSettings", "name"), "is required: it names the model's folder under /models")
            )
        elif not MODEL_NAME.match(model_name) or ".." in model_name:
            problems.append(
                FieldError(
                    ("modelSettings", "name"),
                    f"{model_name!r} must be 1-63 letters, digits, '.', '_' or '-', starting and ending with a letter or "
                    "digit: it names a folder under /models and a URL path segment",
                )
            )
        raise_problems(problems)
        return self

    @property
    def model_name(self) -> str:
        name: str = self.model_settings["name"]  # a non-empty string: checked by the validator above
        return name


def _istio_gateway_problem(reference: str) -> str | None:
    """`<namespace>/<name>`: a namespace is a DNS-1123 label, an Istio Gateway name a DNS-1123 subdomain."""
    namespace, _, name = reference.rpartition("/")
    problem = dns_label_problem(namespace) if namespace else None
    if problem:
        return f"the namespace '{namespace}' {problem}"
    problem = dns_subdomain_problem(name)
    return f"the gateway name '{name}' {problem}" if problem else None


class IstioSettings(StrictModel):
    """Expose every app under `<basePath><app name>` through an Istio VirtualService."""

    enabled: bool = False
    base_path: Annotated[str, StringConstraints(pattern=URL_PATH)] = Field(
        "/", description="Path prefix; apps are served at `<basePath>/<app name>` (`/mlserver-a` for `/`)."
    )
    hosts: list[HostName] = Field(default_factory=list, max_length=16)
    gateway: Annotated[
        str,
        StringConstraints(min_length=1, max_length=253, pattern=r"^([a-z0-9-]+/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"),
        AfterValidator(checked(_istio_gateway_problem)),
    ] = Field(
        "istio-system/ingressgateway", description="Istio Gateway (`namespace/name`) the VirtualService binds to."
    )

    @model_validator(mode="after")
    def _hosts_when_enabled(self) -> IstioSettings:
        if self.enabled and not self.hosts:
            raise FieldError(("hosts",), "must list at least one host when istio.enabled is true")
        return self


class MlServerReleaseValues(MonitoredWorkload):
    """Several independent Seldon MLServer model servers, one per `apps[]` entry."""

    # The published name of the JSON Schema and TypeScript type (an API: it stays when the class is renamed).
    model_config = MonitoredWorkload.model_config | {"title": "MlServerReleaseSchema"}

    NAME_FIELD = "release_name"
    SCRAPE_ANNOTATIONS_FIELD = "metrics.annotations"

    type: Literal["MLSERVER_RELEASE"] = Field(description="Workload type discriminator.")
    release_name: NamePart = Field(description="DNS label; objects are named `<releaseName>-ai-workloads-<app>`.")
    namespace: Namespace
    infra_profiles: dict[ProfileName, ResourceRequirements] = Field(
        default_factory=dict,
        description="Extra resource profiles, or redefinitions of the built-in cpu-small/medium/large.",
    )
    istio: IstioSettings = Field(default_factory=IstioSettings)
    network_policy: MlServerNetworkPolicySettings = Field(
        default_factory=MlServerNetworkPolicySettings, description="On by default for MLServer releases."
    )
    metrics: MetricsSettings = Field(default_factory=MetricsSettings, description="Prometheus scrape annotations.")
    monitoring: MlServerMonitoringPack = Field(default_factory=MlServerMonitoringPack)
    apps: list[MlServerAppValues] = Field(min_length=1, max_length=50)

    @property
    def scrape_annotations(self) -> ScrapeAnnotations:
        return self.metrics.annotations

    @property
    def pod_monitor_enabled(self) -> bool:
        """MLServer pods are always annotated for scraping, so the PodMonitor is on unless turned off."""
        return self.monitoring.pod_monitor.enabled is not False

    @model_validator(mode="after")
    def _consistent(self) -> MlServerReleaseValues:
        problems = reject_duplicates("apps", "name", [app.name for app in self.apps])
        profiles = self.resolved_profiles()
        for index, app in enumerate(self.apps):
            object_name = self.object_name(app.name)
            if len(object_name) > MAX_OBJECT_NAME_LENGTH:
                problems.append(
                    FieldError(
                        ("apps", index, "name"),
                        f"'{object_name}' is {len(object_name)} characters; releaseName + '{NAME_INFIX}' + name "
                        f"must fit in {MAX_OBJECT_NAME_LENGTH}",
                    )
                )
            if app.infra_profile not in profiles:
                problems.append(
                    FieldError(
                        ("apps", index, "infraProfile"),
                        f"unknown profile '{app.infra_profile}'; known profiles: {', '.join(sorted(profiles))}",
                    )
                )
                continue
            try:
                self.resources_for(app)
            except FieldError as error:
                problems.append(FieldError(("apps", index, "resources", *error.path), error.message))
        raise_problems(problems)
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
        requests = _overridden(profile.requests, app.resources.requests)
        limits = _overridden(profile.limits, app.resources.limits)
        try:
            return ResourceRequirements.model_validate({"requests": requests, "limits": limits})
        except ValidationError as error:  # report the first problem at its path under `resources`
            first = error.errors(include_url=False)[0]
            cause = (first.get("ctx") or {}).get("error")
            if isinstance(cause, FieldError):
                raise FieldError(tuple(first["loc"]) + cause.path, cause.message) from None
            raise FieldError(tuple(first["loc"]), first["msg"].removeprefix("Value error, ")) from None

    def declared_hosts(self) -> list[tuple[str, str]]:
        return [(f"istio.hosts[{i}]", host) for i, host in enumerate(self.istio.hosts)] if self.istio.enabled else []

    def objects_estimate(self) -> int:
        """Per app a Deployment, Service and ConfigMap, then its HPA or ScaledObject, NetworkPolicy, PDB (two
        or more replicas possible), PodMonitor, PrometheusRule and dashboard ConfigMap when rendered; the
        VirtualService and the Application."""
        per_app = 3 + self.network_policy.enabled + self.pod_monitor_enabled + self.monitoring.alerts.enabled
        per_app += self.monitoring.dashboard.enabled
        total = 1 + self.istio.enabled
        for app in self.apps:
            most = app.hpa.min_replicas if app.hpa.enabled else app.keda.max_replicas if app.keda else app.replicas
            total += per_app + (app.hpa.enabled or app.keda is not None) + (most >= 2)
        return total
