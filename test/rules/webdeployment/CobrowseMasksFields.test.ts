import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";
import { deployment } from "../../helpers/rules/webdeployment";

const withCobrowse = (cobrowse: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_webdeployments_configuration: {
      web: { name: "Web", languages: ["en-us"], default_language: "en-us", cobrowse },
    },
  });

describe("GC-WEB-2 CobrowseMasksFields: co-browse masks sensitive fields", () => {
  test("Noncompliance: co-browse with no mask selectors", () => {
    expect(findingsOf(deployment({ cobrowse: { enabled: true, allow_agent_control: true } }), "GC-WEB-2")).toHaveLength(
      1,
    );
  });
  test("Compliance: card fields masked", () => {
    expect(
      findingsOf(deployment({ cobrowse: { enabled: true, mask_selectors: ["#card-number", ".cvv"] } }), "GC-WEB-2"),
    ).toEqual([]);
  });
});

describe("GC-WEB-2 CobrowseMasksFields: only applies while co-browse is enabled", () => {
  test("Compliance: co-browse disabled needs no masking", () => {
    expect(findingsOf(withCobrowse({ enabled: false }), "GC-WEB-2")).toEqual([]);
    expect(findingsOf(withCobrowse({ enabled: false, mask_selectors: [] }), "GC-WEB-2")).toEqual([]);
  });
  test("Noncompliance: enabled with an empty list of selectors", () => {
    expect(findingsOf(withCobrowse({ enabled: true, mask_selectors: [] }), "GC-WEB-2")).toEqual([
      expect.objectContaining({ message: "co-browse is enabled with no masked fields" }),
    ]);
  });
});
