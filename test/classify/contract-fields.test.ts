import { describe, expect, test } from "vitest";
import { readContract } from "../../src/classify/contract-fields";
import { dpiaFor, terraformJson, webServiceAction } from "../helpers/assess-config";

const names = (schema: unknown) => readContract(schema, "c").fields.map((field) => field.name);
const card = { type: "string" };

/** Each schema hides a card number in one keyword; the walker must find it. */
const HIDING_PLACES: Array<[string, unknown]> = [
  [
    "$ref into definitions",
    {
      type: "object",
      properties: { pay: { $ref: "#/definitions/payment" } },
      definitions: { payment: { type: "object", properties: { cardNumber: card } } },
    },
  ],
  ["$ref into $defs", { $ref: "#/$defs/p", $defs: { p: { properties: { cardNumber: card } } } }],
  [
    "$ref with escaped pointer tokens",
    {
      $ref: "#/$defs/a~1b/properties/x",
      $defs: { "a/b": { properties: { x: { properties: { cardNumber: card } } } } },
    },
  ],
  [
    "$ref by $id anchor",
    { properties: { p: { $ref: "#card" } }, $defs: { c: { $id: "#card", properties: { cardNumber: card } } } },
  ],
  ["patternProperties", { type: "object", patternProperties: { "^card_number_": card } }],
  [
    "additionalProperties schema",
    { type: "object", additionalProperties: { type: "object", properties: { cardNumber: card } } },
  ],
  ["dependentSchemas", { dependentSchemas: { payer: { properties: { cardNumber: card } } } }],
  ["draft-04 dependencies (schema)", { dependencies: { payer: { properties: { cardNumber: card } } } }],
  ["draft-04 dependencies (names)", { dependencies: { payer: ["cardNumber"] } }],
  [
    "if/then/else",
    {
      if: { properties: { kind: { const: "card" } } },
      then: { properties: { x: card } },
      else: { properties: { cardNumber: card } },
    },
  ],
  ["prefixItems", { type: "array", prefixItems: [{ type: "string" }, { properties: { cardNumber: card } }] }],
  ["items (schema)", { type: "array", items: { properties: { cardNumber: card } } }],
  ["items (draft-04 tuple)", { type: "array", items: [{ type: "string" }, { properties: { cardNumber: card } }] }],
  ["not", { not: { required: ["cardNumber"] } }],
  ["required only", { type: "object", required: ["cardNumber"] }],
  [
    "allOf/anyOf/oneOf nested",
    { allOf: [{ anyOf: [{ oneOf: [{ allOf: [{ properties: { cardNumber: card } }] }] }] }] },
  ],
  ["contains", { type: "array", contains: { properties: { cardNumber: card } } }],
];

describe("the contract walker reads every JSON Schema keyword that can declare a field", () => {
  test.each(HIDING_PLACES)("%s", (_where, schema) => {
    expect(names(schema).join(" ")).toMatch(/card.?number/i);
  });
  test.each(HIDING_PLACES)("the gate classifies a card number hidden in %s", (_where, schema) => {
    const config = terraformJson(webServiceAction({ contract_input: JSON.stringify(schema) }));
    expect(
      dpiaFor(config, "genesyscloud_integration_action.lookup").data_flows.flatMap((flow) => flow.data_elements),
    ).toContain("payment_card_pan");
  });
});

describe("references", () => {
  test("a cycle of references terminates", () => {
    const schema = {
      $ref: "#/definitions/a",
      definitions: {
        a: { properties: { next: { $ref: "#/definitions/b" } } },
        b: { properties: { back: { $ref: "#/definitions/a" } } },
      },
    };
    expect(names(schema).sort()).toEqual(["back", "next"]);
  });
  test("a self-reference to the root terminates", () => {
    expect(names({ properties: { child: { $ref: "#" } } })).toEqual(["child"]);
  });
  test.each([
    ["a remote schema", "https://schemas.example.eu/customer.json"],
    ["a remote definition", "other.json#/definitions/x"],
    ["a missing definition", "#/definitions/missing"],
    ["a broken pointer escape", "#/definitions/%E0%A4%A"],
  ])("%s is a gap", (_what, ref) => {
    const gaps = readContract({ properties: { p: { $ref: ref } }, additionalProperties: false }, "c").gaps;
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.path).toBe("c.p.$ref");
  });
});

describe("open objects", () => {
  test.each([
    ["an object schema without additionalProperties", { type: "object", properties: { a: { type: "string" } } }, ["c"]],
    ["additionalProperties: true", { type: "object", additionalProperties: true }, ["c"]],
    ["additionalProperties as a schema", { type: "object", additionalProperties: { type: "string" } }, ["c"]],
    ["the empty schema", {}, ["c"]],
    ["the schema true", true, ["c"]],
    [
      "a nested property with no type",
      { type: "object", properties: { extra: { description: "anything" } }, additionalProperties: false },
      ["c.extra"],
    ],
  ])("%s is open", (_what, schema, open) => {
    expect(readContract(schema, "c").open).toEqual(open);
  });
  test.each([
    [
      "additionalProperties: false",
      { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
    ],
    [
      "unevaluatedProperties: false",
      { type: "object", properties: { a: { type: "string" } }, unevaluatedProperties: false },
    ],
    ["a string", { type: "string" }],
    ["false", false],
  ])("%s is closed", (_what, schema) => {
    expect(readContract(schema, "c").open).toEqual([]);
  });
});

describe("what cannot be evaluated is a gap, never silence", () => {
  test.each([
    ["properties from merge()", { type: "object", properties: "${merge(...)}" }],
    [
      "a property schema from a local",
      { type: "object", properties: { a: "${local.a}" }, additionalProperties: false },
    ],
    [
      "a key from an expression",
      { type: "object", properties: { "${var.name}": { type: "string" } }, additionalProperties: false },
    ],
    ["a type from a variable", { type: "${var.t}" }],
    ["a $ref from a variable", { $ref: "${var.ref}" }],
    ["a number where a schema belongs", { type: "object", properties: { a: 42 }, additionalProperties: false }],
    ["an array where properties belong", { type: "object", properties: [{ a: 1 }], additionalProperties: false }],
  ])("%s", (_what, schema) => {
    expect(readContract(schema, "c").gaps.length).toBeGreaterThan(0);
  });
  test.each([
    ["JSON that is an array", "[]"],
    ["JSON that is a number", "42"],
    ["JSON null", "null"],
  ])("a contract that is %s is unknown data", (_what, text) => {
    const dpia = dpiaFor(
      terraformJson(webServiceAction({ contract_input: text })),
      "genesyscloud_integration_action.lookup",
    );
    expect(dpia.data_flows.flatMap((flow) => flow.data_elements)).toContain("unknown_contract_data");
  });
});

describe("hostile contracts", () => {
  test("100,000 levels of nesting are walked without a stack overflow", () => {
    let schema: Record<string, unknown> = { properties: { cardNumber: card } };
    for (let i = 0; i < 100_000; i++) schema = { allOf: [{ properties: { [`l${i}`]: schema } }] };
    expect(names(schema)).toContain("cardNumber");
  }, 120_000);
  test("a chain of 10,000 references is followed", () => {
    const definitions: Record<string, unknown> = { d10000: { properties: { cardNumber: card } } };
    for (let i = 0; i < 10_000; i++) definitions[`d${i}`] = { $ref: `#/definitions/d${i + 1}` };
    expect(names({ $ref: "#/definitions/d0", definitions })).toContain("cardNumber");
  }, 120_000);
});

describe("objects that declare nothing: whatever the caller passes (GC-CTR-2, GC-FLW-5 when forwarded whole)", () => {
  const undeclared = (schema: unknown) => readContract(schema, "c").undeclared;
  test.each([
    ["the empty schema", {}, ["c"]],
    ["the schema true", true, ["c"]],
    ["an object naming no property", { type: "object" }, ["c"]],
    ["an empty properties object", { type: "object", properties: {} }, ["c"]],
    ["only an additionalProperties schema", { type: "object", additionalProperties: { type: "string" } }, ["c"]],
    [
      "a pattern with no literal word",
      { type: "object", patternProperties: { "^[a-zA-Z][a-zA-Z0-9_-]*$": {} } },
      ["c"],
    ],
    ["a pattern that matches anything", { type: "object", patternProperties: { ".*": {} } }, ["c"]],
    [
      "a nested object naming no property",
      { type: "object", properties: { customer: { type: "object" } }, additionalProperties: false },
      ["c.customer"],
    ],
    [
      "array items naming no property",
      { type: "object", properties: { rows: { items: { type: "object" } } } },
      ["c.rows[]"],
    ],
  ])("%s", (_what, schema, paths) => {
    expect(undeclared(schema)).toEqual(paths);
  });
  test.each([
    ["named properties, open", { type: "object", properties: { queueName: { type: "string" } } }],
    ["required names only", { type: "object", required: ["queueName"] }],
    ["a pattern with a literal word", { type: "object", patternProperties: { "^queue_": { type: "string" } } }],
    [
      "properties behind $ref and allOf",
      {
        type: "object",
        allOf: [{ $ref: "#/$defs/q" }],
        $defs: { q: { properties: { queueName: { type: "string" } } } },
      },
    ],
    ["a named property of any type", { type: "object", properties: { note: {} } }],
    ["a closed object naming nothing", { type: "object", properties: {}, additionalProperties: false }],
    ["a string", { type: "string" }],
  ])("%s declares what it takes", (_what, schema) => {
    expect(undeclared(schema)).toEqual([]);
  });
  test("a pattern's literal words are its declaration", () => {
    expect(names({ type: "object", patternProperties: { "(?i)^card_\\d+$": card } })).toEqual(["card"]);
  });
});

// A property renamed `value` is still the card number its title or description says it is (a JSON Schema's
// `title` and `description` say what the data is). A title is read as a name; a description only where it names
// the card's number or security code as what the field holds. The texts below are real contracts' wording
// (payment APIs' schemas, Genesys blueprints' exports), labelled as a DPO reads them before the gate ran.
describe("a contract's titles and descriptions say what a field carries", () => {
  const elementsOf = (property: Record<string, unknown>) =>
    dpiaFor(
      terraformJson(
        webServiceAction({
          contract_input: JSON.stringify({ type: "object", properties: { value: { type: "string", ...property } } }),
        }),
      ),
      "genesyscloud_integration_action.lookup",
    ).data_flows.flatMap((flow) => flow.data_elements);
  test.each([
    [{ title: "Card number" }, "payment_card_pan"],
    [{ title: "Credit Card Number" }, "payment_card_pan"],
    [{ description: "The customer's full credit card number (PAN), 16 digits" }, "payment_card_pan"],
    [{ description: "Kreditkartennummer des Kunden" }, "payment_card_pan"],
    [{ title: "CVV" }, "payment_card_sad"],
    [{ title: "CCV" }, "payment_card_sad"],
    [{ description: "The 3-digit card verification code on the back" }, "payment_card_sad"],
  ])("%j is %s", (property, element) => {
    expect(elementsOf(property)).toContain(element);
  });
  test.each([
    { description: "UUID which is generated especially for credit card payments" },
    { description: "Special value which is generated especially for credit card payments" },
    { description: "Last four digits of the credit card" },
    { description: "Tokenized card number from the payment gateway" },
    { description: "Payment method: credit card, debit card or bank transfer" },
    { description: "Masked PAN, e.g. 411111******1111" },
    { description: "Masked number of related credit card" },
    { description: "Customer PIN entered in the IVR" },
    { description: "Never put the card number here; this is the order id" },
    { description: "Payment token returned by the PCI vault instead of the card number" },
    { title: "Credit Card Type" },
    { title: "Credit Card Family" },
    { title: "Payment Token" },
    { title: "Order reference" },
  ])("%j is no card number or security code", (property) => {
    const elements = elementsOf(property);
    expect(elements).not.toContain("payment_card_pan");
    expect(elements).not.toContain("payment_card_sad");
  });
  test.each([
    { description: "Service health status" },
    { description: "Treatment to apply to the call" },
    { description: "Crime reference number reported by the caller" },
  ])("%j: a description names no Art. 9 or Art. 10 data on its own", (property) => {
    const elements = elementsOf(property);
    expect(elements).not.toContain("health_data");
    expect(elements).not.toContain("criminal_offence_data");
  });
  test("a card number or credential written into a description is masked or redacted in the DPIA's evidence", () => {
    const dpia = dpiaFor(
      terraformJson(
        webServiceAction({
          contract_input: JSON.stringify({
            type: "object",
            properties: {
              a: { type: "string", description: "Card number, e.g. 4111 1111 1111 1111" },
              b: {
                type: "string",
                description: "Card number, e.g. 4111.1111.1111.1111 or ４１１１１１１１１１１１１１１１",
              },
              c: { type: "string", description: "Card number; api_key=sk_live_abcdefghijklmnop1234" },
              d: { type: "string", title: "Card number (test 4111/1111/1111/1111, Bearer eyJhbGciOiJIUzI1NiJ9.abc)" },
            },
          }),
        }),
      ),
      "genesyscloud_integration_action.lookup",
    );
    const text = JSON.stringify(dpia);
    expect(text).toContain("description (Card number");
    for (const secret of ["4111 1111 1111 1111", "4111.1111", "４１１１", "sk_live", "4111/1111", "eyJhbGci"])
      expect(text, secret).not.toContain(secret);
  });

  test("the walker keeps the titles and descriptions of values, not of the root or of objects with properties", () => {
    const shape = readContract(
      {
        title: "Payment",
        properties: {
          a: { description: "card" },
          b: { items: { title: "CVV" } },
          c: { title: "Credit card details", properties: { d: { title: "Card number" } } },
        },
      },
      "c",
    );
    expect(shape.labels).toEqual([
      { keyword: "description", text: "card", path: "c.a" },
      { keyword: "title", text: "CVV", path: "c.b[]" },
      { keyword: "title", text: "Card number", path: "c.c.d" },
    ]);
  });
});
