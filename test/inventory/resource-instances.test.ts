import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
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
  const { dpias } = assessInventory(inventory, {
    policy: applyPolicy(undefined),
    now: new Date("2026-01-01T00:00:00Z"),
  });
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
    expect(
      inventory.resources.find((r) => r.address === "genesyscloud_integration_action.push[1]")!.attributes
        .integration_id,
    ).toBe("${genesyscloud_integration.crm[1].id}");
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
        pair(
          "for_each = var.crms",
          'format("https://%s/%s", each.value.host, each.key)',
          "genesyscloud_integration.crm[each.key].id",
        ),
    );
    expect(map.dpias.map((d) => d.subject.address)).toEqual([
      'genesyscloud_integration.crm["eu"]',
      'genesyscloud_integration.crm["us"]',
    ]);
    expect(map.dpias.map((d) => d.data_flows[0]!.destination_host)).toEqual(["crm.example.eu", "crm.example.com"]);
    const set = await assess(
      pair(
        'for_each = toset(["a.example.eu", "b.example.eu"])',
        '"https://${each.value}/x"',
        "genesyscloud_integration.crm[each.key].id",
      ),
    );
    expect(set.dpias.map((d) => d.data_flows[0]!.destination_host)).toEqual(["a.example.eu", "b.example.eu"]);
  });

  test("a count or for_each that cannot be evaluated gives one instance with the symbols unresolved, and a warning; never none", async () => {
    for (const meta of ["count = var.n", "for_each = var.crms"]) {
      const warnings: string[] = [];
      const { inventory, dpias } = await assess(
        `variable "n" {}\nvariable "crms" {}\n${pair(meta, '"https://crm.example.eu/${count.index}"', "genesyscloud_integration.crm.id")}`,
        warnings,
      );
      expect(inventory.resources.map((r) => r.address).sort()).toEqual([
        "genesyscloud_integration.crm",
        "genesyscloud_integration_action.push",
      ]);
      expect(dpias).toHaveLength(1);
      expect(warnings.join("\n")).toContain("cannot be evaluated statically");
    }
  });

  test("an unknown each.value in a host stays unresolved and blocks", async () => {
    const { dpias } = await assess(
      `variable "crms" {}\n${pair("for_each = var.crms", '"https://${each.value}/x"', "genesyscloud_integration.crm.id")}`,
    );
    expect(dpias[0]!.data_flows[0]!.destination_kind).toBe("unknown");
    expect(dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("count = 0 creates nothing, as in Terraform", async () => {
    const { inventory } = await assess(
      pair("count = 0", '"https://crm.example.eu/x"', "genesyscloud_integration.crm[0].id"),
    );
    expect(inventory.resources).toEqual([]);
  });

  test("count and for_each on one block is an input error naming the block", async () => {
    await expect(
      assess(
        pair("count = 1\n  for_each = { a = 1 }", '"https://crm.example.eu/x"', "genesyscloud_integration.crm.id"),
      ),
    ).rejects.toThrow(InputError);
    await expect(
      assess(
        pair("count = 1\n  for_each = { a = 1 }", '"https://crm.example.eu/x"', "genesyscloud_integration.crm.id"),
      ),
    ).rejects.toThrow(/resource "genesyscloud_integration" "crm": either count or for_each/);
  });
});

describe("module instances and the providers passed to modules", () => {
  const MODULE = `variable "host" {}
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
}
resource "genesyscloud_oauth_client" "client" {
  name = "Client \${var.host}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
}
`;
  async function folder(root: string) {
    const dir = tempDir("hcl-module-instances-");
    fs.mkdirSync(path.join(dir, "crm"));
    fs.writeFileSync(path.join(dir, "crm", "main.tf"), MODULE);
    fs.writeFileSync(path.join(dir, "main.tf"), root);
    return readHclFolder(dir, { env: {} });
  }

  test("a module with for_each gives one set of resources per instance, each with its own inputs", async () => {
    const inventory = await folder(
      'module "crm" {\n  source = "./crm"\n  for_each = toset(["eu", "us"])\n  host = each.key\n}\n',
    );
    expect(inventory.resources.map((r) => r.address).sort()).toEqual([
      'module.crm["eu"].genesyscloud_integration.crm',
      'module.crm["eu"].genesyscloud_oauth_client.client',
      'module.crm["us"].genesyscloud_integration.crm',
      'module.crm["us"].genesyscloud_oauth_client.client',
    ]);
    expect(
      inventory.resources
        .filter((r) => r.type === "genesyscloud_oauth_client")
        .map((r) => r.attributes.name)
        .sort(),
    ).toEqual(["Client eu", "Client us"]);
  });

  test("resources of a module use the provider configuration passed to it, as Terraform does", async () => {
    const inventory = await folder(
      'provider "genesyscloud" {\n  aws_region = "us-east-1"\n}\nprovider "genesyscloud" {\n  alias = "eu"\n  aws_region = "eu-west-1"\n}\nmodule "crm" {\n  source = "./crm"\n  host = "x"\n  providers = {\n    genesyscloud = genesyscloud.eu\n  }\n}\nmodule "plain" {\n  source = "./crm"\n  host = "y"\n}\n',
    );
    expect(inventory.resources.find((r) => r.address === "module.crm.genesyscloud_integration.crm")!.provider).toBe(
      "genesyscloud.eu",
    );
    expect(
      inventory.resources.find((r) => r.address === "module.plain.genesyscloud_integration.crm")!.provider,
    ).toBeUndefined();
    const { dpias } = assessInventory(inventory, {
      policy: applyPolicy(undefined),
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(
      dpias.find((d) => d.subject.address === "module.crm.genesyscloud_integration.crm")!.data_flows[0]!.source,
    ).toContain("eu-west-1");
    expect(
      dpias.find((d) => d.subject.address === "module.plain.genesyscloud_integration.crm")!.data_flows[0]!.source,
    ).toContain("us-east-1");
  });
});

describe("inputs built to exhaust the gate", () => {
  test("a count of a hundred million is not expanded: one instance with count.index unresolved, and a warning", async () => {
    const warnings: string[] = [];
    const { inventory } = await assess(
      pair("count = 100000000", '"https://crm.example.eu/${count.index}"', "genesyscloud_integration.crm[0].id"),
      warnings,
    );
    expect(inventory.resources).toHaveLength(2);
    expect(warnings.join("\n")).toContain("more than the 1000 instances");
  });

  test("locals that double at every step stay unresolved instead of filling memory", async () => {
    const locals = Array.from({ length: 40 }, (_v, i) => `  l${i} = "\${local.l${i + 1}}\${local.l${i + 1}}"`).join(
      "\n",
    );
    const { inventory } = await assess(
      `locals {\n${locals}\n  l40 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n}\n${pair("", '"https://${local.l0}.example.com/x"', "genesyscloud_integration.crm.id")}`,
    );
    const url = (
      inventory.resources.find((r) => r.type === "genesyscloud_integration_action")!.attributes.config_request as Array<
        Record<string, string>
      >
    )[0]!.request_url_template!;
    expect(url.length).toBeLessThanOrEqual(1_000_100);
    expect(url).toContain("${");
  });

  test("a format width or a replace that would build gigabytes stays unresolved", async () => {
    const { inventory } = await assess(
      pair("", 'format("https://%0999999999d.example.com", 1)', "genesyscloud_integration.crm.id"),
    );
    const url = (
      inventory.resources.find((r) => r.type === "genesyscloud_integration_action")!.attributes.config_request as Array<
        Record<string, string>
      >
    )[0]!.request_url_template!;
    expect(url).toContain("${format(");
  });
});

describe("count and for_each in Terraform JSON (cdk.tf.json) match the .tf form", () => {
  test("a literal count and a literal for_each give the same instances and the same DPIAs as HCL", async () => {
    const hosts = ["crm.example.eu", "collector.example.com"];
    const hcl = await assess(
      `locals {\n  hosts = ${JSON.stringify(hosts)}\n}\n` +
        pair("count = 2", '"https://${local.hosts[count.index]}/push"', "genesyscloud_integration.crm[count.index].id"),
    );
    const action = (index: string) => ({
      name: "Push",
      category: "CRM",
      integration_id: "${genesyscloud_integration.crm[" + index + "].id}",
      secure: false,
      contract_input: JSON.stringify({
        type: "object",
        properties: { email: { type: "string" }, phoneNumber: { type: "string" } },
      }),
      contract_output: "{}",
      config_request: [
        {
          request_type: "POST",
          request_url_template: "https://${element(" + JSON.stringify(hosts) + ", " + index + ")}/push",
        },
      ],
    });
    const json = {
      provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
      resource: {
        genesyscloud_integration: {
          crm: { count: 2, integration_type: "custom-rest-actions", config: [{ name: "CRM" }] },
        },
        genesyscloud_integration_action: { push: { count: 2, ...action("count.index") } },
      },
    };
    const inventory = readTerraformJson(json, { scope: "t", origin: "cdk.tf.json" });
    const fromJson = assessInventory(inventory, {
      policy: applyPolicy(undefined),
      now: new Date("2026-01-01T00:00:00Z"),
    }).dpias;
    expect(fromJson.map((d) => d.subject.address)).toEqual(hcl.dpias.map((d) => d.subject.address));
    expect(fromJson.map((d) => d.fingerprint)).toEqual(hcl.dpias.map((d) => d.fingerprint));
    expect(fromJson.map((d) => d.data_flows[0]!.destination_host)).toEqual(hosts);
  });

  test("a count over a variable in Terraform JSON: one resource, its index unresolved, and a warning", () => {
    const warnings: string[] = [];
    const inventory = readTerraformJson(
      {
        resource: { genesyscloud_integration: { crm: { count: "${var.n}", integration_type: "custom-rest-actions" } } },
      },
      { scope: "t", origin: "cdk.tf.json", onWarning: (message) => warnings.push(message) },
    );
    expect(inventory.resources.map((r) => r.address)).toEqual(["genesyscloud_integration.crm"]);
    expect(warnings.join("\n")).toContain("count cannot be evaluated statically");
  });
});
