"""MlServerApp: one Seldon MLServer model server of a release, serving one model.

Renders, for app `<app>` of release `<release>` (object name `<release>-ai-workloads-<app>`):

| object | name | when |
|---|---|---|
| ConfigMap | `<release>-ai-workloads-<app>-settings` | always: `settings.json` and `model-settings.json` (prefixed with the release, so apps of two releases never share a name) |
| Deployment | `<release>-ai-workloads-<app>` | always; no `replicas` when the HPA owns them |
| Service | `<release>-ai-workloads-<app>` | always; ClusterIP on `service.port` (default 8000) and gRPC 8081 |
| HorizontalPodAutoscaler | `<release>-ai-workloads-<app>` | `hpa.enabled` (autoscaling/v2, CPU utilization) |
| PodMonitor | `<release>-ai-workloads-<app>` | `monitoring.podMonitor` (default on) |
| PrometheusRule | `<release>-ai-workloads-<app>` | `monitoring.alerts.enabled` |
| ScaledObject | `<release>-ai-workloads-<app>` | `keda` (instead of `hpa`: requests per second per replica) |
| PodDisruptionBudget | `<release>-ai-workloads-<app>` | at least 2 replicas (HPA minReplicas or replicas) |
| NetworkPolicy | `<release>-ai-workloads-<app>` | `networkPolicy.enabled` (default on) |

How the server gets its settings and its model (facts in image_facts.py): `mlserver start /models`
reads `/models/settings.json` and loads every `model-settings.json` below `/models`. The ConfigMap's
two keys are mounted as files (`subPath`) at `/models/settings.json` and
`/models/<model>/model-settings.json`, and a pod annotation carries their hash so a change rolls the
pods. With `modelSource.storageUri`, an init container runs KServe's storage initializer with the
arguments `<uri> /models/<model>` (a list, never a shell) before the server starts; with
`filledExternally` the models volume (a PersistentVolumeClaim) already holds the model. Readiness asks
for the model itself (`/v2/models/<model>/ready`): MLServer's own `/v2/health/ready` is true with zero
models loaded. Values the wiring owns (ports, directories) come from `MLSERVER_*` environment
variables and are rejected in `settings`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.autoscaling import QueueAutoscaler
from ai_workloads._parts.dashboard import WorkloadDashboard
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.metrics import (
    pod_monitor_endpoint,
    prometheus_annotations,
    scraped_ports,
)
from ai_workloads._parts.monitoring import WorkloadMonitoring
from ai_workloads._parts.network_policy import PodPeer
from ai_workloads._parts.pod import compute_resources, empty_dir, env_vars
from ai_workloads._parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads._parts.policy import checkov_skip_annotations
from ai_workloads._parts.probes import kubernetes_probe
from ai_workloads._parts.progress_deadline import ProgressDeadline
from ai_workloads._parts.serving_workload import CpuAutoscaling, Rollout, ServingWorkload
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._values.common import ProbeSettings, ResourceRequirements, SingleSuccessProbeSettings
from ai_workloads.mlserver_release.alerts import app_alerts, app_panels, request_rate_scaling
from ai_workloads.mlserver_release.policy import WAIVERS
from ai_workloads.mlserver_release.values import MlServerAppValues, MlServerReleaseValues
from constructs import Construct

COMPONENT = "model-server"
CONTAINER_NAME = "mlserver"
DOWNLOADER_ENTRYPOINT = "/storage-initializer/scripts/initializer-entrypoint"
SETTINGS_HASH_ANNOTATION = "ai-workloads/settings-sha256"
MODELS_PATH = "/models"
SCRATCH_PATH = "/tmp"
SCRATCH_SIZE = "1Gi"
GRPC_PORT = 8081
METRICS_PORT = 8082
LIVE_PATH = "/v2/health/live"
# MLServer releases are exposed through the platform's shared Istio ingress gateway (the default of
# networkPolicy.gatewayNamespace / gatewayPodLabels for MLSERVER_RELEASE).
DEFAULT_GATEWAY = PodPeer("istio-system", {"istio": "ingressgateway"})
# Istio's proxy UID: its iptables rules return traffic of this UID unredirected (platform_facts.py).
ISTIO_PROXY_UID = 1337
# Seconds allowed, on top of the probes, from a pod's creation to its server starting: scheduling and
# the image pulls, and the fetch-model init container's download (it runs before any probe).
IMAGE_PULL_SECONDS = 600
MODEL_FETCH_SECONDS = 1800

# MLServer loads every model before it reports ready; the startup probe allows 5 minutes for that.
STARTUP_PROBE = SingleSuccessProbeSettings(path=LIVE_PATH, period_seconds=5, failure_threshold=60)
LIVENESS_PROBE = SingleSuccessProbeSettings(path=LIVE_PATH, period_seconds=10, timeout_seconds=5, failure_threshold=3)
READINESS_PROBE = ProbeSettings(period_seconds=5, timeout_seconds=5, failure_threshold=3)


def model_ready_path(model_name: str) -> str:
    """MLServer's readiness of one model (V2 inference protocol)."""
    return f"/v2/models/{model_name}/ready"


class MlServerApp(Construct):
    """One MLServer app. Read-only attributes: `deployment_name`, `service_name`, `service_port`,
    `config_map_name`, `model_name`."""

    def __init__(self, scope: Construct, id: str, *, release: MlServerReleaseValues, app: MlServerAppValues) -> None:
        super().__init__(scope, id)
        self.app = app
        meta = WorkloadMetadata.of(
            release.object_name(app.name),
            namespace=release.namespace,
            component=COMPONENT,
            version=app.image.tag,
            catalog_id=release.release_name,
        )
        self.service_port = app.service.port
        self.model_name = app.model_name
        self.config_map_name = f"{release.object_name(app.name)}-settings"
        settings = self._settings(meta)
        server = self._server(meta, release, settings)
        self.deployment_name, self.service_name = server.deployment_name, server.service_name
        server.add_guards(
            network_policy=release.network_policy,
            serving_ports=[app.service.port, GRPC_PORT],
            default_gateway=DEFAULT_GATEWAY,
            metrics_ports=scraped_ports(METRICS_PORT),
        )
        self._monitoring(meta, release)
        if app.keda:
            QueueAutoscaler(
                self,
                "Autoscaler",
                meta=meta,
                scaling=request_rate_scaling(
                    release, app, deployment=self.deployment_name, startup_budget=STARTUP_PROBE.budget_seconds
                ),
            )

    def _server(
        self, meta: WorkloadMetadata, release: MlServerReleaseValues, settings: dict[str, str]
    ) -> ServingWorkload:
        """The app's Deployment and Service (HTTP and gRPC), with its HPA when `hpa.enabled`."""
        app = self.app
        hpa = app.hpa
        return ServingWorkload(
            self,
            "Server",
            meta=meta,
            pod=self._pod_spec(release.resources_for(app)),
            replicas=app.replicas,
            rollout=Rollout.SURGE_ONE,
            progress_deadline=progress_deadline(app),
            service_type="ClusterIP",
            service_ports=[
                k8s.ServicePort(
                    name="http", port=app.service.port, target_port=k8s_values.port_name("http"), protocol="TCP"
                ),
                k8s.ServicePort(name="grpc", port=GRPC_PORT, target_port=k8s_values.port_name("grpc"), protocol="TCP"),
            ],
            pod_annotations=self._pod_annotations(release, settings),
            deployment_annotations=checkov_skip_annotations(WAIVERS, self._policy_waivers()),
            autoscaling=CpuAutoscaling(hpa.min_replicas, hpa.max_replicas, hpa.target_cpu_utilization_percentage)
            if hpa.enabled
            else None,
            autoscaled_up_to=app.keda.max_replicas if app.keda else None,
        )

    def _monitoring(self, meta: WorkloadMetadata, release: MlServerReleaseValues) -> None:
        """PodMonitor on MLServer's metrics port and the app's PrometheusRule (mlserver_release/alerts.py)."""
        monitoring = release.monitoring
        WorkloadMonitoring.of_pack(
            self,
            "Monitoring",
            meta=meta,
            pack=monitoring,
            scrape=pod_monitor_endpoint(release.metrics.annotations, port_name="metrics", path="/metrics")
            if release.pod_monitor_enabled
            else None,
            alerts=lambda: app_alerts(release, self.app, deployment=self.deployment_name, container=CONTAINER_NAME),
        )
        if monitoring.dashboard.enabled:  # Grafana dashboard (mlserver_release/alerts.py app_panels)
            WorkloadDashboard(
                self,
                "Dashboard",
                meta=meta,
                settings=monitoring.dashboard,
                title=f"{release.namespace}/{self.deployment_name} (MLServer, {self.app.model_name})",
                tags=["ai-workloads", "mlserver"],
                panels=app_panels(release, self.app, deployment=self.deployment_name, container=CONTAINER_NAME),
            )

    def _settings(self, meta: WorkloadMetadata) -> dict[str, str]:
        app = self.app
        data = {"settings.json": _json(app.settings or {}), "model-settings.json": _json(app.model_settings)}
        k8s.KubeConfigMap(
            self, "Settings", metadata=meta.core(self.config_map_name, sync_wave(SyncWave.CONFIGURATION)), data=data
        )
        return data

    def _pod_annotations(self, release: MlServerReleaseValues, settings: dict[str, str]) -> dict[str, str]:
        """MLServer's own metrics endpoint (see _parts/metrics.py for what Istio makes of it), and the hash
        of the settings: files mounted with subPath never change in a running pod, so a change rolls it."""
        digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()
        return {
            **prometheus_annotations(release.metrics.annotations, port=METRICS_PORT, path="/metrics"),
            SETTINGS_HASH_ANNOTATION: digest,
        }

    def _policy_waivers(self) -> list[str]:
        """Checks that fail for this pod on purpose (reasons in policy.py)."""
        app = self.app
        return (
            ["CKV_K8S_15"]
            + (["CKV_K8S_43"] if app.image.digest is None or app.model_source.downloader_image.digest is None else [])
            + (["CKV_K8S_35"] if app.model_source.credentials_secret else [])
        )

    def _pod_spec(self, resources: ResourceRequirements) -> k8s.PodSpec:
        app = self.app
        models = k8s.VolumeMount(name="models", mount_path=MODELS_PATH)
        scratch = k8s.VolumeMount(name="scratch", mount_path=SCRATCH_PATH)
        settings_files = [
            k8s.VolumeMount(
                name="settings", mount_path=f"{MODELS_PATH}/settings.json", sub_path="settings.json", read_only=True
            ),
            k8s.VolumeMount(
                name="settings",
                mount_path=f"{MODELS_PATH}/{self.model_name}/model-settings.json",
                sub_path="model-settings.json",
                read_only=True,
            ),
        ]
        storage_uri = app.model_source.storage_uri
        return k8s.PodSpec(
            automount_service_account_token=False,
            enable_service_links=False,
            security_context=restricted_pod_security_context(),
            init_containers=[self._fetch_model_container(storage_uri, resources, [models, scratch])]
            if storage_uri is not None
            else None,
            containers=[self._server_container(resources, [models, scratch, *settings_files])],
            volumes=[
                _models_volume(app),
                empty_dir("scratch", SCRATCH_SIZE),
                k8s.Volume(name="settings", config_map=k8s.ConfigMapVolumeSource(name=self.config_map_name)),
            ],
        )

    def _fetch_model_container(
        self, storage_uri: str, resources: ResourceRequirements, mounts: list[k8s.VolumeMount]
    ) -> k8s.Container:
        """KServe's storage initializer: downloads the storage URI into /models/<model> (arguments as a
        list: no value reaches a shell)."""
        source = self.app.model_source
        return k8s.Container(
            name="fetch-model",
            image=source.downloader_image.reference,
            image_pull_policy="IfNotPresent",
            args=[storage_uri, f"{MODELS_PATH}/{self.model_name}"],
            # As Istio's proxy UID: its outbound traffic bypasses the sidecar's redirection, so the download
            # works with and without injection and with classic or native sidecars (see image_facts.py).
            # HOME for the cloud SDKs' config and caches: the root filesystem is read-only.
            env=env_vars({"HOME": f"{SCRATCH_PATH}/home"}),
            env_from=[k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=source.credentials_secret))]
            if source.credentials_secret
            else None,
            volume_mounts=mounts,
            resources=compute_resources(resources),
            security_context=_as_istio_proxy_uid(restricted_container_security_context(read_only_root_filesystem=True)),
        )

    def _server_container(self, resources: ResourceRequirements, mounts: list[k8s.VolumeMount]) -> k8s.Container:
        app = self.app
        return k8s.Container(
            name=CONTAINER_NAME,
            image=app.image.reference,
            image_pull_policy="IfNotPresent",
            command=["mlserver", "start", MODELS_PATH],
            ports=[
                k8s.ContainerPort(name="http", container_port=app.service.port, protocol="TCP"),
                k8s.ContainerPort(name="grpc", container_port=GRPC_PORT, protocol="TCP"),
                k8s.ContainerPort(name="metrics", container_port=METRICS_PORT, protocol="TCP"),
            ],
            env=env_vars(self._environment()),
            resources=compute_resources(resources),
            volume_mounts=mounts,
            startup_probe=kubernetes_probe(STARTUP_PROBE, default_port="http", default_path=LIVE_PATH),
            liveness_probe=kubernetes_probe(LIVENESS_PROBE, default_port="http", default_path=LIVE_PATH),
            readiness_probe=kubernetes_probe(
                READINESS_PROBE, default_port="http", default_path=model_ready_path(self.model_name)
            ),
            security_context=restricted_container_security_context(read_only_root_filesystem=True),
        )

    def _environment(self) -> dict[str, str]:
        app = self.app
        env = {
            "MLSERVER_HTTP_PORT": str(app.service.port),
            "MLSERVER_GRPC_PORT": str(GRPC_PORT),
            "MLSERVER_METRICS_PORT": str(METRICS_PORT),
            "MLSERVER_MODELS_DIR": MODELS_PATH,
            # MLServer writes these below its working directory by default; the root filesystem is read-only.
            "MLSERVER_METRICS_DIR": f"{SCRATCH_PATH}/.metrics",
            "MLSERVER_ENVIRONMENTS_DIR": f"{SCRATCH_PATH}/.envs",
            # The image points these at /opt/mlserver/.cache, on the read-only root filesystem; a UID
            # without a passwd entry would get HOME=/.
            "HOME": f"{SCRATCH_PATH}/home",
            "HF_HOME": f"{SCRATCH_PATH}/.cache/huggingface",
            "TRANSFORMERS_CACHE": f"{SCRATCH_PATH}/.cache",
            "NUMBA_CACHE_DIR": f"{SCRATCH_PATH}/.cache",
        }
        env.update({item.name: item.value for item in app.env})
        return env


def progress_deadline(app: MlServerAppValues) -> ProgressDeadline:
    """progressDeadlineSeconds of an app's Deployment (_parts/progress_deadline.py): the startup probe's
    budget, the first readiness, scheduling and image pulls, and the model download when the init
    container downloads one (it is not a sync gate of its own)."""
    allowances = {"scheduling and image pulls": IMAGE_PULL_SECONDS}
    if app.model_source.storage_uri is not None:
        allowances["model download"] = MODEL_FETCH_SECONDS
    return ProgressDeadline.of(startup=STARTUP_PROBE, readiness=READINESS_PROBE, allowances=allowances)


def _as_istio_proxy_uid(context: k8s.SecurityContext) -> k8s.SecurityContext:
    return k8s.SecurityContext(
        allow_privilege_escalation=context.allow_privilege_escalation,
        privileged=context.privileged,
        run_as_non_root=context.run_as_non_root,
        run_as_user=ISTIO_PROXY_UID,
        read_only_root_filesystem=context.read_only_root_filesystem,
        capabilities=context.capabilities,
        seccomp_profile=context.seccomp_profile,
    )


def _models_volume(app: MlServerAppValues) -> k8s.Volume:
    claim = app.models_volume.persistent_volume_claim
    if claim is not None:
        return k8s.Volume(
            name="models", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim.claim_name)
        )
    return empty_dir("models", app.models_volume.empty_dir_size_limit)


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"
