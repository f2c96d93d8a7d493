import { describe, expect, test } from "vitest";
import { assess, findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { builtInCatalog } from "../../../src/catalog/load-catalog";

const cardContract = JSON.stringify({
  type: "object",
  properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
});

describe("GC-FLW-1 SensitiveDataStaysInGenesys: card and Art. 9 data do not leave Genesys", () => {
  test("Noncompliance: card number and CVV posted to a web service", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ contract_input: cardContract })), "GC-FLW-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
    expect(findings[0]!.message).toContain("payment card number");
  });
  test("Noncompliance: health data to a web service", () => {
    const contract = JSON.stringify({
      type: "object",
      properties: { patientId: { type: "string" }, diagnosis: { type: "string" } },
    });
    expect(findingsOf(terraformJson(webServiceAction({ contract_input: contract })), "GC-FLW-1")[0]!.message).toContain(
      "health data",
    );
  });
  test("Compliance: contact details to a web service", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-FLW-1")).toEqual([]);
  });
  test("Compliance: card fields that stay inside the Genesys org", () => {
    const config = terraformJson(
      webServiceAction(
        {
          contract_input: cardContract,
          config_request: { request_type: "GET", request_url_template: "/api/v2/conversations/$${input.cardNumber}" },
        },
        { integration_type: "purecloud-data-actions" },
      ),
    );
    expect(findingsOf(config, "GC-FLW-1")).toEqual([]);
  });
});

describe("GC-FLW-1 SensitiveDataStaysInGenesys: GDPR Art. 10 criminal-offence data", () => {
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

describe("GC-FLW-1 SensitiveDataStaysInGenesys: any data element rated Critical", () => {
  const contactDetails = builtInCatalog().data_elements.find((element) => element.id === "contact_pii")!;
  test("Noncompliance: contact details leaving Genesys when the policy rates them Critical", () => {
    const policy = { version: 1 as const, data_elements: [{ ...contactDetails, risk_level: "Critical" as const }] };
    const findings = findingsOf(terraformJson(webServiceAction({})), "GC-FLW-1", policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("contact details");
    expect(assess(terraformJson(webServiceAction({})), policy).blocked).toHaveLength(1);
  });
  test("Compliance: contact details at their built-in level", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-FLW-1")).toEqual([]);
  });
});
