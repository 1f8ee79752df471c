/* Generated from schemas/workload.schema.json by json-schema-to-typescript (make synth). Do not edit. */

export type WorkloadSchema = MlInferenceLoadSchema | MlServerReleaseSchema;
export type Lifecycle = "experimental" | "production" | "deprecated";
/**
 * How the pod gets its GPUs.
 */
export type GpuAllocation = "devicePlugin" | "dra";
export type ProbeType = "httpGet" | "tcpSocket" | "exec";
export type AccessMode = "ReadWriteOnce" | "ReadWriteMany";
/**
 * Who renders the cache's PersistentVolumeClaim and download Job.
 */
export type ModelCacheSharing = "private" | "provide" | "use";
/**
 * Which endpoint the pod's `prometheus.io/*` annotations name.
 */
export type ScrapeAnnotations = "engine" | "istioSidecar";
/**
 * What the replicas are sized on (each engine's metric: ml_inference_load/autoscaling.py).
 */
export type ScalingSignal = "queue" | "running" | "kvCache";
export type WhenUnsatisfiable = "DoNotSchedule" | "ScheduleAnyway";
export type RoutingMode = "service" | "inferencePool";
export type FailureMode = "FailOpen" | "FailClose";

/**
 * An LLM server (Hugging Face TGI or vLLM) for one model on NVIDIA GPUs.
 */
export interface MlInferenceLoadSchema {
  /**
   * Backstage owner entity reference (user or group).
   */
  owner?: string;
  /**
   * Backstage lifecycle.
   */
  lifecycle?: Lifecycle & string;
  /**
   * One line for the Backstage catalog; a description is derived when omitted.
   */
  description?: string | null;
  /**
   * Where Argo CD deploys the workload.
   */
  placement?: Placement;
  /**
   * Workload type discriminator.
   */
  type: "ML_INFERENCE_LOAD";
  /**
   * DNS-1035 label, at most 49 characters (Istio names the gateway Service `<serviceName>-gateway-istio`). Every object name derives from it.
   */
  serviceName: string;
  /**
   * Kubernetes namespace of every object of the workload (DNS-1123 label).
   */
  namespace: string;
  /**
   * The serving engine: `tgi` (Hugging Face Text Generation Inference, in maintenance mode upstream since 2025-12-11) or `vllm` (vLLM's OpenAI-compatible server). Switching changes only the Deployment.
   */
  engine?: "tgi" | "vllm";
  /**
   * Server replicas; each needs `gpuCount` GPUs.
   */
  replicas?: number;
  model: MlInferenceLoadModelSource;
  serving?: ServingSettings;
  container: TgiContainer;
  /**
   * Opt-in persistent model cache: a PersistentVolumeClaim filled by a download Job before the server starts, which then runs offline. Without it the weights go to an emptyDir at /data and are downloaded on every start.
   */
  modelCache?: ModelCacheSettings | null;
  gateway: GatewaySettings;
  basicMonitoring?: MonitoringSettings;
  /**
   * Off by default: the default object set is the platform's 8-manifest contract.
   */
  networkPolicy?: NetworkPolicySettings;
  monitoring?: MonitoringPack;
  /**
   * Scale the server with KEDA on the engine's load signal (default: fixed `replicas`).
   */
  autoscaling?: AutoscalingSettings | null;
  /**
   * Priority class and topology spread of the server (see docs/gpu-placement.md).
   */
  scheduling?: SchedulingSettings;
  /**
   * How the gateway reaches the server pods (default: through the Service). See docs/routing.md.
   */
  routing?: RoutingSettings;
}
/**
 * Where Argo CD deploys the workload (one repository can serve several clusters).
 */
export interface Placement {
  /**
   * Name of an Argo CD cluster (its cluster Secret's `name`), rendered as the Application's `destination.name`. Default: the cluster Argo CD runs in (`destination.server` from cdk8s.yaml).
   */
  cluster?: string | null;
}
/**
 * The Hugging Face model the engine serves.
 */
export interface MlInferenceLoadModelSource {
  /**
   * Hugging Face repository id, e.g. `meta-llama/Llama-3.1-8B-Instruct` (TGI `MODEL_ID`, vLLM's model argument).
   */
  id: string;
  /**
   * Full 40-character commit SHA of the model repository (TGI `REVISION`, vLLM `--revision`). A branch or tag name is rejected: it can move and would change the weights under a running server.
   */
  revision: string;
}
/**
 * Engine settings that mean the same on every engine. Each engine maps a setting to its own flag or
 * variable; a setting (or value) an engine cannot honour is an error naming the field and the engine.
 * Unset settings keep the engine's default.
 */
export interface ServingSettings {
  /**
   * Name clients send as `model` in OpenAI API requests (default: `model.id`). Per engine: tgi: not supported; vllm: `--served-model-name`.
   */
  servedModelName?: string | null;
  /**
   * Context length in tokens: prompt plus generated tokens of one request. Per engine: tgi: `MAX_TOTAL_TOKENS`; vllm: `--max-model-len`.
   */
  maxModelLength?: number | null;
  /**
   * Quantization method of the weights. Per engine: tgi: awq, compressed-tensors, eetq, exl2, gptq, marlin, bitsandbytes, bitsandbytes-nf4, bitsandbytes-fp4, fp8; vllm: awq, auto_awq, fp8, fbgemm_fp8, fp_quant, modelopt, modelopt_fp4, modelopt_mxfp8, modelopt_mixed, auto_gptq, gptq, gptq_marlin, awq_marlin, humming, compressed-tensors, experts_int8, quark, moe_wna16, torchao, inc, mxfp4, gpt_oss_mxfp4, deepseek_v4_fp8, online, fp8_per_tensor, fp8_per_block, fp8_per_channel, int8_per_channel_weight_only, nvfp4_per_token, mxfp8.
   */
  quantization?: string | null;
  /**
   * Data type of weights and activations. Per engine: tgi: float16, bfloat16; vllm: auto, half, float16, bfloat16, float, float32.
   */
  dtype?: string | null;
  /**
   * Fraction of each GPU's memory the engine may use. Per engine: tgi: `CUDA_MEMORY_FRACTION`; vllm: `--gpu-memory-utilization`.
   */
  gpuMemoryUtilization?: number | null;
  /**
   * Further command-line arguments of the engine, after the construct's own: long flags (`--name` or `--name=value`), each optionally followed by its value; flags the construct sets are refused. Per engine: tgi: not supported; vllm: `vllm serve flags`.
   *
   * @maxItems 64
   */
  extraArgs?: string[];
  /**
   * Anonymous usage reports the engine sends to its vendor. `off` (default): none. `on`: the engine's own default (TGI posts to huggingface.co, vLLM to stats.vllm.ai). `no-stack`: TGI only, reports without error stacks. Per engine: tgi: off, no-stack, on; vllm: off, on.
   */
  usageStats?: "off" | "no-stack" | "on";
  /**
   * Static LoRA adapters, each pinned to a commit and fetched into the model cache (requires `modelCache`); clients pick one by sending its name as `model`. Default: none.
   */
  lora?: LoraSettings | null;
}
/**
 * Static LoRA adapters, fetched into the model cache at their pinned commits and loaded at start.
 */
export interface LoraSettings {
  /**
   * The adapters the server loads at start.
   *
   * @minItems 1
   * @maxItems 32
   */
  adapters: [LoraAdapter, ...LoraAdapter[]];
  /**
   * Adapters one batch may mix (vLLM `--max-loras`; each reserves GPU memory). Default: the number of adapters, at most 4; requests for further adapters wait for a free slot. vLLM only.
   */
  maxLoras?: number | null;
  /**
   * Highest adapter rank (vLLM `--max-lora-rank`, one of 1, 8, 16, 32, 64, 128, 256, 320, 512; default 16, vLLM's own). The server fails at start on an adapter of a higher rank. vLLM only.
   */
  maxLoraRank?: number | null;
}
/**
 * One LoRA adapter repository on the Hugging Face Hub, pinned to a commit.
 */
export interface LoraAdapter {
  /**
   * Name clients send as the OpenAI `model` to use this adapter: letters, digits, `.`, `_`, `-` (at most 63, starting and ending with a letter or digit); unique, and not the served model name.
   */
  name: string;
  /**
   * Hugging Face repository id of the adapter, e.g. `org/my-adapter`.
   */
  id: string;
  /**
   * Full 40-character commit SHA of the adapter repository: a branch or tag name is rejected, as for `model.revision`.
   */
  revision: string;
}
export interface TgiContainer {
  image: ContainerImage;
  /**
   * The first entry is the engine's HTTP port (TGI `PORT`, vLLM `--port`); the HTTPRoute and probes use it.
   *
   * @minItems 1
   */
  containerPorts: [ContainerPort, ...ContainerPort[]];
  /**
   * Extra environment of the engine, e.g. TGI launcher settings (`MAX_INPUT_TOKENS`). A variable set from a typed `serving` field is refused while that field is set.
   */
  environment?: EnvironmentVariable[];
  secrets?: ServiceSecret[];
  secretStore?: SecretStore;
  /**
   * @deprecated
   * Accepted for compatibility with existing Helm values and ignored: Vault access goes through the ClusterSecretStore named in `secretStore`.
   */
  vault?: {
    [k: string]: unknown;
  } | null;
  /**
   * NVIDIA GPUs (one node): the tensor-parallel size (TGI `NUM_SHARD` when > 1, vLLM `--tensor-parallel-size` divided by any pipeline/data parallel size in serving.extraArgs).
   */
  gpuCount?: number;
  /**
   * Which GPUs: products, least memory, a MIG slice, device plugin or DRA (see docs/gpu-placement.md). Default: any `nvidia.com/gpu` through the device plugin.
   */
  gpu?: GpuSelection | null;
  /**
   * Run the server as this non-root UID (also its GID and fsGroup). Only for a derived image that supports it: the upstream TGI 3.3.x image must run as root (its Python lives under /root). Default: what the engine's image requires (TGI: root; vLLM: its own `vllm` user, UID 2000 GID 0).
   */
  runAsUser?: number | null;
  /**
   * CPU/memory of the server container. Defaults fit an 8B-class model: requests 4 CPU / 32Gi, limits 8 CPU / 32Gi (memory request = limit so the pod is never evicted for it).
   */
  resources?: ResourceRequirements;
  /**
   * Size of the memory-backed /dev/shm (NCCL uses it with several GPUs).
   */
  shmSize?: string;
  /**
   * Size limit of the /data emptyDir holding the weights (without `modelCache`).
   */
  modelCacheSize?: string;
  /**
   * The server's startup probe. The Deployment's progressDeadlineSeconds is derived from it, never set on its own: initialDelaySeconds + periodSeconds x failureThreshold, plus the readiness probe's first success, plus 1800 s for scheduling and the image pull, plus the provider's download deadline (7200 s) with `modelCache.sharing: use`. Default: 3600 + 10 + 1800 = 5410 s; the Deployment's `ai-workloads/progress-deadline` annotation shows the sum.
   */
  startupProbe?: StartupProbe;
  readinessProbe?: ReadinessProbe;
  livenessProbe?: LivenessProbe;
}
/**
 * An image pinned by tag: the tag `latest` is rejected because it changes under a running workload.
 */
export interface ContainerImage {
  /**
   * Image repository without tag, e.g. `ghcr.io/huggingface/text-generation-inference`.
   */
  repository: string;
  /**
   * Exact image tag; `latest` is rejected.
   */
  tag: string;
  /**
   * Optional `sha256:` digest; when set the image is pulled by digest (tag kept for humans).
   */
  digest?: string | null;
}
export interface ContainerPort {
  portName: string;
  /**
   * Port the engine listens on inside the pod.
   */
  portNumber: number;
  protocol?: "TCP" | "UDP" | "SCTP";
  /**
   * Port the Service exposes, forwarded to `portNumber`.
   */
  servicePort: number;
}
export interface EnvironmentVariable {
  name: string;
  value: string;
}
/**
 * A secret read from Vault by external-secrets and exposed to the engine as an environment variable.
 */
export interface ServiceSecret {
  /**
   * Environment variable name, e.g. `HF_TOKEN`.
   */
  name: string;
  /**
   * Key in the generated Kubernetes Secret `<serviceName>-secrets`.
   */
  secretKey: string;
  /**
   * Path of the secret in Vault, e.g. `ml/huggingface/token` (no `.` or `..` segments).
   */
  vaultPath: string;
  /**
   * Field of the Vault secret to read; defaults to `secretKey`.
   */
  vaultProperty?: string | null;
}
export interface SecretStore {
  /**
   * Name of the external-secrets ClusterSecretStore backed by Vault.
   */
  name?: string;
}
/**
 * Which GPUs the server may run on. Every key is optional; without `container.gpu` the server takes
 * any `nvidia.com/gpu` (today's behaviour).
 */
export interface GpuSelection {
  /**
   * GPU products, as GPU Feature Discovery writes them into `nvidia.com/gpu.product` (the NVML name with blanks as '-', e.g. `NVIDIA-H100-80GB-HBM3`). Default: any product. Device plugin: a required node affinity `In` this list; DRA: a CEL selector on the driver's `productName` (blanks read as '-').
   *
   * @maxItems 16
   */
  products?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
  /**
   * Least memory of each GPU in MiB. Default: any. Device plugin: node affinity `nvidia.com/gpu.memory` Gt (this - 1) (GFD writes MiB as an integer string); DRA: CEL on the driver's `memory` capacity.
   */
  minMemoryMiB?: number | null;
  /**
   * A MIG slice instead of whole GPUs: the profile (`1g.10gb`, `3g.40gb`, ...; see docs/gpu-placement.md). The server requests `nvidia.com/mig-<profile>` (device plugin, mixed strategy) instead of `nvidia.com/gpu`; needs gpuCount 1 (no tensor parallelism across slices). Default: whole GPUs.
   */
  mig?: string | null;
  /**
   * `devicePlugin` (default): `nvidia.com/gpu` (or MIG) limits and GFD node labels. `dra`: a ResourceClaimTemplate `<serviceName>-gpu` (DeviceClass gpu.nvidia.com, count gpuCount) that the pod claims; no `nvidia.com/gpu` limit. DRA needs Kubernetes >= 1.34 and the NVIDIA DRA driver.
   */
  allocation?: GpuAllocation & string;
}
/**
 * Requests (what the scheduler reserves) and limits (the hard cap) for CPU and memory.
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$".
 */
export interface ResourceRequirements {
  requests: ComputeResources;
  limits: ComputeResources;
}
/**
 * CPU and memory for one container.
 */
export interface ComputeResources {
  /**
   * Positive Kubernetes quantity, e.g. `500m`, `4`, `512Mi`, `16Gi`.
   */
  cpu: string;
  /**
   * Positive Kubernetes quantity, e.g. `500m`, `4`, `512Mi`, `16Gi`.
   */
  memory: string;
}
/**
 * Default budget: 10 s x 360 = 60 minutes, so a first start that downloads the weights survives.
 */
export interface StartupProbe {
  /**
   * Render this probe; `false` leaves it out of the pod.
   */
  enabled?: boolean;
  /**
   * httpGet, tcpSocket or exec.
   */
  type?: ProbeType & string;
  /**
   * httpGet only: the request path (defaults to the workload's health path).
   */
  path?: string | null;
  /**
   * httpGet/tcpSocket: the container port name (defaults to the first port).
   */
  port?: string | null;
  /**
   * exec only: the command run inside the container.
   */
  command?: [string, ...string[]] | null;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}
export interface ReadinessProbe {
  /**
   * Render this probe; `false` leaves it out of the pod.
   */
  enabled?: boolean;
  /**
   * httpGet, tcpSocket or exec.
   */
  type?: ProbeType & string;
  /**
   * httpGet only: the request path (defaults to the workload's health path).
   */
  path?: string | null;
  /**
   * httpGet/tcpSocket: the container port name (defaults to the first port).
   */
  port?: string | null;
  /**
   * exec only: the command run inside the container.
   */
  command?: [string, ...string[]] | null;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}
/**
 * Lenient by default (3 minutes): an engine answers /health slowly while it is saturated (TGI runs a
 * generation for it).
 */
export interface LivenessProbe {
  /**
   * Render this probe; `false` leaves it out of the pod.
   */
  enabled?: boolean;
  /**
   * httpGet, tcpSocket or exec.
   */
  type?: ProbeType & string;
  /**
   * httpGet only: the request path (defaults to the workload's health path).
   */
  path?: string | null;
  /**
   * httpGet/tcpSocket: the container port name (defaults to the first port).
   */
  port?: string | null;
  /**
   * exec only: the command run inside the container.
   */
  command?: [string, ...string[]] | null;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}
/**
 * A PersistentVolumeClaim holding exactly `model.id` at `model.revision`, filled by a download Job
 * before the server starts; the server then loads from it with Hub downloads switched off.
 */
export interface ModelCacheSettings {
  /**
   * Requested storage, at least 10Gi: the whole model repository at the pinned revision. Required unless `sharing` is `use`.
   */
  size?: string | null;
  /**
   * StorageClass of the claim (default: the cluster's default class). A DNS-1123 subdomain, as the API server checks it (lower-case dot-separated labels, each starting and ending with a letter or digit).
   */
  storageClassName?: string | null;
  /**
   * `ReadWriteOnce` or `ReadWriteMany`. Default: ReadWriteMany with more than one replica or `sharing: provide`, else ReadWriteOnce.
   */
  accessMode?: AccessMode | null;
  /**
   * `private`: this workload's own cache. `provide`: a cache named after the exact model id and revision (`model-cache-<model slug>-<hash of id@revision>`) that other workloads serving exactly the same model.id and model.revision in the namespace may mount; Argo CD never prunes or deletes it (remove it by hand once no workload mounts it). `use`: mount the cache another workload provides (nothing rendered here; refused unless a workload provides exactly this model.id and model.revision).
   */
  sharing?: ModelCacheSharing & string;
  /**
   * activeDeadlineSeconds of the download Job (all attempts together).
   */
  downloadDeadlineSeconds?: number;
  /**
   * backoffLimit of the download Job (failed attempts retried).
   */
  downloadRetries?: number;
}
/**
 * Public exposure through an Istio-class Gateway API Gateway with a cert-manager certificate.
 */
export interface GatewaySettings {
  /**
   * Public host names (TLS terminated at the Gateway).
   *
   * @minItems 1
   * @maxItems 16
   *
   * Items: Public host name (lower-case DNS name; `*.` wildcard allowed).
   */
  hosts:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
  /**
   * cert-manager ClusterIssuer that signs the certificate.
   */
  clusterIssuer?: string;
  /**
   * HTTPRoute request timeout. Long on purpose: a streamed generation can run for minutes.
   */
  requestTimeout?: string;
  /**
   * Also listen for plain HTTP on port 80 and answer every request with a 301 redirect to HTTPS (an extra HTTPRoute `<serviceName>-http-redirect`). Off by default: the platform contract is HTTPS only.
   */
  httpRedirect?: boolean;
}
export interface MonitoringSettings {
  /**
   * Annotate the pod for Prometheus scraping (`prometheus.io/*`). With the Istio sidecar, Istio rewrites the annotations to its agent (port 15020, /stats/prometheus) and merges the engine's own metrics into it; without a sidecar Prometheus scrapes the engine directly.
   */
  enabled?: boolean;
  /**
   * `engine` (default): the annotations name the engine's metrics port and path, which works with and without a sidecar. `istioSidecar`: the literal 15020 /stats/prometheus annotations (Istio then does not merge the engine's metrics).
   */
  annotations?: ScrapeAnnotations & string;
}
/**
 * When enabled, a NetworkPolicy admits only the Istio gateway pods (to the serving ports) and the
 * metrics scraper (to the metrics port); all other ingress is denied. Unset fields take the workload
 * type's defaults (see each field).
 */
export interface NetworkPolicySettings {
  enabled?: boolean;
  /**
   * Namespace of the gateway pods. Default: the workload's namespace for ML_INFERENCE_LOAD (Istio deploys its Gateway there), `istio-system` for MLServer releases.
   */
  gatewayNamespace?: string | null;
  /**
   * Labels of the gateway pods. Default: `gateway.networking.k8s.io/gateway-name: <serviceName>-gateway` for ML_INFERENCE_LOAD, `istio: ingressgateway` for MLServer releases.
   */
  gatewayPodLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  } | null;
  /**
   * Namespace of the Prometheus scraper.
   */
  monitoringNamespace?: string;
  /**
   * Labels of the scraper pods allowed to reach the metrics port.
   */
  monitoringPodLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
}
/**
 * Prometheus Operator objects for the workload.
 */
export interface MonitoringPack {
  podMonitor?: PodMonitorSettings;
  alerts?: AlertSettings;
  dashboard?: DashboardSettings;
}
/**
 * A PodMonitor (monitoring.coreos.com/v1) scraping the server's own metrics endpoint.
 */
export interface PodMonitorSettings {
  /**
   * Render the PodMonitor. Default: on exactly when `basicMonitoring.enabled` is (the prometheus.io annotations stay for clusters without the Prometheus Operator). A cluster without the operator's CRDs cannot apply it: set `false` there.
   */
  enabled?: boolean | null;
  /**
   * Extra labels on the PodMonitor, for the `podMonitorSelector` of the Prometheus that should scrape it (e.g. `release: kube-prometheus-stack`). Default: none.
   */
  labels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  /**
   * Scrape interval. Default: Prometheus' global interval.
   */
  interval?: string | null;
}
export interface AlertSettings {
  /**
   * Render the PrometheusRule (default off).
   */
  enabled?: boolean;
  /**
   * Extra labels on the PrometheusRule, for the `ruleSelector` of the Prometheus that should load it. Default: none.
   */
  labels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  /**
   * Extra labels on every alert (e.g. `team: ml-platform`, for routing).
   */
  alertLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  thresholds?: AlertThresholds;
}
/**
 * When each alert fires. An alert whose metric the engine does not export is not rendered.
 */
export interface AlertThresholds {
  /**
   * Server container restarts within an hour.
   */
  restartsPerHour?: number;
  /**
   * How long the Deployment may have no available replica before it pages. A first start downloads the weights (up to the 60-minute startup budget): raise it when that is expected.
   */
  noReadyReplicaFor?: string;
  /**
   * p95 time to first token over 5 minutes, in seconds (vLLM only; TGI has no such metric).
   */
  timeToFirstTokenP95Seconds?: number;
  /**
   * p95 time between two generated tokens over 5 minutes, in seconds (vLLM only).
   */
  interTokenLatencyP95Seconds?: number;
  /**
   * Requests waiting, averaged over the replicas (vLLM `num_requests_waiting`, TGI `tgi_queue_size`).
   */
  queuePerReplica?: number;
  /**
   * Fraction of the KV cache in use on the fullest replica (vLLM only).
   */
  kvCacheUsage?: number;
  /**
   * Failed requests / all requests over 5 minutes (TGI: validation errors, the client's fault, not counted).
   */
  errorRatio?: number;
}
/**
 * A Grafana dashboard (built with grafana-foundation-sdk) in a ConfigMap that Grafana's dashboard
 * sidecar (kiwigrid/k8s-sidecar, as deployed by the grafana and kube-prometheus-stack charts) loads.
 */
export interface DashboardSettings {
  /**
   * Render the dashboard ConfigMap (default off: the sidecar only loads ConfigMaps from the namespaces it watches, and a dashboard nobody loads is dead weight; see docs/operating.md).
   */
  enabled?: boolean;
  /**
   * Label the sidecar selects dashboard ConfigMaps by (its LABEL; charts' default `grafana_dashboard`).
   */
  labelKey?: string;
  /**
   * Value of that label (its LABEL_VALUE; kube-prometheus-stack's default `1`).
   */
  labelValue?: string;
  /**
   * Directory (relative to the sidecar's FOLDER) for the dashboard, an annotation; Grafana shows it as a folder with `foldersFromFilesStructure`. Default: none (the sidecar's own folder).
   */
  folder?: string | null;
  /**
   * Annotation the sidecar reads the folder from (its FOLDER_ANNOTATION; k8s-sidecar's default).
   */
  folderAnnotation?: string;
}
/**
 * A KEDA ScaledObject (keda.sh/v1alpha1, KEDA v2.20.2) on the server Deployment. The Deployment then
 * has no `replicas` (`replicas:` of the file must stay unset).
 */
export interface AutoscalingSettings {
  /**
   * Fewest replicas while there is demand (default 1). `0` needs `scaleToZero: true`.
   */
  minReplicas?: number;
  /**
   * Most replicas; each needs `gpuCount` GPUs.
   */
  maxReplicas: number;
  /**
   * Remove every replica when idle (default off: the next request waits for a GPU pod to start, and gets the gateway's 503 until it is Ready; docs/operating.md). Idle: the signal at or below `activationThreshold` and no request through the gateway for `scaleDownDelay` seconds. With `minReplicas: 0` KEDA's minReplicaCount is 0; with `minReplicas` of 1 or more, KEDA's idleReplicaCount 0 (zero when idle, at least minReplicas when active).
   */
  scaleToZero?: boolean;
  /**
   * With scaleToZero: the signal's value above which the workload is active (KEDA's `activationThreshold`, default 0: any request waiting or running). Only used with `scaleToZero`.
   */
  activationThreshold?: number | null;
  /**
   * `queue` (default): requests waiting (vLLM `num_requests_waiting`, TGI `tgi_queue_size`); `running`: requests in the batch (vLLM `num_requests_running`, TGI `tgi_batch_current_size`); `kvCache`: KV-cache usage (vLLM only).
   */
  signal?: ScalingSignal & string;
  /**
   * The signal's value per replica KEDA keeps (metricType AverageValue: the sum over the replicas divided by their number). Default: queue 5, running 16, kvCache 0.7.
   */
  targetPerReplica?: number | null;
  /**
   * Seconds the signal must stay high before a scale-up (default 0: the rate is already limited to one pod per startup budget).
   */
  scaleUpStabilization?: number;
  /**
   * Seconds of lower demand before a scale-down (HPA scale-down stabilization, default 10 minutes: a GPU replica takes minutes to come back).
   */
  scaleDownDelay?: number;
  prometheus: PrometheusSource;
}
export interface PrometheusSource {
  /**
   * URL of the Prometheus that scrapes the server (e.g. `http://prometheus-operated.monitoring.svc:9090`, the operator's governing Service). Required: a wrong address would leave the workload on its fallback replicas.
   */
  serverAddress: string;
}
/**
 * Scheduling of the server (and of its model download Job, which follows the server's node constraints).
 */
export interface SchedulingSettings {
  /**
   * PriorityClass of the server's pods (and the download Job's). Default: none, the cluster's global default class (priority 0 without one). The class must exist in the cluster.
   */
  priorityClassName?: string | null;
  topologySpread?: TopologySpread;
}
/**
 * A `topologySpreadConstraints` entry over the server's pods.
 */
export interface TopologySpread {
  /**
   * Default (unset): on when the server can have more than one replica (`replicas` > 1 or `autoscaling.maxReplicas` > 1), so replicas land on different nodes and one node's loss takes one replica; off for a single replica (nothing to spread). `false` turns it off.
   */
  enabled?: boolean | null;
  /**
   * Node label the replicas are spread over (default: one per node).
   */
  topologyKey?: string;
  /**
   * Most pods more in one topology domain than in another.
   */
  maxSkew?: number;
  /**
   * `DoNotSchedule` (default): a replica stays Pending rather than share a node (as many GPU nodes as replicas are needed). `ScheduleAnyway`: spread as a preference only.
   */
  whenUnsatisfiable?: WhenUnsatisfiable & string;
}
/**
 * How the gateway's HTTPRoute reaches the server pods.
 */
export interface RoutingSettings {
  /**
   * `service` (default): the HTTPRoute sends to the server's Service, balanced by the gateway. `inferencePool` (vLLM only): an InferencePool with an endpoint picker that chooses the pod from the engines' queue, KV-cache and prefix-cache state (needs istiod with ENABLE_GATEWAY_API_INFERENCE_EXTENSION=true, see docs/routing.md).
   */
  mode?: RoutingMode & string;
  /**
   * The endpoint picker (used with `mode: inferencePool`).
   */
  endpointPicker?: EndpointPickerSettings;
}
/**
 * The llm-d-router endpoint picker (ext-proc server) that chooses a server pod for each request.
 */
export interface EndpointPickerSettings {
  /**
   * Image repository of the picker. Default: `ghcr.io/llm-d/llm-d-router-endpoint-picker`, the image whose source the rendered flags, ports and permissions were read from.
   */
  image?: string;
  /**
   * Image tag. Default `v0.10.0` (the release the facts were read from); another tag may take other flags.
   */
  tag?: string;
  /**
   * What the gateway does when the picker cannot be reached. `FailOpen` (default): the request still goes to a server pod, chosen by the gateway's own load balancing. `FailClose`: the request fails (HTTP 5xx) until the picker answers again.
   */
  failureMode?: FailureMode & string;
  /**
   * CPU/memory of the picker container. Default: requests 500m / 512Mi, limits 2 CPU / 2Gi.
   */
  resources?: ResourceRequirements;
}
/**
 * Several independent Seldon MLServer model servers, one per `apps[]` entry.
 */
export interface MlServerReleaseSchema {
  /**
   * Backstage owner entity reference (user or group).
   */
  owner?: string;
  /**
   * Backstage lifecycle.
   */
  lifecycle?: Lifecycle & string;
  /**
   * One line for the Backstage catalog; a description is derived when omitted.
   */
  description?: string | null;
  /**
   * Where Argo CD deploys the workload.
   */
  placement?: Placement;
  /**
   * Workload type discriminator.
   */
  type: "MLSERVER_RELEASE";
  /**
   * DNS label; objects are named `<releaseName>-ai-workloads-<app>`.
   */
  releaseName: string;
  /**
   * Kubernetes namespace of every object of the workload (DNS-1123 label).
   */
  namespace: string;
  /**
   * Extra resource profiles, or redefinitions of the built-in cpu-small/medium/large.
   */
  infraProfiles?: {
    [k: string]: ResourceRequirements;
  };
  istio?: IstioSettings;
  /**
   * On by default for MLServer releases.
   */
  networkPolicy?: MlServerNetworkPolicySettings;
  /**
   * Prometheus scrape annotations.
   */
  metrics?: MetricsSettings;
  monitoring?: MlServerMonitoringPack;
  /**
   * @minItems 1
   * @maxItems 50
   */
  apps: [MlServerApp, ...MlServerApp[]];
}
/**
 * Expose every app under `<basePath><app name>` through an Istio VirtualService.
 */
export interface IstioSettings {
  enabled?: boolean;
  /**
   * Path prefix; apps are served at `<basePath>/<app name>` (`/mlserver-a` for `/`).
   */
  basePath?: string;
  /**
   * @maxItems 16
   *
   * Items: Public host name (lower-case DNS name; `*.` wildcard allowed).
   */
  hosts?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string, string, string, string, string]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ]
    | [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string
      ];
  /**
   * Istio Gateway (`namespace/name`) the VirtualService binds to.
   */
  gateway?: string;
}
/**
 * The NetworkPolicy of every app: the ingress gateway pods reach the serving ports, the scraper the
 * metrics port; all other ingress is denied.
 */
export interface MlServerNetworkPolicySettings {
  enabled?: boolean;
  /**
   * Namespace of the ingress gateway pods allowed to reach the serving ports (default: the platform's shared Istio ingress gateway in istio-system).
   */
  gatewayNamespace?: string;
  /**
   * Labels of those gateway pods (default: `istio: ingressgateway`, Istio's ingress gateway).
   */
  gatewayPodLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  /**
   * Namespace of the Prometheus scraper.
   */
  monitoringNamespace?: string;
  /**
   * Labels of the scraper pods allowed to reach the metrics port.
   */
  monitoringPodLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
}
export interface MetricsSettings {
  /**
   * `engine` (default): `prometheus.io/*` name MLServer's metrics port (8082, /metrics); with the Istio sidecar, Istio rewrites them to its agent (15020, /stats/prometheus) and merges MLServer's metrics. `istioSidecar`: the literal 15020 annotations (MLServer's metrics are then not merged).
   */
  annotations?: ScrapeAnnotations & string;
}
/**
 * Prometheus Operator objects for every app of the release.
 */
export interface MlServerMonitoringPack {
  podMonitor?: MlServerPodMonitorSettings;
  alerts?: MlServerAlertSettings;
  dashboard?: DashboardSettings;
}
export interface MlServerPodMonitorSettings {
  /**
   * Render a PodMonitor per app on MLServer's metrics port (8082, /metrics). Default: on (MLServer pods always carry the prometheus.io annotations). A cluster without the Prometheus Operator's CRDs cannot apply it: set `false` there.
   */
  enabled?: boolean | null;
  /**
   * Extra labels on the PodMonitor, for the `podMonitorSelector` of the Prometheus that should scrape it (e.g. `release: kube-prometheus-stack`). Default: none.
   */
  labels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  /**
   * Scrape interval. Default: Prometheus' global interval.
   */
  interval?: string | null;
}
export interface MlServerAlertSettings {
  /**
   * Render the PrometheusRule (default off).
   */
  enabled?: boolean;
  /**
   * Extra labels on the PrometheusRule, for the `ruleSelector` of the Prometheus that should load it. Default: none.
   */
  labels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  /**
   * Extra labels on every alert (e.g. `team: ml-platform`, for routing).
   */
  alertLabels?: {
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$".
     */
    [k: string]: string;
  };
  thresholds?: MlServerThresholds;
}
/**
 * When each MLServer alert fires (per app).
 */
export interface MlServerThresholds {
  /**
   * Server container restarts within an hour.
   */
  restartsPerHour?: number;
  /**
   * How long the Deployment may have no available replica before it pages. A first start downloads the weights (up to the 60-minute startup budget): raise it when that is expected.
   */
  noReadyReplicaFor?: string;
  /**
   * Failed inference requests / all inference requests over 5 minutes.
   */
  errorRatio?: number;
  /**
   * Mean inference time over 5 minutes, in seconds (MLServer's request duration is a summary without quantiles, so no percentile exists).
   */
  meanLatencySeconds?: number;
}
/**
 * One MLServer model server: its own Deployment, Service, settings ConfigMap and HPA.
 */
export interface MlServerApp {
  /**
   * App kind; `mlserver` apps get MLServer defaults.
   */
  kind: "mlserver";
  /**
   * DNS label; objects are named `<releaseName>-ai-workloads-<name>`.
   */
  name: string;
  image?: ContainerImage;
  /**
   * MLServer settings.json. Rendered into ConfigMap `<releaseName>-ai-workloads-<name>-settings` and read by the server.
   */
  settings?: {
    [k: string]: unknown;
  } | null;
  /**
   * model-settings.json of the model this app serves (`name` and `implementation` at least); rendered into the settings ConfigMap and mounted at /models/<name>/model-settings.json. The readiness probe asks MLServer for this model (/v2/models/<name>/ready).
   */
  modelSettings: {
    [k: string]: unknown;
  };
  /**
   * Where the model's artifacts come from. Required: without it MLServer starts with no model and reports ready while every inference is a 404.
   */
  modelSource: MlserverReleaseModelSource;
  /**
   * Resource profile (built-in or from `infraProfiles`).
   */
  infraProfile?: string;
  resources?: ResourceOverrides | null;
  /**
   * Used only without HPA.
   */
  replicas?: number;
  hpa?: HpaSettings;
  /**
   * Scale with KEDA on inference requests per second instead of CPU (not with hpa.enabled).
   */
  keda?: RequestRateAutoscaling | null;
  env?: EnvironmentVariable[];
  service?: ServiceSettings;
  modelsVolume?: ModelsVolume;
}
/**
 * Where the served model's artifacts come from: a storage URI downloaded into `/models/<model>` by
 * an init container before the server starts, or `filledExternally` when something else puts them
 * on the models volume (a pre-filled PersistentVolumeClaim).
 */
export interface MlserverReleaseModelSource {
  /**
   * gs://, s3://, hdfs://, webhdfs://, hf:// or https:// (Azure Blob/File included) URI of the model artifacts, fetched by KServe's storage initializer into /models/<modelSettings.name>.
   */
  storageUri?: string | null;
  /**
   * Existing Secret whose keys become the downloader's environment (e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ENDPOINT_URL for s3://; HF_TOKEN for hf://).
   */
  credentialsSecret?: string | null;
  /**
   * The storage initializer image.
   */
  downloaderImage?: ContainerImage;
  /**
   * The models volume already holds /models/<modelSettings.name> (e.g. a pre-filled PersistentVolumeClaim): nothing is downloaded.
   */
  filledExternally?: boolean;
}
/**
 * Per-app overrides on top of the chosen profile; any field left out keeps the profile's value.
 */
export interface ResourceOverrides {
  requests?: {
    [k: string]: string;
  } | null;
  limits?: {
    [k: string]: string;
  } | null;
}
export interface HpaSettings {
  enabled?: boolean;
  minReplicas?: number;
  maxReplicas?: number;
  targetCpuUtilizationPercentage?: number;
}
/**
 * A KEDA ScaledObject (instead of the CPU HPA) keeping inference requests per second per replica at
 * a target (MLServer's `model_infer_request_success`/`_failure` counters).
 */
export interface RequestRateAutoscaling {
  /**
   * Fewest replicas (default 1).
   */
  minReplicas?: number;
  /**
   * Most replicas.
   */
  maxReplicas: number;
  /**
   * Inference requests per second each replica should take (default 20).
   */
  targetRequestsPerSecond?: number;
  /**
   * Seconds of lower demand before a scale-down (default 300).
   */
  scaleDownDelay?: number;
  prometheus: PrometheusSource;
}
export interface ServiceSettings {
  /**
   * Service port and MLServer HTTP port (MLSERVER_HTTP_PORT).
   */
  port?: number;
}
/**
 * Where `/models` comes from: an emptyDir (default) or an existing PersistentVolumeClaim.
 */
export interface ModelsVolume {
  persistentVolumeClaim?: PersistentVolumeClaimSource | null;
  emptyDirSizeLimit?: string;
}
export interface PersistentVolumeClaimSource {
  claimName: string;
}
