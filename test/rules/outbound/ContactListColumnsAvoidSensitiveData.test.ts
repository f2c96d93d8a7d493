import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson } from "../../helpers/assess-config";
import { LIST, list } from "../../helpers/rules/outbound";

describe("GC-OUT-2 ContactListColumnsAvoidSensitiveData: campaign columns carry no special-category or card data", () => {
  test("Noncompliance: a diagnosis column in a contact list", () => {
    const findings = findingsOf(
      terraformJson({
        genesyscloud_outbound_contact_list: list({ column_names: ["First Name", "Phone", "Diagnosis"] }),
      }),
      "GC-OUT-2",
    );
    expect(findings[0]!.message).toContain("health data");
  });
  test("Noncompliance: a ruleset passing a card-number column to a data action", () => {
    const config = terraformJson({
      genesyscloud_outbound_ruleset: {
        rs: {
          name: "RS",
          rules: [
            {
              name: "r",
              category: "DIALER_PRECALL",
              conditions: [
                {
                  type: "dataActionCondition",
                  data_action_id: "abc",
                  contact_column_to_data_action_field_mappings: [
                    { contact_column_name: "CardNumber", data_action_field: "pan" },
                  ],
                },
              ],
              actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
            },
          ],
        },
      },
    });
    expect(findingsOf(config, "GC-OUT-2").map((finding) => finding.resource)).toEqual([
      "genesyscloud_outbound_ruleset.rs",
    ]);
  });
  test("columns set by a variable are unknown data, never assumed harmless", () => {
    const dpia = dpiaFor(
      terraformJson({ genesyscloud_outbound_contact_list: list({ column_names: "${var.columns}" }) }),
      LIST,
    );
    expect(dpia.data_flows[0]!.data_elements).toContain("unknown_data");
    expect(dpia.unresolved.map((entry) => entry.attribute)).toEqual(["column_names"]);
  });
  test("Compliance: name and phone columns only", () => {
    expect(findingsOf(terraformJson({ genesyscloud_outbound_contact_list_template: list() }), "GC-OUT-2")).toEqual([]);
  });
});
