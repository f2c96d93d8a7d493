// Writes docs/cli.md from the commands' help and docs/policy.md from the policy's JSON Schema;
// test/docs/reference-docs.test.ts fails when either is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import { renderCliReference } from "./docs/cli-reference";
import { renderPolicyReference } from "./docs/policy-reference";

const repo = path.resolve(__dirname, "..");
const schema = JSON.parse(fs.readFileSync(path.join(repo, "schemas", "policy.schema.json"), "utf8")) as object;
const pages = { "docs/cli.md": renderCliReference(), "docs/policy.md": renderPolicyReference(schema) };
for (const [file, text] of Object.entries(pages)) {
  fs.writeFileSync(path.join(repo, file), text);
  console.log(`wrote ${file}`);
}
