// Compiled by tests/test_platform_integration.py with `tsc --strict --noEmit`: proves the generated
// declarations are valid and usable by a TypeScript consumer, with the same shape as the YAML files.
import type { MlInferenceLoadSchema, MlServerReleaseSchema, WorkloadSchema } from "../../schemas/workload";

const llm: MlInferenceLoadSchema = {
  type: "ML_INFERENCE_LOAD",
  serviceName: "llama-3-8b-instruct",
  namespace: "ml-inference",
  model: { id: "meta-llama/Llama-3.1-8B-Instruct", revision: "0e9e39f249a16976918f6564b8830bc894c89659" },
  container: {
    image: { repository: "ghcr.io/huggingface/text-generation-inference", tag: "3.3.4" },
    containerPorts: [{ portName: "http", portNumber: 8080, protocol: "TCP", servicePort: 80 }],
    secrets: [{ name: "HF_TOKEN", secretKey: "hf-token", vaultPath: "ml/huggingface/read-token" }],
    gpuCount: 1,
  },
  gateway: { hosts: ["llama.example.com"] },
};

const vllm: MlInferenceLoadSchema = {
  type: "ML_INFERENCE_LOAD",
  serviceName: "qwen2-5-7b-instruct",
  namespace: "ml-inference",
  engine: "vllm",
  model: { id: "Qwen/Qwen2.5-7B-Instruct", revision: "a09a35458c702b33eeacc393d103063234e8bc28" },
  serving: { maxModelLength: 16384, gpuMemoryUtilization: 0.9, extraArgs: ["--max-num-seqs", "64"] },
  container: {
    image: { repository: "vllm/vllm-openai", tag: "v0.33.0" },
    containerPorts: [{ portName: "http", portNumber: 8000, protocol: "TCP", servicePort: 80 }],
  },
  modelCache: { size: "40Gi", accessMode: "ReadWriteOnce", sharing: "private" },
  gateway: { hosts: ["qwen.example.com"] },
};

const release: MlServerReleaseSchema = {
  type: "MLSERVER_RELEASE",
  releaseName: "fraud-scoring",
  namespace: "ml-serving",
  apps: [{
    kind: "mlserver", name: "mlserver-a", infraProfile: "cpu-small", hpa: { enabled: true, maxReplicas: 5 },
    modelSettings: { name: "fraud-xgb", implementation: "mlserver_xgboost.XGBoostModel" },
    modelSource: { storageUri: "gs://risk-ml-models/fraud-scoring/xgboost" },
  }],
};

function describe(workload: WorkloadSchema): string {
  // The `type` discriminator narrows the union, as it selects the schema in Python.
  switch (workload.type) {
    case "ML_INFERENCE_LOAD":
      return `${workload.serviceName}: ${workload.model.id} on ${workload.container.gpuCount ?? 1} GPU(s)`;
    case "MLSERVER_RELEASE":
      return `${workload.releaseName}: ${workload.apps.map((app) => app.name).join(", ")}`;
  }
}

export const descriptions: string[] = [llm, vllm, release].map(describe);
