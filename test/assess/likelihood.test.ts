import { describe, expect, test } from "vitest";
import { applyPolicy } from "../../src/policy/load-policy";
import type { AssessmentSubject, DataFlow } from "../../src/flows/model";
import type { Finding } from "../../src/rules/rule";
import { assessRisk } from "../../src/assess/assess-risk";

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

describe("overall: the matrix alone reaches at most High; Critical rests on a Critical finding", () => {
  const catalog = applyPolicy(undefined).catalog;
  const recordingsOut = {
    flows: [
      {
        source: "Genesys Cloud",
        destination: { name: "Unknown", kind: "unknown" },
        data_elements: ["call_recording_audio"],
        processing_nature: "Export",
        frequency: "Real-time",
        via: "genesyscloud_integration.export",
      },
    ],
  } as unknown as AssessmentSubject;
  const finding = (severity: Finding["severity"], index = 0) =>
    ({ rule_id: `GC-X-${index}`, severity, message: "m", resource: "r" }) as unknown as Finding;
  const highs = [finding("High", 1), finding("High", 2), finding("High", 3)];

  test("three High findings on a High-impact flow to an unknown destination: likelihood Critical, overall High", () => {
    const risk = assessRisk(recordingsOut, highs, catalog);
    expect([risk.likelihood, risk.impact, risk.overall_risk_score]).toEqual(["Critical", "High", "High"]);
  });
  test("the same with one Critical finding: overall Critical", () => {
    expect(assessRisk(recordingsOut, [finding("Critical"), ...highs], catalog).overall_risk_score).toBe("Critical");
  });
  test("the method says so", () => {
    expect(assessRisk(recordingsOut, highs, catalog).method).toContain("alone reaches at most High");
  });
});
