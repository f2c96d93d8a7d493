import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";
import { InputError } from "../../../src/validation/input-error";
import { CRM, flowFolder, flowYaml } from "../../helpers/flow-folder";
import { runGate } from "../../../src/cli/commands/gate";

const flowResource = (extra = "") => `
resource "genesyscloud_flow" "support" {
  filepath = "\${path.module}/flows/support.yaml"
  ${extra}
}
`;

async function gate(dir: string) {
  return (await runGate(dir, { format: "json", policy: path.join(dir, "none.json") })).report;
}

describe("GC-FLOW-1 FlowCallsDefinedDataActions: the data actions a flow calls are in the configuration", () => {
  test("Noncompliance: the flow calls a data action the configuration does not define", async () => {
    const report = await gate(
      flowFolder(CRM + flowResource(), { "flows/support.yaml": flowYaml("Get Customer", "Send To Partner") }),
    );
    const dpia = report.dpias.find((candidate) =>
      candidate.resources.some((resource) => resource.address === "genesyscloud_flow.support"),
    )!;
    expect(dpia.integration_name).toBe("CRM");
    const findings = dpia.findings.filter((finding) => finding.rule_id === "GC-FLOW-1");
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('"Send To Partner"')]);
    expect(dpia.data_flows.map((flow) => flow.processing_nature)).toEqual(
      expect.arrayContaining([
        "Architect flow support calls data action Get Customer",
        "Architect flow support calls data action Send To Partner",
      ]),
    );
    expect(dpia.data_flows.find((flow) => flow.processing_nature.endsWith("Send To Partner"))!.destination_kind).toBe(
      "unknown",
    );
  }, 60_000);

  test("Noncompliance: a flow file behind a variable cannot be read", () => {
    const findings = findingsOf(
      terraformJson({ genesyscloud_flow: { support: { filepath: "${var.flow_file}" } } }),
      "GC-FLOW-1",
    );
    expect(findings[0]!.message).toContain("not resolved");
  });

  test("Compliance: every call names an action of the configuration, directly or through a substitution", async () => {
    const direct = await gate(flowFolder(CRM + flowResource(), { "flows/support.yaml": flowYaml("Get Customer") }));
    expect(direct.dpias.flatMap((dpia) => dpia.findings).filter((finding) => finding.rule_id === "GC-FLOW-1")).toEqual(
      [],
    );
    const crmDpia = direct.dpias.find((dpia) => dpia.integration_name === "CRM")!;
    expect(crmDpia.resources.map((resource) => resource.address)).toContain("genesyscloud_flow.support");
    expect(crmDpia.data_flows.find((flow) => flow.via === "genesyscloud_flow.support")!.destination_host).toBe(
      "crm.example.eu",
    );
    const substituted = await gate(
      flowFolder(
        CRM + flowResource("substitutions = { lookup_action = genesyscloud_integration_action.lookup.name }"),
        {
          "flows/support.yaml": flowYaml('"{{lookup_action}}"'),
        },
      ),
    );
    expect(
      substituted.dpias.flatMap((dpia) => dpia.findings).filter((finding) => finding.rule_id === "GC-FLOW-1"),
    ).toEqual([]);
  }, 60_000);

  test("the flow file is part of the fingerprint: changing what the flow calls changes the DPIA it joins", async () => {
    const fingerprintOf = async (yaml: string) =>
      (await gate(flowFolder(CRM + flowResource(), { "flows/support.yaml": yaml }))).dpias.find(
        (dpia) => dpia.integration_name === "CRM",
      )!.fingerprint;
    const first = await fingerprintOf(flowYaml("Get Customer"));
    expect(await fingerprintOf(flowYaml("Get Customer"))).toBe(first);
    expect(
      await fingerprintOf(flowYaml("Get Customer").replace("name: Look up caller", "name: Look up the caller")),
    ).not.toBe(first);
  }, 60_000);

  test("a flow file that is not YAML is exit 2 naming the file and line; a missing one names the flow", async () => {
    const broken = flowFolder(CRM + flowResource(), {
      "flows/support.yaml": "inboundCall:\n  name: [unclosed\n  tasks: {\n",
    });
    await expect(gate(broken)).rejects.toThrow(InputError);
    await expect(gate(broken)).rejects.toThrow(/support\.yaml.*line \d+/s);
    const bomb = flowFolder(CRM + flowResource(), {
      "flows/support.yaml": `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
    });
    await expect(gate(bomb)).rejects.toThrow(InputError);
    const missing = flowFolder(CRM + flowResource(), {});
    await expect(gate(missing)).rejects.toThrow(/genesyscloud_flow\.support\.filepath/);
  }, 60_000);

  test("a {{key}} placeholder with no substitution is text: the flow calls an action named {{key}}, which is not defined", async () => {
    const unsubstituted = flowFolder(CRM + flowResource(), { "flows/support.yaml": flowYaml("{{lookup_action}}") });
    const findings = (await gate(unsubstituted)).dpias
      .flatMap((dpia) => dpia.findings)
      .filter((finding) => finding.rule_id === "GC-FLOW-1");
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('"{{lookup_action}}"')]);
  }, 60_000);

  test("a substitution whose value writes another key's placeholder is exit 2 naming the file, line and key", async () => {
    const ordered = flowFolder(
      CRM + flowResource('substitutions = { lookup_action = "{{other}}", other = "Get Customer" }'),
      { "flows/support.yaml": flowYaml("{{lookup_action}}") },
    );
    await expect(gate(ordered)).rejects.toThrow(InputError);
    await expect(gate(ordered)).rejects.toThrow(/support\.yaml.*line 18.*\{\{lookup_action\}\} writes \{\{other\}\}/s);
  }, 60_000);

  test("an action is named by category and name: a same-named action of another integration is not the one called", async () => {
    const partner = CRM.replace('"genesyscloud_integration" "crm"', '"genesyscloud_integration" "internal"')
      .replace('name = "CRM"', 'name = "Internal"')
      .replace('"genesyscloud_integration_action" "lookup"', '"genesyscloud_integration_action" "internal_lookup"')
      .replace('category       = "CRM"', 'category       = "Internal"')
      .replace("genesyscloud_integration.crm.id", "genesyscloud_integration.internal.id");
    // The flow calls CRM / Get Customer; the configuration defines only Internal / Get Customer.
    const report = await gate(flowFolder(partner + flowResource(), { "flows/support.yaml": flowYaml("Get Customer") }));
    const findings = report.dpias.flatMap((dpia) => dpia.findings).filter((finding) => finding.rule_id === "GC-FLOW-1");
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('"Get Customer" (category CRM)'),
    ]);
  }, 60_000);

  test("settingsActionDefaults.callData is no call: a flow with only those defaults has no GC-FLOW-1 finding", async () => {
    const plain = `inboundCall:
  name: Plain
  defaultLanguage: en-us
  startUpRef: ./tasks/task[main]
  settingsActionDefaults:
    callData:
      processingPrompt:
        noValue: true
  tasks:
    - task:
        name: Main
        refId: main
        actions:
          - disconnect:
              name: Disconnect
`;
    const report = await gate(flowFolder(flowResource(), { "flows/support.yaml": plain }));
    expect(report.dpias.flatMap((dpia) => dpia.findings).filter((finding) => finding.rule_id === "GC-FLOW-1")).toEqual(
      [],
    );
  }, 60_000);
});
