import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { readPlanJson } from "../../src/inventory/read-plan";
import { InputError } from "../../src/validation/input-error";
import { CRM as BASE_CRM, flowFolder, flowYaml } from "../helpers/flow-folder";
import { threeFormsPlan } from "../helpers/three-forms-plan";

/**
 * A flow file that the configuration itself writes at apply (hashicorp/local's local_file, often from templatefile())
 * is deployed as written, whatever copy is committed under its name: the gate reads what Terraform will write.
 */
const CRM =
  BASE_CRM +
  `
variable "action_name" {
  default = "Get Customer"
}

resource "genesyscloud_flow" "support" {
  depends_on = [local_file.support]
  filepath   = "\${path.module}/flows/support.yaml"
}
`;

const writer = (content: string, filename = '"${path.module}/flows/support.yaml"', name = "support") => `
resource "local_file" "${name}" {
  content  = ${content}
  filename = ${filename}
}
`;

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
    const dir = flowFolder(CRM + RENDERED, { ...TEMPLATE, "flows/support.yaml": flowYaml("$" + "{action}") });
    expect(await flowFindings(dir)).toEqual([]);
  }, 60_000);

  test("a harmless committed copy does not hide what is written: the rendered flow calls an action nobody reviewed", async () => {
    const dir = flowFolder(CRM + RENDERED.replace("var.action_name", '"Send To Partner"'), {
      ...TEMPLATE,
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining('"Send To Partner"')]);
  }, 60_000);

  test("no committed copy is needed when the configuration writes the file", async () => {
    expect(await flowFindings(flowFolder(CRM + RENDERED, TEMPLATE))).toEqual([]);
  }, 60_000);

  test("a writer whose text is not known before apply: the committed flow, and an unknown text too", async () => {
    const tf = CRM.replace('default = "Get Customer"', "") + writer("var.action_name");
    const dir = flowFolder(tf, { "flows/support.yaml": flowYaml("Send To Partner") });
    // One finding per place: the unknown text and the call the committed copy makes, in one message.
    const [finding, ...more] = await flowFindings(dir);
    expect(more).toEqual([]);
    expect(finding).toContain("may be written at apply by local_file.support with a text not known before deployment");
    expect(finding).toContain('"Send To Partner"');
  }, 60_000);

  test("source and content_base64 are read: the text is that of the file copied, or decoded", async () => {
    const copied = flowFolder(
      CRM + writer('"${path.module}/templates/partner.yaml"').replace("content  =", "source   ="),
      {
        "templates/partner.yaml": flowYaml("Send To Partner"),
        "flows/support.yaml": flowYaml("Get Customer"),
      },
    );
    expect(await flowFindings(copied)).toEqual([expect.stringContaining('"Send To Partner"')]);
    const encoded = Buffer.from(flowYaml("Send To Partner")).toString("base64");
    const decoded = flowFolder(CRM + writer(`"${encoded}"`).replace("content  =", "content_base64 ="), {
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    expect(await flowFindings(decoded)).toEqual([expect.stringContaining('"Send To Partner"')]);
  }, 60_000);

  test.each([
    [
      "without depends_on, the committed copy may be uploaded first",
      CRM.replace("depends_on = [local_file.support]", "") + RENDERED,
    ],
    ["two writers write it", CRM + RENDERED + writer('"inboundCall: {}"', '"./flows/support.yaml"', "other")],
    [
      "a writer whose filename is not known may write it",
      CRM + RENDERED + writer("var.other_flow", "var.unknown_file", "other"),
    ],
  ])(
    "%s: every text that may be deployed is assessed",
    async (_case, tf) => {
      const variables = 'variable "unknown_file" {}\nvariable "other_flow" { default = "" }\n';
      const dir = flowFolder(tf + variables, { ...TEMPLATE, "flows/support.yaml": flowYaml("Send To Partner") });
      const other = tf.includes("var.other_flow") ? flowYaml("Delete Customer") : "";
      fs.writeFileSync(
        path.join(dir, "main.tf"),
        fs
          .readFileSync(path.join(dir, "main.tf"), "utf8")
          .replace(
            'variable "other_flow" { default = "" }',
            `variable "other_flow" { default = ${JSON.stringify(other)} }`,
          ),
      );
      const findings = await flowFindings(dir);
      expect(findings).toEqual(expect.arrayContaining([expect.stringContaining('"Send To Partner"')]));
      if (other) expect(findings).toEqual(expect.arrayContaining([expect.stringContaining('"Delete Customer"')]));
    },
    60_000,
  );

  test("a writer whose filename is not known, with text not known, leaves every flow partly unknown", async () => {
    const tf =
      CRM +
      writer("var.other_flow", "var.unknown_file", "other") +
      'variable "unknown_file" {}\nvariable "other_flow" {}\n';
    const dir = flowFolder(tf.replace("depends_on = [local_file.support]", ""), {
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining("may be written at apply by local_file.other")]);
  }, 60_000);

  test("a flow naming the writer's filename by reference is ordered after it and reads what it writes", async () => {
    const tf = CRM.replace("depends_on = [local_file.support]\n", "").replace(
      'filepath   = "\${path.module}/flows/support.yaml"',
      "filepath   = local_file.support.filename",
    );
    const dir = flowFolder(tf + RENDERED.replace("var.action_name", '"Send To Partner"'), TEMPLATE);
    expect(await flowFindings(dir)).toEqual([expect.stringContaining('"Send To Partner"')]);
    const other = flowFolder(
      CRM.replace('"\${path.module}/flows/support.yaml"', "genesyscloud_integration.crm.id"),
      {},
    );
    expect(await flowFindings(other)).toEqual([expect.stringContaining("was not read")]);
  }, 60_000);

  test("a source another writer writes first is not known before apply", async () => {
    const chain =
      writer('"${path.module}/templates/support.yaml"', '"${path.module}/flows/support.yaml"').replace(
        "content  =",
        "source   =",
      ) +
      writer("var.template_text", '"${path.module}/templates/support.yaml"', "template") +
      'variable "template_text" {\n  default = ""\n}\n';
    const dir = flowFolder(CRM + chain, {
      "templates/support.yaml": flowYaml("Get Customer"),
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining("may be written at apply by local_file.support")]);
  }, 60_000);

  test("a writer naming the flow's file through a link writes the flow", async () => {
    const dir = flowFolder(CRM + RENDERED.replace("flows/support.yaml", "rendered.yaml"), {
      ...TEMPLATE,
      "flows/support.yaml": flowYaml("Get Customer"),
    });
    fs.symlinkSync(path.join(dir, "flows", "support.yaml"), path.join(dir, "rendered.yaml"));
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      fs.readFileSync(path.join(dir, "main.tf"), "utf8").replace("var.action_name", '"Send To Partner"'),
    );
    expect(await flowFindings(dir)).toEqual(expect.arrayContaining([expect.stringContaining('"Send To Partner"')]));
  }, 60_000);

  test("a writer of another file leaves the committed flow as it is read", async () => {
    const dir = flowFolder(CRM + writer('"not a flow"', '"${path.module}/notes.txt"'), {
      "flows/support.yaml": flowYaml("Send To Partner"),
    });
    expect(await flowFindings(dir)).toEqual([expect.stringContaining('"Send To Partner"')]);
  }, 60_000);

  test("written text that is not a flow is exit 2 naming the writer's content", async () => {
    const dir = flowFolder(CRM + writer('"inboundCall: [unclosed"'), {
      "flows/support.yaml": flowYaml("Get Customer"),
    });
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

  test("a resource's depends_on is read from the plan's configuration", () => {
    const p = threeFormsPlan();
    const configured = p.configuration.root_module.resources[0];
    configured.depends_on = ["local_file.flow"];
    const resource = readPlanJson(p, "plan.json").resources.find((entry) => entry.address === configured.address);
    expect(resource?.dependsOn).toEqual(["local_file.flow"]);
  });

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
    expect(withWriter({ content: null, content_base64: "aW5ib3VuZENhbGw6IHt9" })![0]!.content).toBe("inboundCall: {}");
    expect(withWriter({ content: null, source: "flows/template.yaml" })![0]!.source).toBe("flows/template.yaml");
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
    const dir = flowFolder("", { "flows/support.yaml": flowYaml("Get Customer") });
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
    // Not known: the committed copy (which calls Get Customer, not defined here) and an unknown text.
    const unknownText = (await findingsOfJson(json('${templatefile("flow.tftpl", {})}'))).join("; ");
    expect(unknownText).toContain("not known before deployment");
    expect(unknownText).toContain('"Get Customer"');
    // Placed nowhere known: its text may be written over the flow's file, and the committed copy may stay.
    const unplaced = (await findingsOfJson(json(flowYaml("Send To Partner"), { count: 1 }))).join("; ");
    expect(unplaced).toContain('"Get Customer"');
    expect(unplaced).toContain('"Send To Partner"');
    // The usual CDKTF spelling of the path.
    expect(
      await findingsOfJson({
        ...json(flowYaml("Send To Partner")),
        resource: {
          ...json("").resource,
          local_file: {
            support: { filename: "${path.module}/flows/support.yaml", content: flowYaml("Send To Partner") },
          },
        },
      }),
    ).toEqual([expect.stringContaining('"Send To Partner"')]);
    // A template Terraform cannot parse is the file's input error, not an internal one.
    await expect(findingsOfJson(json("${"))).rejects.toThrow(InputError);
  }, 60_000);
});

describe("a module that renders its own flow", () => {
  test("its depends_on names the writer in the module's terms", async () => {
    const dir = flowFolder('module "support" {\n  source = "./modules/support"\n}\n', {
      "modules/support/main.tf": (CRM + RENDERED).replace(/\$\{path\.module\}/g, "${path.module}"),
      "modules/support/templates/support.tftpl": flowYaml("$" + "{action}"),
      "modules/support/flows/support.yaml": flowYaml("$" + "{action}"),
    });
    expect(await flowFindings(dir)).toEqual([]);
  }, 60_000);
});
