// Writes the JSON Schemas generated from the zod schemas to schemas/, for editors and CI tools.
import * as fs from "node:fs";
import * as path from "node:path";
import { publishedSchemas } from "../src/report/published-schemas";

const dir = path.resolve(__dirname, "..", "schemas");
fs.mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
