import { providerAddress } from "../inventory/provider-address";
import type { Finding, Rule, RuleContext, Violation } from "./rule";
import { ALL_RULES } from "./registry";
import { compareText } from "../text-order";

const SEVERITY_ORDER = { Critical: 0, High: 1, Medium: 2, Low: 3 } as const;

/**
 * A rule that throws could not tell whether its condition holds, so it counts as violated (fail
 * closed). Only the error's class is printed: its message may quote configuration values.
 */
function failedCheck(rule: Rule, error: unknown): Violation {
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    message: `${rule.name} could not complete its check (${kind}), so it is reported as not met; the configuration cannot be shown to comply`,
  };
}

/** Runs one rule's check; a throw becomes that rule's finding and the other rules still run. */
function checked<T extends Violation>(rule: Rule, check: () => T[]): Violation[] {
  try {
    return check();
  } catch (error) {
    return [failedCheck(rule, error)];
  }
}

/**
 * One finding per rule, resource and attribute: a rule that meets the same attribute through several
 * flows (one per recipient, one per missing setting) says so once, its distinct messages joined, so a
 * DPIA never lists the same problem twice and a SARIF result is one place to fix.
 */
function oneFindingPerPlace(findings: Finding[]): Finding[] {
  const byPlace = new Map<string, { finding: Finding; messages: Set<string> }>();
  for (const finding of findings) {
    const place = [finding.rule_id, finding.resource, finding.attribute ?? ""].join("\u0000");
    const seen = byPlace.get(place);
    if (seen) seen.messages.add(finding.message);
    else byPlace.set(place, { finding, messages: new Set([finding.message]) });
  }
  return [...byPlace.values()].map(({ finding, messages }) => ({
    ...finding,
    message: [...messages].sort().join("; "),
  }));
}

/** Runs each rule on what it applies to in one subject; findings come back in a stable order. */
export function runRules(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = [];
  const stamp = (rule: Rule, resource: string) => (violation: { message: string; attribute?: string }) =>
    findings.push({
      rule_id: rule.id,
      severity: rule.severity,
      message: violation.message,
      resource,
      ...(violation.attribute ? { attribute: violation.attribute } : {}),
    });
  for (const rule of rules) {
    if (rule.target === "resource") {
      for (const member of context.subject.members) {
        // includes, not hasType(member, ...types): this runs for every rule and member, and the spread allocates each time.
        if ((rule.resourceTypes as readonly string[]).includes(member.type))
          checked(rule, () => rule.check(member, context)).forEach(stamp(rule, member.address));
      }
    } else if (rule.target === "provider") {
      checked(rule, () => rule.check(context.subject.provider, context)).forEach(
        stamp(rule, providerAddress(context.subject.provider)),
      );
    } else if (rule.target === "flow") {
      for (const flow of context.subject.flows)
        checked(rule, () => rule.check(flow, context)).forEach(stamp(rule, flow.via));
    } else {
      let violations: Array<Violation & { resource: string }>;
      try {
        violations = rule.check(context);
      } catch (error) {
        violations = [{ ...failedCheck(rule, error), resource: context.subject.primary.address }];
      }
      for (const violation of violations) stamp(rule, violation.resource)(violation);
    }
  }
  return inStableOrder(oneFindingPerPlace(findings));
}

/** Most severe first, then by rule, resource and message: the order every DPIA lists its findings in. */
export function inStableOrder(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.rule_id, b.rule_id) ||
      compareText(a.resource, b.resource) ||
      compareText(a.message, b.message),
  );
}
