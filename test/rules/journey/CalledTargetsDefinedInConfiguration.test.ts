import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, shown, terraformJson, webServiceAction } from "../../helpers/assess-config";

const guide = (dataActionId: string) =>
  terraformJson({
    ...webServiceAction({}),
    genesyscloud_guide_version: {
      v1: {
        guide_id: "g",
        instruction: "Help the customer find their order.",
        resources: [{ data_action: [{ data_action_id: dataActionId, label: "Lookup" }] }],
      },
    },
  });

const actionMap = (flowId: string) =>
  terraformJson({
    ...webServiceAction({}),
    genesyscloud_journey_action_map: {
      offer: {
        display_name: "Offer",
        start_date: "2026-01-01T00:00:00.000000",
        trigger_with_segments: ["s"],
        activation: [{ type: "immediate" }],
        action: [
          {
            media_type: "architectFlow",
            architect_flow_fields: [
              {
                architect_flow_id: flowId,
                flow_request_mappings: [
                  { name: "email", attribute_type: "String", mapping_type: "Lookup", value: "customer.email" },
                ],
              },
            ],
          },
        ],
      },
    },
  });

describe("GC-JRN-1 CalledTargetsDefinedInConfiguration: guides and action maps call what the configuration defines", () => {
  test("Noncompliance: a guide version calling a data action by id", () => {
    const findings = findingsOf(guide("0f2a4b6c-1111-2222-3333-444444444444"), "GC-JRN-1");
    expect(findings.map((finding) => finding.attribute)).toEqual(["resources[0].data_action[0].data_action_id"]);
  });
  test("Noncompliance: a journey action map starting a flow that is not in the configuration", () => {
    const config = actionMap("${data.genesyscloud_flow.outside.id}");
    expect(findingsOf(config, "GC-JRN-1")).toHaveLength(1);
    expect(
      dpiaFor(config, "genesyscloud_journey_action_map.offer").data_flows.map((flow) => flow.destination_kind),
    ).toEqual(["unknown"]);
  });
  test("Compliance: the guide calls the configuration's action and joins its integration's DPIA", () => {
    const config = guide(ref("genesyscloud_integration_action.lookup"));
    expect(findingsOf(config, "GC-JRN-1")).toEqual([]);
    const dpia = dpiaFor(config, "genesyscloud_guide_version.v1");
    expect(dpia.integration_name).toBe("CRM");
    expect(dpia.data_flows.find((flow) => flow.via === "genesyscloud_guide_version.v1")!.destination_host).toBe(
      "crm.example.eu",
    );
  });
});

describe("GC-JRN-1 CalledTargetsDefinedInConfiguration: where the finding points and what it names", () => {
  test("a guide calling an action the configuration does not define names the path and the label", () => {
    const config = terraformJson({
      ...webServiceAction({}),
      genesyscloud_guide_version: {
        v1: {
          guide_id: "g",
          instruction: "x",
          resources: [{ data_action: [{ data_action_id: "abc", label: "Lookup" }] }],
        },
      },
    });
    expect(shown(config, "GC-JRN-1")).toEqual([
      [
        "resources[0].data_action[0].data_action_id",
        "resources[0].data_action[0].data_action_id names Lookup, which this configuration does not define",
      ],
    ]);
  });
});
