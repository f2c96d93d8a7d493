import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { applyPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";

const PROVIDER = 'provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n';

/** An integration and its action per instance, the action posting contact details to `url`. */
const pair = (meta: string, url: string, integrationRef: string) => `
resource "genesyscloud_integration" "crm" {
  ${meta}
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}
resource "genesyscloud_integration_action" "push" {
  ${meta}
  name = "Push"
  category = "CRM"
  integration_id = ${integrationRef}
  secure = false
  contract_input = jsonencode({ type = "object", properties = { email = { type = "string" }, phoneNumber = { type = "string" } } })
  contract_output = jsonencode({})
  config_request {
    request_type = "POST"
    request_url_template = ${url}
  }
}
`;

async function assess(text: string, warnings: string[] = []) {
  const dir = tempDir("hcl-instances-");
  fs.writeFileSync(path.join(dir, "main.tf"), PROVIDER + text);
  const inventory = await readHclFolder(dir, { env: {}, onWarning: (message) => warnings.push(message) });
  const { dpias } = assessInventory(inventory, { policy: applyPolicy(undefined), now: new Date("2026-01-01T00:00:00Z") });
  return { inventory, dpias };
}

describe("count and for_each instances of a resource", () => {
  test("count = 2 yields two instances, each assessed with its own count.index", async () => {
    const { inventory, dpias } = await assess(
      'variable "hosts" {\n  default = ["crm.example.eu", "collector.example.com"]\n}\n' +
        pair("count = 2", '"https://${var.hosts[count.index]}/push"', "genesyscloud_integration.crm[count.index].id"),
    );
    expect(inventory.resources.map((r) => r.address).sort()).toEqual([
      "genesyscloud_integration.crm[0]",
      "genesyscloud_integration.crm[1]",
      "genesyscloud_integration_action.push[0]",
      "genesyscloud_integration_action.push[1]",
    ]);
    expect(inventory.resources.find((r) => r.address === "genesyscloud_integration_action.push[1]")!.attributes.integration_id).toBe('${genesyscloud_integration.crm[1].id}');
    expect(dpias).toHaveLength(2);
    expect(dpias.map((d) => d.resources.map((r) => r.address))).toEqual([
      ["genesyscloud_integration.crm[0]", "genesyscloud_integration_action.push[0]"],
      ["genesyscloud_integration.crm[1]", "genesyscloud_integration_action.push[1]"],
    ]);
    expect(dpias.map((d) => d.data_flows[0]!.destination_host)).toEqual(["crm.example.eu", "collector.example.com"]);
    expect(new Set(dpias.map((d) => d.dpia_id)).size).toBe(2);
  });

  test("for_each over a map binds each.key and each.value; over a set of strings, both are the element", async () => {
    const map = await assess(
      'variable "crms" {\n  default = { eu = { host = "crm.example.eu" }, us = { host = "crm.example.com" } }\n}\n' +
        pair("for_each = var.crms", 'format("https://%s/%s", each.value.host, each.key)', "genesyscloud_integration.crm[each.key].id"),
    );
    expect(map.dpias.map((d) => d.subject.address)).toEqual(['genesyscloud_integration.crm["eu"]', 'genesyscloud_integration.crm["us"]']);
    expect(map.dpias.map((d) => d.data_flows[0]!.destination_host)).toEqual(["crm.example.eu", "crm.example.com"]);
    const set = await assess(pair('for_each = toset(["a.example.eu", "b.example.eu"])', '"https://${each.value}/x"', "genesyscloud_integration.crm[each.key].id"));
    expect(set.dpias.map((d) => d.data_flows[0]!.destination_host)).toEqual(["a.example.eu", "b.example.eu"]);
  });

  test("a count or for_each that cannot be evaluated gives one instance with the symbols unresolved, and a warning; never none", async () => {
    for (const meta of ["count = var.n", "for_each = var.crms"]) {
      const warnings: string[] = [];
      const { inventory, dpias } = await assess(`variable "n" {}\nvariable "crms" {}\n${pair(meta, '"https://crm.example.eu/${count.index}"', "genesyscloud_integration.crm.id")}`, warnings);
      expect(inventory.resources.map((r) => r.address).sort()).toEqual(["genesyscloud_integration.crm", "genesyscloud_integration_action.push"]);
      expect(dpias).toHaveLength(1);
      expect(warnings.join("\n")).toContain("cannot be evaluated statically");
    }
  });

  test("an unknown each.value in a host stays unresolved and blocks", async () => {
    const { dpias } = await assess(`variable "crms" {}\n${pair("for_each = var.crms", '"https://${each.value}/x"', "genesyscloud_integration.crm.id")}`);
    expect(dpias[0]!.data_flows[0]!.destination_kind).toBe("unknown");
    expect(dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("count = 0 creates nothing, as in Terraform", async () => {
    const { inventory } = await assess(pair("count = 0", '"https://crm.example.eu/x"', "genesyscloud_integration.crm[0].id"));
    expect(inventory.resources).toEqual([]);
  });

  test("count and for_each on one block is an input error naming the block", async () => {
    await expect(assess(pair('count = 1\n  for_each = { a = 1 }', '"https://crm.example.eu/x"', "genesyscloud_integration.crm.id"))).rejects.toThrow(InputError);
    await expect(assess(pair('count = 1\n  for_each = { a = 1 }', '"https://crm.example.eu/x"', "genesyscloud_integration.crm.id"))).rejects.toThrow(/resource "genesyscloud_integration" "crm": either count or for_each/);
  });
});
