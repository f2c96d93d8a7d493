import type { Catalog, RiskLevel } from "../catalog/schema";
import type { InputProblem } from "../validation/input-error";
import { DEFAULT_THRESHOLDS, type Policy } from "./schema";

/**
 * The built-in catalog is a floor: a repository's policy may make the gate stricter, never more
 * lenient (DESIGN.md, "Authority never comes from the repo"). It may add data elements, scopes,
 * types, topics, terms and destinations, and raise what the catalog says; it may not lower a
 * built-in entry or loosen a built-in rule's parameter. Each breach names the policy entry.
 *
 * What "weaker" means, per entry:
 * - data element: a lower risk_level; a category other than the built-in one unless it moves into
 *   a special category (Art. 9, Art. 10, card data); encryption no longer required; a longer or
 *   no default retention where the catalog sets one; fewer data subjects; a different source API.
 * - scope: fewer data elements than the built-in scope, or a narrower reach.
 * - integration type: a less external direction, a lower third_party rating, or fewer data elements.
 * - topic: a pattern at least as specific as a built-in one that overlaps it with fewer elements
 *   (the most specific pattern wins, so it would hide the built-in elements).
 * - thresholds: block_at and warn_at may only be lowered, and Critical is the built-in top, so any
 *   value is allowed; max_token_lifetime_seconds may not exceed the built-in 86400, and
 *   large_scale_subjects_per_month may not exceed the built-in 10000.
 */

const RISK_ORDER: readonly RiskLevel[] = ["Low", "Medium", "High", "Critical"];
const SPECIAL = new Set(["special_category", "criminal_offence", "payment_card", "payment_sensitive_authentication"]);
const THIRD_PARTY_ORDER = ["no", "possibly", "yes"];
const REACH_ORDER: Record<string, number> = {
  none: 0,
  indirect: 1,
  employee: 2,
  customer: 2,
  customer_and_employee: 3,
};
const DIRECTION_ORDER: Record<string, number> = { internal: 0, inbound: 0, embedded: 1, outbound: 2 };

function missing(have: string[], want: string[]): string[] {
  const set = new Set(have);
  return want.filter((item) => !set.has(item));
}

function dataElementProblems(base: Catalog, policy: Policy, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  (policy.data_elements ?? []).forEach((entry, index) => {
    const builtIn = base.data_elements.find((element) => element.id === entry.id);
    if (!builtIn) return;
    const at = `data_elements[${index}]`;
    const problem = (field: string, expected: string) =>
      problems.push({
        file,
        location: `${at}.${field}`,
        expected: `${expected} for the built-in data element "${entry.id}" (a policy may make the gate stricter, never more lenient)`,
      });
    if (RISK_ORDER.indexOf(entry.risk_level) < RISK_ORDER.indexOf(builtIn.risk_level))
      problem("risk_level", `at least ${builtIn.risk_level}, got ${entry.risk_level},`);
    if (
      entry.regulatory_category !== builtIn.regulatory_category &&
      !(SPECIAL.has(entry.regulatory_category) && !SPECIAL.has(builtIn.regulatory_category))
    ) {
      problem(
        "regulatory_category",
        `"${builtIn.regulatory_category}" or a special category, got "${entry.regulatory_category}",`,
      );
    }
    if (builtIn.encryption_required && !entry.encryption_required) problem("encryption_required", "true");
    if (
      builtIn.default_retention_days !== null &&
      (entry.default_retention_days === null || entry.default_retention_days > builtIn.default_retention_days)
    ) {
      problem(
        "default_retention_days",
        `at most ${builtIn.default_retention_days} days, got ${entry.default_retention_days ?? "null"},`,
      );
    }
    if (entry.data_subjects !== builtIn.data_subjects && entry.data_subjects !== "customers_and_employees") {
      problem(
        "data_subjects",
        `"${builtIn.data_subjects}" or "customers_and_employees", got "${entry.data_subjects}",`,
      );
    }
    if (builtIn.source_api_endpoint && entry.source_api_endpoint !== builtIn.source_api_endpoint) {
      problem("source_api_endpoint", `"${builtIn.source_api_endpoint}", got "${entry.source_api_endpoint}",`);
    }
  });
  return problems;
}

function scopeProblems(base: Catalog, policy: Policy, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  (policy.scopes ?? []).forEach((entry, index) => {
    for (const scope of entry.scopes) {
      for (const builtIn of base.scopes.filter((candidate) => candidate.scopes.includes(scope))) {
        const lost = missing(entry.data_elements, builtIn.data_elements);
        if (lost.length > 0) {
          problems.push({
            file,
            location: `scopes[${index}].data_elements`,
            expected: `the built-in data elements of scope "${scope}" (${lost.join(", ")} missing); a policy may add data elements to a scope, never remove them`,
          });
        }
        const narrower =
          REACH_ORDER[entry.reach]! < REACH_ORDER[builtIn.reach]! ||
          (REACH_ORDER[entry.reach] === 2 && REACH_ORDER[builtIn.reach] === 2 && entry.reach !== builtIn.reach);
        if (narrower)
          problems.push({
            file,
            location: `scopes[${index}].reach`,
            expected: `"${builtIn.reach}" or wider for the built-in scope "${scope}", got "${entry.reach}"`,
          });
      }
    }
  });
  return problems;
}

function integrationTypeProblems(base: Catalog, policy: Policy, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  (policy.integration_types ?? []).forEach((entry, index) => {
    const builtIn = base.integration_types.find((type) => type.id === entry.id);
    if (!builtIn) return;
    const at = `integration_types[${index}]`;
    const suffix = `for the built-in integration type "${entry.id}" (a policy may not replace it with a less risky one)`;
    if (
      DIRECTION_ORDER[entry.direction]! < DIRECTION_ORDER[builtIn.direction]! ||
      (entry.direction !== builtIn.direction && DIRECTION_ORDER[entry.direction] === DIRECTION_ORDER[builtIn.direction])
    ) {
      problems.push({
        file,
        location: `${at}.direction`,
        expected: `"${builtIn.direction}" or "outbound", got "${entry.direction}", ${suffix}`,
      });
    }
    if (THIRD_PARTY_ORDER.indexOf(entry.third_party) < THIRD_PARTY_ORDER.indexOf(builtIn.third_party)) {
      problems.push({
        file,
        location: `${at}.third_party`,
        expected: `"${builtIn.third_party}" or higher, got "${entry.third_party}", ${suffix}`,
      });
    }
    const lost = missing(entry.data_elements_without_actions, builtIn.data_elements_without_actions);
    if (lost.length > 0)
      problems.push({
        file,
        location: `${at}.data_elements_without_actions`,
        expected: `at least ${builtIn.data_elements_without_actions.join(", ")} (${lost.join(", ")} missing) ${suffix}`,
      });
  });
  return problems;
}

/** True when some topic matches both patterns (patterns match topics by prefix). */
function overlaps(a: string[], b: string[]): boolean {
  return a.every((segment, i) => i >= b.length || segment === "{id}" || b[i] === "{id}" || b[i] === segment);
}

/** True when every topic that `specific` matches is matched by `general`. */
function covers(general: string[], specific: string[]): boolean {
  return (
    general.length <= specific.length && general.every((segment, i) => segment === "{id}" || specific[i] === segment)
  );
}

/**
 * The most specific matching pattern decides a topic's elements, so a policy topic hides each
 * built-in topic it overlaps and is at least as specific as, unless a still more specific
 * built-in topic decides all of the policy topic's topics anyway.
 */
function topicProblems(base: Catalog, policy: Policy, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const builtIns = base.topics.map((topic) => ({ ...topic, segments: topic.pattern.split(".") }));
  (policy.topics ?? []).forEach((entry, index) => {
    const pattern = entry.pattern.split(".");
    for (const builtIn of builtIns) {
      if (pattern.length < builtIn.segments.length || !overlaps(builtIn.segments, pattern)) continue;
      const decidedElsewhere = builtIns.some(
        (other) => other.segments.length > builtIn.segments.length && covers(other.segments, pattern),
      );
      if (decidedElsewhere) continue;
      const lost = missing(entry.data_elements, builtIn.data_elements);
      if (lost.length > 0) {
        problems.push({
          file,
          location: `topics[${index}].data_elements`,
          expected: `at least the data elements of the built-in topic "${builtIn.pattern}" it overrides (${lost.join(", ")} missing)`,
        });
      }
    }
  });
  return problems;
}

function thresholdProblems(policy: Policy, file: string, largeScaleFloor: number): InputProblem[] {
  const problems: InputProblem[] = [];
  const lifetime = policy.thresholds?.max_token_lifetime_seconds;
  if (lifetime !== undefined && lifetime > DEFAULT_THRESHOLDS.max_token_lifetime_seconds) {
    problems.push({
      file,
      location: "thresholds.max_token_lifetime_seconds",
      expected: `at most the built-in ${DEFAULT_THRESHOLDS.max_token_lifetime_seconds} seconds, got ${lifetime} (a policy may shorten token lifetimes, never allow longer ones)`,
    });
  }
  const largeScale = policy.large_scale_subjects_per_month;
  if (largeScale !== undefined && largeScale > largeScaleFloor) {
    problems.push({
      file,
      location: "large_scale_subjects_per_month",
      expected: `at most the built-in ${largeScaleFloor}, got ${largeScale} (a policy may treat fewer data subjects as large scale, never more)`,
    });
  }
  return problems;
}

/** Every way the policy would make the gate more lenient than the built-in catalog. */
export function policyFloorProblems(
  base: Catalog,
  policy: Policy,
  file: string,
  largeScaleFloor: number,
): InputProblem[] {
  return [
    ...dataElementProblems(base, policy, file),
    ...scopeProblems(base, policy, file),
    ...integrationTypeProblems(base, policy, file),
    ...topicProblems(base, policy, file),
    ...thresholdProblems(policy, file, largeScaleFloor),
  ];
}
