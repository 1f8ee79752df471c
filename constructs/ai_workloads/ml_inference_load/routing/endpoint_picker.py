"""InferencePoolRouting: an InferencePool over the server pods and the endpoint picker that serves it.

Renders, all in the workload's namespace (facts and their sources: routing/facts.py):

| object | name | notes |
|---|---|---|
| InferencePool | `<serviceName>` | selector = the server pods' selector labels, targetPorts = the engine port |
| ServiceAccount | `<serviceName>-epp` | the picker's identity (its token is mounted: it reads the API) |
| Role, RoleBinding | `<serviceName>-epp` | get/list/watch of pods, this InferencePool, InferenceObjectives and InferenceModelRewrites |
| ConfigMap | `<serviceName>-epp` | the picker's EndpointPickerConfig (`config.yaml`) |
| Deployment | `<serviceName>-epp` | one picker replica, `Recreate` (the prefix-cache state lives in the picker) |
| Service | `<serviceName>-epp` | ClusterIP: ext-proc gRPC (`appProtocol: kubernetes.io/h2c`) and metrics |
| DestinationRule | `<serviceName>-epp` | the gateway's TLS to the picker (self-signed: SIMPLE, insecureSkipVerify) |

Defaults: scorers queue (weight 2), KV-cache utilization (2) and prefix cache (3) as in the upstream
chart, plus LoRA affinity (1) when the server has adapters; tracing, pprof and metrics authentication off
(no collector; no cluster-scoped TokenReview permission); the picker pod runs without an Istio sidecar
(pod label `sidecar.istio.io/inject: "false"`) so the gateway's TLS reaches the picker itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import yaml
from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.crds import inference_pool, istio_destination_rule
from ai_workloads._parts.labels import CATALOG_ID_LABEL
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.monitoring import WorkloadMonitoring
from ai_workloads._parts.pod import compute_resources, empty_dir
from ai_workloads._parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads._parts.policy import checkov_skip_annotations
from ai_workloads._parts.progress_deadline import ProgressDeadline
from ai_workloads._parts.serving_workload import Rollout, ServingWorkload
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads._values.monitoring import PodMonitorSettings
from ai_workloads.ml_inference_load.model_cache import NO_SIDECAR
from ai_workloads.ml_inference_load.routing import facts
from ai_workloads.ml_inference_load.routing.values import EndpointPickerSettings, FailureMode
from constructs import Construct

COMPONENT = "endpoint-picker"
CONFIG_FILE = "config.yaml"
CONFIG_DIR = "/config"
# Seconds from the picker pod's creation to Ready: image pull and the first pool sync.
PICKER_START_SECONDS = 600
# Startup budget: the picker answers `liveness` once its gRPC health server runs (seconds after start).
STARTUP_PERIOD_SECONDS = 5
STARTUP_FAILURE_THRESHOLD = 60
READINESS_PERIOD_SECONDS = 2
WAIVERS = {
    "CKV_K8S_38": "the endpoint picker watches pods and its InferencePool through the API: it needs its token",
    "CKV_K8S_43": "pinned by tag: the picker's release tag (the digest is not verified here: no registry access)",
    "CKV_K8S_15": "image tags are pinned; IfNotPresent avoids a registry round trip on every restart",
    "CKV2_K8S_6": "the picker is reached only by the gateway; a NetworkPolicy for it is not rendered yet",
}


_FAILURE_MODES = {
    FailureMode.FAIL_OPEN: inference_pool.InferencePoolSpecEndpointPickerRefFailureMode.FAIL_OPEN,
    FailureMode.FAIL_CLOSE: inference_pool.InferencePoolSpecEndpointPickerRefFailureMode.FAIL_CLOSE,
}


def scorers_for(*, lora_adapters: int) -> tuple[str, ...]:
    """The default scorers, plus LoRA affinity (vLLM's `vllm:lora_requests_info`) when the server serves
    adapters: a request naming an adapter then prefers a pod where it is already loaded."""
    if lora_adapters:
        return (*facts.DEFAULT_SCORERS, facts.LORA_AFFINITY_SCORER)
    return facts.DEFAULT_SCORERS


def picker_config(scorers: Sequence[str]) -> str:
    """The EndpointPickerConfig text: `scorers` with the upstream chart's weights in one profile."""
    config = {
        "apiVersion": facts.CONFIG_API_VERSION,
        "kind": facts.CONFIG_KIND,
        "plugins": [{"type": scorer} for scorer in scorers],
        "schedulingProfiles": [
            {
                "name": "default",
                "plugins": [{"pluginRef": scorer, "weight": facts.SCORER_WEIGHTS[scorer]} for scorer in scorers],
            }
        ],
    }
    return str(yaml.safe_dump(config, sort_keys=False))


def picker_args(*, pool: str, namespace: str) -> list[str]:
    """The picker's command line (every flag is one of facts.FLAGS)."""
    return [
        f"--pool-name={pool}",
        f"--pool-namespace={namespace}",
        f"--pool-group={facts.POOL_GROUP}",
        f"--config-file={CONFIG_DIR}/{CONFIG_FILE}",
        f"--grpc-port={facts.GRPC_PORT}",
        f"--grpc-health-port={facts.GRPC_HEALTH_PORT}",
        f"--metrics-port={facts.METRICS_PORT}",
        "--tracing=false",
        "--metrics-endpoint-auth=false",
        "--enable-pprof=false",
    ]


class InferencePoolRouting(Construct):
    """The objects of the module docstring for the server pods selected by `server_selector`.

    :param server_meta: the server's metadata (`meta.name` names the pool and prefixes the picker).
    :param server_selector: the labels of the server pods, exactly (the pool selects by them).
    :param target_port: the engine's port in the server pods.
    :param scorers: the picker's scorer plugins (facts.PLUGIN_SOURCES names).
    :param scrape_annotations: prometheus.io annotations of the picker pod (default None: none), as the
        server's with `basicMonitoring`.
    :param pod_monitor: a PodMonitor `<serviceName>-epp` on the picker's metrics port (default None: none),
        as the server's.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        server_meta: WorkloadMetadata,
        server_selector: Mapping[str, str],
        target_port: int,
        picker: EndpointPickerSettings,
        scorers: Sequence[str],
        scrape_annotations: Mapping[str, str] | None = None,
        pod_monitor: PodMonitorSettings | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.pool_name = server_meta.name
        self.picker_name = f"{server_meta.name}-epp"
        namespace = server_meta.namespace
        meta = WorkloadMetadata.of(
            self.picker_name,
            namespace=namespace,
            component=COMPONENT,
            version=picker.tag,
            catalog_id=server_meta.labels[CATALOG_ID_LABEL],
        )
        # The picker's pods: the server's NetworkPolicy admits them to the serving port (metrics scrape).
        self.picker_selector = meta.selector
        self._identity(meta)
        k8s.KubeConfigMap(
            self,
            "Config",
            metadata=meta.core(self.picker_name, sync_wave(SyncWave.CONFIGURATION)),
            data={CONFIG_FILE: picker_config(scorers)},
        )
        self._picker(meta, picker, scrape_annotations)
        if pod_monitor is not None:
            WorkloadMonitoring(
                self,
                "Monitoring",
                meta=meta,
                scrape=("metrics", None, facts.METRICS_PATH),
                interval=pod_monitor.interval,
                pod_monitor_labels=pod_monitor.labels,
            )
        self._picker_tls(meta)
        self._pool(server_meta, server_selector, target_port, picker)

    def _picker(
        self, meta: WorkloadMetadata, picker: EndpointPickerSettings, scrape_annotations: Mapping[str, str] | None
    ) -> None:
        """The picker's Deployment and its Service (gRPC ext-proc for the gateway, metrics)."""
        ServingWorkload(
            self,
            "Picker",
            meta=meta,
            pod=self._pod(picker, meta.namespace),
            replicas=1,
            rollout=Rollout.RECREATE,
            service_type="ClusterIP",
            service_ports=[
                k8s.ServicePort(
                    name="grpc-ext-proc",
                    port=facts.GRPC_PORT,
                    target_port=k8s_values.port_number(facts.GRPC_PORT),
                    protocol="TCP",
                    app_protocol="kubernetes.io/h2c",
                ),
                k8s.ServicePort(
                    name="http-metrics",
                    port=facts.METRICS_PORT,
                    target_port=k8s_values.port_number(facts.METRICS_PORT),
                    protocol="TCP",
                ),
            ],
            progress_deadline=ProgressDeadline(
                {
                    "startup probe": STARTUP_PERIOD_SECONDS * STARTUP_FAILURE_THRESHOLD,
                    "first readiness": READINESS_PERIOD_SECONDS,
                    "image pull and first pool sync": PICKER_START_SECONDS,
                }
            ),
            # Without a sidecar the gateway's TLS (the DestinationRule) ends in the picker itself; the label,
            # not the annotation (platform fact "istio injection opt-out").
            pod_labels=NO_SIDECAR,
            pod_annotations=scrape_annotations,
            deployment_annotations=checkov_skip_annotations(WAIVERS, WAIVERS),
        )

    def _picker_tls(self, meta: WorkloadMetadata) -> None:
        """The DestinationRule: the gateway speaks TLS to the picker's self-signed certificate."""
        istio_destination_rule.DestinationRule(
            self,
            "PickerTls",
            metadata=meta.custom(self.picker_name, sync_wave(SyncWave.WORKLOAD, custom_resource=True)),
            spec=istio_destination_rule.DestinationRuleSpec(
                host=f"{self.picker_name}.{meta.namespace}.svc.cluster.local",
                traffic_policy=istio_destination_rule.DestinationRuleSpecTrafficPolicy(
                    tls=istio_destination_rule.DestinationRuleSpecTrafficPolicyTls(
                        mode=istio_destination_rule.DestinationRuleSpecTrafficPolicyTlsMode.SIMPLE,
                        insecure_skip_verify=True,
                    )
                ),
            ),
        )

    def _pool(
        self,
        server_meta: WorkloadMetadata,
        server_selector: Mapping[str, str],
        target_port: int,
        picker: EndpointPickerSettings,
    ) -> None:
        """The InferencePool: the server pods, their engine port, and the picker that chooses among them."""
        inference_pool.InferencePool(
            self,
            "Pool",
            metadata=server_meta.custom(self.pool_name, sync_wave(SyncWave.WORKLOAD, custom_resource=True)),
            spec=inference_pool.InferencePoolSpec(
                selector=inference_pool.InferencePoolSpecSelector(match_labels=dict(server_selector)),
                target_ports=[inference_pool.InferencePoolSpecTargetPorts(number=target_port)],
                endpoint_picker_ref=inference_pool.InferencePoolSpecEndpointPickerRef(
                    name=self.picker_name,
                    kind="Service",
                    group="",
                    port=inference_pool.InferencePoolSpecEndpointPickerRefPort(number=facts.GRPC_PORT),
                    failure_mode=_FAILURE_MODES[picker.failure_mode],
                ),
            ),
        )

    def _identity(self, meta: WorkloadMetadata) -> None:
        """ServiceAccount, Role and RoleBinding: only the reads the picker's manager makes (facts.RBAC_RULES);
        the InferencePool by name."""
        wave = sync_wave(SyncWave.IDENTITY_AND_SECRETS)
        name = self.picker_name
        k8s.KubeServiceAccount(self, "ServiceAccount", metadata=meta.core(name, wave))
        k8s.KubeRole(
            self,
            "Role",
            metadata=meta.core(name, wave),
            rules=[
                k8s.PolicyRule(
                    api_groups=[group],
                    resources=[resource],
                    verbs=list(facts.READ_VERBS),
                    resource_names=[self.pool_name] if resource == "inferencepools" else None,
                )
                for group, resource in facts.RBAC_RULES
            ],
        )
        k8s.KubeRoleBinding(
            self,
            "RoleBinding",
            metadata=meta.core(name, wave),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=name, namespace=meta.namespace)],
        )

    def _pod(self, picker: EndpointPickerSettings, namespace: str) -> k8s.PodSpec:
        return k8s.PodSpec(
            service_account_name=self.picker_name,
            enable_service_links=False,
            security_context=restricted_pod_security_context(),
            containers=[self._container(picker, namespace)],
            volumes=[
                k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=self.picker_name)),
                empty_dir("tmp", "64Mi"),
            ],
        )

    def _container(self, picker: EndpointPickerSettings, namespace: str) -> k8s.Container:
        probe_port = facts.GRPC_HEALTH_PORT
        return k8s.Container(
            name="epp",
            image=f"{picker.image}:{picker.tag}",
            image_pull_policy="IfNotPresent",
            args=picker_args(pool=self.pool_name, namespace=namespace),
            ports=[
                k8s.ContainerPort(name="grpc", container_port=facts.GRPC_PORT, protocol="TCP"),
                k8s.ContainerPort(name="grpc-health", container_port=probe_port, protocol="TCP"),
                k8s.ContainerPort(name="metrics", container_port=facts.METRICS_PORT, protocol="TCP"),
            ],
            env=[
                k8s.EnvVar(
                    name=variable, value_from=k8s.EnvVarSource(field_ref=k8s.ObjectFieldSelector(field_path=path))
                )
                for variable, path in (("NAMESPACE", "metadata.namespace"), ("POD_NAME", "metadata.name"))
            ],
            resources=compute_resources(picker.resources),
            startup_probe=k8s.Probe(
                grpc=k8s.GrpcAction(port=probe_port, service=facts.LIVENESS_SERVICE),
                period_seconds=STARTUP_PERIOD_SECONDS,
                failure_threshold=STARTUP_FAILURE_THRESHOLD,
            ),
            liveness_probe=k8s.Probe(
                grpc=k8s.GrpcAction(port=probe_port, service=facts.LIVENESS_SERVICE),
                initial_delay_seconds=5,
                period_seconds=10,
            ),
            readiness_probe=k8s.Probe(
                grpc=k8s.GrpcAction(port=probe_port, service=facts.READINESS_SERVICE),
                period_seconds=READINESS_PERIOD_SECONDS,
            ),
            volume_mounts=[
                k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True),
                k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            ],
            security_context=restricted_container_security_context(read_only_root_filesystem=True),
        )


__all__ = ["InferencePoolRouting", "picker_args", "picker_config", "scorers_for"]
