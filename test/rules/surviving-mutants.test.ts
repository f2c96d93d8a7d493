import { describe, expect, test } from "vitest";
import { assessRisk } from "../../src/assess/assess-risk";
import type { AssessmentSubject, DataFlow } from "../../src/flows/model";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Finding } from "../../src/rules/rule";
import { assess, findingsOf, oauthClient, terraformJson, webServiceAction } from "../helpers/assess-config";

// Cases mutation testing (npm run mutate) showed no test would notice when changed.

const deployment = (cobrowse: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_webdeployments_configuration: {
      web: { name: "Web", languages: ["en-us"], default_language: "en-us", cobrowse },
    },
  });

describe("GC-WEB-2 CobrowseMasksFields only applies while co-browse is enabled", () => {
  test("Compliance: co-browse disabled needs no masking", () => {
    expect(findingsOf(deployment({ enabled: false }), "GC-WEB-2")).toEqual([]);
    expect(findingsOf(deployment({ enabled: false, mask_selectors: [] }), "GC-WEB-2")).toEqual([]);
  });
  test("Noncompliance: enabled with an empty list of selectors", () => {
    expect(findingsOf(deployment({ enabled: true, mask_selectors: [] }), "GC-WEB-2")).toEqual([
      expect.objectContaining({ message: "co-browse is enabled with no masked fields" }),
    ]);
  });
});

describe("GC-OAC-5 OAuthClientTokenLifetimeBounded at its edges", () => {
  const client = (value: unknown) =>
    terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: value }));
  test("Noncompliance: a lifetime that is not resolved before deployment fails closed", () => {
    expect(findingsOf(client("${var.token_lifetime}"), "GC-OAC-5")).toEqual([
      expect.objectContaining({ message: "access_token_validity_seconds is not resolved before deployment" }),
    ]);
  });
  test("Compliance: exactly the policy's limit; one second more is a finding", () => {
    const policy = { version: 1 as const, thresholds: { max_token_lifetime_seconds: 3600 } };
    expect(findingsOf(client(3600), "GC-OAC-5", policy as never)).toEqual([]);
    expect(findingsOf(client(3601), "GC-OAC-5", policy as never)).toHaveLength(1);
  });
  test("Compliance: no lifetime set leaves the provider's default to the policy check of the default", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["users:readonly"] })), "GC-OAC-5")).toEqual([]);
  });
});

describe("GDPR Art. 10 criminal-offence data", () => {
  const criminal = terraformJson(
    webServiceAction({
      contract_output: JSON.stringify({ type: "object", properties: { criminalRecord: { type: "string" } } }),
    }),
  );
  test("Noncompliance: criminal-offence data leaving Genesys is GC-FLW-1, Critical", () => {
    const findings = findingsOf(criminal, "GC-FLW-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
    expect(findings[0]!.message).toContain("criminal convictions and offences");
  });
  test("the DPIA asks for an Art. 10 authorisation, not only an Art. 9(2) condition", () => {
    const dpia = assess(criminal).dpias.find((candidate) =>
      candidate.findings.some((finding) => finding.rule_id === "GC-FLW-1"),
    )!;
    expect(JSON.stringify(dpia)).toContain("Art. 10 authorisation");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Critical");
  });
});

describe("likelihood: one step for a serious finding, one more for three or more", () => {
  const catalog = applyPolicy(undefined).catalog;
  const flow: DataFlow = {
    source: "Genesys Cloud",
    destination: { name: "CRM", kind: "third_party" },
    data_elements: ["contact_pii"],
    processing_nature: "Look-up",
    frequency: "On demand",
    via: "genesyscloud_integration_action.lookup",
  };
  const subject = { flows: [flow] } as unknown as AssessmentSubject;
  const serious = (count: number, severity: Finding["severity"] = "High") =>
    Array.from(
      { length: count },
      (_, index) => ({ rule_id: `GC-X-${index}`, severity, message: "m", resource: "r" }) as unknown as Finding,
    );

  test.each([
    [0, "Medium"],
    [1, "High"],
    [2, "High"],
    [3, "Critical"],
    [4, "Critical"],
  ] as const)("%i High findings on an external flow give likelihood %s", (count, likelihood) => {
    expect(assessRisk(subject, serious(count), catalog).likelihood).toBe(likelihood);
  });
  test("Medium findings are not serious: three of them leave likelihood where the flow put it", () => {
    expect(assessRisk(subject, serious(3, "Medium"), catalog).likelihood).toBe("Medium");
  });
});

describe("GC-DST-1 DestinationApproved: an unapproved host receiving no personal data", () => {
  const call = (contract: Record<string, unknown>) =>
    terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", additionalProperties: false, properties: contract }),
        contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
        config_request: { request_type: "POST", request_url_template: "https://status.example.org/ping" },
      }),
    );
  test("Compliance: no personal data, no allow-list finding", () => {
    expect(findingsOf(call({}), "GC-DST-1")).toEqual([]);
  });
  test("Noncompliance: the same host once an e-mail address goes to it", () => {
    expect(findingsOf(call({ email: { type: "string" } }), "GC-DST-1")).toEqual([
      expect.objectContaining({ message: "status.example.org receives personal data and is not on the allow-list" }),
    ]);
  });
});
