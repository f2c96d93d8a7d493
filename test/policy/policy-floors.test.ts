import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import { InputError } from "../../src/validation/input-error";
import { dpiaFor, terraformJson, webServiceAction } from "../helpers/assess-config";
import { runDpia } from "../helpers/run-cli";

const root = path.join(__dirname, "..", "..");
const base = builtInCatalog();
const element = (id: string) => ({ ...base.data_elements.find((candidate) => candidate.id === id)! });
const type = (id: string) => ({ ...base.integration_types.find((candidate) => candidate.id === id)! });
const scope = (name: string) => ({
  ...base.scopes.find((candidate) => candidate.scopes.includes(name))!,
  scopes: [name],
});

function refusal(policy: Omit<Policy, "version">): string {
  try {
    applyPolicy({ version: 1, ...policy }, "dpia.policy.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected the policy to be refused");
}

describe("a policy may not make the gate more lenient than the built-in catalog", () => {
  test.each<[string, Omit<Policy, "version">, string]>([
    [
      "a lower risk for card numbers",
      { data_elements: [{ ...element("payment_card_pan"), risk_level: "Low" }] },
      "data_elements[0].risk_level: at least Critical, got Low,",
    ],
    [
      "health data re-filed as ordinary personal data",
      { data_elements: [{ ...element("health_data"), regulatory_category: "personal_data" }] },
      'data_elements[0].regulatory_category: "special_category" or a special category',
    ],
    [
      "card data moved out of PCI scope",
      {
        data_elements: [
          { ...element("payment_card_sad"), regulatory_category: "personal_data", risk_level: "Critical" },
        ],
      },
      "data_elements[0].regulatory_category",
    ],
    [
      "encryption no longer required",
      { data_elements: [{ ...element("call_recording_audio"), encryption_required: false }] },
      "data_elements[0].encryption_required: true",
    ],
    [
      "card numbers kept for a year",
      { data_elements: [{ ...element("payment_card_pan"), default_retention_days: 365 }] },
      "data_elements[0].default_retention_days: at most 0 days, got 365",
    ],
    [
      "recordings kept without a limit",
      { data_elements: [{ ...element("call_recording_audio"), default_retention_days: null }] },
      "at most 90 days, got null",
    ],
    [
      "customer data re-labelled as employee data",
      { data_elements: [{ ...element("contact_pii"), data_subjects: "employees" }] },
      "data_elements[0].data_subjects",
    ],
    [
      "a recording endpoint no longer recognised",
      { data_elements: [{ ...element("call_recording_audio"), source_api_endpoint: "" }] },
      "data_elements[0].source_api_endpoint",
    ],
    [
      "a scope that no longer reaches recordings",
      { scopes: [{ ...scope("recordings"), data_elements: [] }] },
      'scopes[0].data_elements: the built-in data elements of scope "recordings"',
    ],
    [
      "a scope re-classified to reach nobody",
      { scopes: [{ ...scope("recordings"), reach: "none" }] },
      "scopes[0].reach",
    ],
    [
      "web services actions declared internal",
      { integration_types: [{ ...type("custom-rest-actions"), direction: "internal", third_party: "no" }] },
      "integration_types[0].direction",
    ],
    [
      "web services actions declared not a third party",
      { integration_types: [{ ...type("custom-rest-actions"), third_party: "no" }] },
      "integration_types[0].third_party",
    ],
    [
      "a type that no longer carries participant data",
      { integration_types: [{ ...type("custom-rest-actions"), data_elements_without_actions: [] }] },
      "integration_types[0].data_elements_without_actions",
    ],
    [
      "a more specific topic that hides a built-in one",
      { topics: [{ pattern: "v2.conversations.{id}.transcription.extra", data_elements: [] }] },
      "topics[0].data_elements: at least the data elements of the built-in topic",
    ],
    [
      "tokens that live a week",
      { thresholds: { max_token_lifetime_seconds: 604_800 } },
      "thresholds.max_token_lifetime_seconds: at most the built-in 86400 seconds",
    ],
    [
      "large scale only from a million people",
      { large_scale_subjects_per_month: 1_000_000 },
      "large_scale_subjects_per_month: at most the built-in 10000",
    ],
  ])("%s is refused, naming the entry", (_what, policy, expected) => {
    const message = refusal(policy);
    expect(message).toContain("dpia.policy.json: ");
    expect(message).toContain(expected);
  });

  test("every breach of one policy is named, not only the first", () => {
    const message = refusal({
      data_elements: [{ ...element("payment_card_pan"), risk_level: "Low", encryption_required: false }],
      thresholds: { max_token_lifetime_seconds: 999_999 },
    });
    expect(message.split("\n").filter((line) => line.includes("dpia.policy.json:"))).toHaveLength(3);
  });
});

describe("a policy may make the gate stricter", () => {
  test.each<[string, Omit<Policy, "version">]>([
    ["a higher risk for contact details", { data_elements: [{ ...element("contact_pii"), risk_level: "Critical" }] }],
    [
      "an identifier moved into a special category",
      { data_elements: [{ ...element("person_identifier"), regulatory_category: "special_category" }] },
    ],
    ["a shorter retention", { data_elements: [{ ...element("call_recording_audio"), default_retention_days: 30 }] }],
    [
      "a new data element",
      {
        data_elements: [
          { ...element("contact_pii"), id: "loyalty_tier", risk_level: "Low", encryption_required: false },
        ],
      },
    ],
    [
      "more data elements for a scope",
      { scopes: [{ ...scope("recordings"), data_elements: [...scope("recordings").data_elements, "contact_pii"] }] },
    ],
    ["a wider reach", { scopes: [{ ...scope("recordings"), reach: "customer_and_employee" }] }],
    [
      "a type declared outbound and third party",
      { integration_types: [{ ...type("purecloud-data-actions"), direction: "outbound", third_party: "yes" }] },
    ],
    ["a new integration type", { integration_types: [{ ...type("custom-rest-actions"), id: "acme-connector" }] }],
    [
      "a topic with more elements",
      {
        topics: [{ pattern: "v2.conversations.{id}.transcription", data_elements: ["transcript_text", "contact_pii"] }],
      },
    ],
    ["block at High", { thresholds: { block_at: "High", warn_at: "Medium", max_token_lifetime_seconds: 3600 } }],
    ["block at Low", { thresholds: { block_at: "Low" } }],
    ["large scale from a thousand people", { large_scale_subjects_per_month: 1000 }],
    ["more lexicon terms", { lexicon: [{ kind: "card_pan", terms: ["numero tessera"] }] }],
  ])("%s is accepted", (_what, policy) => {
    expect(() => applyPolicy({ version: 1, ...policy }, "dpia.policy.json")).not.toThrow();
  });

  test("policy terms add to the built-in ones; they cannot switch a built-in term off", () => {
    const config = terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
      }),
    );
    const policy: Policy = {
      version: 1,
      lexicon: [
        { kind: "card_pan", terms: ["card number"], not_after: ["card"], not_before: ["number"] },
        { kind: "free_text", terms: ["card number"] },
      ],
    };
    const elements = dpiaFor(config, "genesyscloud_integration_action.lookup", policy).data_flows.flatMap(
      (flow) => flow.data_elements,
    );
    expect(elements).toContain("payment_card_pan");
  });
});

describe("the CLI", () => {
  test("a weakening policy is exit 2 and names the entry, never an approval", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-floors-"));
    const file = path.join(dir, "dpia.policy.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        data_elements: [{ ...element("payment_card_pan"), risk_level: "Low", regulatory_category: "personal_data" }],
      }),
    );
    const result = runDpia(["gate", path.join(root, "test", "fixtures", "three-forms", "plan.json"), "--policy", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("data_elements[0].risk_level: at least Critical, got Low");
    expect(result.stderr).toContain("data_elements[0].regulatory_category");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});

describe("topics: the most specific pattern decides", () => {
  test("a policy topic narrower than a general built-in one, but with a more specific built-in between, is judged against that one", () => {
    expect(() =>
      applyPolicy(
        {
          version: 1,
          topics: [{ pattern: "v2.conversations.{id}.transcription.{id}", data_elements: ["transcript_text"] }],
        },
        "p.json",
      ),
    ).not.toThrow();
  });
  test("a wildcard that reaches past the more specific built-in topic still needs the general one's elements", () => {
    expect(
      refusal({ topics: [{ pattern: "v2.conversations.{id}.{id}", data_elements: ["transcript_text"] }] }),
    ).toContain('built-in topic "v2.conversations"');
  });
});
