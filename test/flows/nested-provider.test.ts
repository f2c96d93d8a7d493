import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { readPlanJson } from "../../src/inventory/read-plan";
import { providerFor } from "../../src/flows/subjects/subject-context";
import { tempDir } from "../helpers/stacks";

const INTEGRATION = `resource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n  config {\n    name = "CRM"\n  }\n}\n`;

/** A root module (eu-central-1) calling ./integration, whose own provider block is `nested` (as GenesysCloudDevOps' Salesforce integration module has). */
function folder(nested: string): string {
  const dir = tempDir("nested-provider-");
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `provider "genesyscloud" {\n  aws_region = "eu-central-1"\n}\n\nmodule "integration" {\n  source = "./integration"\n}\n`,
  );
  fs.mkdirSync(path.join(dir, "integration"));
  fs.writeFileSync(
    path.join(dir, "integration", "main.tf"),
    `provider "genesyscloud" {\n${nested}\n}\n\n${INTEGRATION}`,
  );
  fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
  return dir;
}

describe("a child module's own provider block (a legacy nested configuration) configures that module", () => {
  test("its literal secret and sdk_debug are reported in its own provider DPIA, and its region is the module's resources'", async () => {
    const dir = folder(
      `  aws_region         = "us-east-1"\n  sdk_debug          = true\n  oauthclient_secret = "literal-secret-123"`,
    );
    const inventory = await readHclFolder(dir);
    expect(inventory.providers.map((provider) => provider.module)).toEqual([undefined, "module.integration"]);
    const crm = inventory.resources.find(
      (resource) => resource.address === "module.integration.genesyscloud_integration.crm",
    )!;
    expect(providerFor(crm, inventory)?.attributes.aws_region).toBe("us-east-1");

    const { report, output } = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
    const nested = report.dpias.find(
      (dpia) => dpia.integration_name === "Genesys Cloud provider configuration (in module.integration)",
    );
    expect(nested?.findings.map((finding) => finding.rule_id).sort()).toEqual(["GC-PRV-1", "GC-PRV-3"]);
    expect(output).not.toContain("literal-secret-123");
  }, 60_000);

  test("a block with no argument but alias is a proxy for the caller's configuration: it configures nothing", async () => {
    for (const nested of ["", '  alias = "eu"']) {
      const inventory = await readHclFolder(folder(nested));
      expect(inventory.providers.map((provider) => provider.module)).toEqual([undefined]);
    }
  });

  test("a plan names the module's configuration by its key (module.integration:genesyscloud), as the folder does", () => {
    const plan = {
      format_version: "1.2",
      planned_values: { root_module: { child_modules: [] } },
      resource_changes: [],
      configuration: {
        provider_config: {
          genesyscloud: { name: "genesyscloud", expressions: { aws_region: { constant_value: "eu-central-1" } } },
          "module.integration:genesyscloud": {
            name: "genesyscloud",
            module_address: "module.integration",
            expressions: { sdk_debug: { constant_value: true } },
          },
          "module.proxy:genesyscloud": { name: "genesyscloud", module_address: "module.proxy" },
        },
        root_module: {},
      },
    };
    expect(readPlanJson(plan, "plan.json").providers.map((provider) => provider.module)).toEqual([
      undefined,
      "module.integration",
    ]);
  });
});
