import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";
import { gateInProcess as gate } from "../helpers/gate-in-process";

// A path the gate cannot read as what it should be (a file where a folder belongs, a loop of
// symbolic links) is bad input: exit 2 with the path and what was expected, never "internal
// error ... please report this" (Node's ENOTDIR or ELOOP reaching the user).

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};
const CONFIG = JSON.stringify(terraformJson(webServiceAction({})));
const HCL = 'resource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n}\n';
const manifest = (workingDirectory: string) =>
  JSON.stringify({ version: "0.20.0", stacks: { s: { name: "s", constructPath: "s", workingDirectory } } });

function workspace(files: Record<string, string>, links: Record<string, string> = {}): { dir: string; policy: string } {
  const dir = tempDir("dpia-unreadable-");
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  for (const [name, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.symlinkSync(target, path.join(dir, name));
  }
  const policy = path.join(dir, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(POLICY));
  return { dir, policy };
}

describe("a path that cannot be read as expected is an input error naming it, not an internal error", () => {
  test.each([
    [
      "stacks/ is a file",
      { "manifest.json": manifest("stacks/s"), stacks: "x" },
      {},
      "stacks",
      "a folder holding the synthesized stacks, one folder each, found a file",
    ],
    [
      "the stack folder the manifest names is a file",
      { "manifest.json": manifest("stacks/s"), "stacks/s": "x" },
      {},
      "stacks/s",
      'a folder holding the synthesized configuration of stack "s", found a file',
    ],
    [
      "a symlink loop under stacks/",
      { "stacks/s/cdk.tf.json": CONFIG },
      { "stacks/loop": "loop" },
      "stacks/loop",
      "a stack folder that can be read (a loop of symbolic links, ELOOP)",
    ],
    [
      "a symlink loop in a stack folder",
      { "stacks/s/cdk.tf.json": CONFIG },
      { "stacks/s/a.tf": "b.tf", "stacks/s/b.tf": "a.tf" },
      "stacks/s/a.tf",
      "(a loop of symbolic links, ELOOP)",
    ],
    [
      "a symlink loop as the stack's dpia folder",
      { "stacks/s/cdk.tf.json": CONFIG },
      { "stacks/s/dpia": "dpia" },
      "stacks/s/dpia",
      "the DPIAs the aspect wrote that can be read (a loop of symbolic links, ELOOP)",
    ],
    [
      "a symlink loop as manifest.json",
      { "stacks/s/cdk.tf.json": CONFIG },
      { "manifest.json": "manifest.json" },
      "manifest.json",
      "a cdktf manifest that can be read (a loop of symbolic links, ELOOP)",
    ],
    [
      "a .tf symlink loop in a folder (a.tf -> b.tf -> a.tf)",
      { "main.tf": HCL },
      { "a.tf": "b.tf", "b.tf": "a.tf" },
      "a.tf",
      "(a loop of symbolic links, ELOOP)",
    ],
    [
      "a .tf symlink to itself in a folder",
      { "main.tf": HCL },
      { "loop.tf": "loop.tf" },
      "loop.tf",
      "(a loop of symbolic links, ELOOP)",
    ],
    [
      "a symlink loop in a local module's folder",
      { "main.tf": `${HCL}module "m" {\n  source = "./m"\n}\n`, "m/main.tf": HCL },
      { "m/a.tf": "a.tf" },
      "m/a.tf",
      "(a loop of symbolic links, ELOOP)",
    ],
    [
      "a symlink loop as a local module's folder",
      { "main.tf": `${HCL}module "m" {\n  source = "./m"\n}\n` },
      { m: "m" },
      "m",
      "a module folder that can be read (a loop of symbolic links, ELOOP)",
    ],
  ])("%s", async (_label, files, links, at, expected) => {
    const { dir, policy } = workspace(files as Record<string, string>, links);
    const result = await gate(dir, policy);
    expect(result.stderr).not.toContain("internal error");
    expect(result.stderr).toContain(`${path.join(dir, at)}: `);
    expect(result.stderr).toContain(expected);
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain("APPROVED");
  });

  test("a folder of .tf folders with a symlink loop beside them", async () => {
    const { dir, policy } = workspace({ "a/main.tf": HCL }, { loop: "loop" });
    const result = await gate(dir, policy);
    expect(result.stderr).not.toContain("internal error");
    expect(result.stderr).toContain(`${path.join(dir, "loop")}: `);
    expect(result.code).toBe(2);
  });
});
