// Typed Python bindings (jsii, as `cdk8s import` makes them) for chosen Kubernetes API kinds, generated from a
// local OpenAPI v2 document instead of cdk8s' download of the whole API.
//
// usage: node import_k8s_subset.js SWAGGER_JSON OUTDIR MODULE_PREFIX KIND_DEFINITION...
//   SWAGGER_JSON: the Kubernetes OpenAPI v2 document (api/openapi-spec/swagger.json of the k8s.io/kubernetes
//                 Go module at the release the project targets);
//   KIND_DEFINITION: a definition name, e.g. io.k8s.api.resource.v1.ResourceClaimTemplate. Only these kinds
//                 and the definitions they reference are kept.
// cdk8s-cli's ImportKubernetesApi reads its schema through lib/util.download; it is pointed at the subset.
"use strict";
const fs = require("fs");

const [swaggerFile, outdir, prefix, ...kinds] = process.argv.slice(2);
if (!swaggerFile || !outdir || !prefix || kinds.length === 0) {
  console.error("usage: node import_k8s_subset.js SWAGGER_JSON OUTDIR MODULE_PREFIX KIND_DEFINITION...");
  process.exit(2);
}
const definitions = JSON.parse(fs.readFileSync(swaggerFile, "utf-8")).definitions;
const kept = {};
const pending = [...kinds];
while (pending.length > 0) {
  const name = pending.pop();
  if (kept[name]) continue;
  if (!definitions[name]) {
    console.error(`import_k8s_subset: ${name} is not defined in ${swaggerFile}`);
    process.exit(1);
  }
  kept[name] = definitions[name];
  const text = JSON.stringify(definitions[name]);
  for (const match of text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)) pending.push(match[1]);
}
// Only the chosen kinds become constructs: a referenced kind keeps its fields but not its GVK annotation.
for (const [name, definition] of Object.entries(kept)) {
  if (!kinds.includes(name) && definition["x-kubernetes-group-version-kind"]) {
    kept[name] = { ...definition };
    delete kept[name]["x-kubernetes-group-version-kind"];
  }
}
const subset = JSON.stringify({ definitions: kept });

// The CLI's package exports only its entry point: its modules are loaded by file from its lib/ folder.
const path = require("path");
const lib = path.join(path.dirname(require.resolve("cdk8s-cli/package.json")), "lib");
const util = require(path.join(lib, "util.js"));
util.download = async () => subset;
const { ImportKubernetesApi } = require(path.join(lib, "import", "k8s.js"));
new ImportKubernetesApi({ apiVersion: "0.0.0" })
  .import({ outdir, targetLanguage: "python", moduleNamePrefix: prefix })
  .catch((error) => {
    console.error(`import_k8s_subset: ${error}`);
    process.exit(1);
  });
