import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { colourEnabled } from "../../src/cli/colour";
import { runGate } from "../../src/cli/commands/gate";
import { runDpia } from "../helpers/run-cli";
import type { TestEnv } from "../helpers/test-env";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const plan = path.join(root, "test", "fixtures", "three-forms", "plan.json");
const ESCAPE = "\u001b[";
/** An authorization-code client reading users: approved, nothing blocks. */
const APPROVED_HCL = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}
resource "genesyscloud_oauth_client" "wallboard" {
  name                    = "Wallboard"
  authorized_grant_type   = "CODE"
  registered_redirect_uris = ["https://wallboard.example.eu/callback"]
  scopes                  = ["users:readonly"]
}
`;

/** The real CLI choosing colour for itself: no FORCE_COLOR unless the test sets one. */
function dpia(args: string[], env: TestEnv) {
  return runDpia(args, { env: { FORCE_COLOR: undefined, ...env }, timeout: 240_000 });
}

describe("the text output people expect", () => {
  test("colour: FORCE_COLOR wins (0 and false turn it off), then NO_COLOR, then a terminal that is not dumb", () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(colourEnabled(tty, {})).toBe(true);
    expect(colourEnabled(tty, { TERM: "dumb" })).toBe(false);
    expect(colourEnabled(pipe, {})).toBe(false);
    expect(colourEnabled(pipe, { CI: "true" })).toBe(false);
    expect(colourEnabled(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colourEnabled(tty, { NO_COLOR: "" })).toBe(true);
    expect(colourEnabled(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourEnabled(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(colourEnabled(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(colourEnabled(tty, { FORCE_COLOR: "false" })).toBe(false);
    expect(colourEnabled(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
  });

  test("the real CLI colours with FORCE_COLOR, and prints plain text into a pipe or with NO_COLOR; the words are the same", () => {
    const coloured = dpia(["gate", plan], { FORCE_COLOR: "1" });
    const piped = dpia(["gate", plan], {});
    const noColour = dpia(["gate", plan], { FORCE_COLOR: undefined, NO_COLOR: "1" });
    expect(coloured.status).toBe(1);
    expect(coloured.stdout).toContain(`${ESCAPE}31mBLOCKED`);
    expect(coloured.stdout).toContain(`${ESCAPE}32mAPPROVED`);
    expect(piped.stdout).not.toContain(ESCAPE);
    expect(noColour.stdout).not.toContain(ESCAPE);
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, "")).toBe(piped.stdout);
    expect(dpia(["gate", plan, "--format", "json"], { FORCE_COLOR: "1" }).stdout).not.toContain(ESCAPE);
  }, 480_000);

  test("--quiet prints only what blocks, and nothing at all when everything is approved", async () => {
    const { output } = await runGate(plan, { format: "text", quiet: true });
    expect(output.split("\n")[0]).toMatch(
      /^BLOCKED "Exporter" \(genesyscloud_oauth_client\.exporter, plan ".*plan\.json"\): Critical risk\. GC-REC-3:/,
    );
    expect(output).not.toContain("APPROVED");
    expect(output).not.toContain('"CRM"');
    expect(output).not.toMatch(/DPIAs: /);
    const dir = tempDir("quiet-approved-");
    fs.mkdirSync(path.join(dir, "tf"));
    fs.writeFileSync(path.join(dir, "tf", "main.tf"), APPROVED_HCL);
    const approved = await runGate(path.join(dir, "tf"), { format: "text", quiet: true });
    expect(approved.report.exitCode).toBe(0);
    expect(approved.report.dpias).toHaveLength(1);
    expect(approved.output).toBe("");
    expect((await runGate(path.join(dir, "tf"), { format: "text" })).output).toMatch(
      /^APPROVED Medium +OAC-wallboard-[0-9a-f]{6}  "Wallboard"/,
    );
  }, 120_000);

  test("--compact prints one line per DPIA, a blocked one with its reason, and the total", async () => {
    const { output } = await runGate(plan, { format: "text", compact: true });
    expect(output.split("\n")).toEqual([
      expect.stringMatching(/^APPROVED High +INT-crm-[0-9a-f]{6}  "CRM" \(4 findings\)$/),
      expect.stringMatching(
        /^BLOCKED  Critical OAC-exporter-[0-9a-f]{6}  "Exporter" \(5 findings\): Critical risk\. GC-REC-3: call and interaction recordings flow to API client "Exporter" without end-to-end encryption; voice can be biometric data \(GDPR Art\. 9\)$/,
      ),
      // The repository's example policy declares loyalty_profile, which this plan does not carry.
      expect.stringMatching(/^warning: CLS-POLICY-ELEMENT-UNMATCHED: the policy's data element "loyalty_profile"/),
      "2 DPIAs: 1 approved, 1 blocked; 7 warnings, 0 acknowledged, 1 input warning.",
      "",
    ]);
  }, 120_000);

  test("the default output shows the findings of an approved High DPIA, and the summary counts warnings and acknowledgements", async () => {
    const policy = path.join(tempDir("text-ack-"), "dpia.policy.json");
    fs.writeFileSync(
      policy,
      JSON.stringify({
        version: 1,
        acknowledgements: [
          {
            address: "genesyscloud_integration_action.lookup",
            rule_id: "GC-DST-1",
            reason: "The CRM is our own, reviewed with the DPO in March.",
            expires: "2099-12-31",
          },
        ],
      }),
    );
    const { output, report } = await runGate(plan, { format: "text", policy });
    const crm = report.dpias.find((dpia) => dpia.integration_name === "CRM")!;
    expect(crm.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(crm.risk_assessment.overall_risk_score).toBe("High");
    const lines = output.split("\n");
    const heading = lines.findIndex((line) => line.startsWith('APPROVED "CRM" (genesyscloud_integration.crm, plan "'));
    expect(lines[heading]).toMatch(/\): High risk, approved below block_at Critical; review these findings:$/);
    const shown = lines
      .slice(heading + 1)
      .filter((line, at, rest) => rest.slice(0, at + 1).every((l) => l.startsWith("  ")));
    const high = crm.findings.filter((finding) => finding.severity === "High" || finding.severity === "Critical");
    expect(shown).toHaveLength(high.length);
    for (const finding of high)
      expect(shown).toContainEqual(
        expect.stringMatching(
          new RegExp(`^  ${finding.rule_id} High +${finding.resource.replace(/[.[\]]/g, "\\$&")} .*: `),
        ),
      );
    expect(shown.find((line) => line.includes("GC-DST-1"))).toContain("(acknowledged: The CRM is our own");
    // Warnings: findings at or above warn_at that neither block nor are acknowledged; each counted once.
    const warnings = report.dpias.flatMap((dpia) =>
      dpia.findings.filter(
        (finding) =>
          !finding.acknowledged &&
          (finding.severity === "High" || finding.severity === "Critical") &&
          !(dpia.blocking_findings ?? []).some((b) => b.rule_id === finding.rule_id && b.resource === finding.resource),
      ),
    );
    // GC-VEN-1 among them: no vendor source is configured (issue 27).
    expect(warnings.map((finding) => finding.rule_id)).toContain("GC-VEN-1");
    expect(warnings.length).toBe(6);
    // This policy declares no data element, so there is no input warning to count.
    expect(report.warnings).toEqual([]);
    expect(lines.at(-2)).toBe("2 DPIAs: 1 approved, 1 blocked; 6 warnings, 1 acknowledged.");
    // --quiet is only what blocks: no approved DPIA, no summary.
    expect((await runGate(plan, { format: "text", policy, quiet: true })).output).not.toContain('APPROVED "CRM"');
  }, 120_000);

  test("--quiet or --compact with another format is a usage error, exit 2", () => {
    const result = dpia(["gate", plan, "--format", "sarif", "--compact"], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "dpia: --quiet and --compact shape the text format; --format sarif always carries every DPIA\n",
    );
  }, 240_000);
});
