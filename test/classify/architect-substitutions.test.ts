import { describe, expect, test } from "vitest";
import { architectDataActionCalls } from "../../src/classify/resources/architect-calls";
import { substituteFlowText } from "../../src/inventory/attributes/flow-substitutions";

/** A callData as public blueprints write it: the category and the action are `{{key}}:` mapping keys, unquoted. */
const FLOW = `workflow:
  name: "{{flow_name}}"
  states:
    - state:
        actions:
          - callData:
              name: Call Data Action
              category:
                {{data_action_category}}:
                  dataAction:
                    {{data_action_name}}:
                      inputs:
                        conversationId:
                          exp: Flow.conversationId
`;

describe("Architect flow substitutions are applied to the text before it is parsed, as the provider does", () => {
  test("an unquoted {{key}}: key names the action its substitution gives (a literal)", () => {
    expect(
      architectDataActionCalls(FLOW, {
        data_action_category: "Lookups",
        data_action_name: "Disconnect",
        flow_name: "x",
      }),
    ).toEqual([
      {
        name: "Disconnect",
        category: "Lookups",
        path: "$.workflow.states[0].state.actions[0].callData.category.dataAction",
        inputs: [{ input: "conversationId", form: "expression", text: "Flow.conversationId" }],
        outputs: [],
      },
    ]);
  });

  test("a substitution known only at apply time (a reference to the action's name) is kept as where the name comes from", () => {
    const reference = "${module.actions.genesyscloud_integration_action.disconnect.name}";
    const [call] = architectDataActionCalls(FLOW, {
      data_action_category: "Lookups",
      data_action_name: reference,
      flow_name: "x",
    })!;
    expect(call).toMatchObject({ name: reference, substitutedFrom: reference, category: "Lookups" });
  });

  test("a placeholder without a substitution reaches Architect as text (as the provider's own example publishes it): the call names no defined action", () => {
    const [call] = architectDataActionCalls(FLOW, { data_action_category: "Lookups", flow_name: "x" })!;
    expect(call).toMatchObject({ name: "{{data_action_name}}", category: "Lookups" });
    expect(call!.substitutedFrom).toBeUndefined();
  });

  test("{{ key }} with spaces is not replaced by the provider (it replaces {{key}} exactly): it stays text", () => {
    const spaced = FLOW.replace("{{data_action_name}}", "{{ data_action_name }}");
    const [call] = architectDataActionCalls(spaced, {
      data_action_category: "Lookups",
      data_action_name: "Disconnect",
      flow_name: "x",
    })!;
    expect(call!.name).toBe("{{ data_action_name }}");
  });

  test("a value that writes another key's placeholder depends on the provider's map order, so it is refused, naming key and line", () => {
    expect(
      substituteFlowText(FLOW, { data_action_category: "{{data_action_name}}", data_action_name: "D", flow_name: "x" }),
    ).toMatchObject({ key: "data_action_category", line: 9 });
  });

  test("a substitutions map known only at apply time leaves every placeholder as a stand-in, never a name", () => {
    const [call] = architectDataActionCalls(FLOW, "${var.substitutions}")!;
    expect(call).toMatchObject({ name: "{{data_action_name}}", category: "{{data_action_category}}" });
  });

  test("a literal value is substituted as text: what it does to the YAML is what Architect receives", () => {
    const calls = architectDataActionCalls(FLOW, {
      data_action_category: "Lookups",
      data_action_name: "Disconnect:\n                      inputs: {}\n                    Exfiltrate",
      flow_name: "x",
    })!;
    expect(calls.map((call) => call.name).sort()).toEqual(["Disconnect", "Exfiltrate"]);
  });
});
