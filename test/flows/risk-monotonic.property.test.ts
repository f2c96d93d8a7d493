import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { levelIndex } from "../../src/assess/risk-scale";
import type { Policy } from "../../src/policy/schema";
import { assess, ref, terraformJson } from "../helpers/assess-config";

/** A thousand full assessments per property: minutes, not seconds, on a loaded two-core machine. */
const PROPERTY_RUNS = 180_000;

const FIELDS = [
  "firstName",
  "email",
  "phoneNumber",
  "customerId",
  "orderNumber",
  "notes",
  "postcode",
  "dateOfBirth",
  "cardNumber",
  "status",
  "diagnosis",
  "segment",
];
const HOSTS = [
  "crm.example.eu",
  "api.vendor.example.com",
  "eu1.my.salesforce.com",
  "hooks.zapier.com",
  "tickets.example.org",
];
const COUNTRIES = ["DE", "US", "GB", "IN", "CA", "CH"];
const MECHANISMS = [undefined, "dpf", "scc", "adequacy", "derogation"] as const;

interface Action {
  fields: string[];
  host: string;
  scheme: "https" | "http";
  secure: boolean;
}

const actionArb: fc.Arbitrary<Action> = fc.record({
  fields: fc.uniqueArray(fc.constantFrom(...FIELDS), { minLength: 0, maxLength: 4 }),
  host: fc.constantFrom(...HOSTS),
  scheme: fc.constantFrom("https" as const, "http" as const),
  secure: fc.boolean(),
});

const policyArb: fc.Arbitrary<Policy> = fc
  .uniqueArray(
    fc.record({
      host: fc.constantFrom(...HOSTS),
      country: fc.constantFrom(...COUNTRIES),
      mechanism: fc.constantFrom(...MECHANISMS),
    }),
    { selector: (entry) => entry.host, maxLength: 4 },
  )
  .map((entries) => ({
    version: 1 as const,
    destinations: entries.map((entry) => ({
      host: entry.host,
      vendor: `Vendor of ${entry.host}`,
      country: entry.country,
      purposes: ["test"],
      ...(entry.mechanism ? { transfer_mechanism: entry.mechanism } : {}),
      ...(entry.mechanism === "derogation" ? { derogation: "Art. 49(1)(b)" } : {}),
    })),
  }));

function configOf(actions: Action[], hostOverride?: (index: number) => string | undefined) {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {
    genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
    genesyscloud_integration_action: {},
  };
  actions.forEach((action, index) => {
    const host = hostOverride?.(index) ?? action.host;
    resources.genesyscloud_integration_action![`a${index}`] = {
      name: `Action ${index}`,
      category: "CRM",
      integration_id: ref("genesyscloud_integration.crm"),
      secure: action.secure,
      contract_input: JSON.stringify({
        type: "object",
        properties: Object.fromEntries(action.fields.map((field) => [field, { type: "string" }])),
      }),
      contract_output: JSON.stringify({ type: "object", properties: {} }),
      config_request: { request_type: "POST", request_url_template: `${action.scheme}://${host}/v1/records` },
    };
  });
  return terraformJson(resources);
}

const overall = (config: unknown, policy: Policy) =>
  levelIndex(assess(config, policy).dpias[0]!.risk_assessment.overall_risk_score);

describe("overall risk never goes down when the configuration gets worse (property-based)", () => {
  const base = fc.tuple(fc.array(actionArb, { minLength: 1, maxLength: 3 }), policyArb);

  test(
    "adding an action to an unapproved destination",
    () => {
      fc.assert(
        fc.property(base, fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 4 }), ([actions, policy], fields) => {
          const added: Action = { fields, host: "unreviewed.example.net", scheme: "https", secure: true };
          expect(overall(configOf([...actions, added]), policy)).toBeGreaterThanOrEqual(
            overall(configOf(actions), policy),
          );
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_RUNS,
  );

  test(
    "replacing https by http",
    () => {
      fc.assert(
        fc.property(base, fc.nat(), ([actions, policy], pick) => {
          const index = pick % actions.length;
          const worse = actions.map((action, i) => (i === index ? { ...action, scheme: "http" as const } : action));
          expect(overall(configOf(worse), policy)).toBeGreaterThanOrEqual(overall(configOf(actions), policy));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_RUNS,
  );

  test(
    "replacing a known host by an unresolved token",
    () => {
      fc.assert(
        fc.property(
          base,
          fc.nat(),
          fc.constantFrom("${var.crm_host}", "${input.tenant}.example.com", "${TfToken[TOKEN.7]}"),
          ([actions, policy], pick, token) => {
            const index = pick % actions.length;
            const worse = configOf(actions, (i) => (i === index ? token : undefined));
            expect(overall(worse, policy)).toBeGreaterThanOrEqual(overall(configOf(actions), policy));
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_RUNS,
  );
});
