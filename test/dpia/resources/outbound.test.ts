import { describe, expect, test } from "vitest";
import { assess, dpiaFor, ref, terraformJson } from "../../helpers/assess-config";
import { LIST, list } from "../../helpers/rules/outbound";

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
                    data_not_found_resolution: false,
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
