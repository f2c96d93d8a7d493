import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { evaluateTemplate, toJson, type HclValue, type Scope } from "../../src/inventory/hcl/expression";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { applyPolicy } from "../../src/policy/load-policy";
import { tempDir } from "../helpers/stacks";

const scope: Scope = {
  variable: (name) => ({ region: "eu-west-1", topics: ["a", "b"], port: 8443 } as Record<string, HclValue>)[name],
  local: (name) => ({ host: "crm.example.eu" } as Record<string, HclValue>)[name],
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
    expect(evaluate('${jsonencode({ type = "object", "properties" : { b = 1, a = [true, null] } })}')).toBe('{"properties":{"a":[true,null],"b":1},"type":"object"}');
  });
  test("resource references stay symbolic", () => {
    expect(evaluate("${genesyscloud_integration.crm.id}")).toBe("${genesyscloud_integration.crm.id}");
    expect(evaluate("${data.genesyscloud_auth_role.admin.id}")).toBe("${data.genesyscloud_auth_role.admin.id}");
  });
  test("what cannot be evaluated statically stays an unresolved expression", () => {
    expect(evaluate("${var.missing}")).toBe("${var.missing}");
    expect(evaluate('${var.region == "eu-west-1" ? "a" : "b"}')).toBe('${var.region == "eu-west-1" ? "a" : "b"}');
    expect(evaluate("${file(\"x.json\")}")).toBe('${file(...)}');
    expect(evaluate("${[for t in var.topics : upper(t)]}")).toContain("for t in var.topics");
  });
});

describe("reading a .tf folder", () => {
  test("tfvars override defaults, local modules are followed and their references prefixed", async () => {
    const dir = tempDir("hcl-folder-");
    fs.mkdirSync(path.join(dir, "modules", "crm"), { recursive: true });
    fs.writeFileSync(path.join(dir, "main.tf"), 'variable "host" {\n  default = "dev.example.eu"\n}\nprovider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nmodule "crm" {\n  source = "./modules/crm"\n  host   = var.host\n}\n');
    fs.writeFileSync(path.join(dir, "terraform.tfvars"), 'host = "crm.example.eu"\n');
    fs.writeFileSync(
      path.join(dir, "modules", "crm", "main.tf"),
      'variable "host" {}\nresource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n}\nresource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = genesyscloud_integration.crm.id\n  contract_input = jsonencode({})\n  contract_output = jsonencode({})\n  config_request {\n    request_type = "GET"\n    request_url_template = "https://${var.host}/c"\n  }\n}\n',
    );
    const inventory = await readHclFolder(dir);
    const action = inventory.resources.find((r) => r.type === "genesyscloud_integration_action")!;
    expect(action.address).toBe("module.crm.genesyscloud_integration_action.lookup");
    expect(action.attributes.integration_id).toBe("${module.crm.genesyscloud_integration.crm.id}");
    expect((action.attributes.config_request as Array<Record<string, string>>)[0]!.request_url_template).toBe("https://crm.example.eu/c");
    expect(action.location).toMatchObject({ file: path.join(dir, "modules", "crm", "main.tf"), line: 5 });
    expect(inventory.providers[0]!.attributes.aws_region).toBe("eu-west-1");
    const { dpias } = assessInventory(inventory, { policy: applyPolicy(undefined), now: new Date("2026-01-01T00:00:00Z") });
    expect(dpias.map((dpia) => dpia.resources.map((r) => r.address))).toEqual([["module.crm.genesyscloud_integration.crm", "module.crm.genesyscloud_integration_action.lookup"]]);
    expect(dpias[0]!.data_flows[0]!.destination_host).toBe("crm.example.eu");
  });
});
