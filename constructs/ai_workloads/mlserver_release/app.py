"""MlServerApp: one Seldon MLServer model server of a release.

Renders, for app `<app>` of release `<release>` (object name `<release>-ai-workloads-<app>`):

| object | name | when |
|---|---|---|
| ConfigMap | `<app>-settings` | `settings` or `modelSettings` given: `settings.json` (+ `model-settings.json`) |
| Deployment | `<release>-ai-workloads-<app>` | always; no `replicas` when the HPA owns them |
| Service | `<release>-ai-workloads-<app>` | always; ClusterIP on `service.port` (default 8000) |
| HorizontalPodAutoscaler | `<release>-ai-workloads-<app>` | `hpa.enabled` (autoscaling/v2, CPU utilization) |
| PodDisruptionBudget | `<release>-ai-workloads-<app>` | at least 2 replicas (HPA minReplicas or replicas) |
| NetworkPolicy | `<release>-ai-workloads-<app>` | `networkPolicy.enabled` (default on) |

How MLServer reads the settings: `mlserver start DIR` reads `DIR/settings.json` and always uses DIR
as its model repository (it overrides `model_repository_root` with DIR). The ConfigMap is mounted at
`/etc/settings`, the models live in `/models`, so an init container links
`/models/settings.json -> /etc/settings/settings.json` (and the optional model settings into
`/models/<model>/model-settings.json`), and the server runs `mlserver start /models`. The init
container uses the same image, so it needs nothing else. Values MLServer would otherwise take from
settings.json but that the wiring owns (ports, directories) come from `MLSERVER_*` environment
variables and are rejected in `settings`.
"""

from __future__ import annotations

import json
from typing import Optional

from cdk8s_plus_27 import k8s
from constructs import Construct

from ai_workloads._parts import k8s_values
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.network_policy import PodPeer
from ai_workloads._parts.pod import compute_resources, empty_dir, env_vars
from ai_workloads._parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads._parts.policy import checkov_skip_annotations
from ai_workloads._parts.probes import kubernetes_probe
from ai_workloads._parts.serving_workload import CpuAutoscaling, Rollout, ServingWorkload
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._values.common import ProbeSettings, ResourceRequirements, SingleSuccessProbeSettings
from ai_workloads.mlserver_release.policy import WAIVERS
from ai_workloads.mlserver_release.values import MlServerAppValues, MlServerReleaseValues

COMPONENT = "model-server"
CONTAINER_NAME = "mlserver"
SETTINGS_MOUNT_PATH = "/etc/settings"
MODELS_PATH = "/models"
SCRATCH_PATH = "/tmp"
SCRATCH_SIZE = "1Gi"
GRPC_PORT = 8081
METRICS_PORT = 8082
LIVE_PATH = "/v2/health/live"
READY_PATH = "/v2/health/ready"
# MLServer releases are exposed through the platform's shared Istio ingress gateway.
DEFAULT_GATEWAY = PodPeer("istio-system", {"istio": "ingressgateway"})

# MLServer loads every model before it reports ready; the startup probe allows 5 minutes for that.
STARTUP_PROBE = SingleSuccessProbeSettings(path=LIVE_PATH, period_seconds=5, failure_threshold=60)
LIVENESS_PROBE = SingleSuccessProbeSettings(path=LIVE_PATH, period_seconds=10, timeout_seconds=5, failure_threshold=3)
READINESS_PROBE = ProbeSettings(path=READY_PATH, period_seconds=5, timeout_seconds=5, failure_threshold=3)


def settings_link_script(model_name: Optional[str]) -> str:
    """The init container's script: link the mounted settings into the model repository."""
    lines = ["set -eu", f"ln -sfn {SETTINGS_MOUNT_PATH}/settings.json {MODELS_PATH}/settings.json"]
    if model_name:
        lines += [
            f"mkdir -p {MODELS_PATH}/{model_name}",
            f"ln -sfn {SETTINGS_MOUNT_PATH}/model-settings.json {MODELS_PATH}/{model_name}/model-settings.json",
        ]
    return "\n".join(lines)


class MlServerApp(Construct):
    """One MLServer app. Read-only attributes: `deployment_name`, `service_name`, `service_port`,
    `config_map_name` (None without settings)."""

    def __init__(self, scope: Construct, id: str, *, release: MlServerReleaseValues, app: MlServerAppValues) -> None:
        super().__init__(scope, id)
        self.app = app
        meta = WorkloadMetadata.of(
            release.object_name(app.name), namespace=release.namespace, component=COMPONENT,
            version=app.image.tag, catalog_id=release.release_name,
        )
        self.service_port = app.service.port
        has_settings = app.settings is not None or app.model_settings is not None
        self.config_map_name: Optional[str] = f"{app.name}-settings" if has_settings else None
        if self.config_map_name:
            self._settings(meta)
        server = ServingWorkload(
            self,
            "Server",
            meta=meta,
            pod=self._pod_spec(release.resources_for(app)),
            replicas=app.replicas,
            rollout=Rollout.SURGE_ONE,
            service_type="ClusterIP",
            service_ports=[
                k8s.ServicePort(name="http", port=app.service.port, target_port=k8s_values.port_name("http"), protocol="TCP"),
                k8s.ServicePort(name="grpc", port=GRPC_PORT, target_port=k8s_values.port_name("grpc"), protocol="TCP"),
            ],
            deployment_annotations=checkov_skip_annotations(WAIVERS, self._policy_waivers()),
            autoscaling=CpuAutoscaling(hpa.min_replicas, hpa.max_replicas, hpa.target_cpu_utilization_percentage)
            if (hpa := app.hpa).enabled else None,
        )
        self.deployment_name, self.service_name = server.deployment_name, server.service_name
        server.add_guards(
            network_policy=release.network_policy,
            serving_ports=[app.service.port, GRPC_PORT],
            default_gateway=DEFAULT_GATEWAY,
            metrics_ports=[METRICS_PORT],
        )

    def _settings(self, meta: WorkloadMetadata) -> None:
        app = self.app
        data = {"settings.json": _json(app.settings or {})}
        if app.model_settings is not None:
            data["model-settings.json"] = _json(app.model_settings)
        k8s.KubeConfigMap(
            self, "Settings", metadata=meta.core(self.config_map_name, sync_wave(SyncWave.CONFIGURATION)), data=data
        )

    def _policy_waivers(self) -> list[str]:
        """Checks that fail for this pod on purpose (reasons in policy.py)."""
        return ["CKV_K8S_15"] + (["CKV_K8S_43"] if self.app.image.digest is None else [])

    def _pod_spec(self, resources: ResourceRequirements) -> k8s.PodSpec:
        app = self.app
        volumes = [_models_volume(app), empty_dir("scratch", SCRATCH_SIZE)]
        mounts = [
            k8s.VolumeMount(name="models", mount_path=MODELS_PATH),
            k8s.VolumeMount(name="scratch", mount_path=SCRATCH_PATH),
        ]
        init_containers = None
        if self.config_map_name:
            volumes.append(k8s.Volume(name="settings", config_map=k8s.ConfigMapVolumeSource(name=self.config_map_name)))
            settings_mount = k8s.VolumeMount(name="settings", mount_path=SETTINGS_MOUNT_PATH, read_only=True)
            mounts.append(settings_mount)
            init_containers = [self._link_settings_container(resources, settings_mount)]
        return k8s.PodSpec(
            automount_service_account_token=False,
            security_context=restricted_pod_security_context(),
            init_containers=init_containers,
            containers=[self._server_container(resources, mounts)],
            volumes=volumes,
        )

    def _link_settings_container(self, resources: ResourceRequirements, settings_mount: k8s.VolumeMount) -> k8s.Container:
        model_name = (self.app.model_settings or {}).get("name")
        return k8s.Container(
            name="link-settings",
            image=self.app.image.reference,
            image_pull_policy="IfNotPresent",
            command=["/bin/sh", "-c", settings_link_script(model_name)],
            volume_mounts=[k8s.VolumeMount(name="models", mount_path=MODELS_PATH), settings_mount],
            resources=compute_resources(resources),
            security_context=restricted_container_security_context(read_only_root_filesystem=True),
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
            readiness_probe=kubernetes_probe(READINESS_PROBE, default_port="http", default_path=READY_PATH),
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
        }
        env.update({item.name: item.value for item in app.env})
        return env


def _models_volume(app: MlServerAppValues) -> k8s.Volume:
    claim = app.models_volume.persistent_volume_claim
    if claim is not None:
        return k8s.Volume(
            name="models", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim.claim_name)
        )
    return empty_dir("models", app.models_volume.empty_dir_size_limit)


def _json(document: dict) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"
