import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { readPlanJson } from "../../src/inventory/read-plan";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";
import { threeFormsPlan } from "../helpers/three-forms-plan";

/**
 * A flow file that the configuration itself writes at apply (hashicorp/local's local_file, often from templatefile())
 * is deployed as written, whatever copy is committed under its name: the gate reads what Terraform will write.
 */
const CRM = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}

variable "action_name" {
  default = "Get Customer"
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Get Customer"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = true
  contract_input  = jsonencode({ type = "object", properties = { phoneNumber = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { firstName = { type = "string" } } })
  config_request {
    request_type         = "GET"
    request_url_template = "https://crm.example.eu/customers?phone=$\${input.phoneNumber}"
  }
}

resource "genesyscloud_flow" "support" {
  depends_on = [local_file.support]
  filepath   = "\${path.module}/flows/support.yaml"
}
`;

const flowYaml = (action: string) => `inboundCall:
  name: Support
  defaultLanguage: en-us
  startUpRef: ./tasks/task[main]
  tasks:
    - task:
        name: Main
        refId: main
        actions:
          - callData:
              name: Look up caller
              timeout:
                lit:
                  minutes: 1
              category:
                CRM:
                  dataAction:
                    ${action}:
                      inputs:
                        phoneNumber:
                          exp: Call.Ani
          - disconnect:
              name: Disconnect
`;

const writer = (content: string, filename = '"${path.module}/flows/support.yaml"', name = "support") => `
resource "local_file" "${name}" {
  content  = ${content}
  filename = ${filename}
}
`;

function folder(tf: string, files: Record<string, string>): string {
  const dir = tempDir("written-flow-");
  fs.writeFileSync(path.join(dir, "main.tf"), tf);
  fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function flowFindings(dir: string): Promise<string[]> {
  const { report } = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
  return report.dpias
    .flatMap((dpia) => dpia.findings)
    .filter((finding) => finding.rule_id === "GC-FLOW-1")
    .map((finding) => finding.message);
}

const TEMPLATE = { "templates/support.tftpl": flowYaml("$" + "{action}") };
const RENDERED = writer('templatefile("${path.module}/templates/support.tftpl", { action = var.action_name })');

describe("a flow file the configuration writes at apply is read as written", () => {
  test("the blueprint's pattern: the committed copy is the unrendered template, the rendered flow calls a defined action", async () => {
    const dir = folder(CRM + RENDERED, { ...TEMPLATE, "flows/support.yaml": flowYaml("$" + "{action}") });
    expect(await flowFindings(dir)).toEqual([]);
  }, 60_000);

  test("a harmless committed copy does not hide what is written: the rendered flow calls an action nobody reviewed", async () => {
    const dir = folder(CRM + RENDERED.replace("var.action_name", '"Send To Partner"'), {
      ...TEMPLATE,
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining('"Send To Partner"')]);
  }, 60_000);

  test("no committed copy is needed when the configuration writes the file", async () => {
    expect(await flowFindings(folder(CRM + RENDERED, TEMPLATE))).toEqual([]);
  }, 60_000);

  test.each([
    ["its content is not known before apply", CRM.replace('default = "Get Customer"', "") + writer("var.action_name")],
    ["its content is a copy of another file (source)", CRM + writer('"x"').replace("content  =", "source   =")],
    ["two writers write it", CRM + RENDERED + writer('"inboundCall: {}"', '"./flows/support.yaml"', "other")],
    ["a writer's filename is not known before apply", CRM + RENDERED + writer('"x"', "var.unknown_file", "other")],
  ])(
    "the deployed flow is unknown when %s",
    async (_case, tf) => {
      const unresolved = tf.includes("var.unknown_file") ? tf + 'variable "unknown_file" {}\n' : tf;
      const dir = folder(unresolved, { ...TEMPLATE, "flows/support.yaml": flowYaml("Get Customer") });
      expect(await flowFindings(dir)).toEqual([expect.stringContaining("was not read")]);
    },
    60_000,
  );

  test("a writer of another file leaves the committed flow as it is read", async () => {
    const dir = folder(CRM + writer('"not a flow"', '"${path.module}/notes.txt"'), {
      "flows/support.yaml": flowYaml("Send To Partner"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining('"Send To Partner"')]);
  }, 60_000);

  test("written text that is not a flow is exit 2 naming the writer's content", async () => {
    const dir = folder(CRM + writer('"inboundCall: [unclosed"'), { "flows/support.yaml": flowYaml("Get Customer") });
    const run = runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
    await expect(run).rejects.toThrow(InputError);
    await expect(runGate(dir, { format: "json", policy: path.join(dir, "none.json") })).rejects.toThrow(
      /local_file\.support\.content/,
    );
  }, 60_000);
});

describe("a plan says what local_file writes", () => {
  const withWriter = (values: Record<string, unknown>) => {
    const p = threeFormsPlan();
    const entry = { address: "local_file.flow", mode: "managed", type: "local_file", name: "flow" };
    p.planned_values.root_module.resources.push({
      ...entry,
      provider_name: "registry.terraform.io/hashicorp/local",
      schema_version: 0,
      values: { filename: "./flows/support.yaml", content_base64: null, source: null, ...values },
      sensitive_values: {},
    });
    p.resource_changes.push({
      ...entry,
      provider_name: "registry.terraform.io/hashicorp/local",
      change: { actions: ["create"], before: null, after: values, after_unknown: {} },
    });
    p.configuration.root_module.resources.push({
      ...entry,
      provider_config_key: "local",
      expressions: {},
      schema_version: 0,
    });
    return readPlanJson(p, "plan.json").writtenFiles;
  };

  test("the rendered text when Terraform knew it at plan time; unknown when it did not", () => {
    expect(withWriter({ content: "inboundCall: {}" })).toEqual([
      {
        address: "local_file.flow",
        filename: "./flows/support.yaml",
        content: "inboundCall: {}",
        location: { file: "plan.json" },
      },
    ]);
    expect(withWriter({ content: null })![0]).not.toHaveProperty("content");
    expect(withWriter({ content: null, content_base64: "aW5ib3VuZENhbGw6IHt9" })![0]).not.toHaveProperty("content");
  });
});

describe("Terraform JSON (cdk.tf.json, or one .json file) says what local_file writes", () => {
  const json = (content: string, extra: Record<string, unknown> = {}) => ({
    provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
    resource: {
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: [{ name: "CRM" }] } },
      genesyscloud_flow: { support: { filepath: "flows/support.yaml", depends_on: ["local_file.support"] } },
      local_file: { support: { filename: "flows/support.yaml", content, ...extra } },
    },
  });
  async function findingsOfJson(configuration: unknown): Promise<string[]> {
    const dir = folder("", { "flows/support.yaml": flowYaml("Get Customer") });
    fs.rmSync(path.join(dir, "main.tf"));
    fs.writeFileSync(path.join(dir, "stack.json"), JSON.stringify(configuration));
    const { report } = await runGate(path.join(dir, "stack.json"), {
      format: "json",
      policy: path.join(dir, "none.json"),
    });
    return report.dpias
      .flatMap((dpia) => dpia.findings)
      .filter((finding) => finding.rule_id === "GC-FLOW-1")
      .map((finding) => finding.message);
  }

  test("literal content is what is deployed; an expression, or count, leaves it unknown", async () => {
    expect(await findingsOfJson(json(flowYaml("Send To Partner")))).toEqual([
      expect.stringContaining('"Send To Partner"'),
    ]);
    expect(await findingsOfJson(json('${templatefile("flow.tftpl", {})}'))).toEqual([
      expect.stringContaining("was not read"),
    ]);
    expect(await findingsOfJson(json(flowYaml("Get Customer"), { count: 1 }))).toEqual([
      expect.stringContaining("was not read"),
    ]);
  }, 60_000);
});
