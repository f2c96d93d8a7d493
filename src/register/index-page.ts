import { htmlText, markdownCell } from "./page-text";
import type { RegisteredDpia } from "./current-dpias";

/** The auditor's index of current DPIAs, their approvals and exceptions, as Markdown or HTML. */
interface IndexRow {
  dpia_id: string;
  name: string;
  status: string;
  risk: string;
  assessed: string;
  record: string;
  fingerprint: string;
  exceptions: string;
}

function rowsOf(dpias: RegisteredDpia[]): IndexRow[] {
  return dpias.map(({ dpia, seq, assessed_at, exceptions, uses }) => ({
    dpia_id: dpia.dpia_id,
    name: dpia.integration_name,
    status: dpia.exception
      ? `${dpia.compliance_status} (exception ${dpia.exception.exception_id} until ${dpia.exception.expires_at})`
      : dpia.compliance_status,
    risk: dpia.risk_assessment.overall_risk_score,
    assessed: assessed_at,
    record: String(seq),
    fingerprint: `${dpia.fingerprint.slice(0, 19)}…`,
    exceptions:
      exceptions
        .map(
          (exception) =>
            `${exception.exception_id}: ${exception.signatures.map((signature) => `${signature.approver_id} ${signature.signed_at}`).join(", ") || "unsigned"}; window ${exception.not_before} to ${exception.not_after}; used ${uses.filter((use) => use.exception_id === exception.exception_id && use.event === "applied").length}×`,
        )
        .join(" / ") || "none",
  }));
}

const HEADERS: Array<[keyof IndexRow, string]> = [
  ["dpia_id", "DPIA"],
  ["name", "Integration or client"],
  ["status", "Status"],
  ["risk", "Risk"],
  ["assessed", "Last assessed"],
  ["record", "Record"],
  ["fingerprint", "Fingerprint"],
  ["exceptions", "Exceptions (approvals, window, uses)"],
];

export function indexMarkdown(dpias: RegisteredDpia[], register: string, size: number): string {
  const rows = rowsOf(dpias);
  return [
    "# DPIA register",
    "",
    `${rows.length} current DPIAs in ${markdownCell(register)} (${size} records). Each record can be proven with \`dpia register proof <DPIA>\`.`,
    "",
    `| ${HEADERS.map(([, title]) => title).join(" | ")} |`,
    `| ${HEADERS.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${HEADERS.map(([key]) => markdownCell(row[key])).join(" | ")} |`),
    "",
  ].join("\n");
}

export function indexHtml(dpias: RegisteredDpia[], register: string, size: number): string {
  const rows = rowsOf(dpias);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>DPIA register</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f3f3f3}</style>
</head><body>
<h1>DPIA register</h1>
<p>${rows.length} current DPIAs in ${htmlText(register)} (${size} records).</p>
<table><thead><tr>${HEADERS.map(([, title]) => `<th>${htmlText(title)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((row) => `<tr>${HEADERS.map(([key]) => `<td>${htmlText(row[key])}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>
</body></html>
`;
}
