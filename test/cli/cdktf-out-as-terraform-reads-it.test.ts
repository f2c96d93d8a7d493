import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};
const CARD_CONTRACT = JSON.stringify({
  type: "object",
  properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
});
const approvedConfig = () => terraformJson(webServiceAction({}));

/** A cdktf.out with one stack "shop" holding the given files (objects are written as JSON). */
function cdktfOut(files: Record<string, unknown>): { out: string; stack: string; policy: string } {
  const root = tempDir("dpia-out-");
  const out = path.join(root, "cdktf.out");
  const stack = path.join(out, "stacks", "shop");
  fs.mkdirSync(stack, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(stack, name)), { recursive: true });
    fs.writeFileSync(path.join(stack, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  const policy = path.join(root, "policy.json");
  fs.writeFileSync(policy, JSON.stringify(POLICY));
  return { out, stack, policy };
}

const gate = (target: string, policy: string) => runGate(target, { policy, format: "json" });

async function couldNotAssess(target: string, policy: string): Promise<string> {
  const error = await gate(target, policy).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

/** The DPIAs the aspect would have written for a configuration. */
function aspectDpias(config: unknown): Dpia[] {
  const inventory = readTerraformJson(config, { scope: 'stack "shop"', origin: "cdk.tf.json" });
  return assessInventory(inventory, { policy: applyPolicy(POLICY as never), now: new Date() }).dpias;
}

describe("every file Terraform loads from a stack folder is assessed, not only cdk.tf.json", () => {
  test("the baseline: cdk.tf.json alone with an approved CRM look-up is approved (exit 0)", async () => {
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig() });
    expect((await gate(out, policy)).report.exitCode).toBe(0);
  });

  test("main.tf beside cdk.tf.json posting card numbers elsewhere is assessed and blocks (exit 1)", async () => {
    const mainTf = `
resource "genesyscloud_integration_action" "sneaky" {
  name           = "Sneaky"
  category       = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure         = false
  contract_input  = jsonencode({ type = "object", properties = { cardNumber = { type = "string" }, cvv = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "POST"
    request_url_template = "https://collector.example.net/cards"
  }
}
`;
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig(), "main.tf": mainTf });
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.dpias.flatMap((dpia) => dpia.resources.map((resource) => resource.address))).toContain(
      "genesyscloud_integration_action.sneaky",
    );
    expect(report.warnings.join("\n")).toContain(
      'stack "shop": main.tf is loaded by Terraform with the synthesized configuration',
    );
  });

  test("an extra.tf.json beside cdk.tf.json is merged as Terraform merges it (a second action blocks)", async () => {
    const extra = {
      resource: {
        genesyscloud_integration_action: {
          cards: {
            ...(webServiceAction({}).genesyscloud_integration_action!.lookup as object),
            name: "Cards",
            secure: false,
            contract_input: CARD_CONTRACT,
            config_request: { request_type: "POST", request_url_template: "https://collector.example.net/cards" },
          },
        },
      },
    };
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig(), "extra.tf.json": extra });
    expect((await gate(out, policy)).report.exitCode).toBe(1);
  });

  test("an override file re-pointing the approved action at another host is merged into it and blocks", async () => {
    const override = {
      resource: {
        genesyscloud_integration_action: {
          lookup: {
            secure: false,
            contract_input: CARD_CONTRACT,
            config_request: { request_type: "POST", request_url_template: "https://collector.example.net/cards" },
          },
        },
      },
    };
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig(), "zz_override.tf.json": override });
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    const lookup = report.dpias
      .flatMap((dpia) => dpia.resources)
      .find((resource) => resource.address === "genesyscloud_integration_action.lookup");
    expect(lookup).toBeDefined();
  });

  test("a terraform.tfvars that sets a variable the synthesized configuration uses is applied", async () => {
    const config = terraformJson(
      webServiceAction({
        contract_input: CARD_CONTRACT,
        secure: false,
        config_request: { request_type: "POST", request_url_template: "https://${var.psp_host}/charge" },
      }),
    );
    const withVariable = { ...config, variable: { psp_host: { type: "string", default: "crm.example.eu" } } };
    const { out, policy } = cdktfOut({
      "cdk.tf.json": withVariable,
      "terraform.tfvars": 'psp_host = "collector.example.net"\n',
    });
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(JSON.stringify(report.dpias)).toContain("collector.example.net");
  });

  test("construct paths from cdk.tf.json are kept when the folder is read as one configuration", async () => {
    const config = approvedConfig() as { resource: Record<string, Record<string, Record<string, unknown>>> };
    config.resource.genesyscloud_integration!.crm!["//"] = { metadata: { path: "shop/crm" } };
    const { out, policy } = cdktfOut({
      "cdk.tf.json": config,
      "versions.tf": 'terraform {\n  required_version = ">= 1.5"\n}\n',
    });
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(0);
    expect(
      report.dpias.find((dpia) => dpia.subject.address === "genesyscloud_integration.crm")?.subject.construct_path,
    ).toBe("shop/crm");
  });
});

describe("a stack folder holding what the gate cannot assess is never approved", () => {
  test("an extra.tf.json the gate cannot read: exit 2 naming the file", async () => {
    const { out, policy } = cdktfOut({
      "cdk.tf.json": approvedConfig(),
      "extra.tf.json": '{"resource": {"genesyscloud_integration_action": ',
    });
    expect(await couldNotAssess(out, policy)).toMatch(
      /stacks\/shop\/extra\.tf\.json: line 1, column \d+: Terraform configuration in JSON syntax in valid JSON \(the text ends inside an object; a truncated file\?\)/,
    );
  });
  test("an extra.tf.json of the wrong shape: exit 2 naming the place", async () => {
    const { out, policy } = cdktfOut({
      "cdk.tf.json": approvedConfig(),
      "extra.tf.json": { resource: { genesyscloud_integration_action: ["not a body"] } },
    });
    expect(await couldNotAssess(out, policy)).toMatch(/extra\.tf\.json: resource\.genesyscloud_integration_action/);
  });
  test("a main.tf with invalid HCL: exit 2 naming the file", async () => {
    const { out, policy } = cdktfOut({
      "cdk.tf.json": approvedConfig(),
      "main.tf": 'resource "genesyscloud_integration_action" "x" {\n  name = \n',
    });
    expect(await couldNotAssess(out, policy)).toMatch(/stacks\/shop\/main\.tf/);
  });
  test.each(["main.tofu", "override.tofu.json"])("an OpenTofu file (%s): exit 2 naming it", async (name) => {
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig(), [name]: "{}" });
    expect(await couldNotAssess(out, policy)).toContain(`stacks/shop/${name}: no OpenTofu files in stack "shop"`);
  });
  test("a main.tf that is a named pipe does not hang the gate: exit 2", async () => {
    const { out, stack, policy } = cdktfOut({ "cdk.tf.json": approvedConfig() });
    (await import("node:child_process")).execFileSync("mkfifo", [path.join(stack, "main.tf")]);
    expect(await couldNotAssess(out, policy)).toMatch(/main\.tf: a regular file, found a named pipe/);
  });
  test("a .tf file declaring again a resource of cdk.tf.json (which Terraform refuses): exit 2, whichever file sorts first", async () => {
    const benign =
      'resource "genesyscloud_integration_action" "lookup" {\n  name = "Lookup"\n  category = "CRM"\n  integration_id = "x"\n  contract_input = "{}"\n  contract_output = "{}"\n  secure = true\n}\n';
    for (const name of ["a.tf", "z.tf"]) {
      const { out, policy } = cdktfOut({
        "cdk.tf.json": terraformJson(
          webServiceAction({
            contract_input: CARD_CONTRACT,
            secure: false,
            config_request: { request_type: "POST", request_url_template: "https://collector.example.net/cards" },
          }),
        ),
        [name]: benign,
      });
      expect(await couldNotAssess(out, policy)).toMatch(
        /each resource declared once, as Terraform requires: genesyscloud_integration_action\.lookup is declared in/,
      );
    }
  });
  test("a stack folder with neither configuration nor DPIAs: exit 2", async () => {
    const { out, policy } = cdktfOut({ "notes.txt": "nothing here" });
    expect(await couldNotAssess(out, policy)).toContain(
      'the synthesized configuration of stack "shop" (cdk.tf.json), or the DPIAs of a stack the aspect blocked; it holds neither',
    );
  });
  test("a manifest naming a working directory outside stacks/ has it assessed; outside cdktf.out is exit 2", async () => {
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig() });
    const hidden = path.join(out, "elsewhere", "prod");
    fs.mkdirSync(hidden, { recursive: true });
    fs.writeFileSync(
      path.join(hidden, "cdk.tf.json"),
      JSON.stringify(
        terraformJson(
          webServiceAction({
            contract_input: CARD_CONTRACT,
            secure: false,
            config_request: { request_type: "POST", request_url_template: "https://collector.example.net/cards" },
          }),
        ),
      ),
    );
    fs.writeFileSync(
      path.join(out, "manifest.json"),
      JSON.stringify({
        version: "0.21.0",
        stacks: { shop: { workingDirectory: "stacks/shop" }, prod: { workingDirectory: "elsewhere/prod" } },
      }),
    );
    expect((await gate(out, policy)).report.exitCode).toBe(1);
    fs.writeFileSync(
      path.join(out, "manifest.json"),
      JSON.stringify({ version: "0.21.0", stacks: { prod: { workingDirectory: "../../outside" } } }),
    );
    expect(await couldNotAssess(out, policy)).toMatch(
      /manifest\.json: stacks\.prod\.workingDirectory: a folder inside/,
    );
  });
  test("a manifest naming a stack folder that does not exist: exit 2", async () => {
    const { out, policy } = cdktfOut({ "cdk.tf.json": approvedConfig() });
    fs.writeFileSync(
      path.join(out, "manifest.json"),
      JSON.stringify({ stacks: { ghost: { workingDirectory: "stacks/ghost" } } }),
    );
    expect(await couldNotAssess(out, policy)).toContain('stack "ghost"');
  });
});

describe("a DPIA found in cdktf.out is never trusted: its status is re-derived", () => {
  const blockedConfig = () =>
    terraformJson(
      webServiceAction({
        contract_input: CARD_CONTRACT,
        secure: false,
        config_request: { request_type: "POST", request_url_template: "https://collector.example.net/cards" },
      }),
    );
  const dpiaFiles = (dpias: Dpia[]) => Object.fromEntries(dpias.map((dpia) => [`dpia/${dpia.dpia_id}.json`, dpia]));

  test("the baseline: a stack the aspect blocked (DPIAs only) is blocked (exit 1)", async () => {
    const dpias = aspectDpias(blockedConfig());
    expect(dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT")).toBe(true);
    const { out, policy } = cdktfOut(dpiaFiles(dpias));
    expect((await gate(out, policy)).report.exitCode).toBe(1);
  });

  test("edited to APPROVED at Critical risk: blocked again, with GC-ART-3", async () => {
    const edited = aspectDpias(blockedConfig()).map((dpia) => ({
      ...dpia,
      compliance_status: "APPROVED_FOR_DEPLOYMENT" as const,
    }));
    const { out, policy } = cdktfOut(dpiaFiles(edited));
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT")).toBe(true);
    expect(report.artifactFindings.map((finding) => finding.rule_id)).toContain("GC-ART-3");
  });

  test("a DPIA that is not one (cut short, or of another shape): blocked, with GC-ART-3 naming the place", async () => {
    const [first, ...others] = aspectDpias(blockedConfig());
    const text = JSON.stringify(first, null, 2);
    const { out, policy } = cdktfOut({
      ...dpiaFiles(others),
      "dpia/cut.json": text.slice(0, text.indexOf('"risk_assessment"')),
      "dpia/shape.json": { ...first, risk_assessment: { ...first!.risk_assessment, likelihood: "Rare" } },
    });
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    const messages = report.artifactFindings
      .filter((finding) => finding.rule_id === "GC-ART-3")
      .map((finding) => finding.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /cut\.json is not a DPIA the gate can read \(line \d+, column 3: a DPIA in valid JSON \(the text ends inside an object; a truncated file\?\)\)$/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /shape\.json is not a DPIA the gate can read \(risk_assessment\.likelihood: expected one of "Low", "Medium", "High", "Critical"\)$/,
      ),
    );
  });

  test("edited to APPROVED at Low overall risk, with its Critical findings left in: blocked", async () => {
    const edited = aspectDpias(blockedConfig()).map((dpia) => ({
      ...dpia,
      compliance_status: "APPROVED_FOR_DEPLOYMENT" as const,
      risk_assessment: { ...dpia.risk_assessment, overall_risk_score: "Low" as const },
    }));
    const { out, policy } = cdktfOut(dpiaFiles(edited));
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.artifactFindings.find((finding) => finding.rule_id === "GC-ART-3")?.message).toMatch(/give Critical/);
  });

  test("given a made-up exception it is blocked: only exceptions the gate validates count", async () => {
    const edited = aspectDpias(blockedConfig()).map((dpia) => ({
      ...dpia,
      compliance_status: "APPROVED_FOR_DEPLOYMENT" as const,
      exception: {
        exception_id: "EXC-made-up",
        reason: "trust me, this is fine for now",
        ticket: "X-1",
        requester: "me",
        approvers: [],
        not_before: "2026-01-01T00:00:00Z",
        expires_at: "2099-01-01T00:00:00Z",
      },
    }));
    const { out, policy } = cdktfOut(dpiaFiles(edited as Dpia[]));
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.dpias.every((dpia) => !dpia.exception)).toBe(true);
  });

  test("DPIAs only, none blocking: the configuration they describe is missing, so not approved (exit 1, GC-ART-2)", async () => {
    const { out, policy } = cdktfOut(dpiaFiles(aspectDpias(approvedConfig())));
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.artifactFindings.map((finding) => finding.rule_id)).toEqual(["GC-ART-2"]);
  });

  test("a stricter gate policy re-blocks what the aspect's policy approved", async () => {
    const dpias = aspectDpias(approvedConfig()).map((dpia) => ({
      ...dpia,
      compliance_status: "BLOCKED_FOR_DEPLOYMENT" as const,
    }));
    const { out, policy } = cdktfOut(dpiaFiles(dpias));
    fs.writeFileSync(policy, JSON.stringify({ ...POLICY, thresholds: { block_at: "Medium" } }));
    const { report } = await gate(out, policy);
    expect(report.exitCode).toBe(1);
    expect(report.dpias[0]!.decision.block_at).toBe("Medium");
  });
});
