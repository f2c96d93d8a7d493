import type { Dpia } from "../../dpia/schema";
import * as tables from "../dpia-tables";
import { consultation } from "../dpo/consultation";
import { choices, TO_COMPLETE, type WorksheetTable } from "../dpo/fill-in";
import { outcome } from "../dpo/outcome";
import { recipientsToComplete } from "../dpo/recipients";
import { rightsMeasures } from "../dpo/rights";
import { riskTreatment } from "../dpo/risk-treatment";
import { historyCommand, versionHistory, type DpiaPageOptions } from "../dpo/versions";
import { displaySafe } from "../safe-text";

/** Every value from the DPIA is text: escaped exactly once, where it enters the page. */
function e(text: string | number): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Long addresses and hosts may break after a dot, underscore, slash or hyphen; short ones stay whole. */
function breakable(text: string): string {
  return text.length <= 24 ? e(text) : e(text).replace(/([._/-])/g, "$1<wbr>");
}

/** A cell of already-safe HTML, or of text (escaped). */
type Cell = string | { html: string };
const code = (text: string): Cell => ({ html: `<code>${breakable(text)}</code>` });
const cell = (value: Cell) => (typeof value === "string" ? e(value) : value.html);

function table(caption: string, headers: string[], rows: Cell[][], classes: Record<number, string> = {}): string {
  if (rows.length === 0) return `<p class="none">${e(caption)}: none.</p>`;
  const th = headers.map((header, i) => `<th${classes[i] ? ` class="${classes[i]}"` : ""}>${e(header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((value, i) => `<td${classes[i] ? ` class="${classes[i]}"` : ""}>${cell(value)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table><caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A worksheet table: a field to complete is a line to write on, never text that reads as an answer. */
function worksheet(sheet: WorksheetTable, classes: Record<number, string> = {}): string {
  const fill = `<span class="fill" title="to complete"></span>`;
  const rows = sheet.rows.map((row) =>
    row.map((value): Cell => ({ html: e(value).replaceAll(TO_COMPLETE, fill).replace(/\n/g, "<br>") })),
  );
  return table(sheet.caption, sheet.headers, rows, classes);
}

function definitions(entries: Array<[string, Cell]>): string {
  return `<dl>${entries.map(([term, value]) => `<dt>${e(term)}</dt><dd>${cell(value)}</dd>`).join("")}</dl>`;
}

const list = (items: string[]) =>
  items.length === 0 ? "" : `<ul>${items.map((item) => `<li>${e(item)}</li>`).join("")}</ul>`;

function statusOf(dpia: Dpia): { label: string; className: string } {
  if (dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT")
    return { label: "Blocked for deployment", className: "blocked" };
  if (dpia.exception) return { label: "Approved by exception", className: "exception" };
  return { label: "Approved for deployment", className: "approved" };
}

function signature(role: string, hint: string): string {
  const line = (label: string) =>
    `<div class="field"><span class="label">${e(label)}</span><span class="line"></span></div>`;
  return `<div class="signer"><h3>${e(role)}</h3><p class="hint">${e(hint)}</p>${line("Name")}${line("Role")}<div class="field"><span class="label">Decision</span><span class="choices">${e(choices("Approve", "Approve with conditions", "Reject", "Refer to the supervisory authority (Art. 36)"))}</span></div>${line("Date")}${line("Signature")}</div>`;
}

function header(dpia: Dpia): string[] {
  const status = statusOf(dpia);
  const risk = dpia.risk_assessment;
  return [
    `<header><h1>DPIA ${e(dpia.dpia_id)}: ${e(dpia.integration_name)}</h1>`,
    `<p class="badges"><span class="badge ${status.className}">${e(status.label)}</span> <span class="badge risk-${risk.overall_risk_score.toLowerCase()}">Overall risk ${e(risk.overall_risk_score)}</span> <span class="muted">likelihood ${e(risk.likelihood)}, impact ${e(risk.impact)}</span></p>`,
    definitions([
      [
        "Subject",
        {
          html: `<code>${e(dpia.subject.address)}</code>${dpia.subject.construct_path ? ` (construct <code>${e(dpia.subject.construct_path)}</code>)` : ""} in ${e(dpia.subject.scope)}`,
        },
      ],
      ...(dpia.controller
        ? [
            [
              "Controller",
              `${dpia.controller.name}${dpia.controller.dpo_contact ? `, DPO: ${dpia.controller.dpo_contact}` : ""}`,
            ] as [string, Cell],
          ]
        : []),
      [
        "Generated",
        `${dpia.timestamp} by ${dpia.generator.name} ${dpia.generator.version} (catalog ${dpia.generator.catalog_version})`,
      ],
      ["Fingerprint", code(dpia.fingerprint)],
    ]),
    `</header>`,
    `<p class="disclaimer">${e(dpia.disclaimer)}</p>`,
  ];
}

function decision(dpia: Dpia): string[] {
  const out = [`<section><h2>Decision</h2><p>${e(dpia.decision.reason)} Policy: ${e(dpia.decision.policy)}.</p>`];
  const blocking = tables.blocking(dpia);
  if (blocking.rows.length > 0) out.push(table(blocking.caption, blocking.headers, blocking.rows));
  if (dpia.decision.unblock)
    out.push(`<p class="unblock"><strong>To unblock:</strong> ${e(dpia.decision.unblock)}</p>`);
  if (dpia.exception) {
    const x = dpia.exception;
    out.push(
      `<h3>Exception ${e(x.exception_id)}</h3>`,
      definitions([
        ["Reason", x.reason],
        ["Ticket", x.ticket],
        ["Requested by", x.requester],
        ["Approved by", x.approvers.map((a) => `${a.name} (${a.role}, ${a.signed_at})`).join("; ")],
        ["Valid", `${x.not_before} to ${x.expires_at}`],
        ...(x.renews ? [["Renews", x.renews] as [string, Cell]] : []),
      ]),
    );
  }
  out.push(list((dpia.exception_notes ?? []).map((note) => `Exception not applied: ${note}`)), `</section>`);
  return out;
}

function screening(dpia: Dpia): string[] {
  const criteria = tables.screening(dpia);
  return [
    `<section><h2>1. Screening (WP248 rev.01)</h2><p>${e(dpia.screening.reasoning)}</p>`,
    table("WP248 criteria", criteria.headers, criteria.rows, { 0: "id" }),
    `</section>`,
  ];
}

function dataFlows(dpia: Dpia): string {
  return table(
    "Data flows",
    ["Destination", "Host", "Country", "Transfer", "Allow-list", "Data elements", "Nature, frequency", "Via"],
    dpia.data_flows.map((f) => [
      `${f.destination}${f.vendor && f.vendor !== f.destination ? ` (${f.vendor})` : ""}`,
      f.destination_host
        ? {
            html: `<code>${breakable(f.destination_host)}</code>${f.destination_host_unicode ? ` (${e(f.destination_host_unicode)})` : ""}`,
          }
        : f.destination_unresolved
          ? `unknown: ${f.destination_unresolved}`
          : "",
      ...tables.flowFacts(f),
      `${f.processing_nature}, ${f.frequency}`,
      code(f.via),
    ]),
    { 1: "wrap", 7: "wrap" },
  );
}

function description(dpia: Dpia): string[] {
  return [
    `<section><h2>2. Description of the processing (Art. 35(7)(a))</h2>`,
    definitions([
      ["Nature", dpia.description.nature],
      ["Scope", dpia.description.scope],
      ["Context", dpia.description.context],
      ["Purposes", dpia.description.purposes],
    ]),
    dataFlows(dpia),
    table(
      "Data elements",
      ["Element", "Category", "fideslang data categories", "Risk", "Found by"],
      dpia.data_elements.map((d) => [
        d.name,
        d.regulatory_category.replace(/_/g, " "),
        d.fides_data_categories.length > 0
          ? { html: d.fides_data_categories.map((key) => `<code>${e(key)}</code>`).join("<br>") }
          : "none named",
        d.risk_level,
        {
          html: d.found_by
            .map((f) => `${e(f.rule)} on <code>${breakable(f.resource)}</code>: ${e(f.evidence.join("; "))}`)
            .join("<br>"),
        },
      ]),
      { 4: "wrap" },
    ),
    `</section>`,
  ];
}

function referencedHosts(dpia: Dpia): string[] {
  if (dpia.referenced_hosts.length === 0) return [];
  return [
    table(
      "Hosts named in the configuration",
      ["Host", "Where", "Allow-list", "Notes"],
      dpia.referenced_hosts.map((h) => [
        h.host
          ? { html: `<code>${breakable(h.host)}</code>${h.host_unicode ? ` (${e(h.host_unicode)})` : ""}` }
          : tables.unnamedHost(h),
        { html: `<code>${breakable(h.resource)}</code> ${e(h.attribute)}` },
        ...tables.hostNotes(h),
      ]),
      { 0: "wrap", 1: "wrap" },
    ),
  ];
}

function necessity(dpia: Dpia): string[] {
  const np = dpia.necessity_and_proportionality;
  const transfers = tables.transfers(dpia);
  return [
    `<section><h2>3. Necessity and proportionality (Art. 35(7)(b))</h2>`,
    definitions([
      ["Lawful basis", np.lawful_basis],
      ["Data minimisation", np.data_minimisation],
      ["Storage limitation", np.storage_limitation],
      ["Processors and transfers", np.processors_and_transfers],
    ]),
    table("Transfers (Art. 44-49)", transfers.headers, transfers.rows),
    list(dpia.transfer_notes),
    ...referencedHosts(dpia),
    worksheet(recipientsToComplete(dpia), { 1: "wrap" }),
    worksheet(rightsMeasures(dpia)),
    `</section>`,
  ];
}

function findings(dpia: Dpia): string {
  return table(
    "Findings",
    ["Rule", "Severity", "Resource", "Finding"],
    dpia.findings.map((f) => [
      f.rule_id,
      f.severity,
      { html: `<code>${breakable(f.resource)}</code>${f.attribute ? ` ${e(f.attribute)}` : ""}` },
      f.acknowledged
        ? {
            html: `${e(f.message)}<br><span class="ack">Acknowledged: ${e(f.acknowledged.reason)} (${e(f.acknowledged.source)}${f.acknowledged.expires_at ? `, until ${e(f.acknowledged.expires_at)}` : ""})</span>`,
          }
        : f.message,
    ]),
    { 0: "id", 2: "wrap" },
  );
}

function risks(dpia: Dpia): string[] {
  const risks = tables.risks(dpia);
  return [
    `<section><h2>4. Risks to data subjects (Art. 35(7)(c))</h2><p>${e(dpia.risk_assessment.justification)}</p>`,
    table("Risks", risks.headers, risks.rows, { 0: "id", 1: "wrap" }),
    findings(dpia),
    list(dpia.acknowledgement_notes ?? []),
    ...(dpia.unresolved.length > 0
      ? [
          table(
            "Not resolved (assessed as the riskier case)",
            ["Resource", "Attribute", "Value", "Why"],
            dpia.unresolved.map((u) => [code(u.resource), u.attribute, code(u.value), u.reason]),
            { 0: "wrap", 2: "wrap" },
          ),
        ]
      : []),
    `</section>`,
  ];
}

function measures(dpia: Dpia): string[] {
  const measures = tables.measures(dpia);
  return [
    `<section><h2>5. Measures (Art. 35(7)(d))</h2>`,
    table("Measures", measures.headers, measures.rows, { 0: "id" }),
    `<p>Residual risk: <strong>${e(dpia.measures.residual_risk)}</strong>. ${e(dpia.measures.prior_consultation)}</p>`,
    worksheet(riskTreatment(dpia), { 0: "id", 1: "wrap" }),
    `</section>`,
  ];
}

function consulted(dpia: Dpia): string[] {
  return [`<section><h2>6. Consultation (Art. 35(2), 35(9))</h2>`, worksheet(consultation(dpia)), `</section>`];
}

function outcomes(dpia: Dpia): string[] {
  return [`<section><h2>7. Outcomes (ICO step 7)</h2>`, worksheet(outcome(dpia)), `</section>`];
}

function history(dpia: Dpia, options: DpiaPageOptions): string[] {
  return [
    `<section><h2>8. Version history</h2>`,
    options.history
      ? worksheet(versionHistory(options.history), { 5: "id" })
      : `<p class="none">Not read from the register: <code>${e(historyCommand(dpia.dpia_id))}</code> renders this page with the versions the register holds.</p>`,
    `</section>`,
  ];
}

function signOff(dpia: Dpia): string[] {
  return [
    `<section class="sign-off"><h2>9. Sign-off</h2>`,
    `<div class="signers">${signature("Data protection officer", "Advice on this DPIA (GDPR Art. 35(2))")}${signature("Controller", "Decision to proceed with the processing")}</div>`,
    `<p class="muted">Conditions or comments:</p><div class="comments"></div>`,
    `</section>`,
    `<footer><p class="muted">Method: ${e(dpia.risk_assessment.method)}</p></footer>`,
  ];
}

const SECTIONS = [header, decision, screening, description, necessity, risks, measures, consulted, outcomes];

/** Printable on A4 as it is shown: the DPO signs the page itself. */
const STYLE = `@page{size:A4;margin:14mm 12mm}
*{box-sizing:border-box}
body{font-family:system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:10.5pt;line-height:1.4;color:#1b1b1b;max-width:62rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.45rem;margin:0 0 .4rem}h2{font-size:1.1rem;margin:1.1rem 0 .4rem;border-bottom:1px solid #ccc;padding-bottom:.15rem}h3{font-size:.95rem;margin:.6rem 0 .3rem}
header{border-bottom:4px solid #555;padding-bottom:.4rem;margin-bottom:.6rem}
.badges{margin:.2rem 0 .5rem}.badge{display:inline-block;padding:.15rem .55rem;border-radius:.3rem;font-weight:700;font-size:.85rem;border:1px solid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge.blocked{background:#b00020;border-color:#b00020;color:#fff}.badge.approved{background:#1b7f3b;border-color:#1b7f3b;color:#fff}.badge.exception{background:#a35c00;border-color:#a35c00;color:#fff}
.badge.risk-critical{color:#b00020}.badge.risk-high{color:#a35c00}.badge.risk-medium{color:#555}.badge.risk-low{color:#1b7f3b}
.muted{color:#555;font-size:.85em}.disclaimer{border-left:4px solid #999;padding:.2rem .8rem;color:#444;font-size:.9em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.3rem 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem;font-size:.8rem}caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid #bbb;padding:.2rem .35rem;text-align:left;vertical-align:top}th{background:#f0f0f0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
td.wrap,td code{overflow-wrap:break-word}td.id{white-space:nowrap}code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;background:#f5f5f5;padding:0 .15em}
.ack{color:#1b5e7f}.none{color:#555;font-style:italic}ul{margin:.2rem 0 .6rem;padding-left:1.2rem}
.signers{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.signer{border:1px solid #888;padding:.5rem .7rem}.signer h3{margin-top:0}.hint{margin:0 0 .4rem;color:#555;font-size:.9em}
.field{display:flex;align-items:flex-end;gap:.5rem;margin:.55rem 0}.label{width:5.5rem;font-weight:600}.line{flex:1;border-bottom:1px solid #333;height:1.4rem}.choices{flex:1}
.comments{border:1px solid #888;height:4.5rem}
.fill{display:inline-block;min-width:9rem;min-height:1.1rem;border-bottom:1px solid #333;vertical-align:bottom}
@media print{body{margin:0;max-width:none;padding:0;font-size:8pt;line-height:1.3}table{font-size:7pt}h1{font-size:1.3rem}h2{font-size:1rem;margin:.7rem 0 .3rem}h2,h3,caption{break-after:avoid}tr,.signer,dl{break-inside:avoid}.sign-off{break-inside:avoid}a{color:inherit}}
`;

/**
 * A self-contained, printable HTML page of the DPIA, for the DPO to complete and sign as it is; with
 * the register's version history when it is rendered from the register.
 */
export function htmlPage(unescaped: Dpia, options: DpiaPageOptions): string {
  // Control and bidi characters in values are shown as escapes, never obeyed by the page.
  const dpia = displaySafe(unescaped);
  const body = [
    ...SECTIONS.flatMap((section) => section(dpia)),
    ...history(dpia, displaySafe(options)),
    ...signOff(dpia),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>DPIA ${e(dpia.dpia_id)}: ${e(dpia.integration_name)}</title>
<style>
${STYLE}</style></head><body>
${body.filter(Boolean).join("\n")}
</body></html>
`;
}

/** The DPIA page without the register's history (what `dpia gate --out` writes). */
export const renderHtml = (dpia: Dpia): string => htmlPage(dpia, {});
