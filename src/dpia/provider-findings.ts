import type { AssessmentSubject } from "../flows/model";
import type { Inventory } from "../inventory/model";
import type { Finding, Rule } from "../rules/rule";
import { inStableOrder } from "../rules/run-rules";

export interface AssessedSubject {
  subject: AssessmentSubject;
  findings: Finding[];
  /** The provider configuration's subject, where this subject's provider findings are reported. */
  providerSubject?: AssessmentSubject;
}

/** The provider's own subject: the one for its configuration, or for "no provider block" when there is none. */
function providerSubjectFor(
  subject: AssessmentSubject,
  providerSubjects: AssessmentSubject[],
  inventory: Inventory,
): AssessmentSubject | undefined {
  return (
    providerSubjects.find((candidate) => candidate.provider === subject.provider) ??
    (subject.provider
      ? undefined
      : providerSubjects.find((candidate) => !inventory.providers.includes(candidate.provider!)))
  );
}

const place = (finding: Finding) =>
  [finding.rule_id, finding.resource, finding.attribute ?? "", finding.message].join("\u0000");

/**
 * A provider finding (sdk_debug, a literal secret, an unknown region, a provider newer than the
 * catalog) is about the provider block, not about each integration deployed with it: it is reported
 * once, in the DPIA of the provider configuration, and every other DPIA deployed with that provider
 * names that DPIA instead of repeating it. A provider finding with no provider DPIA to go to stays
 * where it was found (never dropped).
 */
export function withProviderFindingsInProviderDpias(
  assessed: AssessedSubject[],
  rules: readonly Rule[],
  inventory: Inventory,
): AssessedSubject[] {
  const providerRuleIds = new Set<string>(rules.filter((rule) => rule.target === "provider").map((rule) => rule.id));
  const providerSubjects = assessed
    .map(({ subject }) => subject)
    .filter((subject) => subject.assessedFrom === "provider");
  const moved = new Map<AssessmentSubject, Map<string, Finding>>();
  const rest = assessed.map((entry) => {
    if (entry.subject.assessedFrom === "provider") return entry;
    const providerSubject = providerSubjectFor(entry.subject, providerSubjects, inventory);
    const fromProvider = entry.findings.filter((finding) => providerRuleIds.has(finding.rule_id));
    if (!providerSubject || fromProvider.length === 0) return entry;
    const gathered = moved.get(providerSubject) ?? new Map<string, Finding>();
    for (const finding of fromProvider) gathered.set(place(finding), finding);
    moved.set(providerSubject, gathered);
    const findings = entry.findings.filter((finding) => !providerRuleIds.has(finding.rule_id));
    return { ...entry, findings, providerSubject };
  });
  return rest.map((entry) => {
    const gathered = moved.get(entry.subject);
    if (!gathered) return entry;
    const own = new Map(entry.findings.map((finding) => [place(finding), finding]));
    for (const [key, finding] of gathered) own.set(key, finding);
    return { ...entry, findings: inStableOrder([...own.values()]) };
  });
}
