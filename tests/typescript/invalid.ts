// Must NOT compile: proves the declarations reject what the Python models reject (see the test).
import type { MlInferenceLoadSchema } from "../../schemas/workload";

// @ts-expect-error `model.revision` is required
const missingRevision: MlInferenceLoadSchema["model"] = { id: "meta-llama/Llama-3.1-8B-Instruct" };

// @ts-expect-error unknown workload type
const wrongType: MlInferenceLoadSchema["type"] = "TGI";

// @ts-expect-error unknown serving engine
const wrongEngine: MlInferenceLoadSchema["engine"] = "sglang";

// @ts-expect-error the model cache access mode is ReadWriteOnce or ReadWriteMany
const wrongAccessMode: NonNullable<MlInferenceLoadSchema["modelCache"]>["accessMode"] = "ReadOnlyMany";

export { missingRevision, wrongType, wrongEngine, wrongAccessMode };
