import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

function providerOnlyFolder(provider: string): string {
  const dir = tempDir("provider-only-");
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `terraform {\n  required_providers {\n    genesyscloud = { source = "mypurecloud/genesyscloud" }\n  }\n}\n\nprovider "genesyscloud" {\n${provider}\n}\n`,
  );
  fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
  return dir;
}

describe("provider-level findings surface without any integration", () => {
  test("a folder holding only a provider block with sdk_debug and a literal secret gets a DPIA of the provider configuration", async () => {
    const dir = providerOnlyFolder(
      `  aws_region         = "eu-west-1"\n  sdk_debug          = true\n  oauthclient_id     = "abc"\n  oauthclient_secret = "literal-secret-123"`,
    );
    const { report, output } = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
    expect(report.dpias).toHaveLength(1);
    const dpia = report.dpias[0]!;
    expect(dpia.integration_name).toBe("Genesys Cloud provider configuration");
    expect(dpia.findings.map((finding) => finding.rule_id).sort()).toEqual(["GC-PRV-1", "GC-PRV-3"]);
    expect(dpia.risk_assessment.overall_risk_score).toBe("High");
    expect(output).toContain("GC-PRV-1");
    expect(output).not.toContain("literal-secret-123");
  }, 60_000);

  test("a blocking policy turns the provider findings into exit 1", async () => {
    const dir = providerOnlyFolder(`  aws_region = "eu-west-1"\n  sdk_debug  = true`);
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ version: 1, thresholds: { block_at: "High" } }),
    );
    const { report } = await runGate(dir, { format: "text", policy: path.join(dir, "dpia.policy.json") });
    expect(report.exitCode).toBe(1);
  }, 60_000);

  test("a clean provider block alone writes no DPIA: there is nothing to report", async () => {
    const dir = providerOnlyFolder(`  aws_region = "eu-west-1"`);
    const { report } = await runGate(dir, { format: "text", policy: path.join(dir, "none.json") });
    expect(report.dpias).toEqual([]);
    expect(report.exitCode).toBe(0);
  }, 60_000);
  test("a provider without aws_region alone is not a finding: an unknown region matters only where personal data leaves Genesys", async () => {
    const dir = providerOnlyFolder(`  sdk_debug = false`);
    const { report } = await runGate(dir, { format: "text", policy: path.join(dir, "none.json") });
    expect(report.dpias.flatMap((dpia) => dpia.findings.map((finding) => finding.rule_id))).toEqual([]);
    expect(report.exitCode).toBe(0);
  }, 60_000);

  test("provider findings are reported once, in the provider's DPIA, and referenced from the integrations' DPIAs", () => {
    const config = terraformJson(
      {
        ...webServiceAction({}),
        genesyscloud_integration_action: {
          ...webServiceAction({}).genesyscloud_integration_action,
          second: { ...webServiceAction({}).genesyscloud_integration_action!.lookup, name: "Second" },
        },
        genesyscloud_integration: {
          ...webServiceAction({}).genesyscloud_integration,
          other: { integration_type: "custom-rest-actions", config: { name: "Other" } },
        },
      },
      { aws_region: "eu-west-1", sdk_debug: true },
    );
    const result = assess(config);
    const provider = result.dpias.find((dpia) => dpia.integration_name === "Genesys Cloud provider configuration")!;
    expect(provider.findings.filter((finding) => finding.rule_id === "GC-PRV-1")).toHaveLength(1);
    const others = result.dpias.filter((dpia) => dpia !== provider);
    expect(others.length).toBeGreaterThan(0);
    for (const dpia of others) {
      expect(dpia.findings.filter((finding) => finding.rule_id.startsWith("GC-PRV-"))).toEqual([]);
      expect(dpia.provider_findings_in).toBe(provider.dpia_id);
    }
  });

  test("an unknown region where data leaves is reported in the provider's DPIA, even without a provider block", () => {
    const result = assess(terraformJson(webServiceAction({}), null));
    const provider = result.dpias.find((dpia) => dpia.integration_name === "Genesys Cloud provider configuration")!;
    expect(provider.findings.map((finding) => finding.rule_id)).toEqual(["GC-PRV-2"]);
    const crm = result.dpias.find((dpia) => dpia.integration_name === "CRM")!;
    expect(crm.findings.map((finding) => finding.rule_id)).not.toContain("GC-PRV-2");
    expect(crm.provider_findings_in).toBe(provider.dpia_id);
  });

  test("a clean provider used by an integration writes no DPIA of its own and is not referenced", () => {
    const result = assess(terraformJson(webServiceAction({})));
    expect(result.dpias.map((dpia) => dpia.integration_name)).toEqual(["CRM"]);
    expect(result.dpias[0]!.provider_findings_in).toBeUndefined();
  });
});

describe("the required provider version is read from every input form", () => {
  test("a .tf folder's required_providers and a plan's version_constraint", async () => {
    const dir = tempDir("provider-version-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      `terraform {\n  required_providers {\n    genesyscloud = {\n      source  = "mypurecloud/genesyscloud"\n      version = "1.99.0"\n    }\n  }\n}\n\nprovider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n`,
    );
    fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
    const fromHcl = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
    expect(fromHcl.report.dpias.flatMap((dpia) => dpia.findings).map((finding) => finding.rule_id)).toContain(
      "GC-UNK-3",
    );
    const plan = {
      format_version: "1.2",
      planned_values: { root_module: {} },
      configuration: {
        provider_config: {
          genesyscloud: {
            name: "genesyscloud",
            full_name: "registry.terraform.io/mypurecloud/genesyscloud",
            version_constraint: "1.99.0",
            expressions: { aws_region: { constant_value: "eu-west-1" } },
          },
        },
        root_module: {},
      },
    };
    const planFile = path.join(dir, "plan.json");
    fs.writeFileSync(planFile, JSON.stringify(plan));
    const fromPlan = await runGate(planFile, { format: "json", policy: path.join(dir, "none.json") });
    expect(fromPlan.report.dpias.flatMap((dpia) => dpia.findings).map((finding) => finding.rule_id)).toContain(
      "GC-UNK-3",
    );
  }, 60_000);
});
