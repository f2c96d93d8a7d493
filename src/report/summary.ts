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

/** The first sentence of the justification: why it came out as it did. */
export function oneLineJustification(dpia: Dpia): string {
  const top = dpia.findings[0];
  return top ? `${top.rule_id}: ${top.message}` : dpia.risk_assessment.justification.split(". ")[0]!;
}
