// The CLI and policy references are generated (scripts/generate-reference-docs.ts): a command, option or policy
// key added, renamed or re-described without regenerating them fails here.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCliReference } from "../../scripts/docs/cli-reference";
import { renderPolicyReference } from "../../scripts/docs/policy-reference";
import { CLI } from "../helpers/e2e-timeouts";

const repo = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(repo, file), "utf8");
const REGENERATE = "stale: npx tsx scripts/generate-reference-docs.ts";

describe("reference docs: generated, never stale", () => {
  it("docs/cli.md is what every command's --help prints", { timeout: CLI }, () => {
    const page = renderCliReference();
    expect(read("docs/cli.md"), REGENERATE).toBe(page);
    for (const command of ["gate", "drift", "explain", "exception request", "trust rotate", "register verify"])
      expect(page).toContain(`## \`dpia ${command}\``);
  });

  it("docs/policy.md lists every key of schemas/policy.schema.json", () => {
    const schema = JSON.parse(read("schemas/policy.schema.json")) as { properties: Record<string, unknown> };
    const page = renderPolicyReference(schema);
    expect(read("docs/policy.md"), REGENERATE).toBe(page);
    for (const key of Object.keys(schema.properties)) expect(page).toContain(`## \`${key}\``);
    expect(page).toContain("| `destinations[].transfer_mechanism` |");
  });
});
