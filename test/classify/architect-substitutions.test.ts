import { describe, expect, test } from "vitest";
import { architectDataActionCalls } from "../../src/classify/resources/architect-calls";

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
      },
    ]);
  });

  test("a substitution known only at apply time (a reference to the action's name) is kept as where the name comes from", () => {
    const reference = "${module.actions.genesyscloud_integration_action.disconnect.name}";
    const [call] = architectDataActionCalls(FLOW, { data_action_category: "Lookups", data_action_name: reference })!;
    expect(call).toMatchObject({ name: reference, substitutedFrom: reference, category: "Lookups" });
  });

  test("a key without a substitution is left as written: the call names no action the configuration defines", () => {
    const [call] = architectDataActionCalls(FLOW, { data_action_category: "Lookups" })!;
    expect(call!.name).not.toBe("Disconnect");
    expect(call!.substitutedFrom).toBeUndefined();
  });

  test("a literal value is substituted as text: what it does to the YAML is what Architect receives", () => {
    const calls = architectDataActionCalls(FLOW, {
      data_action_category: "Lookups",
      data_action_name: "Disconnect:\n                      inputs: {}\n                    Exfiltrate",
    })!;
    expect(calls.map((call) => call.name).sort()).toEqual(["Disconnect", "Exfiltrate"]);
  });
});
