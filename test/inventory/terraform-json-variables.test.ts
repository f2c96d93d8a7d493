import { afterEach, describe, expect, test } from "vitest";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";

// CDKTF writes a TerraformLocal as `${local.x}` and a TerraformVariable as `${var.x}`, declared in the same
// cdk.tf.json; Terraform evaluates them (a variable from TF_VAR_, else its default). The synthesized-stack reader had
// left them unresolved, so a stack whose host is a local was blocked (GC-FLW-2) where the same file in a folder, read
// as Terraform reads it, was approved (h89).
const action = (url: string, extra: Record<string, unknown> = {}) => ({
  ...extra,
  resource: {
    genesyscloud_integration_action: {
      lookup: {
        name: "Lookup",
        category: "CRM",
        integration_id: "${genesyscloud_integration.crm.id}",
        contract_input: '{"type":"object","properties":{"phoneNumber":{"type":"string"}}}',
        contract_output: '{"type":"object","properties":{}}',
        config_request: { request_type: "GET", request_url_template: url },
      },
    },
  },
});
const urlOf = (config: unknown) =>
  (
    readTerraformJson(config, { scope: "stack", origin: "cdk.tf.json" }).resources[0]!.attributes
      .config_request as Array<Record<string, unknown>>
  )[0]!.request_url_template;

afterEach(() => {
  delete process.env.TF_VAR_host;
});

describe("a synthesized stack's own variables and locals", () => {
  test("a TerraformLocal's host is the local's value", () => {
    const config = action("https://${local.host}/c?p=$${input.phoneNumber}", {
      locals: { host: "api.crm.example.eu" },
    });
    expect(urlOf(config)).toBe("https://api.crm.example.eu/c?p=${input.phoneNumber}");
  });
  test("a TerraformVariable's host is its default, or the TF_VAR_ value that overrides it", () => {
    const config = action("https://${var.host}/c", { variable: { host: { default: "api.crm.example.eu" } } });
    expect(urlOf(config)).toBe("https://api.crm.example.eu/c");
    process.env.TF_VAR_host = "api.crm.example.us";
    expect(urlOf(config)).toBe("https://api.crm.example.us/c");
    // Named in a warning, as for a folder: the answer depends on the environment the gate ran in (h91).
    const warnings: string[] = [];
    readTerraformJson(config, {
      scope: "stack",
      origin: "cdk.tf.json",
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toContain("variables from the environment (TF_VAR_): host");
  });
  test("a variable with no default and no value stays unknown (fail closed)", () => {
    expect(urlOf(action("https://${var.host}/c", { variable: { host: {} } }))).toBe("https://${var.host}/c");
  });
  test("a count over a variable's default makes that many instances", () => {
    const config = action("https://api.crm.example.eu/c", { variable: { n: { default: 2 } } });
    (config.resource.genesyscloud_integration_action.lookup as Record<string, unknown>).count = "${var.n}";
    const read = readTerraformJson(config, { scope: "stack", origin: "cdk.tf.json" });
    expect(read.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_integration_action.lookup[0]",
      "genesyscloud_integration_action.lookup[1]",
    ]);
  });
  test("without variables or locals, a stack reads as before: references stay references", () => {
    expect(urlOf(action("https://crm.example.eu/${genesyscloud_integration.crm.id}"))).toBe(
      "https://crm.example.eu/${genesyscloud_integration.crm.id}",
    );
  });
});
