import * as path from "node:path";
import { Aspects, TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { DpiaBlockedError, DpiaGate } from "../../src";
import { ALL_RULES } from "../../src/rules/registry";
import { addCardPayment, addRecordingsExporter, newApp, tempDir } from "../helpers/stacks";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";

/** Two DPIAs that block: card data to a US payment service, and recordings to an API client in all divisions. */
function blockedSynth(): DpiaBlockedError {
  const app = newApp(tempDir("blocked-message-"));
  const stack = new TerraformStack(app, "payments");
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-central-1" });
  addCardPayment(stack, "take_payment", "https://api.payments.example-psp.com/charge");
  addRecordingsExporter(stack);
  Aspects.of(stack).add(new DpiaGate({ quiet: true }));
  try {
    app.synth();
  } catch (error) {
    return error as DpiaBlockedError;
  }
  throw new Error("synthesis was not blocked");
}

describe("a blocked synth says what blocks as cdk-nag does, and what would unblock it", () => {
  test("one [Error at /construct] line per blocking finding of every blocked DPIA, then each rule's fix", () => {
    const error = blockedSynth();
    expect(error).toBeInstanceOf(DpiaBlockedError);
    const lines = error.message.split("\n");
    expect(lines[0]).toMatch(
      /^Deployment blocked by the DPIA gate: 2 of \d+ DPIAs in stack "payments" at or above Critical risk\.$/,
    );
    const blocking = error.blocked.flatMap(({ dpia }) =>
      (dpia.blocking_findings ?? []).map((finding) => ({ dpia, finding })),
    );
    expect(error.blocked).toHaveLength(2);
    expect(blocking.length).toBeGreaterThanOrEqual(2);
    const errorLines = lines.filter((line) => line.startsWith("[Error at "));
    expect(errorLines).toHaveLength(blocking.length);
    for (const { dpia, finding } of blocking) {
      const constructPath = dpia.resources.find((resource) => resource.address === finding.resource)?.construct_path;
      expect(constructPath, finding.resource).toBeDefined();
      expect(errorLines).toContain(`[Error at /${constructPath}] ${finding.rule_id}: ${finding.message}`);
    }
    expect(errorLines).toContainEqual(expect.stringMatching(/^\[Error at \/payments\/take_payment\] GC-FLW-1: /));
    expect(errorLines).toContainEqual(expect.stringMatching(/^\[Error at \/payments\/exporter\] GC-REC-3: /));
    // Each DPIA is named with the rules that block it and where its DPIA file is.
    for (const { dpia, file } of error.blocked)
      expect(
        lines.some(
          (line) =>
            line.startsWith(`"${dpia.integration_name}" (${dpia.subject.address}): Critical risk. `) &&
            line.endsWith(`DPIA: ${path.relative(process.cwd(), file)}`),
        ),
      ).toBe(true);
    const unblock = lines.indexOf("To unblock, fix each blocking finding as its fix says and synthesize again:");
    expect(unblock).toBeGreaterThan(lines.indexOf(errorLines.at(-1)!));
    for (const id of new Set(blocking.map(({ finding }) => finding.rule_id))) {
      const remediation = ALL_RULES.find((rule) => rule.id === id)!.remediation;
      expect(
        lines.slice(unblock).some((line) => line.startsWith(`  ${id} (`) && line.endsWith(`: ${remediation}`)),
        id,
      ).toBe(true);
    }
    expect(lines.at(-1)).toMatch(/^or obtain a time-bound, dual-signed exception \(npx dpia exception request/);
  });
});
