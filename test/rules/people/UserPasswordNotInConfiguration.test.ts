import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { user } from "../../helpers/rules/people";

describe("GC-PPL-3 UserPasswordNotInConfiguration: a user's password is not written into code", () => {
  test("Noncompliance: a literal password", () => {
    const findings = findingsOf(user({ password: "Welcome-2024!" }), "GC-PPL-3");
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain("Welcome-2024!");
  });
  test("Noncompliance: a literal password under sdk_debug = true is also reported as logged, next to GC-PRV-1", () => {
    const dpia = dpiaFor(
      user({ password: "Welcome-2024!" }, { aws_region: "eu-west-1", sdk_debug: true }),
      "genesyscloud_user.jane",
    );
    expect(dpia.findings.find((finding) => finding.rule_id === "GC-PPL-3")!.message).toContain("debug log");
    // sdk_debug itself is the provider's finding, reported once in the provider configuration's DPIA.
    expect(dpia.provider_findings_in).toMatch(/^RES-genesys-cloud-provider-configuration-/);
  });
  test("Compliance: no password, or one from a variable", () => {
    expect(findingsOf(user({}), "GC-PPL-3")).toEqual([]);
    expect(findingsOf(user({ password: "${var.initial_password}" }), "GC-PPL-3")).toEqual([]);
  });
});

describe("GC-PPL-3 UserPasswordNotInConfiguration: the messages the DPO reads", () => {
  const user = (password: unknown, provider: Record<string, unknown> = { aws_region: "eu-west-1" }) =>
    terraformJson(
      { genesyscloud_user: { jane: { name: "Jane Doe", email: "jane.doe@example.com", password } } },
      provider,
    );
  test("GC-PPL-3 Noncompliance: a literal password, and the debug log that copies it", () => {
    expect(shown(user("Winter2026!"), "GC-PPL-3")).toEqual([
      ["password", "the user's password is a literal value in the configuration"],
    ]);
    expect(shown(user("Winter2026!", { aws_region: "eu-west-1", sdk_debug: true }), "GC-PPL-3")).toEqual([
      [
        "password",
        "the user's password is a literal value in the configuration, and sdk_debug = true writes it to the provider's debug log",
      ],
    ]);
  });
  test("GC-PPL-3 Compliance: a password from a variable, even inside other text", () => {
    expect(findingsOf(user("${var.password}"), "GC-PPL-3")).toEqual([]);
    expect(findingsOf(user("prefix-${var.password}"), "GC-PPL-3")).toEqual([]);
  });
});
