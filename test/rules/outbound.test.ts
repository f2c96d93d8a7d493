import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

const LIST = "genesyscloud_outbound_contact_list.leads";
const list = (body: Record<string, unknown> = {}) => ({
  leads: {
    name: "Leads",
    column_names: ["First Name", "Phone"],
    phone_columns: [{ column_name: "Phone", type: "cell" }],
    ...body,
  },
});

describe("GC-OUT-1 ContactRecordsNotInConfiguration: contacts and do-not-call numbers stay out of the code", () => {
  test("Noncompliance: a contact with a name and a phone number, never printed", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list: list(),
      genesyscloud_outbound_contact_list_contact: {
        jane: { contact_list_id: ref(LIST), data: { "First Name": "Jane", Phone: "+353861234567" } },
      },
    });
    const findings = findingsOf(config, "GC-OUT-1");
    expect(findings.map((finding) => finding.resource)).toEqual(["genesyscloud_outbound_contact_list_contact.jane"]);
    expect(JSON.stringify(assess(config).dpias)).not.toMatch(/Jane|861234567/);
  });
  test("Noncompliance: a contact whose data comes from a variable still lands in state", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list_contact: { c: { contact_list_id: "0c5d-literal-id", data: "${var.contact}" } },
    });
    expect(findingsOf(config, "GC-OUT-1")).toHaveLength(1);
  });
  test("Noncompliance: a contacts CSV imported from the repository", () => {
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_outbound_contact_list: list({ contacts_filepath: "./contacts.csv", contacts_id_name: "id" }),
        }),
        "GC-OUT-1",
      )[0]!.attribute,
    ).toBe("contacts_filepath");
  });
  test("Noncompliance: do-not-call numbers written into a DNC list", () => {
    const config = terraformJson({
      genesyscloud_outbound_dnclist: {
        dnc: {
          name: "DNC",
          dnc_source_type: "rds",
          contact_method: "Phone",
          entries: [{ phone_numbers: ["+353861234567", "+353861234568"] }],
        },
      },
    });
    expect(findingsOf(config, "GC-OUT-1")[0]!.message).toBe(
      "2 do-not-call phone numbers are written into the configuration",
    );
  });
  test("Compliance: a contact list with its columns only, and an empty internal DNC list", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list: list(),
      genesyscloud_outbound_dnclist: { dnc: { name: "DNC", dnc_source_type: "rds", contact_method: "Phone" } },
    });
    expect(findingsOf(config, "GC-OUT-1")).toEqual([]);
    expect(dpiaFor(config, LIST).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});

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

describe("outbound resources are assessed", () => {
  test("a contact list is a DPIA with its filters and contacts as members", () => {
    const config = terraformJson({
      genesyscloud_outbound_contact_list: list(),
      genesyscloud_outbound_contactlistfilter: {
        callable: {
          name: "Callable",
          contact_list_id: ref(LIST),
          clauses: [
            {
              filter_type: "AND",
              predicates: [{ column: "Phone", column_type: "alphabetic", operator: "EQUALS", value: "x" }],
            },
          ],
        },
      },
    });
    const dpia = dpiaFor(config, LIST);
    expect(dpia.resources.map((resource) => resource.address).sort()).toEqual([
      "genesyscloud_outbound_contact_list.leads",
      "genesyscloud_outbound_contactlistfilter.callable",
    ]);
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii"]);
  });
  test("a DNC list checked at dnc.com sends phone numbers to an unreviewed recipient; an approved host is not what decides it", () => {
    const config = terraformJson({
      genesyscloud_outbound_dnclist: {
        dnc: { name: "DNC", dnc_source_type: "dnc.com", login_id: "${var.login}", dnc_codes: ["A"] },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_outbound_dnclist.dnc");
    expect(dpia.data_flows[0]!.destination).toContain("DNC.com");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
  });
  test("a DNC source type hidden behind a variable blocks (fail closed)", () => {
    const config = terraformJson({
      genesyscloud_outbound_dnclist: { dnc: { name: "DNC", dnc_source_type: "${var.source}" } },
    });
    const dpia = dpiaFor(config, "genesyscloud_outbound_dnclist.dnc");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("a ruleset calling a data action joins that action's integration DPIA, as a flow to the action's host", () => {
    const config = terraformJson({
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
      genesyscloud_integration_action: {
        score: {
          name: "Score",
          category: "CRM",
          integration_id: ref("genesyscloud_integration.crm"),
          secure: true,
          contract_input: JSON.stringify({ type: "object", properties: { phone: { type: "string" } } }),
          contract_output: JSON.stringify({ type: "object", properties: {} }),
          config_request: { request_type: "POST", request_url_template: "http://score.example.com/score" },
        },
      },
      genesyscloud_outbound_ruleset: {
        rs: {
          name: "Pre-call",
          rules: [
            {
              name: "r",
              category: "DIALER_PRECALL",
              conditions: [
                {
                  type: "dataActionCondition",
                  data_action_id: ref("genesyscloud_integration_action.score"),
                  contact_column_to_data_action_field_mappings: [
                    { contact_column_name: "Phone", data_action_field: "phone" },
                  ],
                },
              ],
              actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
            },
          ],
        },
      },
    });
    const dpias = assess(config).dpias;
    expect(dpias).toHaveLength(1);
    const flow = dpias[0]!.data_flows.find((candidate) => candidate.processing_nature.startsWith("Outbound ruleset"))!;
    expect(flow.destination).toContain("score.example.com");
    expect(
      dpias[0]!.findings.filter((finding) => finding.rule_id === "GC-FLW-3").map((finding) => finding.resource),
    ).toContain("genesyscloud_outbound_ruleset.rs");
  });
  test("a digital ruleset's data-action condition is read too, and fails closed when the action is elsewhere", () => {
    const config = terraformJson({
      genesyscloud_outbound_digitalruleset: {
        sms: {
          name: "SMS",
          rules: [
            {
              name: "r",
              order: 0,
              category: "PreContact",
              conditions: [
                {
                  data_action_condition_settings: {
                    data_action_id: "d0c5-guid",
                    contact_id_field: "id",
                    contact_column_to_data_action_field_mappings: [
                      { contact_column_name: "Diagnosis", data_action_field: "d" },
                    ],
                  },
                },
              ],
              actions: [{ do_not_send_action_settings: "{}" }],
            },
          ],
        },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_outbound_digitalruleset.sms");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-FLW-4", "GC-OUT-2"]));
    expect(dpia.data_flows[0]!.destination_unresolved).toContain("named by an id");
  });
  test("a ruleset calling actions of two integrations joins both DPIAs, and writes none of its own", () => {
    const action = (integration: string, url: string) => ({
      name: integration,
      category: "X",
      integration_id: ref(`genesyscloud_integration.${integration}`),
      secure: true,
      contract_input: JSON.stringify({ type: "object", properties: { phone: { type: "string" } } }),
      contract_output: JSON.stringify({ type: "object", properties: {} }),
      config_request: { request_type: "POST", request_url_template: url },
    });
    const step = (address: string) => ({
      type: "dataActionCondition",
      data_action_id: ref(address),
      contact_column_to_data_action_field_mappings: [{ contact_column_name: "Phone", data_action_field: "phone" }],
    });
    const config = terraformJson({
      genesyscloud_integration: {
        a: { integration_type: "custom-rest-actions", config: { name: "A" } },
        b: { integration_type: "custom-rest-actions", config: { name: "B" } },
      },
      genesyscloud_integration_action: {
        a1: action("a", "https://a.example.eu/x"),
        b1: action("b", "https://b.example.eu/x"),
      },
      genesyscloud_outbound_ruleset: {
        rs: {
          name: "RS",
          rules: [
            {
              name: "r",
              category: "DIALER_PRECALL",
              conditions: [step("genesyscloud_integration_action.a1"), step("genesyscloud_integration_action.b1")],
              actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
            },
          ],
        },
      },
    });
    const dpias = assess(config).dpias;
    expect(
      dpias.map((dpia) =>
        dpia.resources.map((resource) => resource.address).includes("genesyscloud_outbound_ruleset.rs"),
      ),
    ).toEqual([true, true]);
    expect(
      dpias.map((dpia) =>
        dpia.data_flows
          .filter((flow) => flow.via === "genesyscloud_outbound_ruleset.rs")
          .map((flow) => flow.destination_host),
      ),
    ).toEqual([["a.example.eu"], ["b.example.eu"]]);
  });
  test("a ruleset calling a data action outside the configuration cannot name its recipient", () => {
    const config = terraformJson({
      genesyscloud_outbound_ruleset: {
        rs: {
          name: "RS",
          rules: [
            {
              name: "r",
              category: "DIALER_PRECALL",
              conditions: [{ type: "dataActionCondition", data_action_id: "d0c5-guid" }],
              actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
            },
          ],
        },
      },
    });
    expect(dpiaFor(config, "genesyscloud_outbound_ruleset.rs").findings.map((finding) => finding.rule_id)).toContain(
      "GC-FLW-4",
    );
  });
  test("a ruleset without data actions is a DPIA of dialing inside Genesys, approved", () => {
    const config = terraformJson({
      genesyscloud_outbound_ruleset: {
        rs: {
          name: "RS",
          rules: [
            {
              name: "r",
              category: "DIALER_PRECALL",
              conditions: [{ type: "contactAttributeCondition", attribute_name: "x", operator: "EQUALS", value: "1" }],
              actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
            },
          ],
        },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_outbound_ruleset.rs");
    expect(dpia.data_flows.map((flow) => flow.destination_kind)).toEqual(["genesys_org"]);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});

describe("GC-PAIR-1 OrgPairingNamesUsersInConfiguration: who gets cross-org access is reviewable", () => {
  test("Noncompliance: user ids typed in", () => {
    const config = terraformJson({
      genesyscloud_orgauthorization_pairing: { p: { user_ids: ["7b0a-guid"], group_ids: ["${var.group}"] } },
    });
    expect(findingsOf(config, "GC-PAIR-1").map((finding) => finding.attribute)).toEqual([
      "group_ids[0]",
      "user_ids[0]",
    ]);
  });
  test("Compliance: users and groups defined in the configuration; the partner org still needs review", () => {
    const config = terraformJson({
      genesyscloud_user: { ana: { name: "Ana", email: "ana@example.com" } },
      genesyscloud_group: { support: { name: "Support" } },
      genesyscloud_orgauthorization_pairing: {
        p: { user_ids: [ref("genesyscloud_user.ana")], group_ids: [ref("genesyscloud_group.support")] },
      },
    });
    expect(findingsOf(config, "GC-PAIR-1")).toEqual([]);
    const dpia = dpiaFor(config, "genesyscloud_orgauthorization_pairing.p");
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
    expect(dpia.unresolved.map((entry) => entry.reason)).toContain(
      "the roles and divisions granted across the trust are not in this configuration",
    );
  });
});
