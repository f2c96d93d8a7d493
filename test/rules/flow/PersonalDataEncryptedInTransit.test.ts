import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-FLW-3 PersonalDataEncryptedInTransit: personal data only over TLS", () => {
  const at = (url: string) =>
    terraformJson(webServiceAction({ config_request: { request_type: "POST", request_url_template: url } }));
  test("Noncompliance: http, ws and ftp", () => {
    for (const url of ["http://crm.example.eu/c", "ws://crm.example.eu/c", "ftp://crm.example.eu/c"]) {
      const findings = findingsOf(at(url), "GC-FLW-3");
      expect(findings[0]!.severity).toBe("Critical");
      expect(findings[0]!.message).toContain("without TLS");
    }
  });
  test("Compliance: https and wss", () => {
    expect(findingsOf(at("https://crm.example.eu/c"), "GC-FLW-3")).toEqual([]);
    expect(findingsOf(at("wss://crm.example.eu/c"), "GC-FLW-3")).toEqual([]);
  });
});
