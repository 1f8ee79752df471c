// Must NOT compile: proves the declarations reject what the Python models reject (see the test).
import type { MlInferenceLoadSchema } from "../../schemas/workload";

// @ts-expect-error `model.revision` is required
const missingRevision: MlInferenceLoadSchema["model"] = { id: "meta-llama/Llama-3.1-8B-Instruct" };

// @ts-expect-error unknown workload type
const wrongType: MlInferenceLoadSchema["type"] = "TGI";

export { missingRevision, wrongType };
