"""MlInferenceLoad: an LLM server (a serving engine, see engines/) for one model on NVIDIA GPUs.

Renders exactly these objects, all in the workload's namespace, named from `serviceName`:

| object | name | notes |
|---|---|---|
| ServiceAccount | `<serviceName>-external-secrets` | the pod's identity; no token is mounted |
| ExternalSecret | `<serviceName>-ghcr-docker-config` | image pull secret from Vault, always |
| ExternalSecret | `<serviceName>-secrets` | only when `container.secrets` is non-empty |
| ResourceClaimTemplate | `<serviceName>-gpu` | only with `container.gpu.allocation: dra` (resource.k8s.io/v1) |
| PersistentVolumeClaim | `<serviceName>-model-cache-<hash>` / `model-cache-<model>-<revision>` | only with `modelCache` (not `sharing: use`), see model_cache.py |
| Job | `<serviceName>-fetch-<hash>` | fills the model cache claim; only with it |
| Deployment | `<serviceName>` | the engine's server on `gpuCount` GPUs (or MIG slices, `container.gpu`) |
| Service | `<serviceName>` | NodePort, one port per `containerPorts[]` entry |
| Certificate | `<serviceName>-tls` | cert-manager, ClusterIssuer from values |
| Gateway | `<serviceName>-gateway` | class `istio`, HTTPS listeners for the hosts |
| HTTPRoute | `<serviceName>` | every path of the hosts to the Service |
| NetworkPolicy | `<serviceName>` | only with `networkPolicy.enabled` (off by default) |
| PodDisruptionBudget | `<serviceName>` | only with `replicas` of 2 or more |
| PodMonitor | `<serviceName>` | `monitoring.podMonitor` (default: with `basicMonitoring`) |
| PrometheusRule | `<serviceName>` | only with `monitoring.alerts.enabled` |
| ScaledObject | `<serviceName>` | only with `autoscaling` (KEDA; the Deployment then has no `replicas`) |
| InferencePool + endpoint picker | `<serviceName>`, `<serviceName>-epp` | only with `routing.mode: inferencePool` (routing/endpoint_picker.py) |

Defaults chosen on purpose for a GPU LLM server (cdk8s-plus defaults do not fit one):
- rollout strategy `Recreate` for one replica: a surging rolling update would need a second set of GPUs
  on the node pool and deadlocks where there is none; the old pod frees its GPUs before the new one is
  scheduled. With several replicas (or autoscaling) a rolling update without surge (maxSurge 0,
  maxUnavailable 1): one pod at a time, the others keep serving.
- startup probe on `/health` with a 60-minute budget (a first start downloads the weights);
  readiness/liveness on `/health` from values.
- `imagePullPolicy: IfNotPresent` (tags are pinned; TGI images are large).
- the pod runs as the user the engine's image supports (TGI: root; vLLM: its `vllm` user, UID 2000 GID 0,
  fsGroup 0) or `container.runAsUser`; no privilege escalation, every capability dropped, RuntimeDefault
  seccomp.
- with `modelCache` the weights come from a PersistentVolumeClaim filled by a Job before the Deployment
  (sync waves) and the server runs with Hub downloads switched off.

What belongs to the model server itself (environment, health path, cache path, image waivers) comes
from the serving engine; everything else here is the same for every engine.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.autoscaling import QueueAutoscaler
from ai_workloads._parts.dashboard import WorkloadDashboard
from ai_workloads._parts.gpu_placement import ClaimingDeployment, GpuClaimTemplate, GpuPlacement, topology_spread
from ai_workloads._parts.https_gateway import HttpsGateway
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.metrics import (
    pod_monitor_endpoint,
    prometheus_annotations,
    scraped_ports,
)
from ai_workloads._parts.monitoring import WorkloadMonitoring
from ai_workloads._parts.network_policy import PodPeer
from ai_workloads._parts.pod import claim_volume, compute_resources, empty_dir, env_vars
from ai_workloads._parts.pod_security import (
    NON_ROOT_GID,
    NON_ROOT_UID,
    ROOT_UID,
    restricted_container_security_context,
    restricted_pod_security_context,
)
from ai_workloads._parts.policy import checkov_skip_annotations
from ai_workloads._parts.probes import kubernetes_probe
from ai_workloads._parts.serving_workload import Rollout, ServingWorkload
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._parts.vault_external_secret import VaultExternalSecret, VaultSecretEntry
from ai_workloads._values.monitoring import ScrapeAnnotations
from ai_workloads.gates.cross_object import MODEL_CACHE_ANNOTATION, MODEL_ID_ANNOTATION, MODEL_REVISION_ANNOTATION
from ai_workloads.ml_inference_load import lora
from ai_workloads.ml_inference_load.alerts import workload_alerts
from ai_workloads.ml_inference_load.autoscaling import queue_scaling
from ai_workloads.ml_inference_load.dashboard import workload_panels
from ai_workloads.ml_inference_load.engines import ENGINE_HOME, ServingEngine
from ai_workloads.ml_inference_load.model_cache import (
    CLAIM_LABEL,
    ModelCache,
    job_user,
)
from ai_workloads.ml_inference_load.policy import (
    MODEL_CACHE_JOB_WAIVERS,
    READ_WRITE_MANY_JOB_WAIVERS,
    RUN_AS_USER_REASON,
    WAIVERS,
)
from ai_workloads.ml_inference_load.routing import facts as routing_facts
from ai_workloads.ml_inference_load.routing.endpoint_picker import InferencePoolRouting, scorers_for
from ai_workloads.ml_inference_load.routing.values import RoutingMode
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues, ModelCacheSharing
from constructs import Construct

COMPONENT = "llm-inference-server"
MODEL_CACHE_COMPONENT = "model-cache"

GPU_RESOURCE = "nvidia.com/gpu"
GPU_NODE_SELECTOR = {"nvidia.com/gpu.present": "true"}
GPU_RUNTIME_CLASS = "nvidia"
# checkov CKV_K8S_40 asks for a UID of at least this.
HIGH_UID = 10000

# The platform's shared registry credential in Vault, synced into every workload namespace.
GHCR_VAULT_PATH = "shared/ghcr/dockerconfigjson"
GHCR_VAULT_PROPERTY = "dockerconfigjson"

TERMINATION_GRACE_SECONDS = 60
TMP_SIZE = "4Gi"
# HOME and the engine's caches (compiled Triton/TorchInductor kernels, outlines, tokenizer caches).
HOME_SIZE = "10Gi"


class MlInferenceLoad(Construct):
    """An LLM server for one model, exposed over HTTPS. See the module docstring for every object.

    Read-only attributes give callers the names they need instead of rebuilding them:
    `service_name`, `deployment_name`, `service_account_name`, `pull_secret_name`,
    `service_secret_name` (None without secrets), `gateway_name`, `hosts`, `url`, `engine`,
    `model_cache_claim` and `model_cache_job` (None without them).
    """

    def __init__(self, scope: Construct, id: str, *, values: MlInferenceLoadValues) -> None:
        super().__init__(scope, id)
        self.values = values
        self.engine: ServingEngine = values.serving_engine
        self.run_as_user, self.run_as_group = self._user()
        self.model_cache_claim: str | None = values.model_cache_claim_name
        self.model_cache_job: str | None = None
        name = values.service_name
        meta = WorkloadMetadata.of(
            name, namespace=values.namespace, component=COMPONENT, version=values.container.image.tag, catalog_id=name
        )
        self.service_account_name = f"{name}-external-secrets"
        self.pull_secret_name = f"{name}-ghcr-docker-config"
        self.service_secret_name: str | None = f"{name}-secrets" if values.container.secrets else None
        self._identity_and_secrets(meta)
        self._server_selector = meta.selector
        self.gpus = GpuPlacement.of(values.container.gpu, values.container.gpu_count, service_name=name)
        self._gpu_claim_template(meta)
        self._model_cache(name, server_meta=meta)
        server = self._server(meta)
        self.service_name, self.deployment_name = server.service_name, server.deployment_name
        routing = self._inference_pool(meta)
        self.inference_pool = routing.pool_name if routing else None
        self._expose(meta)
        self._guards(server, routing)
        self._monitoring(meta)
        if values.autoscaling:
            QueueAutoscaler(
                self, "Autoscaler", meta=meta, scaling=queue_scaling(values, deployment=self.deployment_name)
            )

    def _gpu_claim_template(self, meta: WorkloadMetadata) -> None:
        """With DRA (`container.gpu` on a DRA driver): the ResourceClaimTemplate the server's pods claim."""
        gpu = self.values.container.gpu
        if self.gpus.claim_template and gpu:
            GpuClaimTemplate(self, "GpuClaim", meta=meta, name=self.gpus.claim_template, gpu=gpu, count=self.gpus.count)

    def _server(self, meta: WorkloadMetadata) -> ServingWorkload:
        """The server's Deployment and Service (ServingWorkload), its pods claiming the GPUs with DRA."""
        values = self.values
        claim = self.model_cache_claim
        server = ServingWorkload(
            self,
            "Server",
            meta=meta,
            pod=self._pod_spec(),
            deployment_type=ClaimingDeployment if self.gpus.claim_template else k8s.KubeDeployment,
            replicas=values.replicas,
            # Recreate for one replica (a rolling update would need spare GPUs); with several, one pod at a
            # time without a surge, so the others keep serving through a rollout.
            rollout=Rollout.RECREATE if values.most_replicas == 1 else Rollout.ONE_AT_A_TIME,
            autoscaled_up_to=values.autoscaling.max_replicas if values.autoscaling else None,
            progress_deadline=values.progress_deadline,
            service_type="NodePort",
            service_ports=[
                k8s.ServicePort(
                    name=port.port_name,
                    port=port.service_port,
                    target_port=k8s_values.port_number(port.port_number),
                    protocol=port.protocol,
                )
                for port in values.container.container_ports
            ],
            pod_annotations=self._pod_annotations(),
            pod_labels={CLAIM_LABEL: claim} if claim else None,
            deployment_annotations={
                **checkov_skip_annotations(self._waiver_reasons(), self._policy_waivers()),
                **(self._model_cache_annotations(claim) if claim else {}),
            },
        )
        if isinstance(server.deployment, ClaimingDeployment):
            server.deployment.pod_claims = self.gpus.pod_claims
        return server

    def _guards(self, server: ServingWorkload, routing: InferencePoolRouting | None) -> None:
        """The server's NetworkPolicy and PDB: the gateway, the scraper and the endpoint picker may reach it."""
        values = self.values
        serving_port = values.container.container_ports[0].port_number
        server.add_guards(
            network_policy=values.network_policy,
            serving_ports=[port.port_number for port in values.container.container_ports],
            default_gateway=PodPeer(values.namespace, {"gateway.networking.k8s.io/gateway-name": self.gateway_name}),
            metrics_ports=scraped_ports(serving_port) if values.basic_monitoring.enabled else [],
            # The endpoint picker scrapes the engine's /metrics on the serving port.
            other_peers=[(PodPeer(values.namespace, routing.picker_selector), [serving_port])] if routing else (),
        )

    def _inference_pool(self, meta: WorkloadMetadata) -> InferencePoolRouting | None:
        """With `routing.mode: inferencePool`: the pool over the server pods and its endpoint picker."""
        routing = self.values.routing
        if routing.mode is not RoutingMode.INFERENCE_POOL:
            return None
        return InferencePoolRouting(
            self,
            "Routing",
            server_meta=meta,
            server_selector=meta.selector,
            target_port=self.values.container.container_ports[0].port_number,
            picker=routing.endpoint_picker,
            scorers=scorers_for(lora_adapters=len(self.values.lora_adapter_names)),
            # The picker's own metrics, watched like the server's (it runs without a sidecar).
            scrape_annotations=prometheus_annotations(
                ScrapeAnnotations.ENGINE, port=routing_facts.METRICS_PORT, path=routing_facts.METRICS_PATH
            )
            if self.values.basic_monitoring.enabled
            else None,
            pod_monitor=self.values.monitoring.pod_monitor if self.values.pod_monitor_enabled else None,
        )

    def _monitoring(self, meta: WorkloadMetadata) -> None:
        """PodMonitor on the engine's metrics endpoint and PrometheusRule (see ml_inference_load/alerts.py)."""
        values, monitoring = self.values, self.values.monitoring
        WorkloadMonitoring.of_pack(
            self,
            "Monitoring",
            meta=meta,
            pack=monitoring,
            scrape=pod_monitor_endpoint(
                values.basic_monitoring.annotations,
                port_name=values.container.container_ports[0].port_name,
                path=self.engine.metrics_path,
            )
            if values.pod_monitor_enabled
            else None,
            alerts=lambda: workload_alerts(
                values,
                deployment=self.deployment_name,
                container=self.engine.container_name,
                download_job=self.model_cache_job,
            ),
        )
        if monitoring.dashboard.enabled:  # Grafana dashboard (ml_inference_load/dashboard.py)
            WorkloadDashboard(
                self,
                "Dashboard",
                meta=meta,
                settings=monitoring.dashboard,
                title=f"{values.namespace}/{values.service_name} ({values.engine}, {values.model.id})",
                tags=["ai-workloads", values.engine],
                panels=workload_panels(values, deployment=self.deployment_name, container=self.engine.container_name),
            )

    def _identity_and_secrets(self, meta: WorkloadMetadata) -> None:
        """The pod's ServiceAccount (no token), its image pull secret and its service secrets."""
        container = self.values.container
        k8s.KubeServiceAccount(
            self,
            "ServiceAccount",
            metadata=meta.core(self.service_account_name, sync_wave(SyncWave.IDENTITY_AND_SECRETS)),
            automount_service_account_token=False,
        )
        VaultExternalSecret.docker_config(
            self,
            "PullSecret",
            name=self.pull_secret_name,
            meta=meta,
            secret_store=container.secret_store.name,
            vault_path=GHCR_VAULT_PATH,
            vault_property=GHCR_VAULT_PROPERTY,
        )
        if self.service_secret_name:
            VaultExternalSecret(
                self,
                "ServiceSecrets",
                name=self.service_secret_name,
                meta=meta,
                secret_store=container.secret_store.name,
                entries=[VaultSecretEntry(s.secret_key, s.vault_path, s.vault_property) for s in container.secrets],
            )

    def _user(self) -> tuple[int, int]:
        """(uid, gid) of the pod: the values' override, else what the engine's image supports."""
        override = self.values.container.run_as_user
        if override is not None:
            return override, override
        if self.engine.runs_as_root:
            return ROOT_UID, ROOT_UID
        return self.engine.image_user or (NON_ROOT_UID, NON_ROOT_GID)

    def _model_cache(self, name: str, *, server_meta: WorkloadMetadata) -> None:
        """The claim and its download Job, unless another workload provides them (`sharing: use`). Their
        own selector labels (`<serviceName>-model-cache`): the Service, PDB and NetworkPolicy select only
        the server's pods, never the download pod."""
        cache = self.values.model_cache
        if cache is None or cache.sharing is ModelCacheSharing.USE:
            return
        meta = WorkloadMetadata.of(
            f"{name}-model-cache",
            namespace=self.values.namespace,
            component=MODEL_CACHE_COMPONENT,
            version=self.values.container.image.tag,
            catalog_id=name,
        )
        claim = self.model_cache_claim
        assert claim is not None  # `modelCache` without `sharing: use` names a claim of its own
        self.model_cache_job = ModelCache(
            self,
            "ModelCache",
            meta=meta,
            values=self.values,
            engine=self.engine,
            claim_name=claim,
            pod_identity=(self.service_account_name, self.pull_secret_name),
            run_as=(self.run_as_user, self.run_as_group),
            token=self._hub_token(),
            node_selector=GPU_NODE_SELECTOR,
            tolerations=[_gpu_toleration()],
            gpus=self.gpus,
            priority_class_name=self.values.scheduling.priority_class_name,
            server_selector=server_meta.selector,
            job_annotations=checkov_skip_annotations(
                {**self._waiver_reasons(), **MODEL_CACHE_JOB_WAIVERS, **self._job_root_reasons()},
                self._policy_waivers(job_user=job_user(self.values, (self.run_as_user, self.run_as_group))),
            ),
        ).job_name

    def _hub_token(self) -> tuple[str, str] | None:
        """`(secret name, key)` of the Hub token in the service Secret, when the workload declares one."""
        if self.service_secret_name is None:
            return None
        return next(
            (
                (self.service_secret_name, secret.secret_key)
                for secret in self.values.container.secrets
                if secret.name == self.engine.hub_token_variable
            ),
            None,
        )

    def _model_cache_annotations(self, claim: str) -> dict[str, str]:
        """The claim the server mounts and the exact model revision it expects there (the cross-object gate
        compares them with the claim's, so a `use` of another model's claim is refused)."""
        model = self.values.model
        return {
            MODEL_CACHE_ANNOTATION: claim,
            MODEL_ID_ANNOTATION: model.id,
            MODEL_REVISION_ANNOTATION: model.revision,
            **lora.adapter_annotations(self.values),
        }

    def _expose(self, meta: WorkloadMetadata) -> None:
        values = self.values
        exposure = HttpsGateway(
            self,
            "Https",
            meta=meta,
            hosts=values.gateway.hosts,
            backend_service=self.service_name,
            backend_port=values.container.container_ports[0].service_port,
            cluster_issuer=values.gateway.cluster_issuer,
            request_timeout=values.gateway.request_timeout,
            http_redirect=values.gateway.http_redirect,
            backend_pool=self.inference_pool,
        )
        self.gateway_name = exposure.gateway_name
        self.hosts = exposure.hosts
        self.url = f"https://{self.hosts[0]}"

    def _waiver_reasons(self) -> dict[str, str]:
        reasons = {**WAIVERS, **self.engine.waivers}
        if self.values.container.run_as_user is not None:
            reasons["CKV_K8S_40"] = RUN_AS_USER_REASON
        return reasons

    def _job_root_reasons(self) -> dict[str, str]:
        """The download Job of a ReadWriteMany claim runs as root (model_cache.py); the server may not."""
        if job_user(self.values, (self.run_as_user, self.run_as_group))[0] != ROOT_UID or self.run_as_user == ROOT_UID:
            return {}
        return dict(READ_WRITE_MANY_JOB_WAIVERS)

    def _policy_waivers(self, *, job_user: tuple[int, int] | None = None) -> list[str]:
        """Checks that fail for this pod on purpose (reasons in policy.py and the engine): the server's,
        or, with `job_user`, the model cache Job's (no probes, no GPU; the same image and secrets)."""
        container = self.values.container
        job = job_user is not None
        uid = job_user[0] if job_user is not None else self.run_as_user
        waivers = ["CKV_K8S_15"]
        if not self.engine.read_only_root_filesystem:
            waivers.append("CKV_K8S_22")
        if uid == ROOT_UID:
            waivers.append("CKV_K8S_23")
        if uid < HIGH_UID:
            waivers.append("CKV_K8S_40")
        if container.secrets and (not job or any(s.name == self.engine.hub_token_variable for s in container.secrets)):
            waivers.append("CKV_K8S_35")
        if container.image.digest is None:
            waivers.append("CKV_K8S_43")
        if not self.values.network_policy.enabled or job:
            waivers.append("CKV2_K8S_6")
        return waivers

    # --- pod ---------------------------------------------------------------------------------------

    def _pod_annotations(self) -> dict[str, str] | None:
        """The engine's own metrics endpoint (see _parts/metrics.py for what Istio makes of it)."""
        monitoring = self.values.basic_monitoring
        if not monitoring.enabled:
            return None
        port = self.values.container.container_ports[0].port_number
        return prometheus_annotations(monitoring.annotations, port=port, path=self.engine.metrics_path)

    def _pod_spec(self) -> k8s.PodSpec:
        container = self.values.container
        return k8s.PodSpec(
            service_account_name=self.service_account_name,
            automount_service_account_token=False,
            # Service links inject `<SERVICE>_PORT=tcp://...` for every Service in the namespace; engines read
            # PROMETHEUS_PORT, MASTER_PORT or VLLM_PORT as numbers and fail to start on such a value.
            enable_service_links=False,
            runtime_class_name=GPU_RUNTIME_CLASS,
            node_selector=GPU_NODE_SELECTOR,
            tolerations=[_gpu_toleration()],
            affinity=self._server_affinity(),
            priority_class_name=self.values.scheduling.priority_class_name,
            topology_spread_constraints=topology_spread(
                self.values.scheduling, self._server_selector, enabled=self.values.topology_spread_enabled
            ),
            image_pull_secrets=[k8s.LocalObjectReference(name=self.pull_secret_name)],
            security_context=restricted_pod_security_context(self.run_as_user, self.run_as_group),
            termination_grace_period_seconds=TERMINATION_GRACE_SECONDS,
            containers=[self._server_container()],
            volumes=[
                # NCCL exchanges tensors between GPU shards through /dev/shm; the default 64Mi is far too small.
                empty_dir("shm", container.shm_size, in_memory=True),
                self._model_cache_volume(),
                empty_dir("tmp", TMP_SIZE),
                empty_dir("home", HOME_SIZE),
            ],
        )

    def _server_affinity(self) -> k8s.Affinity | None:
        """The GFD node affinity of `container.gpu` (device plugin), None without one."""
        node_affinity = self.gpus.node_affinity()
        return k8s.Affinity(node_affinity=node_affinity) if node_affinity else None

    def _model_cache_volume(self) -> k8s.Volume:
        """The weights: the model cache claim with `modelCache`, else an emptyDir (downloaded at start)."""
        if self.model_cache_claim is None:
            return empty_dir("model-cache", self.values.container.model_cache_size)
        return claim_volume("model-cache", self.model_cache_claim, read_only=self.engine.model_cache_read_only)

    def _server_container(self) -> k8s.Container:
        container = self.values.container
        engine = self.engine
        http_port = container.container_ports[0]
        probe_defaults = {"default_port": http_port.port_name, "default_path": engine.health_path}
        return k8s.Container(
            name=engine.container_name,
            image=container.image.reference,
            image_pull_policy="IfNotPresent",
            args=self._arguments(http_port.port_number),
            ports=[
                k8s.ContainerPort(name=port.port_name, container_port=port.port_number, protocol=port.protocol)
                for port in container.container_ports
            ],
            env=env_vars(self._environment(http_port.port_number)),
            resources=compute_resources(
                container.resources,
                gpus=self.gpus.count if self.gpus.resource else None,
                gpu_resource=self.gpus.resource or GPU_RESOURCE,
                claims=self.gpus.container_claims,
            ),
            volume_mounts=[
                k8s.VolumeMount(name="shm", mount_path="/dev/shm"),
                k8s.VolumeMount(
                    name="model-cache",
                    mount_path=engine.model_cache_path,
                    read_only=(self.model_cache_claim is not None and engine.model_cache_read_only) or None,
                ),
                k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                k8s.VolumeMount(name="home", mount_path=ENGINE_HOME),
            ],
            startup_probe=kubernetes_probe(container.startup_probe, **probe_defaults),
            readiness_probe=kubernetes_probe(container.readiness_probe, **probe_defaults),
            liveness_probe=kubernetes_probe(container.liveness_probe, **probe_defaults),
            security_context=restricted_container_security_context(
                read_only_root_filesystem=engine.read_only_root_filesystem, root=self.run_as_user == ROOT_UID
            ),
        )

    def _arguments(self, http_port_number: int) -> list[str] | None:
        """The engine's arguments, then its LoRA arguments; None keeps the image's CMD."""
        if self.engine.args is None:
            return None
        return [*self.engine.args(self.values, http_port_number), *lora.server_arguments(self.values)]

    def _environment(self, http_port_number: int) -> dict[str, str | k8s.EnvVarSource]:
        """The engine's variables (offline with a model cache), then the workload's own, then its secrets
        (from the service Secret)."""
        container = self.values.container
        env: dict[str, str | k8s.EnvVarSource] = dict(self.engine.environment(self.values, http_port_number))
        env.update(lora.server_environment(self.values))
        if self.model_cache_claim is not None:
            env.update(self.engine.offline_environment)
        env.update(self.engine.writable_environment)
        env.update({item.name: item.value for item in container.environment})
        env.update(
            {
                secret.name: k8s.EnvVarSource(
                    secret_key_ref=k8s.SecretKeySelector(name=self.service_secret_name, key=secret.secret_key)
                )
                for secret in container.secrets
            }
        )
        return env


def _gpu_toleration() -> k8s.Toleration:
    return k8s.Toleration(key=GPU_RESOURCE, operator="Exists", effect="NoSchedule")


__all__ = ["MlInferenceLoad"]
