import * as path from "node:path";
import * as fs from "node:fs";
import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { runGate } from "../../../src/cli/commands/gate";
import { tempDir } from "../../helpers/stacks";

function scriptFolder(script: string | undefined): string {
  const dir = tempDir("script-gate-");
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n\nresource "genesyscloud_script" "care" {\n  script_name = "Care"\n  filepath    = "\${path.module}/care.json"\n}\n`,
  );
  fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
  if (script !== undefined) fs.writeFileSync(path.join(dir, "care.json"), script);
  return dir;
}

describe("GC-SCR-1 ScriptFileReadable: an agent script's file can be assessed", () => {
  test("Noncompliance: the script file comes from a variable", () => {
    expect(
      findingsOf(
        terraformJson({ genesyscloud_script: { care: { script_name: "Care", filepath: "${var.script}" } } }),
        "GC-SCR-1",
      )[0]!.message,
    ).toContain("not resolved");
  });
  test("Compliance: the script file is read, and a URL it opens is a destination through the allow-list", async () => {
    const dir = scriptFolder(
      JSON.stringify({
        name: "Care",
        pages: [{ components: [{ type: "webPage", url: "https://crm.partner.example/customer?phone={{Call.Ani}}" }] }],
      }),
    );
    const { report } = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
    const dpia = report.dpias.find((candidate) => candidate.subject.address === "genesyscloud_script.care")!;
    expect(dpia.findings.map((finding) => finding.rule_id)).not.toContain("GC-SCR-1");
    expect(dpia.data_flows.map((flow) => flow.destination_host).filter(Boolean)).toEqual(["crm.partner.example"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-DST-1");
  }, 60_000);
  test("a script file that is not JSON, or is missing, is exit 2 naming the file", async () => {
    const broken = scriptFolder("{ not json");
    await expect(runGate(broken, { format: "json", policy: path.join(broken, "none.json") })).rejects.toThrow(
      /care\.json.*agent script in JSON/s,
    );
    const leaking = scriptFolder('{ "email": jane.doe@example.com }');
    const error = await runGate(leaking, { format: "json", policy: path.join(leaking, "none.json") }).catch(
      (problem: Error) => problem,
    );
    expect(String((error as Error).message)).not.toContain("jane");
    const missing = scriptFolder(undefined);
    await expect(runGate(missing, { format: "json", policy: path.join(missing, "none.json") })).rejects.toThrow(
      /genesyscloud_script\.care\.filepath/,
    );
  }, 60_000);
});

describe("GC-SCR-1 ScriptFileReadable: where the finding points and what it names", () => {
  test("a script file from a variable is named on filepath with the reason", () => {
    expect(
      shown(
        terraformJson({ genesyscloud_script: { care: { script_name: "Care", filepath: "${var.script}" } } }),
        "GC-SCR-1",
      ),
    ).toEqual([["filepath", "the script file is not resolved before deployment, so the script file cannot be read"]]);
  });
});
