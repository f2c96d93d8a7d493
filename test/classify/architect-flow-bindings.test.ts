import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { readArchitectFlow } from "../../src/classify/resources/architect-calls";
import { callElements } from "../../src/classify/resources/architect-flow/call-elements";

const lexicon = builtInCatalog().lexicon;

/** A flow of the given type with one task: `variables` and `actions` are YAML list items at the task's indentation. */
function flow(type: string, actions: string, variables = ""): string {
  return `${type}:
  name: Test
  defaultLanguage: en-us
  settingsActionDefaults:
    callData:
      processingPrompt:
        noValue: true
  tasks:
    - task:
        name: Main
        refId: main
        variables:
          - stringVariable:
              name: Task.unused
              initialValue:
                noValue: true
${variables}        actions:
${actions}`;
}

function call(inputs: Record<string, string>, name = "Lookup"): string {
  return `          - callData:
              name: Call
              category:
                CRM:
                  dataAction:
                    ${name}:
                      inputs:
${Object.entries(inputs)
  .map(([input, binding]) => `                        ${input}:\n                          ${binding}\n`)
  .join("")}`;
}

/** The data elements each call of the flow is passed. */
function passes(text: string, declared?: string[]): string[][] {
  const read = readArchitectFlow(text, {})!;
  return callElements(read, lexicon, () => (declared ? new Set(declared) : undefined)).map((elements) =>
    [...new Set(elements.map((element) => element.element))].sort(),
  );
}

const collect = (variable: string) => `          - collectInput:
              name: Collect
              inputData:
                var: ${variable}
              digits:
                exact: 16
`;

describe("settingsActionDefaults.callData is the defaults of the Call Data Action type, not a call", () => {
  test("a flow whose only callData is in settingsActionDefaults calls nothing", () => {
    expect(
      readArchitectFlow(flow("inboundCall", "          - disconnect:\n              name: Bye\n"), {})!.calls,
    ).toEqual([]);
  });

  test("a callData step in a list of actions is a call, with its category and name", () => {
    expect(readArchitectFlow(flow("inboundCall", call({ phone: "exp: Call.Ani" })), {})!.calls).toMatchObject([
      { category: "CRM", name: "Lookup", inputs: [{ input: "phone", form: "expression", text: "Call.Ani" }] },
    ]);
  });

  test("Call Secure Data Action (`callDataSecure`, a secure flow's payment step) is a call like callData", () => {
    const secure = call({ cardNumber: "var: Flow.CardNumber" }).replace("- callData:", "- callDataSecure:");
    expect(readArchitectFlow(flow("secureCall", secure), {})!.calls).toMatchObject([
      { category: "CRM", name: "Lookup", inputs: [{ input: "cardNumber", form: "variable", text: "Flow.CardNumber" }] },
    ]);
  });

  test("a step that names no category or action is a call to an unnamed action (unknown, never nothing)", () => {
    const text = flow("inboundCall", "          - callData:\n              name: Broken\n");
    expect(readArchitectFlow(text, {})!.calls).toMatchObject([{ name: "(no data action named)" }]);
  });
});

describe("what a flow passes to an action: Architect's built-ins, variables, keyed digits", () => {
  test("Call.Ani is the caller's phone number", () => {
    expect(passes(flow("inboundCall", call({ phone: "exp: Call.Ani" })))).toEqual([["contact_pii"]]);
  });

  test("Email.Message.body and Message.Message.body are what the customer wrote", () => {
    expect(passes(flow("inboundEmail", call({ text: "exp: Email.Message.body" })))).toEqual([
      ["unstructured_free_text"],
    ]);
    expect(passes(flow("inboundShortMessage", call({ text: 'exp: Append("Hi ", Message.Message.body)' })))).toEqual([
      ["unstructured_free_text"],
    ]);
  });

  test("an id of a Genesys object, a literal and noValue carry no personal data", () => {
    expect(
      passes(
        flow(
          "workflow",
          call({ conversationId: "exp: Flow.conversationId", tag: "lit: VIP", other: "noValue: true" }),
          "          - stringVariable:\n              name: Flow.conversationId\n              isInput: true\n",
        ),
      ),
    ).toEqual([[]]);
  });

  test("a variable is read by its name, and else by what the flow writes into it", () => {
    const statements = `          - updateData:
              name: Copy
              statements:
                - string:
                    variable: Task.x
                    value:
                      exp: Call.Ani
`;
    expect(passes(flow("inboundCall", statements + call({ ref: "exp: Task.x" })))).toEqual([["contact_pii"]]);
    expect(passes(flow("inboundCall", call({ ref: "exp: Task.cardNumber" })))).toEqual([["payment_card_pan"]]);
  });

  test("digits keyed in a secure call flow are card numbers; elsewhere they are unknown, whatever the contract says", () => {
    expect(passes(flow("secureCall", collect("Task.digits") + call({ ref: "exp: Task.digits" })), ["ref"])).toEqual([
      ["payment_card_pan"],
    ]);
    expect(passes(flow("inboundCall", collect("Task.digits") + call({ ref: "exp: Task.digits" })), ["ref"])).toEqual([
      ["unknown_data"],
    ]);
  });

  test("in a secure flow, a step that takes fewer digits than any card number has collects a security code or PIN", () => {
    const bounded = (digits: string) => collect("Task.digits").replace("exact: 16", digits);
    const pass = (digits: string) =>
      passes(flow("secureCall", bounded(digits) + call({ ref: "exp: Task.digits" })), ["ref"]);
    expect(pass("exact: 3")).toEqual([["payment_card_sad"]]);
    expect(pass("range:\n                  min: 1\n                  max: 11")).toEqual([["payment_card_sad"]]);
    expect(pass("exact: 12")).toEqual([["payment_card_pan"]]);
    expect(pass("range:\n                  terminatingDtmf: digit_#\n                  min: 1")).toEqual([
      ["payment_card_pan"],
    ]);
  });

  test("a value the gate cannot type is what the action's contract declares for that input; undeclared, it is unknown", () => {
    const lookup = `          - dataTableLookup:
              name: Row
              lookupValue:
                lit: key
              dataTable:
                Table:
                  foundOutputs:
                    Column:
                      var: Task.column
`;
    const text = flow("inboundCall", lookup + call({ ref: "exp: Task.column" }));
    expect(passes(text, ["ref"])).toEqual([[]]);
    expect(passes(text, ["other"])).toEqual([["unknown_data"]]);
    expect(passes(text)).toEqual([["unknown_data"]]);
  });

  test("what the customer said to a bot (a slot) is unknown", () => {
    expect(passes(flow("bot", call({ date: "exp: Slot.Appointment" })), ["date"])).toEqual([["unknown_data"]]);
  });

  test("a variable written from itself ends (no endless loop) and keeps what its other writers give", () => {
    const statements = `          - updateData:
              name: Loop
              statements:
                - string:
                    variable: Task.x
                    value:
                      exp: Append(Task.x, Call.Ani)
`;
    expect(passes(flow("inboundCall", statements + call({ ref: "exp: Task.x" })))).toEqual([["contact_pii"]]);
  });
});

describe("flow types as real files write them", () => {
  test.each([
    ["inboundCall", "inboundCall"],
    ["inqueueCall", "inQueueCall"],
    ["botFlow", "bot"],
    ["digitalBot", "digitalBot"],
    ["commonModule", "commonModule"],
    ["workitem", "workitem"],
    ["somethingElse", undefined],
  ])("%s", (key, type) => {
    expect(readArchitectFlow(flow(key, "          - disconnect:\n              name: Bye\n"), {})!.type).toBe(type);
  });
});

describe("hostile flow files", () => {
  test("a step written through a YAML merge key (`- <<: *step`) is still a step", () => {
    const text = `inboundCall:
  name: Merge
  templates:
    step: &step
      callData:
        name: Hidden
        category:
          Partner:
            dataAction:
              Exfiltrate:
                inputs:
                  phone:
                    exp: Call.Ani
  tasks:
    - task:
        name: Main
        actions:
          - <<: *step
`;
    expect(readArchitectFlow(text, {})!.calls).toMatchObject([{ category: "Partner", name: "Exfiltrate" }]);
  });

  test("variables written from each other in a dense web are read once each: the reader ends, and keeps the card", () => {
    const levels = 40;
    const width = 8;
    const statements: string[] = [];
    for (let level = 0; level < levels; level++)
      for (let i = 0; i < width; i++) {
        const from =
          level === 0
            ? "Call.Ani"
            : Array.from({ length: width }, (_, j) => `Task.v${level - 1}x${j}`)
                .concat(`Task.v${levels - 1}x${i}`)
                .join(", ");
        statements.push(
          `                - string:\n                    variable: Task.v${level}x${i}\n                    value:\n                      exp: Append(${from})\n`,
        );
      }
    const update = `          - updateData:\n              name: Web\n              statements:\n${statements.join("")}`;
    const card = `          - updateData:\n              name: Card\n              statements:\n                - string:\n                    variable: Task.v0x0\n                    value:\n                      exp: Task.cardNumber\n`;
    expect(passes(flow("inboundCall", update + card + call({ ref: `exp: Task.v${levels - 1}x3` })))).toEqual([
      ["contact_pii", "payment_card_pan"],
    ]);
  });
});
