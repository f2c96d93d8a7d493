import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type HclValue, type Scope } from "../../src/inventory/hcl/expression";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { applyPolicy } from "../../src/policy/load-policy";
import { tempDir } from "../helpers/stacks";

const scope: Scope = {
  variable: (name) => (({ region: "eu-west-1", topics: ["a", "b"], port: 8443 }) as Record<string, HclValue>)[name],
  local: (name) => (({ host: "crm.example.eu" }) as Record<string, HclValue>)[name],
};
const evaluate = (text: string) => toJson(evaluateTemplate(text, scope));

describe("HCL expressions", () => {
  test("literals, variables, locals and templates", () => {
    expect(evaluate("${var.region}")).toBe("eu-west-1");
    expect(evaluate("https://${local.host}:${var.port}/x")).toBe("https://crm.example.eu:8443/x");
    expect(evaluate("${var.topics}")).toEqual(["a", "b"]);
  });
  test("$${ is a literal ${ (Velocity stays Velocity)", () => {
    expect(evaluate("/c?phone=$${input.phoneNumber}")).toBe("/c?phone=${input.phoneNumber}");
  });
  test("jsonencode of HCL objects, with sorted keys like Terraform", () => {
    expect(evaluate('${jsonencode({ type = "object", "properties" : { b = 1, a = [true, null] } })}')).toBe(
      '{"properties":{"a":[true,null],"b":1},"type":"object"}',
    );
  });
  test("resource references stay symbolic", () => {
    expect(evaluate("${genesyscloud_integration.crm.id}")).toBe("${genesyscloud_integration.crm.id}");
    expect(evaluate("${data.genesyscloud_auth_role.admin.id}")).toBe("${data.genesyscloud_auth_role.admin.id}");
  });
  test("what cannot be evaluated statically stays an unresolved expression", () => {
    expect(evaluate("${var.missing}")).toBe("${var.missing}");
    expect(evaluate('${var.missing == "eu-west-1" ? "a" : "b"}')).toBe('${var.missing == "eu-west-1" ? "a" : "b"}');
    expect(evaluate('${file("x.json")}')).toBe('${file("x.json")}');
    expect(evaluate("${[for t in var.missing : upper(t)]}")).toBe("${[for t in var.missing : upper(t)]}");
  });
});

describe("reading a .tf folder", () => {
  test("tfvars override defaults, local modules are followed and their references prefixed", async () => {
    const dir = tempDir("hcl-folder-");
    fs.mkdirSync(path.join(dir, "modules", "crm"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      'variable "host" {\n  default = "dev.example.eu"\n}\nprovider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nmodule "crm" {\n  source = "./modules/crm"\n  host   = var.host\n}\n',
    );
    fs.writeFileSync(path.join(dir, "terraform.tfvars"), 'host = "crm.example.eu"\n');
    fs.writeFileSync(
      path.join(dir, "modules", "crm", "main.tf"),
      'variable "host" {}\nresource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n}\nresource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = genesyscloud_integration.crm.id\n  contract_input = jsonencode({})\n  contract_output = jsonencode({})\n  config_request {\n    request_type = "GET"\n    request_url_template = "https://${var.host}/c"\n  }\n}\n',
    );
    const inventory = await readHclFolder(dir);
    const action = inventory.resources.find((r) => r.type === "genesyscloud_integration_action")!;
    expect(action.address).toBe("module.crm.genesyscloud_integration_action.lookup");
    expect(action.attributes.integration_id).toBe("${module.crm.genesyscloud_integration.crm.id}");
    expect((action.attributes.config_request as Array<Record<string, string>>)[0]!.request_url_template).toBe(
      "https://crm.example.eu/c",
    );
    expect(action.location).toMatchObject({ file: path.join(dir, "modules", "crm", "main.tf"), line: 5 });
    expect(inventory.providers[0]!.attributes.aws_region).toBe("eu-west-1");
    const { dpias } = assessInventory(inventory, {
      policy: applyPolicy(undefined),
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(dpias.map((dpia) => dpia.resources.map((r) => r.address))).toEqual([
      ["module.crm.genesyscloud_integration.crm", "module.crm.genesyscloud_integration_action.lookup"],
    ]);
    expect(dpias[0]!.data_flows[0]!.destination_host).toBe("crm.example.eu");
  });

  describe("dynamic blocks become the blocks they generate, never nothing", () => {
    const client = (grantsDefault: string, extra = "") =>
      `${grantsDefault}\nresource "genesyscloud_auth_role" "rec" {\n  name = "Rec"\n  permission_policies {\n    domain = "recording"\n    entity_name = "recording"\n    action_set = ["view"]\n  }\n}\nresource "genesyscloud_oauth_client" "c" {\n  name = "C"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n${extra}  dynamic "roles" {\n    for_each = var.grants\n    iterator = grant\n    content {\n      role_id = genesyscloud_auth_role.rec.id\n      division_id = grant.value\n    }\n  }\n}\n`;
    const rolesOf = async (text: string) => {
      const dir = tempDir("hcl-dynamic-");
      fs.writeFileSync(path.join(dir, "main.tf"), text);
      const inventory = await readHclFolder(dir);
      return inventory.resources.find((resource) => resource.type === "genesyscloud_oauth_client")!.attributes.roles;
    };

    test("one block per element of a for_each the reader can evaluate, with the iterator bound", async () => {
      expect(await rolesOf(client('variable "grants" {\n  default = ["*", "d-1"]\n}'))).toEqual([
        { role_id: "${genesyscloud_auth_role.rec.id}", division_id: "*" },
        { role_id: "${genesyscloud_auth_role.rec.id}", division_id: "d-1" },
      ]);
    });

    test("over a set, the iterator's key is the element, in Terraform's order (not the position)", async () => {
      const text = client('variable "grants" {\n  default = ["*"]\n}').replace(
        "for_each = var.grants",
        'for_each = toset(["d-2", "d-1"])',
      );
      expect(await rolesOf(text.replace("division_id = grant.value", "division_id = grant.key"))).toEqual([
        { role_id: "${genesyscloud_auth_role.rec.id}", division_id: "d-1" },
        { role_id: "${genesyscloud_auth_role.rec.id}", division_id: "d-2" },
      ]);
    });

    test("a for_each the reader cannot evaluate gives one block with the iterator unresolved", async () => {
      const roles = (await rolesOf(client('variable "grants" {}'))) as Array<Record<string, string>>;
      expect(roles).toHaveLength(1);
      expect(roles[0]!.role_id).toBe("${genesyscloud_auth_role.rec.id}");
      expect(roles[0]!.division_id).toMatch(/^\$\{/);
    });

    test("static blocks of the same name are kept beside the generated ones", async () => {
      const roles = await rolesOf(
        client('variable "grants" {\n  default = ["d-2"]\n}', '  roles {\n    role_id = "literal-role"\n  }\n'),
      );
      expect(roles).toEqual([
        { role_id: "literal-role" },
        { role_id: "${genesyscloud_auth_role.rec.id}", division_id: "d-2" },
      ]);
    });

    test("the generated grant is assessed: recording access in all divisions blocks", async () => {
      const dir = tempDir("hcl-dynamic-");
      fs.writeFileSync(
        path.join(dir, "main.tf"),
        `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n${client('variable "grants" {\n  default = ["*"]\n}')}`,
      );
      const { dpias } = assessInventory(await readHclFolder(dir), {
        policy: applyPolicy(undefined),
        now: new Date("2026-01-01T00:00:00Z"),
      });
      expect(dpias[0]!.findings.map((finding) => finding.rule_id)).toEqual(
        expect.arrayContaining(["GC-OAC-2", "GC-OAC-3"]),
      );
    });
  });

  test("file() and templatefile() read files relative to the folder, path.module included; a missing file stays unresolved", async () => {
    const dir = tempDir("hcl-files-");
    fs.mkdirSync(path.join(dir, "modules", "crm", "contracts"), { recursive: true });
    fs.writeFileSync(path.join(dir, "main.tf"), 'module "crm" {\n  source = "./modules/crm"\n}\n');
    fs.writeFileSync(
      path.join(dir, "modules", "crm", "contracts", "input.json"),
      JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
    );
    fs.writeFileSync(
      path.join(dir, "modules", "crm", "request.tpl"),
      '{"card": "$${input.cardNumber}", "host": "${host}"}',
    );
    fs.writeFileSync(
      path.join(dir, "modules", "crm", "main.tf"),
      'resource "genesyscloud_integration_action" "pay" {\n  name = "Pay"\n  category = "PSP"\n  integration_id = "x"\n  contract_input = file("${path.module}/contracts/input.json")\n  contract_output = file("${path.module}/contracts/missing.json")\n  config_request {\n    request_type = "POST"\n    request_url_template = "https://psp.example.com/pay"\n    request_template = templatefile("${path.module}/request.tpl", { host = "psp.example.com" })\n  }\n}\n',
    );
    const action = (await readHclFolder(dir)).resources[0]!;
    expect(JSON.parse(action.attributes.contract_input as string)).toEqual({
      type: "object",
      properties: { cardNumber: { type: "string" } },
    });
    expect(action.attributes.contract_output).toMatch(/^\$\{file\(/);
    expect((action.attributes.config_request as Array<Record<string, string>>)[0]!.request_template).toBe(
      '{"card": "${input.cardNumber}", "host": "psp.example.com"}',
    );
  });

  test("override files are merged into the blocks they override, as Terraform does, before assessment", async () => {
    const dir = tempDir("hcl-override-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      'locals {\n  region = "eu-west-1"\n}\nprovider "genesyscloud" {\n  aws_region = local.region\n}\nresource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n  secure = true\n  config_request {\n    request_type = "GET"\n    request_url_template = "https://crm.example.eu/c"\n  }\n}\n',
    );
    fs.writeFileSync(
      path.join(dir, "debug_override.tf"),
      'locals {\n  region = "us-east-1"\n}\nresource "genesyscloud_integration_action" "lookup" {\n  secure = false\n  config_request {\n    request_type = "POST"\n    request_url_template = "https://collector.example.net/in"\n  }\n}\n',
    );
    const inventory = await readHclFolder(dir);
    expect(inventory.resources).toHaveLength(1);
    const action = inventory.resources[0]!;
    expect(action.attributes).toMatchObject({
      name: "Lookup",
      secure: false,
      config_request: [{ request_type: "POST", request_url_template: "https://collector.example.net/in" }],
    });
    expect(action.location.file).toBe(path.join(dir, "main.tf"));
    expect(inventory.providers[0]!.attributes.aws_region).toBe("us-east-1");
  });

  // Terraform's merge (configs/module_merge_body.go, prepareContent): a nested block type the override writes,
  // statically or as `dynamic`, replaces every original block of that type; other types stay; zero blocks of a
  // type (an empty list or null in JSON) override nothing. Each case checked with `terraform plan`.
  const ACTION_HEAD =
    'resource "genesyscloud_integration_action" "push" {\n  name = "Push"\n  category = "CRM"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n';
  const STATIC_HTTPS =
    '  config_request {\n    request_type = "POST"\n    request_url_template = "https://crm.example.eu/c"\n  }\n';
  const DYNAMIC_HTTP =
    '  dynamic "config_request" {\n    for_each = ["http://crm.example-us.com/c"]\n    content {\n      request_type = "POST"\n      request_url_template = config_request.value\n    }\n  }\n';
  const DYNAMIC_RESPONSE =
    '  dynamic "config_response" {\n    for_each = [1]\n    content {\n      success_template = "{}"\n    }\n  }\n';
  test.each([
    {
      case: "an override's dynamic block of another type leaves the original's dynamic blocks",
      main: `${ACTION_HEAD}${DYNAMIC_HTTP}}\n`,
      override: ["x_override.tf", `resource "genesyscloud_integration_action" "push" {\n${DYNAMIC_RESPONSE}}\n`],
    },
    {
      case: "an override's dynamic block replaces the original's static blocks of its type",
      main: `${ACTION_HEAD}${STATIC_HTTPS}}\n`,
      override: ["x_override.tf", `resource "genesyscloud_integration_action" "push" {\n${DYNAMIC_HTTP}}\n`],
    },
    {
      case: "an empty list of blocks in a JSON override leaves the original's blocks",
      main: `${ACTION_HEAD}${STATIC_HTTPS.replace("https://crm.example.eu/c", "http://crm.example-us.com/c")}}\n`,
      override: [
        "x_override.tf.json",
        '{"resource":{"genesyscloud_integration_action":{"push":{"config_request":[],"secure":false}}}}',
      ],
    },
    {
      case: "null blocks in a JSON override leave the original's blocks",
      main: `${ACTION_HEAD}${DYNAMIC_HTTP}}\n`,
      override: [
        "x_override.tf.json",
        '{"resource":{"genesyscloud_integration_action":{"push":{"config_request":null}}}}',
      ],
    },
  ])("override files: $case", async ({ main, override: [name, text] }) => {
    const dir = tempDir("hcl-override-blocks-");
    fs.writeFileSync(path.join(dir, "main.tf"), main);
    fs.writeFileSync(path.join(dir, name!), text!);
    const [action] = (await readHclFolder(dir)).resources;
    expect(
      (action!.attributes.config_request as Array<Record<string, string>>).map((block) => block.request_url_template),
    ).toEqual(["http://crm.example-us.com/c"]);
  });

  test("an override of a block that does not exist is an input error, as in Terraform", async () => {
    const dir = tempDir("hcl-override-");
    fs.writeFileSync(path.join(dir, "main.tf"), 'provider "genesyscloud" {}\n');
    fs.writeFileSync(
      path.join(dir, "override.tf"),
      'resource "genesyscloud_integration" "ghost" {\n  integration_type = "custom-rest-actions"\n}\n',
    );
    await expect(readHclFolder(dir)).rejects.toThrow(
      `${path.join(dir, "override.tf")}: resource "genesyscloud_integration" "ghost": an override of a block declared in another file of the folder`,
    );
  });

  test("a .tf.json or .tfvars.json that is not JSON is an input error naming the line and column", async () => {
    const dir = tempDir("hcl-json-");
    fs.writeFileSync(path.join(dir, "main.tf"), 'provider "genesyscloud" {}\n');
    fs.writeFileSync(path.join(dir, "terraform.tfvars.json"), '{\n  "region": "eu-west-1",\n');
    await expect(readHclFolder(dir)).rejects.toThrow(
      `${path.join(dir, "terraform.tfvars.json")}: line 3, column 1: Terraform variables in valid JSON`,
    );
    fs.rmSync(path.join(dir, "terraform.tfvars.json"));
    fs.writeFileSync(path.join(dir, "extra.tf.json"), '{"resource": {"genesyscloud_integration": {"a": {');
    await expect(readHclFolder(dir)).rejects.toThrow(
      `${path.join(dir, "extra.tf.json")}: line 1, column 50: Terraform configuration in JSON syntax in valid JSON`,
    );
  });

  test("TF_VAR_ environment variables are read below tfvars files, as Terraform reads them", async () => {
    const dir = tempDir("hcl-env-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      'variable "host" {\n  default = "crm.example.eu"\n}\nvariable "region" {}\nprovider "genesyscloud" {\n  aws_region = var.region\n}\nresource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n  config_request {\n    request_type = "GET"\n    request_url_template = "https://${var.host}/c"\n  }\n}\n',
    );
    const env = { TF_VAR_host: "collector.example.net", TF_VAR_region: "us-east-1" };
    const fromEnv = await readHclFolder(dir, { env });
    expect(
      (fromEnv.resources[0]!.attributes.config_request as Array<Record<string, string>>)[0]!.request_url_template,
    ).toBe("https://collector.example.net/c");
    expect(fromEnv.providers[0]!.attributes.aws_region).toBe("us-east-1");
    fs.writeFileSync(path.join(dir, "terraform.tfvars"), 'region = "eu-west-1"\n');
    expect((await readHclFolder(dir, { env })).providers[0]!.attributes.aws_region).toBe("eu-west-1");
  });
});

describe("where each resource is declared", () => {
  test("one large file (as genesyscloud_tf_export writes an org): every resource gets its own declaration line", async () => {
    const dir = tempDir("dpia-hcl-lines-");
    const blocks = Array.from(
      { length: 2_000 },
      (_, i) => `# queue ${i}\nresource "genesyscloud_routing_queue" "queue_${i}" {\n  name = "Queue ${i}"\n}\n`,
    );
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n\n${blocks.join("\n")}`,
    );
    const inventory = await readHclFolder(dir, { env: {} });
    expect(inventory.resources).toHaveLength(2_000);
    const lines = new Map(inventory.resources.map((resource) => [resource.address, resource.location.line]));
    // Four header lines, then five lines per block with its blank separator; the block starts after its comment.
    for (let i = 0; i < 2_000; i++)
      expect(lines.get(`genesyscloud_routing_queue.queue_${i}`), `queue_${i}`).toBe(6 + i * 5);
  }, 120_000);
});

describe("a block Terraform does not know", () => {
  test.each([
    ["main.tf", 'resourbe "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n}\n', "resourbe"],
    [
      "main.tf.json",
      JSON.stringify({
        "//": "comment",
        resources: { genesyscloud_integration_action: { lookup: { name: "Lookup" } } },
      }),
      "resources",
    ],
  ])("%s: exit 2 naming the block, never skipped", async (name, text, block) => {
    const dir = tempDir("dpia-hcl-blocks-");
    fs.writeFileSync(path.join(dir, name), text);
    const error = await readHclFolder(dir, { env: {} }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toContain(`"${block}" is not one`);
  });

  test.each([
    ["a NUL in the type", 'resource "genesysclou\u0000d_integration_action" "lookup" {\n  name = "Lookup"\n}\n'],
    ["a dot in the type", 'resource "ge.esyscloud_integration_action" "lookup" {\n  name = "Lookup"\n}\n'],
    ["a space in the name", 'resource "genesyscloud_integration_action" "look up" {\n  name = "Lookup"\n}\n'],
  ])(
    "a resource label Terraform refuses (%s): exit 2, never read as another provider's resource",
    async (_name, text) => {
      const dir = tempDir("dpia-hcl-labels-");
      fs.writeFileSync(path.join(dir, "main.tf"), text);
      const error = await readHclFolder(dir, { env: {} }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect((error as Error).message).toMatch(/(type|name) Terraform accepts/);
    },
  );

  test("variables files keep their top-level attributes", async () => {
    const dir = tempDir("dpia-hcl-blocks-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      'variable "region" {\n  type = string\n}\n\nprovider "genesyscloud" {\n  aws_region = var.region\n}\n',
    );
    fs.writeFileSync(path.join(dir, "terraform.tfvars"), 'region = "eu-west-1"\n');
    const inventory = await readHclFolder(dir, { env: {} });
    expect(inventory.providers[0]!.attributes.aws_region).toBe("eu-west-1");
  });
});
