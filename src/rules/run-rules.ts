import type { Finding, Rule, RuleContext } from "./rule";
import { ALL_RULES } from "./registry";

const SEVERITY_ORDER = { Critical: 0, High: 1, Medium: 2, Low: 3 } as const;

/** Runs each rule on what it applies to in one subject; findings come back in a stable order. */
export function runRules(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = [];
  const stamp = (rule: Rule, resource: string) => (violation: { message: string; attribute?: string }) =>
    findings.push({ rule_id: rule.id, severity: rule.severity, message: violation.message, resource, ...(violation.attribute ? { attribute: violation.attribute } : {}) });
  for (const rule of rules) {
    if (rule.target === "resource") {
      for (const member of context.subject.members) {
        if (rule.resourceTypes.includes(member.type)) rule.check(member, context).forEach(stamp(rule, member.address));
      }
    } else if (rule.target === "provider") {
      rule.check(context.subject.provider, context).forEach(stamp(rule, "provider.genesyscloud"));
    } else if (rule.target === "flow") {
      for (const flow of context.subject.flows) rule.check(flow, context).forEach(stamp(rule, flow.via));
    } else {
      for (const violation of rule.check(context)) stamp(rule, violation.resource)(violation);
    }
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule_id.localeCompare(b.rule_id) ||
      a.resource.localeCompare(b.resource) ||
      a.message.localeCompare(b.message),
  );
}
