import * as fs from "node:fs";
import * as path from "node:path";
import { FUZZ_POLICY, terraformJsonConfig, type Random } from "../harness";
import { stableJson } from "./authority-fixture";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, mutateJson, timed, type OracleKind } from "./kind";

/**
 * The policy keys the README documents as able to lower a DPIA's risk or lift a block: the
 * thresholds (back up to the built-in Critical), the allow-list of destinations, declared masking,
 * the org's region and the controller's country (the transfer regime), declared volumes and the
 * large-scale threshold, and vendor records. Every other key can only make the gate stricter
 * (src/policy/policy-floors.ts) or is not about risk at all.
 */
const RELAXING_KEYS = [
  "thresholds",
  "destinations",
  "masking",
  "org_region",
  "controller",
  "volumes",
  "large_scale_subjects_per_month",
  "vendors",
] as const;

/** A base the fuzzer starts from: the configuration, its policy, and why the base is blocked (or not). */
export interface PolicyBase {
  name: string;
  config: unknown;
  policy: Record<string, unknown>;
  /** `critical`: blocked by a Critical finding no policy may relax; `relaxable`: blocked only by what RELAXING_KEYS may change. */
  blocked: "critical" | "relaxable" | false;
}

export const POLICY_BASES: PolicyBase[] = [
  {
    // Card number and CVV sent to an unlisted host: GC-FLW-1 Critical, which no policy relaxes.
    name: "card data out (Critical)",
    config: terraformJsonConfig(true),
    policy: {
      ...FUZZ_POLICY,
      thresholds: { block_at: "Critical", warn_at: "High" },
      masking: [
        { target: "genesyscloud_integration_action.other", description: "Redacts the card number before it leaves" },
      ],
      acknowledgements: [
        {
          address: "genesyscloud_integration.crm",
          rule_id: "GC-CTR-1",
          reason: "The contract review is booked for next quarter with legal",
          expires: "2099-12-31",
        },
      ],
    },
    blocked: "critical",
  },
  {
    // A phone look-up at an allowed host, blocked at High because the allow-list is empty.
    name: "unlisted destination at block_at High",
    config: terraformJsonConfig(false),
    policy: { version: 1, thresholds: { block_at: "High", warn_at: "Medium" }, destinations: [] },
    blocked: "relaxable",
  },
  { name: "approved", config: terraformJsonConfig(false), policy: FUZZ_POLICY, blocked: false },
];

/** Top-level keys whose values differ (a key added, removed or changed). */
function changedKeys(base: Record<string, unknown>, mutated: unknown): string[] {
  if (mutated === null || typeof mutated !== "object" || Array.isArray(mutated)) return ["(the whole document)"];
  const keys = new Set([...Object.keys(base), ...Object.keys(mutated)]);
  return [...keys].filter((key) => stableJson(base[key]) !== stableJson((mutated as Record<string, unknown>)[key]));
}

/**
 * The oracle: from a blocked base, exit 0 only through a change to a relaxing key, and never from
 * a base blocked by a Critical finding that no policy may relax. A policy that does not parse is
 * exit 2.
 */
function judgePolicyCase(base: PolicyBase, text: string, exitCode: number): string | undefined {
  let mutated: unknown;
  try {
    mutated = JSON.parse(text);
  } catch {
    return exitCode === 2 ? undefined : `a policy that is not JSON gave exit ${exitCode}, expected 2`;
  }
  if (exitCode !== 0 || base.blocked === false) return undefined;
  if (base.blocked === "critical")
    return `approved a configuration blocked by a Critical finding no policy may relax (changed: ${changedKeys(base.policy, mutated).join(", ")})`;
  const changed = changedKeys(base.policy, mutated);
  if (!changed.some((key) => (RELAXING_KEYS as readonly string[]).includes(key)))
    return `approved a blocked configuration through ${changed.join(", ") || "no change"}, none of them a relaxing key`;
  return undefined;
}

const HOST = "collector.example.net";

/** Attempts to relax a block through each key of the policy, in shapes the schema accepts. */
const RELAX_ATTEMPTS: Array<[string, Record<string, unknown>]> = [
  ["card number re-rated Low", { data_elements: [cardElement("payment_card_pan", "Low")] }],
  ["CVV re-rated Low", { data_elements: [cardElement("payment_card_sad", "Low")] }],
  [
    "a Low element claiming the card fields",
    { data_elements: [{ ...cardElement("order_reference", "Low"), fields: ["cardNumber", "cvv"] }] },
  ],
  ["lexicon entry for the card fields", { lexicon: [{ kind: "order_reference", terms: ["card number", "cvv"] }] }],
  ["lexicon entry for a built-in kind", { lexicon: [{ kind: "card_pan", terms: ["card"], not_after: ["number"] }] }],
  [
    "destination allowed",
    { destinations: [{ host: HOST, vendor: "Collector Ltd", country: "DE", purposes: ["Payments"] }] },
  ],
  [
    "wildcard destination",
    { destinations: [{ host: "*.example.net", vendor: "Collector Ltd", country: "DE", purposes: ["Payments"] }] },
  ],
  ["block_at Critical, warn_at Critical", { thresholds: { block_at: "Critical", warn_at: "Critical" } }],
  ["block_at above Critical", { thresholds: { block_at: "Extreme" } }],
  ["block_at in lower case", { thresholds: { block_at: "critical" } }],
  ["no thresholds", { thresholds: {} }],
  [
    "acknowledge the Critical finding",
    { acknowledgements: [ack("genesyscloud_integration_action.lookup", "GC-FLW-1")] },
  ],
  [
    "acknowledge every finding",
    {
      acknowledgements: ["GC-FLW-1", "GC-ACT-1", "GC-DST-1", "GC-TRF-2"].map((id) =>
        ack("genesyscloud_integration_action.lookup", id),
      ),
    },
  ],
  [
    "masking declared for the action",
    {
      masking: [
        { target: "genesyscloud_integration_action.lookup", description: "A redaction step removes card data" },
      ],
    },
  ],
  ["masking declared by name", { masking: [{ target: "Lookup", description: "A redaction step removes card data" }] }],
  ["integration type re-rated", { integration_types: [{ id: "custom-rest-actions", name: "x", risk_level: "Low" }] }],
  ["org region elsewhere", { org_region: "us-east-1" }],
  ["controller in the US", { controller: { name: "Shop Inc.", country: "US" } }],
  ["scan limit", { scan: { max_sample_bytes: 1024 } }],
  ["exception window", { exceptions: { max_window_hours: 72 } }],
  ["volumes declared", { volumes: [{ target: "genesyscloud_integration_action.lookup", subjects_per_month: 1 }] }],
  ["large scale raised", { large_scale_subjects_per_month: 1_000_000 }],
];

function cardElement(id: string, risk: string) {
  return {
    id,
    name: "Card",
    source_api_endpoint: "",
    fields: ["cardNumber"],
    regulatory_category: "personal_data",
    risk_level: risk,
    default_retention_days: 0,
    encryption_required: false,
    data_subjects: "customers",
  };
}

function ack(address: string, rule: string) {
  return { address, rule_id: rule, reason: "Accepted by the DPO for the campaign window only", expires: "2099-12-31" };
}

function mutatePolicy(base: PolicyBase, rng: Random): { mutation: string; text: string } {
  const text = JSON.stringify(base.policy, null, 2);
  switch (rng.int(4)) {
    case 0: {
      const [name, change] = rng.pick(RELAX_ATTEMPTS);
      return { mutation: `relax: ${name}`, text: JSON.stringify({ ...base.policy, ...change }, null, 2) };
    }
    case 1: {
      const at = rng.int(text.length);
      return rng.int(2) === 0
        ? { mutation: "truncation", text: text.slice(0, at) }
        : {
            mutation: "byte flip",
            text: text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << rng.int(7))) + text.slice(at + 1),
          };
    }
    default: {
      const { mutation, document } = mutateJson(base.policy, rng);
      return { mutation, text: JSON.stringify(document, null, 2) };
    }
  }
}

/** The policy, mutated from a blocked base (Critical or relaxable) and an approved one, through `dpia gate`. */
export async function policyKind(root: string): Promise<OracleKind> {
  const bases = POLICY_BASES.map((base, index) => {
    const dir = path.join(root, `base-${index}`);
    fs.mkdirSync(path.join(dir, "config"), { recursive: true });
    fs.writeFileSync(path.join(dir, "config", "main.tf.json"), JSON.stringify(base.config, null, 2));
    return { base, dir };
  });
  for (const { base, dir } of bases) {
    const outcome = await gate(dir, JSON.stringify(base.policy));
    const expected = base.blocked ? 1 : 0;
    if (outcome.exitCode !== expected)
      throw new Error(`policy base "${base.name}" gives exit ${outcome.exitCode}, not ${expected}: ${outcome.stderr}`);
  }
  let n = 0;
  const evaluate = async (text: string, name: string, mutation = "given") => {
    const { base, dir } = bases.find((candidate) => candidate.base.name === name)!;
    const { outcome, ms } = await timed(() => gate(dir, text));
    const failure = contractFailure(outcome, ms) ?? judgePolicyCase(base, text, outcome.exitCode);
    return {
      kind: "policy" as const,
      base: name,
      mutation: `${base.name} / ${mutation}`,
      exitCode: outcome.exitCode,
      ms,
      input: text,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "policy",
    runCase: async (rng) => {
      const { base } = bases[n++ % bases.length]!;
      const { mutation, text } = mutatePolicy(base, rng);
      return evaluate(text, base.name, mutation);
    },
    evaluate,
  };
}

async function gate(dir: string, policyText: string) {
  const policy = path.join(dir, "policy.json");
  fs.writeFileSync(policy, policyText);
  const register = path.join(dir, "register", "register.db");
  fs.rmSync(path.dirname(register), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(register), { recursive: true });
  return dpiaInProcess([
    "gate",
    path.join(dir, "config"),
    "--policy",
    policy,
    "--register",
    register,
    "--format",
    "json",
  ]);
}
