import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../helpers/assess-config";

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

const deployment = (body: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_webdeployments_configuration: {
      web: { name: "Web", languages: ["en-us"], default_language: "en-us", ...body },
    },
  });

describe("GC-WEB-1 WebFormContentNotCaptured: journey tracking does not capture form contents", () => {
  test("Noncompliance: capture on form submit", () => {
    const config = deployment({
      journey_events: {
        enabled: true,
        form_track_event: [
          {
            selector: ".f",
            form_name: "feedback",
            capture_data_on_form_abandon: false,
            capture_data_on_form_submit: true,
          },
        ],
      },
    });
    expect(findingsOf(config, "GC-WEB-1")[0]!.message).toContain("capture_data_on_form_submit");
  });
  test("Compliance: forms tracked without their contents", () => {
    const config = deployment({
      journey_events: {
        enabled: true,
        form_track_event: [
          {
            selector: ".f",
            form_name: "feedback",
            capture_data_on_form_abandon: false,
            capture_data_on_form_submit: false,
          },
        ],
      },
    });
    expect(findingsOf(config, "GC-WEB-1")).toEqual([]);
  });
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
