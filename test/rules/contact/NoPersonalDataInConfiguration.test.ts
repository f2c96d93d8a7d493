import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";

describe("GC-CON-1 NoPersonalDataInConfiguration: no customer records in infrastructure code", () => {
  test("Noncompliance: an external contact with name and email", () => {
    const config = terraformJson({
      genesyscloud_externalcontacts_contact: {
        jean: { first_name: "Jean", last_name: "Dupont", work_email: "jean.dupont@example.fr" },
      },
    });
    const findings = findingsOf(config, "GC-CON-1");
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain("jean.dupont@example.fr");
  });
  test("Compliance: a contact resource with only an opt-out flag", () => {
    expect(
      findingsOf(terraformJson({ genesyscloud_externalcontacts_contact: { x: { survey_opt_out: true } } }), "GC-CON-1"),
    ).toEqual([]);
  });
});
