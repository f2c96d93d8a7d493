// Generates the CDKTF bindings for mypurecloud/genesyscloud from the schema kept in provider-schema/,
// because `cdktf get` needs registry access that this project cannot assume.
import * as fs from "node:fs";
import * as path from "node:path";
import { generateProviderBindingsFromSchema } from "@cdktf/provider-generator";

const root = path.resolve(__dirname, "..");
const schemaFile = path.join(root, "provider-schema", "genesyscloud.json");
const outDir = path.resolve(root, process.argv[2] ?? ".gen");

async function main(): Promise<void> {
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  fs.rmSync(path.join(outDir, "providers", "genesyscloud"), { recursive: true, force: true });
  await generateProviderBindingsFromSchema(outDir, schema);
  console.log(`genesyscloud bindings written to ${path.relative(root, outDir) || "."}/providers/genesyscloud`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
