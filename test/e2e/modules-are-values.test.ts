import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const blueprint = path.join(root, "test", "fixtures", "blueprints", "ani-blacklist");

function gate(folder: string, policy?: string): { status: number | null; dpias: Dpia[]; output: string } {
  const out = tempDir("modules-dpias-");
  const args = ["gate", folder, "--register", path.join(out, "register.db"), "--out", path.join(out, "dpias")];
  const run = runDpia(policy ? [...args, "--policy", policy] : args);
  const dir = path.join(out, "dpias");
  const dpias = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Dpia)
    : [];
  return { status: run.status, dpias, output: run.output };
}

function folder(files: Record<string, string>): string {
  const dir = tempDir("modules-split-");
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const POLICY = {
  version: 1,
  destinations: [{ host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["payments"] }],
};

/** The integration in one module, exposing integration_id; the action in another, wired by the output. */
function splitAcrossModules(field: string): string {
  const dir = folder({
    "main.tf": `provider "genesyscloud" {
  aws_region = "eu-central-1"
}
module "crm" {
  source = "./modules/crm"
}
module "pay" {
  source         = "./modules/pay"
  integration_id = module.crm.integration_id
}
`,
    "modules/crm/main.tf": `resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  config {
    name = "CRM"
  }
}
output "integration_id" {
  value = genesyscloud_integration.crm.id
}
`,
    "modules/pay/main.tf": `variable "integration_id" {
  type = string
}
resource "genesyscloud_integration_action" "pay" {
  name            = "Pay"
  category        = "CRM"
  integration_id  = var.integration_id
  secure          = true
  contract_input  = jsonencode({ type = "object", properties = { ${field} = { type = "string" } }, additionalProperties = false })
  contract_output = jsonencode({ type = "object", properties = {}, additionalProperties = false })
  config_request {
    request_url_template = "https://eu1.crm.example.eu/pay"
    request_type         = "POST"
    request_template     = "$\${input.rawRequest}"
  }
}
`,
  });
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(POLICY));
  return dir;
}

describe("modules are values: subjects are joined across module boundaries exactly as within one module", () => {
  test("a card number sent by an action whose integration is in another module: one DPIA, for the integration, blocked for the card flow", () => {
    const dir = splitAcrossModules("cardNumber");
    const { status, dpias, output } = gate(dir, path.join(dir, "dpia.policy.json"));
    expect(status, output).toBe(1);
    expect(dpias.map((dpia) => dpia.subject.address)).toEqual(["module.crm.genesyscloud_integration.crm"]);
    const [dpia] = dpias;
    expect(dpia!.resources.map((resource) => resource.address)).toContain(
      "module.pay.genesyscloud_integration_action.pay",
    );
    expect(dpia!.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-1");
    // Joined: the destination is the action's host, not "unknown".
    expect(dpia!.findings.map((finding) => finding.rule_id)).not.toContain("GC-FLW-4");
  }, 120_000);

  test("its harmless twin (a phone number to the allowed EU host) is approved", () => {
    const dir = splitAcrossModules("phone");
    const { status, dpias, output } = gate(dir, path.join(dir, "dpia.policy.json"));
    expect(status, output).toBe(0);
    expect(dpias.map((dpia) => dpia.compliance_status)).toEqual(["APPROVED_FOR_DEPLOYMENT"]);
  }, 120_000);
});

/** A cdktf.out folder as cdktf synthesizes a stack with two TerraformHclModules: their folders copied as assets. */
function cdktfOut(field: string, modules: Record<string, string> = {}): string {
  const split = splitAcrossModules(field);
  const out = tempDir("modules-cdktf-out-");
  const stackDir = path.join(out, "stacks", "payments");
  const assets = path.join(stackDir, "assets", "__cdktf_module_asset_26CE565C", "0F1E2D3C");
  fs.mkdirSync(assets, { recursive: true });
  fs.cpSync(path.join(split, "modules"), assets, { recursive: true });
  const source = (name: string) => `./assets/__cdktf_module_asset_26CE565C/0F1E2D3C/${name}`;
  const configuration = {
    "//": { metadata: { backend: "local", stackName: "payments", version: "0.21.0" } },
    provider: { genesyscloud: [{ aws_region: "eu-central-1" }] },
    module: {
      crm: { "//": { metadata: { path: "payments/crm", uniqueId: "crm" } }, source: source("crm") },
      pay: {
        "//": { metadata: { path: "payments/pay", uniqueId: "pay" } },
        source: source("pay"),
        integration_id: "${module.crm.integration_id}",
      },
      ...Object.fromEntries(Object.entries(modules).map(([name, from]) => [name, { source: from }])),
    },
    terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version: "1.84.1" } } },
  };
  fs.writeFileSync(path.join(stackDir, "cdk.tf.json"), JSON.stringify(configuration, null, 2));
  fs.writeFileSync(path.join(out, "dpia.policy.json"), JSON.stringify(POLICY));
  return out;
}

describe("module folders inside cdktf.out are read and assessed like any local module", () => {
  test("the card flow split across the stack's modules is blocked (it was warned about and approved)", () => {
    const out = cdktfOut("cardNumber");
    const { status, dpias, output } = gate(out, path.join(out, "dpia.policy.json"));
    expect(status, output).toBe(1);
    expect(dpias.map((dpia) => dpia.subject.address)).toEqual(["module.crm.genesyscloud_integration.crm"]);
    expect(dpias[0]!.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-1");
    expect(output).not.toContain("is not assessed");
  }, 120_000);

  test("its harmless twin is approved", () => {
    const out = cdktfOut("phone");
    const { status, output } = gate(out, path.join(out, "dpia.policy.json"));
    expect(status, output).toBe(0);
  }, 120_000);

  test.each([
    [
      "a module folder missing from the stack's assets",
      "./assets/__cdktf_module_asset_26CE565C/0F1E2D3C/gone",
      "a local module folder",
    ],
    ["a registry module terraform init has not installed", "terraform-aws-modules/vpc/aws", "not downloaded"],
  ])(
    "%s: exit 2 naming the module call and the file",
    (_what, source, expected) => {
      const out = cdktfOut("phone", { extra: source });
      const { status, output } = gate(out, path.join(out, "dpia.policy.json"));
      expect(status, output).toBe(2);
      expect(output).toContain(path.join(out, "stacks", "payments", "cdk.tf.json"));
      expect(output).toContain('module "extra"');
      expect(output).toContain(expected);
      expect(output).not.toMatch(/\n\s+at /);
    },
    120_000,
  );
});

describe("a public blueprint wired by module outputs (test/fixtures/blueprints/ani-blacklist, EXPECTED.md)", () => {
  test.each([
    ["the repository's policy", path.join(root, "dpia.policy.json")],
    ["the built-in defaults", path.join(root, "scripts", "golden", "defaults.policy.json")],
  ])(
    "with %s: approved, the action joined to its integration and the workflow to the action",
    (_name, policy) => {
      const { status, dpias, output } = gate(blueprint, policy);
      expect(status, output).toBe(0);
      const integration = dpias.find(
        (dpia) => dpia.subject.address === "module.data_action.genesyscloud_integration.integration",
      );
      expect(integration, output).toBeDefined();
      expect(integration!.resources.map((resource) => resource.address)).toEqual(
        expect.arrayContaining([
          "module.get_agent_id_data_action.genesyscloud_integration_action.action-1",
          "module.archy_flow.genesyscloud_flow.inbound_call_flow",
        ]),
      );
      const findings = dpias.flatMap((dpia) => dpia.findings.map((finding) => `${finding.rule_id} ${finding.message}`));
      expect(findings.filter((finding) => /^GC-FLOW-1 |^GC-FLW-4 /.test(finding))).toEqual([]);
      expect(dpias.every((dpia) => dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT")).toBe(true);
    },
    120_000,
  );
});
