import type { WorksheetTable } from "./fill-in";

/** One recorded assessment of a DPIA, as the register holds it: the rows of its version history. */
export interface DpiaVersion {
  record: number;
  assessed_at: string;
  compliance_status: string;
  overall_risk_score: string;
  fingerprint: string;
  exception_id?: string;
}

function change(version: DpiaVersion, previous: DpiaVersion | undefined): string {
  if (!previous) return "first assessment";
  const parts = [
    version.fingerprint === previous.fingerprint ? "same configuration" : "configuration changed",
    ...(version.compliance_status === previous.compliance_status
      ? []
      : [`${previous.compliance_status.replace(/_/g, " ")} to ${version.compliance_status.replace(/_/g, " ")}`]),
    ...(version.overall_risk_score === previous.overall_risk_score
      ? []
      : [`risk ${previous.overall_risk_score} to ${version.overall_risk_score}`]),
    ...(version.exception_id && version.exception_id !== previous.exception_id
      ? [`approved by exception ${version.exception_id}`]
      : []),
  ];
  return parts.join("; ");
}

/** The DPIA's versions, oldest first, each with what changed since the one before. */
export function versionHistory(versions: readonly DpiaVersion[]): WorksheetTable {
  return {
    caption: "Version history (from the register)",
    headers: ["Version", "Record", "Assessed", "Status", "Risk", "Fingerprint", "Change"],
    rows: versions.map((version, index) => [
      String(index + 1),
      String(version.record),
      version.assessed_at,
      `${version.compliance_status.replace(/_/g, " ")}${version.exception_id ? ` (exception ${version.exception_id})` : ""}`,
      version.overall_risk_score,
      `${version.fingerprint.slice(0, 19)}\u2026`,
      change(version, versions[index - 1]),
    ]),
  };
}

/** The command that renders a DPIA's page with its history, said on a page rendered without the register. */
export const historyCommand = (dpiaId: string) => `dpia register page ${dpiaId}`;

/** What a page can be given besides the DPIA: its versions, when it is rendered from the register. */
export interface DpiaPageOptions {
  history?: readonly DpiaVersion[];
}
