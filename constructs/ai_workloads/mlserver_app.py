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

from ai_workloads import k8s_values
from ai_workloads.argocd_annotations import SyncWave, sync_wave
from ai_workloads.labels import selector_labels, standard_labels
from ai_workloads.metadata import object_meta
from ai_workloads.parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads.parts.pod_disruption_budget import WorkloadDisruptionBudget
from ai_workloads.parts.probes import kubernetes_probe
from ai_workloads.parts.workload_network_policy import WorkloadNetworkPolicy
from ai_workloads.policy_exceptions import MLSERVER, checkov_skip_annotations
from ai_workloads.values.common import ProbeSettings, ResourceRequirements, SingleSuccessProbeSettings
from ai_workloads.values.mlserver_release import MlServerApp as MlServerAppValues
from ai_workloads.values.mlserver_release import MlServerReleaseSchema

COMPONENT = "model-server"
CONTAINER_NAME = "mlserver"
SETTINGS_MOUNT_PATH = "/etc/settings"
MODELS_PATH = "/models"
SCRATCH_PATH = "/tmp"
GRPC_PORT = 8081
METRICS_PORT = 8082
LIVE_PATH = "/v2/health/live"
READY_PATH = "/v2/health/ready"

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
    `config_map_name` (None without settings), `path_prefix` (set by the release when Istio routes it)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        release: MlServerReleaseSchema,
        app: MlServerAppValues,
    ) -> None:
        super().__init__(scope, id)
        self.app = app
        name = release.object_name(app.name)
        namespace = release.namespace
        labels = standard_labels(name, component=COMPONENT, version=app.image.tag, catalog_id=release.release_name)
        pod_selector = selector_labels(name)
        self.deployment_name = name
        self.service_name = name
        self.service_port = app.service.port
        has_settings = app.settings is not None or app.model_settings is not None
        self.config_map_name: Optional[str] = f"{app.name}-settings" if has_settings else None
        resources = release.resources_for(app)

        if self.config_map_name:
            data = {"settings.json": _json(app.settings or {})}
            if app.model_settings is not None:
                data["model-settings.json"] = _json(app.model_settings)
            k8s.KubeConfigMap(
                self,
                "Settings",
                metadata=object_meta(self.config_map_name, namespace, labels, sync_wave(SyncWave.CONFIGURATION)),
                data=data,
            )

        k8s.KubeDeployment(
            self,
            "Deployment",
            metadata=object_meta(
                name,
                namespace,
                labels,
                {**sync_wave(SyncWave.WORKLOAD), **checkov_skip_annotations(MLSERVER, self._policy_waivers())},
            ),
            spec=k8s.DeploymentSpec(
                # With an HPA the Deployment must not set replicas, or every sync resets the scale.
                replicas=None if app.hpa.enabled else app.replicas,
                revision_history_limit=3,
                strategy=k8s.DeploymentStrategy(
                    type="RollingUpdate",
                    rolling_update=k8s.RollingUpdateDeployment(
                        max_surge=k8s_values.port_number(1), max_unavailable=k8s_values.port_number(0)
                    ),
                ),
                selector=k8s.LabelSelector(match_labels=pod_selector),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=self._pod_spec(resources),
                ),
            ),
        )

        k8s.KubeService(
            self,
            "Service",
            metadata=object_meta(name, namespace, labels, sync_wave(SyncWave.WORKLOAD)),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=pod_selector,
                ports=[
                    k8s.ServicePort(name="http", port=app.service.port, target_port=k8s_values.port_name("http"), protocol="TCP"),
                    k8s.ServicePort(name="grpc", port=GRPC_PORT, target_port=k8s_values.port_name("grpc"), protocol="TCP"),
                ],
            ),
        )

        if app.hpa.enabled:
            k8s.KubeHorizontalPodAutoscalerV2(
                self,
                "Autoscaler",
                metadata=object_meta(name, namespace, labels, sync_wave(SyncWave.WORKLOAD)),
                spec=k8s.HorizontalPodAutoscalerSpecV2(
                    scale_target_ref=k8s.CrossVersionObjectReferenceV2(api_version="apps/v1", kind="Deployment", name=name),
                    min_replicas=app.hpa.min_replicas,
                    max_replicas=app.hpa.max_replicas,
                    metrics=[
                        k8s.MetricSpecV2(
                            type="Resource",
                            resource=k8s.ResourceMetricSourceV2(
                                name="cpu",
                                target=k8s.MetricTargetV2(
                                    type="Utilization",
                                    average_utilization=app.hpa.target_cpu_utilization_percentage,
                                ),
                            ),
                        )
                    ],
                ),
            )

        minimum_replicas = app.hpa.min_replicas if app.hpa.enabled else app.replicas
        if minimum_replicas >= 2:
            WorkloadDisruptionBudget(
                self,
                "DisruptionBudget",
                name=name,
                namespace=namespace,
                pod_labels=pod_selector,
                labels=labels,
                annotations=sync_wave(SyncWave.WORKLOAD),
            )

        policy = release.network_policy
        if policy.enabled:
            WorkloadNetworkPolicy(
                self,
                "NetworkPolicy",
                name=name,
                namespace=namespace,
                pod_labels=pod_selector,
                serving_ports=[app.service.port, GRPC_PORT],
                metrics_port=METRICS_PORT,
                gateway_namespace=policy.gateway_namespace or "istio-system",
                gateway_pod_labels=policy.gateway_pod_labels or {"istio": "ingressgateway"},
                monitoring_namespace=policy.monitoring_namespace,
                monitoring_pod_labels=policy.monitoring_pod_labels,
                labels=labels,
                annotations=sync_wave(SyncWave.WORKLOAD),
            )

    def _policy_waivers(self) -> list[str]:
        """Checks that fail for this pod on purpose (reasons in policy_exceptions.py)."""
        return ["CKV_K8S_15"] + (["CKV_K8S_43"] if self.app.image.digest is None else [])

    def _pod_spec(self, resources: ResourceRequirements) -> k8s.PodSpec:
        app = self.app
        volumes = [
            _models_volume(app),
            k8s.Volume(name="scratch", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s_values.quantity("1Gi"))),
        ]
        mounts = [
            k8s.VolumeMount(name="models", mount_path=MODELS_PATH),
            k8s.VolumeMount(name="scratch", mount_path=SCRATCH_PATH),
        ]
        init_containers = None
        if self.config_map_name:
            volumes.append(k8s.Volume(name="settings", config_map=k8s.ConfigMapVolumeSource(name=self.config_map_name)))
            settings_mount = k8s.VolumeMount(name="settings", mount_path=SETTINGS_MOUNT_PATH, read_only=True)
            mounts.append(settings_mount)
            model_name = (app.model_settings or {}).get("name")
            init_containers = [
                k8s.Container(
                    name="link-settings",
                    image=app.image.reference,
                    image_pull_policy="IfNotPresent",
                    command=["/bin/sh", "-c", settings_link_script(model_name)],
                    volume_mounts=[k8s.VolumeMount(name="models", mount_path=MODELS_PATH), settings_mount],
                    resources=_resources(resources),
                    security_context=restricted_container_security_context(read_only_root_filesystem=True),
                )
            ]
        return k8s.PodSpec(
            automount_service_account_token=False,
            security_context=restricted_pod_security_context(),
            init_containers=init_containers,
            containers=[
                k8s.Container(
                    name=CONTAINER_NAME,
                    image=app.image.reference,
                    image_pull_policy="IfNotPresent",
                    command=["mlserver", "start", MODELS_PATH],
                    ports=[
                        k8s.ContainerPort(name="http", container_port=app.service.port, protocol="TCP"),
                        k8s.ContainerPort(name="grpc", container_port=GRPC_PORT, protocol="TCP"),
                        k8s.ContainerPort(name="metrics", container_port=METRICS_PORT, protocol="TCP"),
                    ],
                    env=self._environment(),
                    resources=_resources(resources),
                    volume_mounts=mounts,
                    startup_probe=kubernetes_probe(STARTUP_PROBE, default_port="http", default_path=LIVE_PATH),
                    liveness_probe=kubernetes_probe(LIVENESS_PROBE, default_port="http", default_path=LIVE_PATH),
                    readiness_probe=kubernetes_probe(READINESS_PROBE, default_port="http", default_path=READY_PATH),
                    security_context=restricted_container_security_context(read_only_root_filesystem=True),
                )
            ],
            volumes=volumes,
        )

    def _environment(self) -> list[k8s.EnvVar]:
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
        return [k8s.EnvVar(name=key, value=value) for key, value in env.items()]


def _models_volume(app: MlServerAppValues) -> k8s.Volume:
    claim = app.models_volume.persistent_volume_claim
    if claim is not None:
        return k8s.Volume(
            name="models", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim.claim_name)
        )
    return k8s.Volume(
        name="models",
        empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s_values.quantity(app.models_volume.empty_dir_size_limit)),
    )


def _resources(resources: ResourceRequirements) -> k8s.ResourceRequirements:
    return k8s.ResourceRequirements(
        requests={key: k8s_values.quantity(value) for key, value in resources.requests.model_dump().items()},
        limits={key: k8s_values.quantity(value) for key, value in resources.limits.model_dump().items()},
    )


def _json(document: dict) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"
