import { describe, expect, test } from "vitest";
import { kindsOfField } from "../../src/classify/field-names";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { policyElementsInFlowVariables } from "../../src/classify/resources/flow-variable-elements";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { FIXED_NOW, assess, dpiaFor, terraformJson, webServiceAction } from "../helpers/assess-config";

type PolicyElement = NonNullable<Policy["data_elements"]>[number];

const loyalty = (overrides: Partial<PolicyElement> = {}): PolicyElement => ({
  id: "loyalty_profile",
  name: "Loyalty programme tier",
  source_api_endpoint: "",
  fields: ["loyaltyTier"],
  regulatory_category: "personal_data",
  risk_level: "Critical",
  default_retention_days: 730,
  encryption_required: true,
  data_subjects: "customers",
  ...overrides,
});
const policyWith = (...elements: PolicyElement[]): Policy => ({ version: 1, data_elements: elements });
const lexicon = (policy: Policy) => applyPolicy(policy).catalog.lexicon;
const action = (properties: Record<string, unknown>) =>
  terraformJson(
    webServiceAction({
      contract_input: JSON.stringify({ type: "object", properties }),
      contract_output: JSON.stringify({ type: "object", properties: {} }),
      config_request: { request_type: "GET", request_url_template: "https://crm.example.eu/customers" },
    }),
  );
const elementsOf = (config: unknown, policy: Policy) =>
  dpiaFor(config, "genesyscloud_integration_action.lookup", policy).data_flows.flatMap((flow) => flow.data_elements);

describe("a policy's data elements classify field names by their fields, folded as the lexicon folds", () => {
  test.each([
    "loyaltyTier",
    "loyalty_tier",
    "LOYALTY-TIER",
    "Loyalty Tier",
    "customerLoyaltyTier",
    "kundenloyaltytier",
    "lоyaltyTier" /* a Cyrillic о */,
    "ｌｏｙａｌｔｙＴｉｅｒ" /* full-width */,
  ])("%s is the policy's loyalty_profile", (name) => {
    expect(kindsOfField(name, lexicon(policyWith(loyalty())))).toContain("element:loyalty_profile");
  });
  test.each(["loyalty", "tier", "royaltyTier", "loyaltyPoints"])("%s is not", (name) => {
    expect(kindsOfField(name, lexicon(policyWith(loyalty())))).not.toContain("element:loyalty_profile");
  });
  test("a contract field names the element in the DPIA, with the policy's risk", () => {
    const dpia = dpiaFor(
      action({ loyalty_tier: { type: "string" } }),
      "genesyscloud_integration_action.lookup",
      policyWith(loyalty()),
    );
    expect(dpia.data_flows.flatMap((flow) => flow.data_elements)).toContain("loyalty_profile");
    const element = dpia.data_elements.find((entry) => entry.id === "loyalty_profile")!;
    expect(element.risk_level).toBe("Critical");
    expect(element.found_by[0]!.rule).toBe("CLS-POLICY-ELEMENT");
    expect(element.found_by[0]!.evidence.join(" ")).toContain("contract_input.loyalty_tier");
  });
  test("a policy lexicon entry whose kind is the element adds its terms and translations", () => {
    const policy: Policy = {
      ...policyWith(loyalty()),
      lexicon: [{ kind: "loyalty_profile", terms: ["member status"], translations: { de: ["Treuestufe"] } }],
    };
    expect(elementsOf(action({ Treuestufe: { type: "string" } }), policy)).toContain("loyalty_profile");
    expect(elementsOf(action({ memberStatus: { type: "string" } }), policy)).toContain("loyalty_profile");
  });
  test("a built-in element replaced with its own fields decides as before; a field it adds is the element", () => {
    const builtIn = applyPolicy(undefined).catalog.data_elements.find((entry) => entry.id === "contact_pii")!;
    const same = policyWith({ ...builtIn, risk_level: "High" });
    expect(elementsOf(action({ firstName: { type: "string" } }), same)).toEqual(["person_identifier"]);
    const added = policyWith({ ...builtIn, fields: [...builtIn.fields, "loyaltyNumber"] });
    expect(elementsOf(action({ loyaltyNumber: { type: "string" } }), added)).toContain("contact_pii");
  });
  test("the fields of a JSON sample name the element (the values are left to the content scanners)", () => {
    const config = action({ memberId: { type: "string" } });
    const inventoryPolicy = policyWith(loyalty());
    const result = assess(config, inventoryPolicy);
    expect(result.dpias.flatMap((dpia) => dpia.data_flows.flatMap((flow) => flow.data_elements))).not.toContain(
      "loyalty_profile",
    );
    const effective = applyPolicy(inventoryPolicy);
    effective.samples.push({
      target: "genesyscloud_integration_action.lookup",
      source: "response.json",
      content: JSON.stringify({ member: { id: "m-1", LoyaltyTier: "Gold" } }),
    });
    const withSample = assessInventory(readTerraformJson(config, { scope: "test", origin: "test" }), {
      policy: effective,
      now: FIXED_NOW,
    });
    const element = withSample.dpias
      .flatMap((dpia) => dpia.data_elements)
      .find((entry) => entry.id === "loyalty_profile")!;
    expect(element.found_by[0]!.evidence.join(" ")).toContain("sample response.json $.member.LoyaltyTier");
  });
  test("Architect flow variables name the element", () => {
    const flow = `inboundCall:\n  name: Loyalty\n  tasks:\n    - task:\n        actions:\n          - updateData:\n              statements:\n                - string:\n                    variable: Flow.LoyaltyTier\n                    value:\n                      exp: Task.memberId\n`;
    const found = policyElementsInFlowVariables(flow, applyPolicy(policyWith(loyalty())).catalog);
    expect(found).toEqual([
      { element: "loyalty_profile", rule: "CLS-POLICY-ELEMENT", evidence: ["flow variable Flow.LoyaltyTier"] },
    ]);
    expect(policyElementsInFlowVariables(flow, applyPolicy(undefined).catalog)).toEqual([]);
  });
});

describe("CLS-POLICY-ELEMENT-UNMATCHED: an element that matches nothing in a configuration with fields is a warning", () => {
  test("a misspelt field is seen", () => {
    const warnings = assess(
      action({ loyalty_tier: { type: "string" } }),
      policyWith(loyalty({ fields: ["loyaltyTeir"] })),
    ).warnings;
    expect(warnings).toEqual([
      "CLS-POLICY-ELEMENT-UNMATCHED: the policy's data element \"loyalty_profile\" matches nothing in test (fields: loyaltyTeir); check their spelling against the configuration's field names",
    ]);
  });
  test("no warning when it matches", () => {
    expect(assess(action({ loyalty_tier: { type: "string" } }), policyWith(loyalty())).warnings).toBeUndefined();
  });
  test("no warning in a configuration without fields", () => {
    const config = terraformJson({ genesyscloud_routing_queue: { q: { name: "Support" } } });
    expect(assess(config, policyWith(loyalty())).warnings).toBeUndefined();
  });
  test("no warning for an element declared without fields", () => {
    expect(assess(action({ x: { type: "string" } }), policyWith(loyalty({ fields: [] }))).warnings).toBeUndefined();
  });
});
