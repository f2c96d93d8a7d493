import * as fs from "node:fs";
import * as path from "node:path";
import { App, Aspects, TerraformResource, TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { DpiaGate } from "../../aspects/dpia-gate";
import { runGate } from "../../src/cli/commands/gate";
import { Integration } from "../../.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "../../.gen/providers/genesyscloud/integration-action";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { CONTRACT_IN, CONTRACT_OUT, readDpias, tempDir } from "../helpers/stacks";

const FLOW = `inboundCall:
  name: Support
  tasks:
    - task:
        name: Main
        actions:
          - callData:
              name: Look up
              category:
                CRM:
                  dataAction:
                    Lookup:
                      inputs: {}
`;

describe("the aspect reads flow files as the gate does", () => {
  test("the flow joins its action's DPIA in the aspect and in the gate on cdktf.out alike, with no artifact finding", async () => {
    const dir = tempDir("aspect-flow-");
    const flowFile = path.join(dir, "support.yaml");
    fs.writeFileSync(flowFile, FLOW);
    fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
    const outdir = path.join(dir, "cdktf.out");
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "flows");
    new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
    const integration = new Integration(stack, "crm", {
      integrationType: "custom-rest-actions",
      config: { name: "CRM" },
    });
    new IntegrationAction(stack, "lookup", {
      name: "Lookup",
      category: "CRM",
      integrationId: integration.id,
      secure: true,
      contractInput: CONTRACT_IN,
      contractOutput: CONTRACT_OUT,
      configRequest: { requestType: "GET", requestUrlTemplate: "https://crm.example.eu/c?phone=$${input.phoneNumber}" },
    });
    const flow = new TerraformResource(stack, "support", {
      terraformResourceType: "genesyscloud_flow",
      terraformGeneratorMetadata: { providerName: "genesyscloud" },
    });
    flow.addOverride("filepath", flowFile);
    Aspects.of(stack).add(new DpiaGate({ policy: { version: 1 }, quiet: true }));
    app.synth();
    const written = readDpias(outdir, "flows");
    const crm = written.find((dpia) => dpia.integration_name === "CRM")!;
    expect(crm.resources.map((resource) => resource.address)).toContain("genesyscloud_flow.support");
    expect(crm.findings.map((finding) => finding.rule_id)).not.toContain("GC-FLOW-1");
    expect(crm.data_flows.find((entry) => entry.via === "genesyscloud_flow.support")!.destination_host).toBe(
      "crm.example.eu",
    );
    const { report } = await runGate(outdir, { format: "json", policy: path.join(dir, "none.json") });
    expect(report.artifactFindings).toEqual([]);
  }, 120_000);
});
