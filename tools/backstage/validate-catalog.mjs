// Validate Backstage catalog files with Backstage's own validators (@backstage/catalog-model and the
// scaffolder's template validator), the way the catalog processes entities when it ingests them.
// Usage: node tools/backstage/validate-catalog.mjs FILE... ; prints one line per entity, exit 1 on any error.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import {
  EntityPolicies,
  DefaultNamespaceEntityPolicy,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
} from "@backstage/catalog-model";
import { templateEntityV1beta3Validator } from "@backstage/plugin-scaffolder-common";

const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const kindValidators = [componentEntityV1alpha1Validator, locationEntityV1alpha1Validator, templateEntityV1beta3Validator];

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    const entity = document.toJS();
    const label = `${file}: ${entity?.kind}/${entity?.metadata?.name}`;
    try {
      const checked = await policy.enforce(entity);
      let matched = false;
      for (const validator of kindValidators) {
        if (await validator.check(checked)) matched = true;
      }
      if (!matched) throw new Error(`no validator for ${entity.apiVersion} ${entity.kind}`);
      console.log(`ok ${label}`);
    } catch (error) {
      failures += 1;
      console.log(`invalid ${label}: ${error.message}`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
