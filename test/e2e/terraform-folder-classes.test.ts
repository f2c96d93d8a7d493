import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { gateExitCode, runGate } from "../../src/cli/commands/gate";
import type { VariableArgument } from "../../src/inventory/variable-values";
import { CLI, IN_PROCESS } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

/**
 * Each class of "the gate read another folder than Terraform loads": a configuration Terraform
 * deploys dangerously (a data action whose contract posts a card number to the CRM, Critical under
 * PCI DSS) that the gate must block, and its twin, where what Terraform deploys posts a phone
 * number, that it must still approve. Which file or source wins is what `terraform console`
 * answered for the fixtures in test/fixtures/terraform-folders.
 */
const CARD = "cardNumber";
const PHONE = "phone";

const policy = {
  version: 1,
  destinations: [{ host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["payments"] }],
};

function contract(field: string): string {
  return `jsonencode({ type = "object", properties = { ${field} = { type = "string" } }, additionalProperties = false })`;
}

/** A data action posting one field to the approved CRM; `field` is an object key in HCL (a name or `(var.field)`). */
function action(field: string): string {
  return `
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config { name = "CRM" }
}
resource "genesyscloud_integration_action" "lookup" {
  name           = "Lookup"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = ${contract(field)}
  contract_output = jsonencode({ type = "object", properties = {}, additionalProperties = false })
  config_request {
    request_url_template = "https://eu1.crm.example.eu/lookup"
    request_type         = "POST"
    request_template     = "$\${input.rawRequest}"
  }
}
`;
}

/** The same action with its field from `var.field`, whose default is given. */
function actionWithVariable(defaultField: string, type = "string"): string {
  return `variable "field" {\n  type    = ${type}\n  default = "${defaultField}"\n}\n${action("(var.field)")}`;
}

/** An override of the action's input contract, as an override file (or a file Terraform ignores) holds it. */
function contractOverride(field: string): string {
  return `resource "genesyscloud_integration_action" "lookup" {\n  contract_input = ${contract(field)}\n}\n`;
}

/** The same override in JSON syntax. */
function contractOverrideJson(field: string): string {
  const input = JSON.stringify({
    type: "object",
    properties: { [field]: { type: "string" } },
    additionalProperties: false,
  });
  return JSON.stringify({ resource: { genesyscloud_integration_action: { lookup: { contract_input: input } } } });
}

function folder(files: Record<string, string>): string {
  const dir = tempDir("dpia-folder-class-");
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(policy));
  return dir;
}

async function exitCode(
  files: Record<string, string>,
  options: { variableArguments?: (dir: string) => VariableArgument[]; env?: Record<string, string> } = {},
): Promise<number> {
  const dir = folder(files);
  const saved = { ...process.env };
  Object.assign(process.env, options.env ?? {});
  try {
    const { report } = await runGate(dir, {
      format: "json",
      policy: path.join(dir, "dpia.policy.json"),
      register: path.join(dir, "register.db"),
      variableArguments: options.variableArguments?.(dir),
    });
    return report.exitCode;
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  }
}

type Case = [string, Record<string, string>, Record<string, string>];

/** [class, the dangerous folder, its harmless twin]. */
const FILE_CLASSES: Case[] = [
  [
    "a hidden override file (Terraform ignores .name files)",
    { "main.tf": action(CARD), ".contract_override.tf": contractOverride(PHONE) },
    { "main.tf": action(PHONE), ".contract_override.tf": contractOverride(CARD) },
  ],
  [
    "a hidden file redefining a variable",
    { "main.tf": actionWithVariable(CARD), ".field_override.tf": `variable "field" {\n  default = "${PHONE}"\n}\n` },
    { "main.tf": actionWithVariable(PHONE), ".field_override.tf": `variable "field" {\n  default = "${CARD}"\n}\n` },
  ],
  [
    "a hidden file redefining a resource",
    { "main.tf": action(CARD).replace("lookup", "other"), ".main.tf": action(PHONE) },
    { "main.tf": action(PHONE), ".main.tf": action(CARD).replace("lookup", "other") },
  ],
  [
    "a vim backup of an override file (name~)",
    { "main.tf": action(CARD), "contract_override.tf~": contractOverride(PHONE) },
    { "main.tf": action(PHONE), "contract_override.tf~": contractOverride(CARD) },
  ],
  [
    "an Emacs lock file (#name#)",
    { "main.tf": action(CARD), "#contract_override.tf#": contractOverride(PHONE) },
    { "main.tf": action(PHONE), "#contract_override.tf#": contractOverride(CARD) },
  ],
  [
    "override files: the last in file-name order wins (.tf.json after .tf)",
    {
      "main.tf": action(PHONE),
      "contract_override.tf": contractOverride(PHONE),
      "contract_override.tf.json": contractOverrideJson(CARD),
    },
    {
      "main.tf": action(CARD),
      "contract_override.tf": contractOverride(CARD),
      "contract_override.tf.json": contractOverrideJson(PHONE),
    },
  ],
  [
    "*.auto.tfvars over terraform.tfvars.json",
    {
      "main.tf": actionWithVariable(PHONE),
      "terraform.tfvars.json": JSON.stringify({ field: PHONE }),
      "a.auto.tfvars": `field = "${CARD}"\n`,
    },
    {
      "main.tf": actionWithVariable(CARD),
      "terraform.tfvars.json": JSON.stringify({ field: CARD }),
      "a.auto.tfvars": `field = "${PHONE}"\n`,
    },
  ],
  [
    "a hidden .auto.tfvars (Terraform loads it) over terraform.tfvars",
    {
      "main.tf": actionWithVariable(PHONE),
      "terraform.tfvars": `field = "${PHONE}"\n`,
      ".x.auto.tfvars": `field = "${CARD}"\n`,
    },
    {
      "main.tf": actionWithVariable(CARD),
      "terraform.tfvars": `field = "${CARD}"\n`,
      ".x.auto.tfvars": `field = "${PHONE}"\n`,
    },
  ],
  [
    "terraform.tfvars.json over terraform.tfvars",
    {
      "main.tf": actionWithVariable(PHONE),
      "terraform.tfvars": `field = "${PHONE}"\n`,
      "terraform.tfvars.json": JSON.stringify({ field: CARD }),
    },
    {
      "main.tf": actionWithVariable(CARD),
      "terraform.tfvars": `field = "${CARD}"\n`,
      "terraform.tfvars.json": JSON.stringify({ field: PHONE }),
    },
  ],
  [
    "a.auto.tfvars.json after a.auto.tfvars (one file-name order)",
    {
      "main.tf": actionWithVariable(PHONE),
      "a.auto.tfvars": `field = "${PHONE}"\n`,
      "a.auto.tfvars.json": JSON.stringify({ field: CARD }),
    },
    {
      "main.tf": actionWithVariable(CARD),
      "a.auto.tfvars": `field = "${CARD}"\n`,
      "a.auto.tfvars.json": JSON.stringify({ field: PHONE }),
    },
  ],
];

describe("the folder Terraform loads: each class blocks what Terraform deploys dangerously, approves its twin", () => {
  test.each(FILE_CLASSES)(
    "%s",
    async (_what, dangerous, harmless) => {
      expect(await exitCode(dangerous)).toBe(1);
      expect(await exitCode(harmless)).toBe(0);
    },
    IN_PROCESS * 2,
  );

  test(
    "TF_VAR_ over the default, below terraform.tfvars",
    async () => {
      expect(await exitCode({ "main.tf": actionWithVariable(PHONE) }, { env: { TF_VAR_field: CARD } })).toBe(1);
      const files = { "main.tf": actionWithVariable(CARD), "terraform.tfvars": `field = "${PHONE}"\n` };
      expect(await exitCode(files, { env: { TF_VAR_field: CARD } })).toBe(0);
    },
    IN_PROCESS * 2,
  );

  test(
    "TF_VAR_ of a variable of type any is an HCL expression: the quoted name is the field",
    async () => {
      const files = { "main.tf": actionWithVariable(PHONE, "any") };
      expect(await exitCode(files, { env: { TF_VAR_field: `"${CARD}"` } })).toBe(1);
      expect(await exitCode(files, { env: { TF_VAR_field: `"${PHONE}"` } })).toBe(0);
    },
    IN_PROCESS * 2,
  );

  test(
    "--var-file and --var apply in command-line order: the last one given wins",
    async () => {
      const files = {
        "main.tf": actionWithVariable(PHONE),
        "collector.tfvars": `field = "${CARD}"\n`,
      };
      const fileLast = (dir: string): VariableArgument[] => [
        { option: "-var", assignment: `field=${PHONE}` },
        { option: "-var-file", file: path.join(dir, "collector.tfvars") },
      ];
      const varLast = (dir: string): VariableArgument[] => [
        { option: "-var-file", file: path.join(dir, "collector.tfvars") },
        { option: "-var", assignment: `field=${PHONE}` },
      ];
      expect(await exitCode(files, { variableArguments: fileLast })).toBe(1);
      expect(await exitCode(files, { variableArguments: varLast })).toBe(0);
    },
    IN_PROCESS * 2,
  );

  test(
    "the CLI keeps --var-file and --var in the order given",
    () => {
      const dir = folder({ "main.tf": actionWithVariable(PHONE), "card.tfvars": `field = "${CARD}"\n` });
      const gate = (...args: string[]) =>
        runDpia([
          "gate",
          dir,
          "--policy",
          path.join(dir, "dpia.policy.json"),
          "--register",
          path.join(dir, "r.db"),
          ...args,
        ]);
      const card = path.join(dir, "card.tfvars");
      expect(gate("--var", `field=${PHONE}`, "--var-file", card).status).toBe(1);
      expect(gate("--var-file", card, "--var", `field=${PHONE}`).status).toBe(0);
    },
    CLI * 2,
  );

  test(
    "--var for a variable the configuration does not declare is exit 2, as Terraform refuses it",
    async () => {
      const dir = folder({ "main.tf": actionWithVariable(PHONE) });
      const stderr: string[] = [];
      const code = await gateExitCode(
        dir,
        {
          format: "json",
          policy: path.join(dir, "dpia.policy.json"),
          register: path.join(dir, "r.db"),
          variableArguments: [{ option: "-var", assignment: "fild=x" }],
        },
        { stdout: () => undefined, stderr: (text) => stderr.push(text) },
      );
      expect(code).toBe(2);
      expect(stderr.join("")).toContain('a variable the configuration declares, not "fild"');
    },
    IN_PROCESS,
  );
});
