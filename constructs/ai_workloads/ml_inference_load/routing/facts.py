"""What the InferencePool routing relies on, each fact with the upstream source it was read from.

Endpoint picker: llm-d/llm-d-router at tag v0.10.0 (the release whose InferenceObjective CRD is in
../shared/crds/llm-d-router/). InferencePool: kubernetes-sigs/gateway-api-inference-extension v1.6.0.
Istio: istio/istio at tag 1.30.3 (the release of the bundled Istio CRDs). tests/test_routing_facts.py
checks each fact against the rendered objects (and, when a clone is named, against the source).
"""

from __future__ import annotations

from dataclasses import dataclass

PICKER_RELEASE = "llm-d/llm-d-router@v0.10.0"
POOL_RELEASE = "kubernetes-sigs/gateway-api-inference-extension@v1.6.0"
ISTIO_RELEASE = "istio/istio@1.30.3"
OPTIONS_GO = f"{PICKER_RELEASE}:pkg/epp/server/options.go"


@dataclass(frozen=True)
class PickerFlag:
    """One command-line flag of the endpoint picker (`/app/epp`, pflag), its default and why it is set."""

    name: str
    default: str
    source: str


@dataclass(frozen=True)
class RoutingFact:
    """One fact the routing objects rely on, and where it was read."""

    fact: str
    value: str
    source: str


IMAGE_REPOSITORY = "ghcr.io/llm-d/llm-d-router-endpoint-picker"
IMAGE_TAG = "v0.10.0"

GRPC_PORT = 9002  # ext-proc (Envoy external processing)
GRPC_HEALTH_PORT = 9003  # grpc.health.v1
METRICS_PORT = 9090  # controller-runtime metrics server (Prometheus)
METRICS_PATH = "/metrics"  # controller-runtime v0.23.3 (the picker's go.mod) pkg/metrics/server defaultMetricsEndpoint
POOL_GROUP = "inference.networking.k8s.io"
POOL_VERSION = "v1"
CONFIG_API_VERSION = "llm-d.ai/v1alpha1"
CONFIG_KIND = "EndpointPickerConfig"
# grpc.health.v1 service names the picker answers (cmd/epp/runner/health.go).
LIVENESS_SERVICE = "liveness"
READINESS_SERVICE = "readiness"
# The image's user (Dockerfile.epp `USER 65532:65532`); the pod runs as any non-root UID.
IMAGE_UID = 65532

# Every flag the construct renders (tests check each rendered flag is one of these).
FLAGS: dict[str, PickerFlag] = {
    flag.name: flag
    for flag in (
        PickerFlag("pool-name", "", OPTIONS_GO),
        PickerFlag("pool-namespace", "'' (then $NAMESPACE, then 'default')", f"{OPTIONS_GO}; cmd/epp/runner/runner.go"),
        PickerFlag("pool-group", POOL_GROUP, f"{OPTIONS_GO}; pkg/common/routing/common.go InferencePoolAPIGroup"),
        PickerFlag("config-file", "''", OPTIONS_GO),
        PickerFlag("grpc-port", str(GRPC_PORT), f"{OPTIONS_GO} DefaultGrpcPort"),
        PickerFlag("grpc-health-port", str(GRPC_HEALTH_PORT), OPTIONS_GO),
        PickerFlag("metrics-port", str(METRICS_PORT), OPTIONS_GO),
        # Default true: sends traces to an OTLP collector the platform does not run.
        PickerFlag("tracing", "true", OPTIONS_GO),
        # Default true: TokenReview/SubjectAccessReview per scrape, cluster-scoped permissions a namespace Role cannot grant.
        PickerFlag("metrics-endpoint-auth", "true", OPTIONS_GO),
        # Default true: pprof handlers on the metrics port.
        PickerFlag("enable-pprof", "true", OPTIONS_GO),
        # Default true: ext-proc over TLS with a self-signed certificate when --cert-path is unset.
        PickerFlag("secure-serving", "true", f"{OPTIONS_GO}; pkg/epp/server/runserver.go AsRunnable"),
        PickerFlag("ha-enable-leader-election", "false", OPTIONS_GO),
    )
}

# Scorer plugin types (config-file `plugins[].type`), registered in cmd/epp/runner/runner.go.
QUEUE_SCORER = "queue-scorer"
KV_CACHE_SCORER = "kv-cache-utilization-scorer"
PREFIX_CACHE_SCORER = "prefix-cache-scorer"
LORA_AFFINITY_SCORER = "lora-affinity-scorer"
PLUGIN_SOURCES: dict[str, str] = {
    QUEUE_SCORER: f"{PICKER_RELEASE}:pkg/epp/framework/plugins/scheduling/scorer/queuedepth/queue.go QueueScorerType",
    KV_CACHE_SCORER: f"{PICKER_RELEASE}:pkg/epp/framework/plugins/scheduling/scorer/kvcacheutilization/kvcache_utilization.go",
    PREFIX_CACHE_SCORER: f"{PICKER_RELEASE}:pkg/epp/framework/plugins/scheduling/scorer/prefix/plugin.go",
    LORA_AFFINITY_SCORER: f"{PICKER_RELEASE}:pkg/epp/framework/plugins/scheduling/scorer/loraaffinity/lora_affinity.go",
}
# The weights of the upstream chart's default profile (config/charts/routerlib/templates/_config.yaml).
SCORER_WEIGHTS: dict[str, int] = {QUEUE_SCORER: 2, KV_CACHE_SCORER: 2, PREFIX_CACHE_SCORER: 3, LORA_AFFINITY_SCORER: 1}

# The scorers every pool gets (LoRA affinity joins them when the server serves adapters: the lora hook).
DEFAULT_SCORERS = (QUEUE_SCORER, KV_CACHE_SCORER, PREFIX_CACHE_SCORER)

# istiod's switch for InferencePool backends (istio 1.30.3 pilot/pkg/features/experimental.go).
ISTIOD_INFERENCE_FLAG = "ENABLE_GATEWAY_API_INFERENCE_EXTENSION"

# What the picker reads from a vLLM pod (engine `vllm`, the default engine for pods without the
# `llm-d.ai/engine-type` label), scraped over http on the pool's target port at /metrics.
VLLM_METRICS_SOURCE = (
    f"{PICKER_RELEASE}:pkg/epp/framework/plugins/datalayer/extractor/metrics/factories.go defaultEngineConfigs"
)
VLLM_METRICS_READ: dict[str, str] = {
    "QueuedRequestsSpec": "vllm:num_requests_waiting",
    "RunningRequestsSpec": "vllm:num_requests_running",
    "KVUsageSpec": "vllm:kv_cache_usage_perc",
    "LoRASpec": "vllm:lora_requests_info",
    "CacheInfoSpec": "vllm:cache_config_info",
}
# Engine types with a metrics mapping in the picker (its own names; TGI has none: its pods would be scored on
# nothing). Which of our engines export them is the engine's `picker_metrics` (tests/test_routing.py keeps both in step).
ENGINES_WITH_METRICS = ("vllm", "sglang", "trtllm-serve", "triton-tensorrt-llm", "triton")

# RBAC: what the picker's controller-runtime manager reads, all in the pool's namespace
# (pkg/epp/server/controller_manager.go defaultManagerOptions cache.ByObject; runserver.go SetupWithManager).
RBAC_SOURCE = f"{PICKER_RELEASE}:pkg/epp/server/controller_manager.go, pkg/epp/server/runserver.go, pkg/epp/controller/*_reconciler.go"
READ_VERBS = ("get", "list", "watch")
RBAC_RULES: tuple[tuple[str, str], ...] = (
    ("", "pods"),  # PodReconciler
    (POOL_GROUP, "inferencepools"),  # InferencePoolReconciler; the cache selects metadata.name = the pool
    ("llm-d.ai", "inferenceobjectives"),  # InferenceObjectiveReconciler (when the CRD is served)
    ("llm-d.ai", "inferencemodelrewrites"),  # InferenceModelRewriteReconciler (when the CRD is served)
)

FACTS: tuple[RoutingFact, ...] = (
    RoutingFact(
        "image",
        f"{IMAGE_REPOSITORY}:{IMAGE_TAG} (name `<repo>-endpoint-picker`, tag = the git tag)",
        f"{PICKER_RELEASE}:.github/workflows/ci-release.yaml; Makefile IMAGE_REGISTRY, EPP_IMAGE_NAME",
    ),
    RoutingFact(
        "ports",
        f"ext-proc gRPC {GRPC_PORT}, gRPC health {GRPC_HEALTH_PORT}, metrics {METRICS_PORT}",
        f"{PICKER_RELEASE}:Dockerfile.epp EXPOSE; pkg/epp/server/options.go NewOptions",
    ),
    RoutingFact("user", f"USER {IMAGE_UID}:{IMAGE_UID}, ENTRYPOINT /app/epp", f"{PICKER_RELEASE}:Dockerfile.epp"),
    RoutingFact(
        "health",
        f"grpc.health.v1 on --grpc-health-port: `{LIVENESS_SERVICE}` serving while the process runs, "
        f"`{READINESS_SERVICE}` once the pool is synced (and leader, with leader election)",
        f"{PICKER_RELEASE}:cmd/epp/runner/health.go",
    ),
    RoutingFact(
        "config file",
        f"apiVersion {CONFIG_API_VERSION}, kind {CONFIG_KIND}; `plugins[{{type, name, parameters}}]`, "
        "`schedulingProfiles[{name, plugins[{pluginRef, weight}]}]`; a picker (max-score-picker), the "
        "metrics data source and extractor are added when absent",
        f"{PICKER_RELEASE}:apix/config/v1alpha1/endpointpickerconfig_types.go; pkg/epp/config/loader/defaults.go",
    ),
    RoutingFact(
        "rbac", "get/list/watch " + ", ".join(r for _, r in RBAC_RULES) + " in the pool's namespace", RBAC_SOURCE
    ),
    RoutingFact(
        "inference pool",
        f"{POOL_GROUP}/{POOL_VERSION} InferencePool: selector.matchLabels, targetPorts[{{number}}] (1..8), "
        "endpointPickerRef {name, port.number, failureMode FailOpen|FailClose (default FailClose)}",
        f"{POOL_RELEASE}:config/crd/bases/inference.networking.k8s.io_inferencepools.yaml",
    ),
    RoutingFact(
        "istio prerequisite",
        f"istiod env {ISTIOD_INFERENCE_FLAG}=true (default false): without it an HTTPRoute "
        "backendRef to an InferencePool is refused (InvalidDestinationKind, 'InferencePool is not enabled')",
        f"{ISTIO_RELEASE}:pilot/pkg/features/experimental.go EnableGatewayAPIInferenceExtension; "
        "pilot/pkg/config/kube/gateway/conversion.go",
    ),
    RoutingFact(
        "istio ext-proc connection",
        "the gateway calls the picker through an ordinary outbound cluster of the picker Service's host "
        "and port (EnvoyGrpc), so a DestinationRule for that host sets its TLS; the Service's "
        "`appProtocol: kubernetes.io/h2c` makes it HTTP/2; FailOpen maps to ext_proc failure_mode_allow",
        f"{ISTIO_RELEASE}:pilot/pkg/networking/core/route/route.go; pkg/config/kube/conversion.go; "
        "pilot/pkg/networking/core/cluster_tls.go",
    ),
    RoutingFact(
        "picker TLS",
        "--secure-serving (default true) serves ext-proc over TLS with a self-signed certificate: the "
        "gateway connects with TLS mode SIMPLE and insecureSkipVerify (as the upstream chart's Istio DestinationRule)",
        f"{PICKER_RELEASE}:pkg/epp/server/runserver.go; config/charts/llm-d-router-gateway/templates/istio.yaml",
    ),
)
