import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { relationsOf } from "../../src/flows/inventory-relations";
import { tempDir } from "../helpers/stacks";

/** A folder of .tf files: path → text. */
function folder(files: Record<string, string>): string {
  const dir = tempDir("module-outputs-");
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const INTEGRATION_MODULE = `resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}
output "integration_id" {
  value = genesyscloud_integration.crm.id
}
output "integration_name" {
  value = "CRM"
}
`;

const ACTION_MODULE = `variable "integration_id" {
  type = string
}
variable "label" {
  default = "lookup"
}
resource "genesyscloud_integration_action" "lookup" {
  name           = var.label
  category       = "CRM"
  integration_id = var.integration_id
  contract_input  = jsonencode({ type = "object", properties = { phone = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "GET"
    request_url_template = "https://api.crm.example.eu/lookup"
  }
}
output "action_name" {
  value = genesyscloud_integration_action.lookup.name
}
`;

async function attributesOf(dir: string): Promise<Record<string, Record<string, unknown>>> {
  const inventory = await readHclFolder(dir, { env: {} });
  return Object.fromEntries(inventory.resources.map((resource) => [resource.address, resource.attributes]));
}

describe("module outputs are values: module.<name>.<output> is what the output block evaluates to inside the module", () => {
  test("an action in one module is joined to the integration another module creates and exposes as integration_id", async () => {
    const dir = folder({
      "main.tf":
        'module "crm" {\n  source = "./modules/crm"\n}\nmodule "actions" {\n  source         = "./modules/actions"\n  integration_id = module.crm.integration_id\n}\n',
      "modules/crm/main.tf": INTEGRATION_MODULE,
      "modules/actions/main.tf": ACTION_MODULE,
    });
    const inventory = await readHclFolder(dir, { env: {} });
    const action = inventory.resources.find((resource) => resource.type === "genesyscloud_integration_action")!;
    expect(action.address).toBe("module.actions.genesyscloud_integration_action.lookup");
    expect(action.attributes.integration_id).toBe("${module.crm.genesyscloud_integration.crm.id}");
    expect(relationsOf(inventory).actionsOf.get("module.crm.genesyscloud_integration.crm")).toEqual([action]);
  });

  test("the blueprints' spelling: a template around the output, and a string output", async () => {
    const dir = folder({
      "main.tf":
        'module "crm" {\n  source = "./modules/crm"\n}\nmodule "actions" {\n  source         = "./modules/actions"\n  integration_id = "${module.crm.integration_id}"\n  label          = "${module.crm.integration_name} lookup"\n}\n',
      "modules/crm/main.tf": INTEGRATION_MODULE,
      "modules/actions/main.tf": ACTION_MODULE,
    });
    const action = (await attributesOf(dir))["module.actions.genesyscloud_integration_action.lookup"]!;
    expect(action.integration_id).toBe("${module.crm.genesyscloud_integration.crm.id}");
    expect(action.name).toBe("CRM lookup");
  });

  test("a reference passed into a module keeps pointing at the caller's resource (it is not re-prefixed with the module)", async () => {
    const dir = folder({
      "main.tf": `${INTEGRATION_MODULE.replace(/output[\s\S]*$/, "")}module "actions" {\n  source         = "./modules/actions"\n  integration_id = genesyscloud_integration.crm.id\n}\n`,
      "modules/actions/main.tf": ACTION_MODULE,
    });
    const action = (await attributesOf(dir))["module.actions.genesyscloud_integration_action.lookup"]!;
    expect(action.integration_id).toBe("${genesyscloud_integration.crm.id}");
  });

  test('count and for_each on the module call: module.a[0].x, module.a["k"].x, and module.a as a whole', async () => {
    const dir = folder({
      "main.tf": `module "crm" {
  count  = 2
  source = "./modules/crm"
}
module "regional" {
  for_each = toset(["eu", "us"])
  source   = "./modules/crm"
}
module "first" {
  source         = "./modules/actions"
  integration_id = module.crm[1].integration_id
}
module "eu" {
  source         = "./modules/actions"
  integration_id = module.regional["eu"].integration_id
}
module "whole" {
  source         = "./modules/actions"
  integration_id = module.regional.us.integration_id
  label          = jsonencode(module.crm[0])
}
`,
      "modules/crm/main.tf": INTEGRATION_MODULE,
      "modules/actions/main.tf": ACTION_MODULE,
    });
    const resources = await attributesOf(dir);
    expect(resources["module.first.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      "${module.crm[1].genesyscloud_integration.crm.id}",
    );
    expect(resources["module.eu.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      '${module.regional["eu"].genesyscloud_integration.crm.id}',
    );
    expect(resources["module.whole.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      '${module.regional["us"].genesyscloud_integration.crm.id}',
    );
    // A whole module instance is an object of its outputs; its reference inside stays unresolved text.
    expect(resources["module.whole.genesyscloud_integration_action.lookup"]!.name).toBe(
      '{"integration_id":"${module.crm[0].genesyscloud_integration.crm.id}","integration_name":"CRM"}',
    );
    expect(Object.keys(resources)).toContain('module.regional["us"].genesyscloud_integration.crm');
  });

  test("nested modules: an output passed up through a module's own output, and between two modules inside it", async () => {
    const dir = folder({
      "main.tf":
        'module "platform" {\n  source = "./platform"\n}\nmodule "top" {\n  source         = "./platform/actions"\n  integration_id = module.platform.integration_id\n}\n',
      "platform/main.tf":
        'module "crm" {\n  source = "./crm"\n}\nmodule "inner" {\n  source         = "./actions"\n  integration_id = module.crm.integration_id\n}\noutput "integration_id" {\n  value = module.crm.integration_id\n}\n',
      "platform/crm/main.tf": INTEGRATION_MODULE,
      "platform/actions/main.tf": ACTION_MODULE,
    });
    const resources = await attributesOf(dir);
    const integration = "${module.platform.module.crm.genesyscloud_integration.crm.id}";
    expect(resources["module.platform.module.inner.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      integration,
    );
    expect(resources["module.top.genesyscloud_integration_action.lookup"]!.integration_id).toBe(integration);
  });

  test("outputs depend on each other output by output, as in Terraform; a real cycle is unresolved and ends", async () => {
    // terraform console: module.cyc_a.out is "got got fixed" (no cycle: out needs b.out, which needs a.other).
    const module =
      'variable "x" {}\noutput "out" {\n  value = "got ${var.x}"\n}\noutput "other" {\n  value = "fixed"\n}\n';
    const action = (name: string, label: string) =>
      `resource "genesyscloud_integration_action" "${name}" {\n  name = ${label}\n  category = "c"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n}\n`;
    const dir = folder({
      "main.tf": `module "cyc_a" {
  source = "./m"
  x      = module.cyc_b.out
}
module "cyc_b" {
  source = "./m"
  x      = module.cyc_a.other
}
module "loop_a" {
  source = "./m"
  x      = module.loop_b.out
}
module "loop_b" {
  source = "./m"
  x      = module.loop_a.out
}
${action("chained", "module.cyc_a.out")}${action("looped", "module.loop_a.out")}`,
      "m/main.tf": module,
    });
    const resources = await attributesOf(dir);
    expect(resources["genesyscloud_integration_action.chained"]!.name).toBe("got got fixed");
    expect(resources["genesyscloud_integration_action.looped"]!.name).toContain("${module.loop_a.out (a cycle)}");
  });

  test("an argument is passed as its value: an escaped $${ stays literal inside the module, as in Terraform", async () => {
    // terraform console: module.one.out is "got ${var.secret}" for x = "$${var.secret}".
    const dir = folder({
      "main.tf": 'module "one" {\n  source = "./m"\n  x      = "$${var.secret}"\n}\n',
      "m/main.tf": `variable "x" {}\nvariable "secret" {\n  default = "s3cr3t"\n}\n${'resource "genesyscloud_integration_action" "a" {\n  name = "got ${var.x}"\n  category = "c"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n}\n'}`,
    });
    expect((await attributesOf(dir))["module.one.genesyscloud_integration_action.a"]!.name).toBe("got ${var.secret}");
  });

  test("an output the module does not declare, or a module that is not called, is unresolved", async () => {
    const dir = folder({
      "main.tf":
        'module "crm" {\n  source = "./modules/crm"\n}\nmodule "a" {\n  source         = "./modules/actions"\n  integration_id = module.crm.missing\n}\nmodule "b" {\n  source         = "./modules/actions"\n  integration_id = module.nowhere.integration_id\n}\n',
      "modules/crm/main.tf": INTEGRATION_MODULE,
      "modules/actions/main.tf": ACTION_MODULE,
    });
    const resources = await attributesOf(dir);
    expect(resources["module.a.genesyscloud_integration_action.lookup"]!.integration_id).toBe("${module.crm.missing}");
    expect(resources["module.b.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      "${module.nowhere.integration_id}",
    );
  });

  test("an override file in the module replaces the output's value, as Terraform merges it", async () => {
    const dir = folder({
      "main.tf":
        'module "crm" {\n  source = "./modules/crm"\n}\nmodule "actions" {\n  source         = "./modules/actions"\n  integration_id = module.crm.integration_id\n}\n',
      "modules/crm/main.tf": `${INTEGRATION_MODULE}resource "genesyscloud_integration" "other" {\n  integration_type = "custom-rest-actions"\n  config {\n    name = "Other"\n  }\n}\n`,
      "modules/crm/override.tf": 'output "integration_id" {\n  value = genesyscloud_integration.other.id\n}\n',
      "modules/actions/main.tf": ACTION_MODULE,
    });
    expect((await attributesOf(dir))["module.actions.genesyscloud_integration_action.lookup"]!.integration_id).toBe(
      "${module.crm.genesyscloud_integration.other.id}",
    );
  });

  test("nested module calls whose counts multiply past what any configuration has: an input error naming the call, not a hang", async () => {
    const dir = folder({
      "main.tf": 'module "a" {\n  count  = 1000\n  source = "./a"\n}\n',
      "a/main.tf": 'module "b" {\n  count  = 1000\n  source = "../b"\n}\n',
      "b/main.tf": 'output "x" {\n  value = "y"\n}\n',
    });
    await expect(readHclFolder(dir, { env: {} })).rejects.toThrow(
      /a\/main\.tf: module "b": a configuration of at most 5000 module instances/,
    );
  });
});
