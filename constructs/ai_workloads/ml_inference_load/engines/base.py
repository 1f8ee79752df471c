"""The engine seam: what the rest of ML_INFERENCE_LOAD needs from a serving engine (`ServingEngine`, a
Protocol), and the two small bases an engine is defined on.

Who reads what: construct.py (container, probes, security context, environment and arguments),
model_cache.py (download command, cache path, offline switch), lora.py (cache path, download command),
values.py (settings, reserved and foreign variables, checks of `environment` and `serving.extraArgs`, the
default resources), catalog.py (short name, image tag, image repository), alerts/dashboard/autoscaling
(`metrics`) and routing/ (`picker_metrics`).

An engine configured by ENVIRONMENT (its server reads its settings from variables, like TGI's launcher)
is an `EnvironmentEngine`; an engine configured by ARGUMENTS (command-line flags, like `vllm serve`) is an
`ArgumentEngine`. The only difference: an environment engine's typed settings are variables, reserved in
`environment` and `secrets` while the setting is set.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ai_workloads._parts.facts import EngineFact
from ai_workloads._parts.metrics_facts import MetricsCatalog
from ai_workloads._values.common import ComputeResources, ResourceRequirements
from ai_workloads.ml_inference_load.engines.common import hub_download

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

# (values, HTTP port number) -> the engine's own environment variables (or arguments), in order.
ValuesAndPort = Callable[["MlInferenceLoadValues", int], dict[str, str]]
ArgumentsOf = Callable[["MlInferenceLoadValues", int], list[str]]
# (values) -> [(path under container or serving, message), ...].
FieldPath = tuple[str | int, ...]
ProblemsOf = Callable[["MlInferenceLoadValues"], list[tuple[FieldPath, str]]]


@dataclass(frozen=True)
class EngineSetting:
    """How an engine honours one of the shared `serving` settings: the engine's own flag or variable,
    and the values it accepts (empty: any value the field's type allows)."""

    target: str
    choices: tuple[str, ...] = ()


# Variables that pick GPUs behind the scheduler's back. The NVIDIA container runtime reads
# NVIDIA_VISIBLE_DEVICES from the container's environment (`all`: every GPU of the node, whatever the
# device plugin allocated: NVIDIA/k8s-device-plugin README, option
# accept-nvidia-visible-devices-envvar-when-unprivileged; NVIDIA/nvidia-container-toolkit
# docs, "Environment variables (OCI spec)"), CUDA reads CUDA_VISIBLE_DEVICES.
GPU_SELECTION_ENVIRONMENT = {
    "NVIDIA_VISIBLE_DEVICES": "selects GPUs behind the scheduler (the device plugin sets it from container.gpuCount)",
    "CUDA_VISIBLE_DEVICES": "selects GPUs behind the scheduler (the device plugin sets it from container.gpuCount)",
    "NVIDIA_DRIVER_CAPABILITIES": "is set by the GPU runtime for the GPUs container.gpuCount requests",
}

# Defaults fit an 8B-class model: memory request = limit so the pod is never evicted for it.
DEFAULT_RESOURCES = ResourceRequirements(
    requests=ComputeResources(cpu="4", memory="32Gi"),
    limits=ComputeResources(cpu="8", memory="32Gi"),
)


# (adapter name, snapshot folder) of every adapter, in file order.
Folders = list[tuple[str, str]]


@dataclass(frozen=True)
class LoraSupport:
    """How one engine takes static adapters.

    :param arguments: `(values, folders) -> arguments` appended to the engine's own.
    :param environment: `(folders) -> variables` added to the engine's own.
    :param ranks: the accepted `maxLoraRank` values; empty: the engine has no batch or rank settings
        (`maxLoras`, `maxLoraRank` refused).
    :param reserved_names: adapter names the engine reads as something else (name -> why).
    :param refused_environment: variables a workload file may not set (name -> why, what to use).
    :param facts: the upstream facts the adapters' rendering relies on, with sources.
    """

    arguments: Callable[[MlInferenceLoadValues, Folders], list[str]]
    environment: Callable[[Folders], dict[str, str]]
    ranks: tuple[int, ...] = ()
    reserved_names: Mapping[str, str] = field(default_factory=dict)
    refused_environment: Mapping[str, str] = field(default_factory=dict)
    facts: tuple[EngineFact, ...] = ()


class ServingEngine(Protocol):
    """What the construct, the model cache, LoRA, routing, monitoring, the catalog and the values need
    from a serving engine (see `EngineBase` for what each member means)."""

    @property
    def name(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def short_name(self) -> str: ...
    @property
    def image_repository(self) -> str: ...
    @property
    def image_tag(self) -> str: ...
    @property
    def default_resources(self) -> ResourceRequirements: ...
    @property
    def container_name(self) -> str: ...
    @property
    def health_path(self) -> str: ...
    @property
    def metrics_path(self) -> str: ...
    @property
    def metrics(self) -> MetricsCatalog: ...
    @property
    def picker_metrics(self) -> bool: ...
    @property
    def lora(self) -> LoraSupport | None: ...
    @property
    def model_cache_path(self) -> str: ...
    @property
    def model_cache_read_only(self) -> bool: ...
    @property
    def runs_as_root(self) -> bool: ...
    @property
    def image_user(self) -> tuple[int, int] | None: ...
    @property
    def read_only_root_filesystem(self) -> bool: ...
    @property
    def writable_environment(self) -> Mapping[str, str]: ...
    @property
    def waivers(self) -> Mapping[str, str]: ...
    @property
    def facts(self) -> tuple[EngineFact, ...]: ...
    @property
    def environment(self) -> ValuesAndPort: ...
    @property
    def args(self) -> ArgumentsOf | None: ...
    @property
    def settings(self) -> Mapping[str, EngineSetting]: ...
    @property
    def reserved_arguments(self) -> Mapping[str, str]: ...
    @property
    def foreign_environment(self) -> Mapping[str, str]: ...
    @property
    def owned_environment(self) -> Mapping[str, str]: ...
    @property
    def hub_token_variable(self) -> str: ...
    @property
    def offline_environment(self) -> Mapping[str, str]: ...
    @property
    def check_environment(self) -> ProblemsOf | None: ...
    @property
    def check_arguments(self) -> ProblemsOf | None: ...

    def download_command(self, values: MlInferenceLoadValues) -> list[str]: ...
    def setting_variables(self, values: MlInferenceLoadValues) -> dict[str, str]: ...
    def reserved_for(self, values: MlInferenceLoadValues) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class EngineBase:
    """The fields every engine fills in (an engine is defined on `EnvironmentEngine` or `ArgumentEngine`).

    :param name: the `engine:` value that selects it.
    :param title: human name (Backstage, README).
    :param short_name: the short name in the Backstage description ("TGI server for ...").
    :param image_repository: the upstream image the facts were read from (a workload file that names
        another engine's upstream image is refused).
    :param image_tag: the image tag the facts were read from (the Backstage form's default tag).
    :param health_path: HTTP path the probes call on the serving port.
    :param metrics_path: HTTP path of the engine's Prometheus metrics, on the serving port.
    :param metrics: the engine's Prometheus metrics the alerts, dashboard and autoscaling read.
    :param model_cache_path: where the engine keeps model weights (the `/data` volume is mounted here).
    :param runs_as_root: the image cannot run as any other user (a values override may still name a
        non-root UID for a derived image that supports it).
    :param read_only_root_filesystem: whether the image runs with a read-only root filesystem.
    :param writable_environment: variables pointing every home and cache directory the engine writes
        at the `home` emptyDir (mounted at ENGINE_HOME): a UID without a passwd entry gets `HOME=/`.
    :param reserved_environment: every variable `environment` may set; workload files may not set them.
    :param environment: `(values, http_port) -> {name: value}`, the engine's own variables in order.
    :param download_cli: the Hugging Face CLI of the engine's image (`hf` or `huggingface-cli`): the model
        cache Job runs `<cli> download` from the engine's own image (`download_command`).
    :param picker_metrics: the engine exports the queue and KV-cache metrics the endpoint picker scores
        pods on (routing.mode inferencePool).
    :param lora: how the engine takes static LoRA adapters (None: `serving.lora` is refused for it).
    :param default_resources: CPU/memory of the server container when `container.resources` is not set.
    :param image_user: `(uid, gid)` of the non-root user the image provides, when it has one; the pod
        runs as it (None with `runs_as_root`, or for an image without such a user: UID/GID 10001).
    :param waivers: reviewed reasons (check -> reason) for the policy checks this engine's pods fail
        because of the image; which checks apply is decided by the construct from the pod it renders
        (user, root filesystem, secrets, digest).
    :param facts: the image facts the rendering relies on, with sources.
    :param args: `(values, http_port) -> [arg, ...]`; None keeps the image's CMD.
    :param settings: the shared `serving` settings the engine honours (values attribute name ->
        EngineSetting); a setting it does not list is refused for it.
    :param reserved_arguments: flags the construct sets (flag -> the field that sets it): refused in
        `serving.extraArgs`.
    :param foreign_environment: variables another engine reads that this one ignores (name -> what to
        use instead): refused in `environment`, so a file moved between engines cannot silently lose
        a setting.
    :param hub_token_variable: the variable the engine (and its download command) reads the Hugging
        Face token from.
    :param offline_environment: variables that switch Hub downloads off (the server then loads only
        from the model cache).
    :param model_cache_read_only: the server only reads the model cache once it is filled, so the
        persistent cache is mounted read-only into it.
    :param owned_environment: variables the engine or the GPU runtime reads that would undo what the
        construct decides (name -> why, and what to use instead): refused in `environment`/`secrets`.
    :param check_environment: `(values) -> [(path under container, message), ...]`, every literal
        `environment` value the engine would refuse to parse (None: not checked).
    :param check_arguments: `(values) -> [(path under serving, message), ...]`, every problem of
        `serving.extraArgs` read the way the engine's own parser reads it (None: no extra arguments).
    """

    name: str
    title: str
    short_name: str
    image_repository: str
    image_tag: str
    metrics: MetricsCatalog
    model_cache_path: str
    runs_as_root: bool
    read_only_root_filesystem: bool
    writable_environment: Mapping[str, str]
    reserved_environment: tuple[str, ...]
    environment: ValuesAndPort
    download_cli: str
    health_path: str = "/health"
    metrics_path: str = "/metrics"
    picker_metrics: bool = False
    lora: LoraSupport | None = None
    default_resources: ResourceRequirements = DEFAULT_RESOURCES
    image_user: tuple[int, int] | None = None
    waivers: Mapping[str, str] = field(default_factory=dict)
    facts: tuple[EngineFact, ...] = ()
    args: ArgumentsOf | None = None
    settings: Mapping[str, EngineSetting] = field(default_factory=dict)
    reserved_arguments: Mapping[str, str] = field(default_factory=dict)
    foreign_environment: Mapping[str, str] = field(default_factory=dict)
    hub_token_variable: str = "HF_TOKEN"
    offline_environment: Mapping[str, str] = field(default_factory=lambda: {"HF_HUB_OFFLINE": "1"})
    model_cache_read_only: bool = False
    owned_environment: Mapping[str, str] = field(default_factory=lambda: dict(GPU_SELECTION_ENVIRONMENT))
    check_environment: ProblemsOf | None = None
    check_arguments: ProblemsOf | None = None

    def download_command(self, values: MlInferenceLoadValues) -> list[str]:
        """The command filling the model cache with exactly `model.id` at `model.revision`: the whole
        repository into the hub cache layout, once (common.hub_download)."""
        return hub_download(values, self.download_cli, self.model_cache_path)

    @property
    def container_name(self) -> str:
        """Name of the server container in the pod: the engine's name."""
        return self.name

    def setting_variables(self, values: MlInferenceLoadValues) -> dict[str, str]:
        """The variables the typed `serving` settings that are set become (variable -> setting name)."""
        raise NotImplementedError

    def reserved_for(self, values: MlInferenceLoadValues) -> tuple[str, ...]:
        """Every variable the construct sets for this engine with these values: the engine's own, its
        cache locations, the offline switch with a persistent model cache, and the variables of the
        typed settings that are set (when the engine takes its settings from the environment)."""
        reserved = [*self.reserved_environment, *self.writable_environment]
        if values.model_cache is not None:
            reserved += [name for name in self.offline_environment if name not in reserved]
        return (*reserved, *self.setting_variables(values))


@dataclass(frozen=True)
class EnvironmentEngine(EngineBase):
    """An engine configured by environment variables: each typed setting that is set is a variable,
    reserved in `environment` and `secrets` while it is set."""

    def setting_variables(self, values: MlInferenceLoadValues) -> dict[str, str]:
        return {self.settings[name].target: name for name in values.serving.settings_set() if name in self.settings}


@dataclass(frozen=True)
class ArgumentEngine(EngineBase):
    """An engine configured by command-line arguments: its typed settings are flags (reserved in
    `serving.extraArgs` through `reserved_arguments`), never variables."""

    def setting_variables(self, values: MlInferenceLoadValues) -> dict[str, str]:
        return {}
