import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Dpia } from "../../src/dpia/schema";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { readPlanJson } from "../../src/inventory/read-plan";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { applyPolicy, loadPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";

const NOW = new Date("2026-01-01T00:00:00Z");

/** A CRM look-up posting contact details to a German host that the policy approves. */
const CRM_ACTION = (provider = "") => `
resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
  ${provider}
  config {
    name = "CRM"
  }
}
resource "genesyscloud_integration_action" "lookup" {
  name = "Lookup"
  category = "CRM"
  integration_id = genesyscloud_integration.crm.id
  secure = true
  ${provider}
  contract_input = jsonencode({ type = "object", properties = { email = { type = "string" } } })
  contract_output = jsonencode({})
  config_request {
    request_type = "GET"
    request_url_template = "https://crm.example.de/c"
  }
}
`;

/** A data action that only calls the org's own Platform API: the data never leaves Genesys. */
const GENESYS_ONLY = `
resource "genesyscloud_integration" "platform" {
  integration_type = "purecloud-data-actions"
  config {
    name = "Genesys Cloud Data Actions"
  }
}
resource "genesyscloud_integration_action" "contact" {
  name = "Get contact"
  category = "Genesys"
  integration_id = genesyscloud_integration.platform.id
  secure = true
  contract_input = jsonencode({ type = "object", properties = { contactId = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { firstName = { type = "string" }, email = { type = "string" }, phoneNumber = { type = "string" } } })
  config_request {
    request_type = "GET"
    request_url_template = "/api/v2/externalcontacts/contacts/$\${input.contactId}"
  }
}
`;

const ALLOW_CRM: Policy = {
  version: 1,
  destinations: [{ host: "crm.example.de", vendor: "Example CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};

async function dpiasOf(
  text: string,
  options: { policy?: Policy; environment?: string; option?: string } = {},
): Promise<Dpia[]> {
  const dir = tempDir("org-region-");
  fs.writeFileSync(path.join(dir, "main.tf"), text);
  const inventory = await readHclFolder(dir, { env: {} });
  return assessInventory(inventory, {
    policy: applyPolicy(options.policy ?? ALLOW_CRM),
    now: NOW,
    orgRegion: { environment: options.environment, option: options.option },
  }).dpias;
}

const crmDpia = (dpias: Dpia[]) => dpias.find((dpia) => dpia.subject.address === "genesyscloud_integration.crm")!;

describe("the org's region: provider block, else GENESYSCLOUD_REGION, else --region, else the policy", () => {
  test("the provider block wins over every other source", async () => {
    const [dpia] = await dpiasOf(`provider "genesyscloud" {\n  aws_region = "us-east-1"\n}\n${CRM_ACTION()}`, {
      environment: "eu-central-1",
      option: "eu-west-2",
      policy: { ...ALLOW_CRM, org_region: "eu-west-1" },
    });
    expect(dpia!.data_flows[0]!.source).toContain("us-east-1");
    expect(dpia!.transfers[0]).toMatchObject({ source_country: "US", regime: "other" });
  });

  test.each([
    [
      "GENESYSCLOUD_REGION",
      { environment: "eu-central-1", option: "eu-west-2", policy: { ...ALLOW_CRM, org_region: "us-east-1" } },
      "eu-central-1",
      "DE",
    ],
    ["--region", { option: "eu-west-2", policy: { ...ALLOW_CRM, org_region: "us-east-1" } }, "eu-west-2", "GB"],
    ["the policy's org_region", { policy: { ...ALLOW_CRM, org_region: "us-east-1" } }, "us-east-1", "US"],
  ])("a provider block without aws_region: the region from %s", async (from, options, region, country) => {
    for (const providerBlock of ['provider "genesyscloud" {\n  sdk_debug = false\n}\n', ""]) {
      const [dpia] = await dpiasOf(`${providerBlock}${CRM_ACTION()}`, options as never);
      expect(dpia!.data_flows[0]!.source).toContain(`${region}, from ${from}`);
      expect(dpia!.transfers[0]!.source_country).toBe(country);
      expect(dpia!.findings.map((f) => f.rule_id)).not.toContain("GC-PRV-2");
    }
  });

  test("a region the block sets as an unresolved variable is not replaced by the environment", async () => {
    const dpias = await dpiasOf(
      `variable "region" {}\nprovider "genesyscloud" {\n  aws_region = var.region\n}\n${CRM_ACTION()}`,
      { environment: "eu-central-1" },
    );
    const [dpia] = dpias;
    expect(dpia!.data_flows[0]!.source).toContain("region unknown");
    // Reported once, in the provider configuration's DPIA.
    const provider = dpias.find((candidate) => candidate.dpia_id === dpia!.provider_findings_in);
    expect(provider!.findings.map((f) => f.rule_id)).toContain("GC-PRV-2");
  });
});

describe("an unknown region", () => {
  test("the DPIA says so, and transfers are judged as for an EU controller", async () => {
    const dpias = await dpiasOf(CRM_ACTION());
    const dpia = crmDpia(dpias);
    expect(dpia.data_flows[0]!.source).toContain("region unknown");
    expect(dpia.transfer_notes?.join(" ")).toContain("The org's region is unknown");
    expect(dpia.transfer_notes?.join(" ")).toContain("as for an EU controller");
    expect(dpia.transfers[0]).toMatchObject({ regime: "EU", status: "not_a_transfer" });
    const provider = dpias.find((candidate) => candidate.dpia_id === dpia.provider_findings_in);
    expect(provider!.findings.find((f) => f.rule_id === "GC-PRV-2")?.severity).toBe("High");
  });

  test.each([
    ["US", "other", "needs_review"],
    ["GB", "UK", "covered"],
    ["DE", "EU", "not_a_transfer"],
  ])("from the controller's establishment in the policy (controller.country %s)", async (country, regime, status) => {
    const dpia = crmDpia(
      await dpiasOf(CRM_ACTION(), { policy: { ...ALLOW_CRM, controller: { name: "Example Ltd", country } } }),
    );
    expect(dpia.transfers[0]).toMatchObject({ regime, status });
    expect(dpia.transfer_notes?.join(" ")).toContain("controller's establishment");
  });

  test("alone it does not raise a flow that never leaves Genesys to High", async () => {
    const dpias = await dpiasOf(GENESYS_ONLY);
    expect(dpias).toHaveLength(1);
    expect(dpias[0]!.data_flows[0]!.destination_kind).toBe("genesys_org");
    expect(dpias[0]!.findings.map((f) => f.rule_id)).not.toContain("GC-PRV-2");
    expect(["Low", "Medium"]).toContain(dpias[0]!.risk_assessment.overall_risk_score);
    // The same flow with the region known is rated the same: the unknown region added nothing.
    const known = await dpiasOf(`provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n${GENESYS_ONLY}`);
    expect(dpias[0]!.risk_assessment.overall_risk_score).toBe(known[0]!.risk_assessment.overall_risk_score);
  });
});

describe("provider aliases follow Terraform", () => {
  const ALIASED_EU = 'provider "genesyscloud" {\n  alias = "eu"\n  aws_region = "eu-west-1"\n}\n';

  test("an aliased EU provider and no default: a resource naming no provider has an unknown region, never the alias's", async () => {
    const dpia = crmDpia(await dpiasOf(`${ALIASED_EU}${CRM_ACTION()}`));
    expect(dpia.data_flows[0]!.source).toContain("region unknown");
    expect(dpia.transfer_notes?.join(" ")).toContain("region is unknown");
  });

  test("…and the default's region then comes from the environment, as the provider reads it", async () => {
    const dpia = crmDpia(await dpiasOf(`${ALIASED_EU}${CRM_ACTION()}`, { environment: "us-east-1" }));
    expect(dpia.data_flows[0]!.source).toContain("us-east-1, from GENESYSCLOUD_REGION");
    expect(dpia.transfers[0]!.source_country).toBe("US");
  });

  test("a resource naming the alias uses the aliased configuration", async () => {
    const dpia = crmDpia(
      await dpiasOf(
        `${ALIASED_EU}provider "genesyscloud" {\n  aws_region = "us-east-1"\n}\n${CRM_ACTION("provider = genesyscloud.eu")}`,
      ),
    );
    expect(dpia.data_flows[0]!.source).toContain("eu-west-1");
  });

  test("the same in Terraform JSON (cdk.tf.json) and in a plan (provider_config_key)", () => {
    const json = readTerraformJson(
      {
        provider: { genesyscloud: [{ alias: "eu", aws_region: "eu-west-1" }] },
        resource: {
          genesyscloud_integration: { crm: { integration_type: "custom-rest-actions" } },
          genesyscloud_oauth_client: {
            c: { name: "C", provider: "genesyscloud.eu", authorized_grant_type: "CLIENT-CREDENTIALS" },
          },
        },
      },
      { scope: "t", origin: "t" },
    );
    const sources = Object.fromEntries(
      assessInventory(json, { policy: applyPolicy(undefined), now: NOW }).dpias.map((d) => [
        d.subject.address,
        d.data_flows[0]!.source,
      ]),
    );
    expect(sources["genesyscloud_integration.crm"]).toContain("region unknown");
    expect(sources["genesyscloud_oauth_client.c"]).toContain("eu-west-1");

    const plan = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "fixtures", "three-forms", "plan.json"), "utf8"),
    );
    plan.configuration.provider_config = {
      "genesyscloud.eu": {
        name: "genesyscloud",
        alias: "eu",
        expressions: { aws_region: { constant_value: "eu-west-1" } },
      },
    };
    for (const resource of plan.configuration.root_module.resources)
      resource.provider_config_key = resource.type === "genesyscloud_oauth_client" ? "genesyscloud.eu" : "genesyscloud";
    const fromPlan = assessInventory(readPlanJson(plan, "plan.json"), {
      policy: applyPolicy(undefined),
      now: NOW,
    }).dpias;
    expect(
      fromPlan.find((d) => d.subject.address === "genesyscloud_oauth_client.exporter")!.data_flows[0]!.source,
    ).toContain("eu-west-1");
    expect(fromPlan.find((d) => d.subject.address === "genesyscloud_integration.crm")!.data_flows[0]!.source).toContain(
      "region unknown",
    );
  });
});

describe("where the region is named: bad values are refused", () => {
  test("--region that is not a Genesys Cloud region: a usage error (exit 2)", async () => {
    const dir = tempDir("org-region-cli-");
    fs.writeFileSync(path.join(dir, "main.tf"), CRM_ACTION());
    await expect(runGate(dir, { format: "json", region: "mars-1", env: {} })).rejects.toThrow(
      "--region: a Genesys Cloud region",
    );
    const { report } = await runGate(dir, { format: "json", region: "eu-west-2", env: {} });
    expect(report.dpias[0]!.data_flows[0]!.source).toContain("eu-west-2, from --region");
    const fromEnv = await runGate(dir, {
      format: "json",
      region: "eu-west-2",
      env: { GENESYSCLOUD_REGION: "eu-central-1" },
    });
    expect(fromEnv.report.dpias[0]!.data_flows[0]!.source).toContain("eu-central-1, from GENESYSCLOUD_REGION");
  });

  test.each([
    [{ org_region: "mars-1" }, "org_region: a Genesys Cloud region"],
    [{ controller: { name: "Example", country: "XX" } }, "controller.country: an ISO 3166-1 alpha-2 country code"],
    [{ controller: { name: "Example", country: "de" } }, "controller.country"],
  ])("a policy naming %j: an input error naming the entry", (extra, expected) => {
    const file = path.join(tempDir("org-region-policy-"), "dpia.policy.json");
    fs.writeFileSync(file, JSON.stringify({ version: 1, ...extra }));
    expect(() => loadPolicy({ file })).toThrow(InputError);
    expect(() => loadPolicy({ file })).toThrow(expected);
  });
});
