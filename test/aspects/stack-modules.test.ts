import * as fs from "node:fs";
import * as path from "node:path";
import { App, Aspects, TerraformHclModule, TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { DpiaBlockedError, DpiaGate, InputError, type Policy } from "../../src";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { readDpias, tempDir } from "../helpers/stacks";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";

const POLICY: Policy = {
  version: 1,
  destinations: [{ host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["payments"] }],
};

/** Two local modules: the integration (exposing integration_id) and an action posting one field to the CRM. */
function localModules(field: string): { crm: string; pay: string } {
  const dir = tempDir("stack-modules-");
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write(
    "crm/main.tf",
    'resource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n  config {\n    name = "CRM"\n  }\n}\noutput "integration_id" {\n  value = genesyscloud_integration.crm.id\n}\n',
  );
  write(
    "pay/main.tf",
    `variable "integration_id" {\n  type = string\n}\nresource "genesyscloud_integration_action" "pay" {\n  name            = "Pay"\n  category        = "CRM"\n  integration_id  = var.integration_id\n  secure          = true\n  contract_input  = jsonencode({ type = "object", properties = { ${field} = { type = "string" } }, additionalProperties = false })\n  contract_output = jsonencode({ type = "object", properties = {}, additionalProperties = false })\n  config_request {\n    request_url_template = "https://eu1.crm.example.eu/pay"\n    request_type         = "POST"\n    request_template     = "$\${input.rawRequest}"\n  }\n}\n`,
  );
  // cdktf takes local module sources relative to the working folder, starting with ./ or ../
  const relative = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  return { crm: relative("crm"), pay: relative("pay") };
}

function synthesize(build: (stack: TerraformStack) => void, relativeModules: string[] = []) {
  const outdir = tempDir("stack-modules-out-");
  const app = new App({ outdir, context: { cdktfRelativeModules: relativeModules } });
  const stack = new TerraformStack(app, "modules");
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-central-1" });
  build(stack);
  Aspects.of(stack).add(new DpiaGate({ quiet: true, policy: POLICY }));
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  return { outdir, stack, error };
}

function splitStack(field: string) {
  return synthesizeModules(localModules(field));
}

/** The stack calling the integration module and the action module, which is given the integration's id. */
function synthesizeModules({ crm, pay }: { crm: string; pay: string }) {
  return synthesize(
    (stack) => {
      const integration = new TerraformHclModule(stack, "crm", { source: crm });
      new TerraformHclModule(stack, "pay", {
        source: pay,
        variables: { integration_id: integration.getString("integration_id") },
      });
    },
    [crm, pay],
  );
}

describe("TerraformHclModule in a stack: the module's resources are read and assessed like any local module", () => {
  test(
    "a card number posted by an action in one module, to the integration another module creates: the synthesis is blocked",
    () => {
      const { outdir, error } = splitStack("cardNumber");
      expect(error).toBeInstanceOf(DpiaBlockedError);
      const dpias = readDpias(outdir, "modules");
      expect(dpias.map((dpia) => dpia.subject.address)).toEqual(["module.crm.genesyscloud_integration.crm"]);
      expect(dpias[0]!.resources.map((resource) => resource.address)).toContain(
        "module.pay.genesyscloud_integration_action.pay",
      );
      expect(dpias[0]!.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-1");
    },
    IN_PROCESS,
  );

  test(
    "its harmless twin (a phone number to the allowed EU host) synthesizes, approved",
    () => {
      const { outdir, error } = splitStack("phone");
      expect(error).toBeUndefined();
      expect(readDpias(outdir, "modules").map((dpia) => dpia.compliance_status)).toEqual(["APPROVED_FOR_DEPLOYMENT"]);
    },
    IN_PROCESS,
  );

  test(
    "a registry module terraform init has not installed cannot be assessed: a synthesis error naming the module, never an approval",
    () => {
      const { error } = synthesize((stack) => {
        new TerraformHclModule(stack, "event_bridge", {
          source: "GenesysCloudDevOps/aws-event-bridge-module/genesyscloud",
          variables: { aws_account_id: "123456789012" },
        });
      });
      expect(error).toBeInstanceOf(InputError);
      expect(String((error as Error).message)).toContain('module "event_bridge"');
      expect(String((error as Error).message)).toContain("not downloaded");
    },
    IN_PROCESS,
  );

  test(
    "a local module source cdktf did not copy into the stack (skipAssetCreationFromLocalModules) is a synthesis error naming it",
    () => {
      const { error } = synthesize((stack) => {
        new TerraformHclModule(stack, "crm", { source: "./crm", skipAssetCreationFromLocalModules: true });
      });
      expect(error).toBeInstanceOf(InputError);
      expect(String((error as Error).message)).toMatch(/module "crm".*a local module folder at \.\/crm/);
    },
    IN_PROCESS,
  );

  test(
    "a module's own provider block configures its resources: its own provider DPIA, its region on its integration",
    () => {
      const { crm, pay } = localModules("customerName");
      const crmFile = path.join(process.cwd(), crm, "main.tf");
      fs.writeFileSync(
        crmFile,
        `provider "genesyscloud" {\n  aws_region = "us-east-1"\n  sdk_debug  = true\n}\n${fs.readFileSync(crmFile, "utf8")}`,
      );
      const { outdir } = synthesizeModules({ crm, pay });
      const dpias = readDpias(outdir, "modules");
      const own = dpias.find((dpia) => dpia.subject.address === "module.crm.provider.genesyscloud");
      expect(own?.findings.map((finding) => finding.rule_id)).toContain("GC-PRV-1");
      const integration = dpias.find((dpia) => dpia.subject.address === "module.crm.genesyscloud_integration.crm");
      expect(integration?.data_flows[0]?.source).toContain("us-east-1");
    },
    IN_PROCESS,
  );
});
