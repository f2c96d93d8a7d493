import type { Dpia } from "../dpia/schema";

/** One line per DPIA, for terminals and CI logs. */
export function summaryLine(dpia: Dpia, file?: string): string {
  const status = dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "BLOCKED " : "APPROVED";
  const where = file ? `  ${file}` : "";
  const acknowledged = dpia.findings.filter((finding) => finding.acknowledged).length;
  const exception = dpia.exception
    ? ` [exception ${dpia.exception.exception_id} until ${dpia.exception.expires_at}]`
    : "";
  return `${status} ${dpia.risk_assessment.overall_risk_score.padEnd(8)} ${dpia.dpia_id}  "${dpia.integration_name}" (${dpia.findings.length} finding${dpia.findings.length === 1 ? "" : "s"}${acknowledged ? `, ${acknowledged} acknowledged` : ""})${exception}${where}`;
}

/** What blocks a blocked DPIA (empty otherwise). */
export function blockingOf(dpia: Dpia): NonNullable<Dpia["blocking_findings"]> {
  return dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? (dpia.blocking_findings ?? []) : [];
}

/** Whether the finding is one of those that block its DPIA. */
export function isBlockingFinding(finding: Dpia["findings"][number], dpia: Dpia): boolean {
  return blockingOf(dpia).some(
    (blocking) =>
      blocking.rule_id === finding.rule_id &&
      blocking.resource === finding.resource &&
      blocking.attribute === finding.attribute &&
      blocking.message === finding.message,
  );
}

/**
 * Why it came out as it did, in one line: for a blocked DPIA every finding that blocks it (never a
 * lesser one standing in for them), else the most severe finding or the justification's first sentence.
 */
export function oneLineJustification(dpia: Dpia): string {
  const blocking = blockingOf(dpia);
  if (blocking.length > 0) return blocking.map((finding) => `${finding.rule_id}: ${finding.message}`).join("; ");
  const top = dpia.findings[0];
  return top ? `${top.rule_id}: ${top.message}` : dpia.risk_assessment.justification.split(". ")[0]!;
}

/** Each blocking rule once, with the resources it blocks on and its remediation: what to change. */
export function fixesOf(dpia: Dpia): Array<{ rule_id: string; resources: string[]; remediation: string }> {
  const byRule = new Map<string, { rule_id: string; resources: string[]; remediation: string }>();
  for (const finding of blockingOf(dpia)) {
    const fix = byRule.get(finding.rule_id) ?? {
      rule_id: finding.rule_id,
      resources: [],
      remediation: finding.remediation,
    };
    if (!fix.resources.includes(finding.resource)) fix.resources.push(finding.resource);
    byRule.set(finding.rule_id, fix);
  }
  return [...byRule.values()];
}
