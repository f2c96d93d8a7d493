import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { levelIndex } from "../../src/assess/risk-scale";
import type { Policy } from "../../src/policy/schema";
import { assess, ref, terraformJson } from "../helpers/assess-config";

const FIELDS = [
  "firstName",
  "email",
  "phoneNumber",
  "customerId",
  "notes",
  "dateOfBirth",
  "cardNumber",
  "cvv",
  "iban",
  "diagnosis",
  "religion",
  "status",
  "segment",
];
const URLS = [
  "https://crm.example.eu/v1/records",
  "https://api.vendor.example.com/x/$${input.customerId}",
  "http://tickets.example.org/t",
  "/api/v2/users/$${input.customerId}",
];
const TEMPLATES = [undefined, "$${input.rawRequest}", '{"id": "$${input.customerId}"}'];
/** The forms a contract takes when the gate cannot evaluate it. */
const UNRESOLVED = [
  "$${local.contract}",
  "$${TfToken[TOKEN.42]}",
  '{"type":"object","properties":"${merge(...)}"}',
  "$${file(...)}",
  "$${var.pci ? local.a : local.b}",
  "$${jsonencode({ for k in var.f : k => {} })}",
  JSON.stringify({ $ref: "https://schemas.example.eu/customer.json" }),
];

interface Action {
  inputs: string[];
  outputs: string[];
  closed: boolean;
  url: string;
  method: "GET" | "POST";
  template: string | undefined;
  secure: boolean;
  internal: boolean;
}

const actionArb: fc.Arbitrary<Action> = fc.record({
  inputs: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 3 }),
  outputs: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 3 }),
  closed: fc.boolean(),
  url: fc.constantFrom(...URLS),
  method: fc.constantFrom("GET" as const, "POST" as const),
  template: fc.constantFrom(...TEMPLATES),
  secure: fc.boolean(),
  internal: fc.boolean(),
});

const schema = (fields: string[], closed: boolean) =>
  JSON.stringify({
    type: "object",
    properties: Object.fromEntries(fields.map((field) => [field, { type: "string" }])),
    ...(closed ? { additionalProperties: false } : {}),
  });

function configOf(
  actions: Action[],
  replace?: { index: number; key: "contract_input" | "contract_output"; with: string },
) {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {
    genesyscloud_integration: {
      crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } },
      org: { integration_type: "purecloud-data-actions", config: { name: "Org" } },
    },
    genesyscloud_integration_action: {},
  };
  actions.forEach((action, index) => {
    const body: Record<string, unknown> = {
      name: `Action ${index}`,
      category: "CRM",
      integration_id: ref(action.internal ? "genesyscloud_integration.org" : "genesyscloud_integration.crm"),
      secure: action.secure,
      contract_input: schema(action.inputs, action.closed),
      contract_output: schema(action.outputs, true),
      config_request: {
        request_type: action.method,
        request_url_template: action.url,
        ...(action.template ? { request_template: action.template } : {}),
      },
    };
    if (replace?.index === index) body[replace.key] = replace.with;
    resources.genesyscloud_integration_action![`a${index}`] = body;
  });
  return terraformJson(resources);
}

const policy: Policy = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["test"] }],
};
const risks = (config: unknown) =>
  assess(config, policy).dpias.map((dpia) => levelIndex(dpia.risk_assessment.overall_risk_score));

describe("an unresolved contract never lowers the risk (property-based)", () => {
  test("replacing any contract of any action by one the gate cannot evaluate", () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.constantFrom("contract_input" as const, "contract_output" as const),
        fc.constantFrom(...UNRESOLVED),
        (actions, pick, key, unresolved) => {
          const index = pick % actions.length;
          const before = risks(configOf(actions));
          const after = risks(configOf(actions, { index, key, with: unresolved }));
          expect(after.length).toBe(before.length);
          after.forEach((level, i) => expect(level).toBeGreaterThanOrEqual(before[i]!));
        },
      ),
      { numRuns: 400 },
    );
  }, 300_000);

  test("found by the property: card output of an action inside the org, replaced by a local, is still rated as card data", () => {
    const internal: Action = {
      inputs: [],
      outputs: [],
      closed: false,
      url: "/api/v2/users/$${input.customerId}",
      method: "GET",
      template: undefined,
      secure: false,
      internal: true,
    };
    const actions = [
      internal,
      { ...internal, url: "http://tickets.example.org/t" },
      { ...internal, outputs: ["cardNumber"] },
    ];
    const before = risks(configOf(actions));
    const after = risks(configOf(actions, { index: 2, key: "contract_output", with: "$${local.contract}" }));
    after.forEach((level, i) => expect(level).toBeGreaterThanOrEqual(before[i]!));
  });
});
