import type { RiskLevel } from "../../catalog/schema";
import type { Dpia } from "../../dpia/schema";
import { atLeast } from "../../assess/risk-scale";
import { fixesOf, isBlockingFinding, oneLineJustification, summaryLine } from "../summary";
import { summaryOf, type GateReport } from "../gate-report";
import { displaySafe } from "../safe-text";

/** How the text report marks words: colour on a terminal, nothing elsewhere. */
export interface TextStyle {
  blocked(text: string): string;
  approved(text: string): string;
  risk(level: RiskLevel, text: string): string;
  dim(text: string): string;
}

export interface TextOptions {
  /** Only what blocks: the blocked DPIAs with their reasons, and failed artifact checks. */
  quiet?: boolean;
  /** One line per DPIA (a blocked one with its reason) and the total; no finding lists. */
  compact?: boolean;
  style?: TextStyle;
}

const PLAIN: TextStyle = {
  blocked: (text) => text,
  approved: (text) => text,
  risk: (_level, text) => text,
  dim: (text) => text,
};

/** The summary line with its status word and risk level styled; the words themselves never change. */
function styledLine(dpia: Dpia, style: TextStyle): string {
  const line = summaryLine(dpia);
  const blocked = dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT";
  const status = line.slice(0, 8);
  const risk = dpia.risk_assessment.overall_risk_score;
  return `${blocked ? style.blocked(status) : style.approved(status)} ${style.risk(risk, risk.padEnd(8))}${line.slice(8 + 1 + 8)}`;
}

/** The findings of a DPIA at or above `threshold`, each with where it is, then the exceptions that were not applied. */
function findingLines(dpia: Dpia, style: TextStyle, threshold: RiskLevel): string[] {
  const lines: string[] = [];
  for (const finding of dpia.findings.filter((f) => atLeast(f.severity, threshold))) {
    const resource = dpia.resources.find((r) => r.address === finding.resource);
    // A file without a line (a plan) would hide which resource it is: the address says it.
    const where =
      resource?.file && resource.line
        ? `${resource.file}:${resource.line}`
        : (finding.construct_path ?? finding.resource);
    const acknowledged = finding.acknowledged ? style.dim(` (acknowledged: ${finding.acknowledged.reason})`) : "";
    lines.push(
      `  ${finding.rule_id} ${style.risk(finding.severity, finding.severity.padEnd(8))} ${where}${finding.attribute ? ` ${finding.attribute}` : ""}: ${finding.message}${acknowledged}`,
    );
  }
  for (const note of dpia.exception_notes ?? []) lines.push(`  exception not applied: ${note}`);
  return lines;
}

/** An approved DPIA at or above warn_at (High by default): approved, but its findings are for someone to review. */
function isWarned(dpia: Dpia): boolean {
  return (
    dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT" &&
    atLeast(dpia.risk_assessment.overall_risk_score, dpia.decision.warn_at)
  );
}

function warnedSection(dpia: Dpia, style: TextStyle): string[] {
  const risk = dpia.risk_assessment.overall_risk_score;
  const why = dpia.exception
    ? `approved under exception ${dpia.exception.exception_id} until ${dpia.exception.expires_at}`
    : `approved below block_at ${dpia.decision.block_at}; review these findings:`;
  return [
    `${style.approved("APPROVED")} "${dpia.integration_name}" (${dpia.subject.address}, ${dpia.subject.scope}): ${style.risk(risk, risk)} risk, ${why}`,
    ...findingLines(dpia, style, dpia.decision.warn_at),
  ];
}

/**
 * The totals, and what people otherwise count by hand: warnings (findings at or above warn_at that
 * neither block nor are acknowledged: SARIF level "warning"), acknowledged findings, input warnings.
 */
function summaryText(report: GateReport): string {
  const summary = summaryOf(report);
  const findings = report.dpias.flatMap((dpia) => dpia.findings.map((finding) => ({ dpia, finding })));
  const warnings = findings.filter(
    ({ dpia, finding }) =>
      !finding.acknowledged && atLeast(finding.severity, dpia.decision.warn_at) && !isBlockingFinding(finding, dpia),
  ).length;
  const acknowledged = findings.filter(({ finding }) => finding.acknowledged).length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(summary.dpias, "DPIA")}: ${summary.approved} approved, ${summary.blocked} blocked${summary.artifact_findings ? `, ${summary.artifact_findings} artifact finding(s)` : ""}; ${plural(warnings, "warning")}, ${acknowledged} acknowledged${report.warnings.length ? `, ${plural(report.warnings.length, "input warning")}` : ""}.`;
}

/** What would unblock a blocked DPIA: each blocking rule's remediation, then the way past the block. */
function unblockLines(dpia: Dpia): string[] {
  const fixes = fixesOf(dpia).map((fix) => `    ${fix.rule_id} (${fix.resources.join(", ")}): ${fix.remediation}`);
  return ["  to unblock:", ...fixes, ...(dpia.decision.unblock ? [`    ${dpia.decision.unblock}`] : [])];
}

/**
 * Concise: one line per DPIA, then what blocks and why. Values are shown with their control
 * characters escaped (a name cannot recolour, move the cursor or forge a line); only the style
 * writes escape sequences.
 */
export function renderText(unescaped: GateReport, options: TextOptions = {}): string {
  const report = displaySafe(unescaped);
  const style = options.style ?? PLAIN;
  const blocked = report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const lines: string[] = [];
  const reason = (dpia: Dpia) => `${dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(dpia)}`;
  if (options.compact) {
    for (const dpia of options.quiet ? blocked : report.dpias)
      lines.push(
        dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT"
          ? `${styledLine(dpia, style)}: ${reason(dpia)}`
          : styledLine(dpia, style),
      );
    for (const finding of report.artifactFindings)
      lines.push(`${style.blocked("BLOCKED")} ${finding.rule_id}: ${finding.message}`);
  } else {
    if (!options.quiet) lines.push(...report.dpias.map((dpia) => styledLine(dpia, style)));
    for (const dpia of blocked) {
      if (lines.length > 0) lines.push("");
      lines.push(
        `${style.blocked("BLOCKED")} "${dpia.integration_name}" (${dpia.subject.address}, ${dpia.subject.scope}): ${reason(dpia)}`,
        ...findingLines(dpia, style, "High"),
        ...unblockLines(dpia),
      );
    }
    for (const finding of report.artifactFindings)
      lines.push(
        ...(lines.length > 0 ? [""] : []),
        `${style.blocked("BLOCKED")} ${finding.rule_id}: ${finding.message}`,
      );
    if (!options.quiet) for (const dpia of report.dpias.filter(isWarned)) lines.push("", ...warnedSection(dpia, style));
  }
  if (!options.quiet) {
    for (const dpia of report.dpias)
      for (const note of dpia.acknowledgement_notes ?? []) lines.push(`note: ${dpia.dpia_id}: ${note}`);
    for (const warning of report.warnings) lines.push(`warning: ${warning}`);
    if (!options.compact) lines.push("");
    lines.push(summaryText(report));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
