"""MlInferenceLoad: a Hugging Face Text Generation Inference (TGI) server for one model on NVIDIA GPUs.

Renders exactly these objects, all in the workload's namespace, named from `serviceName`:

| object | name | notes |
|---|---|---|
| ServiceAccount | `<serviceName>-external-secrets` | the pod's identity; no token is mounted |
| ExternalSecret | `<serviceName>-ghcr-docker-config` | image pull secret from Vault, always |
| ExternalSecret | `<serviceName>-secrets` | only when `container.secrets` is non-empty |
| Deployment | `<serviceName>` | TGI on `gpuCount` GPUs |
| Service | `<serviceName>` | NodePort, one port per `containerPorts[]` entry |
| Certificate | `<serviceName>-tls` | cert-manager, ClusterIssuer from values |
| Gateway | `<serviceName>-gateway` | class `istio`, HTTPS listeners for the hosts |
| HTTPRoute | `<serviceName>` | every path of the hosts to the Service |
| NetworkPolicy | `<serviceName>` | only with `networkPolicy.enabled` (off by default) |
| PodDisruptionBudget | `<serviceName>` | only with `replicas` of 2 or more |

Defaults chosen on purpose for a GPU LLM server (cdk8s-plus defaults do not fit one):
- rollout strategy `Recreate`: a rolling update would need a second set of GPUs on the node pool and
  deadlocks where there is none; the old pod frees its GPUs before the new one is scheduled.
- startup probe on `/health` with a 60-minute budget (a first start downloads the weights);
  readiness/liveness on `/health` from values.
- `imagePullPolicy: IfNotPresent` (tags are pinned; TGI images are large).
- pod runs as UID/GID 10001 with fsGroup 10001 so the emptyDirs `/data`, `/tmp` and `/dev/shm` are
  writable; no privilege escalation, every capability dropped, RuntimeDefault seccomp.
"""

from __future__ import annotations

from typing import Optional

from cdk8s_plus_27 import k8s
from constructs import Construct

from ai_workloads import k8s_values
from ai_workloads.argocd_annotations import SyncWave, sync_wave
from ai_workloads.labels import selector_labels, standard_labels
from ai_workloads.metadata import object_meta
from ai_workloads.parts import HttpsGateway, VaultExternalSecret, VaultSecretEntry
from ai_workloads.parts.pod_disruption_budget import WorkloadDisruptionBudget
from ai_workloads.parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads.parts.probes import kubernetes_probe
from ai_workloads.parts.workload_network_policy import WorkloadNetworkPolicy
from ai_workloads.policy_exceptions import TGI, checkov_skip_annotations
from ai_workloads.values.ml_inference_load import MlInferenceLoadSchema

COMPONENT = "llm-inference-server"
CONTAINER_NAME = "tgi"
HEALTH_PATH = "/health"

GPU_RESOURCE = "nvidia.com/gpu"
GPU_NODE_SELECTOR = {"nvidia.com/gpu.present": "true"}
GPU_RUNTIME_CLASS = "nvidia"

# The platform's shared registry credential in Vault, synced into every workload namespace.
GHCR_VAULT_PATH = "shared/ghcr/dockerconfigjson"
GHCR_VAULT_PROPERTY = "dockerconfigjson"
DOCKER_CONFIG_SECRET_TYPE = "kubernetes.io/dockerconfigjson"

# Istio's sidecar serves the merged application + proxy metrics here (prometheus.io annotations).
ISTIO_MERGED_METRICS_PORT = 15020
ISTIO_MERGED_METRICS_PATH = "/stats/prometheus"

MODEL_CACHE_PATH = "/data"
TERMINATION_GRACE_SECONDS = 60


class MlInferenceLoad(Construct):
    """A TGI server for one model, exposed over HTTPS. See the module docstring for every object.

    Read-only attributes give callers the names they need instead of rebuilding them:
    `service_name`, `deployment_name`, `service_account_name`, `pull_secret_name`,
    `service_secret_name` (None without secrets), `gateway_name`, `hosts`, `url`.
    """

    def __init__(self, scope: Construct, id: str, *, values: MlInferenceLoadSchema) -> None:
        super().__init__(scope, id)
        self.values = values
        name = values.service_name
        namespace = values.namespace
        container = values.container
        labels = standard_labels(name, component=COMPONENT, version=container.image.tag, catalog_id=name)

        self.service_name = name
        self.deployment_name = name
        self.service_account_name = f"{name}-external-secrets"
        self.pull_secret_name = f"{name}-ghcr-docker-config"
        self.service_secret_name: Optional[str] = f"{name}-secrets" if container.secrets else None
        http_port = container.container_ports[0]

        k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=object_meta(
                self.service_account_name, namespace, labels, sync_wave(SyncWave.IDENTITY_AND_SECRETS)
            ),
            automount_service_account_token=False,
        )

        VaultExternalSecret(
            self,
            "PullSecret",
            name=self.pull_secret_name,
            namespace=namespace,
            secret_store=container.secret_store.name,
            entries=[VaultSecretEntry(GHCR_VAULT_PROPERTY, GHCR_VAULT_PATH, GHCR_VAULT_PROPERTY)],
            secret_type=DOCKER_CONFIG_SECRET_TYPE,
            template_data={".dockerconfigjson": "{{ .%s | toString }}" % GHCR_VAULT_PROPERTY},
            labels=labels,
            annotations=sync_wave(SyncWave.IDENTITY_AND_SECRETS, custom_resource=True),
        )

        if container.secrets:
            VaultExternalSecret(
                self,
                "ServiceSecrets",
                name=self.service_secret_name,
                namespace=namespace,
                secret_store=container.secret_store.name,
                entries=[
                    VaultSecretEntry(secret.secret_key, secret.vault_path, secret.vault_property)
                    for secret in container.secrets
                ],
                labels=labels,
                annotations=sync_wave(SyncWave.IDENTITY_AND_SECRETS, custom_resource=True),
            )

        k8s.KubeDeployment(
            self,
            "Deployment",
            metadata=object_meta(
                self.deployment_name,
                namespace,
                labels,
                {**sync_wave(SyncWave.WORKLOAD), **checkov_skip_annotations(TGI, self._policy_waivers())},
            ),
            spec=k8s.DeploymentSpec(
                replicas=values.replicas,
                revision_history_limit=3,
                strategy=k8s.DeploymentStrategy(type="Recreate"),
                selector=k8s.LabelSelector(match_labels=selector_labels(name)),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels, annotations=self._pod_annotations()),
                    spec=self._pod_spec(),
                ),
            ),
        )

        k8s.KubeService(
            self,
            "Service",
            metadata=object_meta(name, namespace, labels, sync_wave(SyncWave.WORKLOAD)),
            spec=k8s.ServiceSpec(
                type="NodePort",
                selector=selector_labels(name),
                ports=[
                    k8s.ServicePort(
                        name=port.port_name,
                        port=port.service_port,
                        target_port=k8s_values.port_number(port.port_number),
                        protocol=port.protocol,
                    )
                    for port in container.container_ports
                ],
            ),
        )

        exposure = HttpsGateway(
            self,
            "Https",
            name=name,
            namespace=namespace,
            hosts=values.gateway.hosts,
            backend_service=self.service_name,
            backend_port=http_port.service_port,
            cluster_issuer=values.gateway.cluster_issuer,
            request_timeout=values.gateway.request_timeout,
            labels=labels,
            annotations=sync_wave(SyncWave.EXPOSURE, custom_resource=True),
        )
        self.gateway_name = exposure.gateway_name
        self.hosts = exposure.hosts
        self.url = f"https://{self.hosts[0]}"

        if values.replicas >= 2:
            WorkloadDisruptionBudget(
                self,
                "DisruptionBudget",
                name=name,
                namespace=namespace,
                pod_labels=selector_labels(name),
                labels=labels,
                annotations=sync_wave(SyncWave.WORKLOAD),
            )

        if values.network_policy.enabled:
            WorkloadNetworkPolicy(
                self,
                "NetworkPolicy",
                name=name,
                namespace=namespace,
                pod_labels=selector_labels(name),
                serving_ports=[port.port_number for port in container.container_ports],
                metrics_port=ISTIO_MERGED_METRICS_PORT if values.basic_monitoring.enabled else None,
                gateway_namespace=values.network_policy.gateway_namespace or namespace,
                gateway_pod_labels=values.network_policy.gateway_pod_labels
                or {"gateway.networking.k8s.io/gateway-name": exposure.gateway_name},
                monitoring_namespace=values.network_policy.monitoring_namespace,
                monitoring_pod_labels=values.network_policy.monitoring_pod_labels,
                labels=labels,
                annotations=sync_wave(SyncWave.WORKLOAD),
            )

    def _policy_waivers(self) -> list[str]:
        """Checks that fail for this pod on purpose (reasons in policy_exceptions.py)."""
        container = self.values.container
        waivers = ["CKV_K8S_22", "CKV_K8S_15"]
        if container.secrets:
            waivers.append("CKV_K8S_35")
        if container.image.digest is None:
            waivers.append("CKV_K8S_43")
        if not self.values.network_policy.enabled:
            waivers.append("CKV2_K8S_6")
        return waivers

    # --- pod ---------------------------------------------------------------------------------------

    def _pod_annotations(self) -> Optional[dict[str, str]]:
        if not self.values.basic_monitoring.enabled:
            return None
        return {
            "prometheus.io/scrape": "true",
            "prometheus.io/port": str(ISTIO_MERGED_METRICS_PORT),
            "prometheus.io/path": ISTIO_MERGED_METRICS_PATH,
        }

    def _pod_spec(self) -> k8s.PodSpec:
        container = self.values.container
        return k8s.PodSpec(
            service_account_name=self.service_account_name,
            automount_service_account_token=False,
            runtime_class_name=GPU_RUNTIME_CLASS,
            node_selector=GPU_NODE_SELECTOR,
            tolerations=[k8s.Toleration(key=GPU_RESOURCE, operator="Exists", effect="NoSchedule")],
            image_pull_secrets=[k8s.LocalObjectReference(name=self.pull_secret_name)],
            security_context=restricted_pod_security_context(),
            termination_grace_period_seconds=TERMINATION_GRACE_SECONDS,
            containers=[self._tgi_container()],
            volumes=[
                # NCCL exchanges tensors between GPU shards through /dev/shm; the default 64Mi is far too small.
                k8s.Volume(
                    name="shm",
                    empty_dir=k8s.EmptyDirVolumeSource(
                        medium="Memory", size_limit=k8s_values.quantity(container.shm_size)
                    ),
                ),
                k8s.Volume(
                    name="model-cache",
                    empty_dir=k8s.EmptyDirVolumeSource(
                        size_limit=k8s_values.quantity(container.model_cache_size)
                    ),
                ),
                k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s_values.quantity("4Gi"))),
            ],
        )

    def _tgi_container(self) -> k8s.Container:
        values = self.values
        container = values.container
        http_port = container.container_ports[0]
        requests = {
            "cpu": k8s_values.quantity(container.resources.requests.cpu),
            "memory": k8s_values.quantity(container.resources.requests.memory),
            GPU_RESOURCE: k8s_values.count(container.gpu_count),
        }
        limits = {
            "cpu": k8s_values.quantity(container.resources.limits.cpu),
            "memory": k8s_values.quantity(container.resources.limits.memory),
            GPU_RESOURCE: k8s_values.count(container.gpu_count),
        }
        return k8s.Container(
            name=CONTAINER_NAME,
            image=container.image.reference,
            image_pull_policy="IfNotPresent",
            ports=[
                k8s.ContainerPort(name=port.port_name, container_port=port.port_number, protocol=port.protocol)
                for port in container.container_ports
            ],
            env=self._environment(http_port.port_number),
            resources=k8s.ResourceRequirements(requests=requests, limits=limits),
            volume_mounts=[
                k8s.VolumeMount(name="shm", mount_path="/dev/shm"),
                k8s.VolumeMount(name="model-cache", mount_path=MODEL_CACHE_PATH),
                k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            ],
            startup_probe=kubernetes_probe(
                container.startup_probe, default_port=http_port.port_name, default_path=HEALTH_PATH
            ),
            readiness_probe=kubernetes_probe(
                container.readiness_probe, default_port=http_port.port_name, default_path=HEALTH_PATH
            ),
            liveness_probe=kubernetes_probe(
                container.liveness_probe, default_port=http_port.port_name, default_path=HEALTH_PATH
            ),
            security_context=restricted_container_security_context(read_only_root_filesystem=False),
        )

    def _environment(self, http_port_number: int) -> list[k8s.EnvVar]:
        values = self.values
        container = values.container
        env = [
            k8s.EnvVar(name="MODEL_ID", value=values.model.id),
            k8s.EnvVar(name="REVISION", value=values.model.revision),
            k8s.EnvVar(name="PORT", value=str(http_port_number)),
            # Kubernetes sets HOSTNAME to the pod name and TGI binds to $HOSTNAME: bind every interface.
            k8s.EnvVar(name="HOSTNAME", value="0.0.0.0"),
            # TGI keeps the weights under HUGGINGFACE_HUB_CACHE; the image points it at /data already,
            # set it anyway so the emptyDir and the cache can never drift apart.
            k8s.EnvVar(name="HUGGINGFACE_HUB_CACHE", value=MODEL_CACHE_PATH),
        ]
        if container.gpu_count > 1:
            env.append(k8s.EnvVar(name="NUM_SHARD", value=str(container.gpu_count)))
        env.extend(k8s.EnvVar(name=item.name, value=item.value) for item in container.environment)
        env.extend(
            k8s.EnvVar(
                name=secret.name,
                value_from=k8s.EnvVarSource(
                    secret_key_ref=k8s.SecretKeySelector(name=self.service_secret_name, key=secret.secret_key)
                ),
            )
            for secret in container.secrets
        )
        return env


__all__ = ["MlInferenceLoad"]
