import type { Dpia } from "../dpia/schema";
import * as tables from "./dpia-tables";
import { consultation } from "./dpo/consultation";
import { choices, TO_COMPLETE, type WorksheetTable } from "./dpo/fill-in";
import { outcome } from "./dpo/outcome";
import { recipientsToComplete } from "./dpo/recipients";
import { rightsMeasures } from "./dpo/rights";
import { riskTreatment } from "./dpo/risk-treatment";
import { historyCommand, versionHistory, type DpiaPageOptions } from "./dpo/versions";
import { displaySafe } from "./safe-text";

/** Text from the configuration must not become HTML when the Markdown is rendered (names, reasons, hosts). */
function t(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Inline code whose value no backtick in it can end early (the fence is longer than any run of backticks
 * in the value): inside a code span nothing is taken for HTML, so a name such as "crm`<img …>`" stays text.
 */
function code(text: string): string {
  if (!text.includes("`")) return `\`${text}\``;
  const fence = "`".repeat(Math.max(...text.match(/`+/g)!.map((run) => run.length)) + 1);
  return `${fence} ${text} ${fence}`;
}

/** One table cell: HTML escaped, pipes escaped, each line break a <br>. */
function escapeCell(text: string): string {
  // Most cells need none of it (tens of thousands per synth).
  if (!/[&<>|\n]/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => t(line).replace(/\|/g, "\\|"))
    .join("<br>");
}

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return "_None._\n";
  return (
    [
      `| ${headers.join(" | ")} |`,
      `| ${headers.map(() => "---").join(" | ")} |`,
      ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
    ].join("\n") + "\n"
  );
}

/** A worksheet table: each field to complete shown in italics, so that none is taken for an answer. */
function worksheet(sheet: WorksheetTable): string {
  return table(sheet.headers, sheet.rows).replaceAll(TO_COMPLETE, `_${TO_COMPLETE}_`);
}

function header(dpia: Dpia): string[] {
  const status =
    dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "BLOCKED FOR DEPLOYMENT" : "APPROVED FOR DEPLOYMENT";
  const risk = dpia.risk_assessment;
  return [
    `# DPIA ${dpia.dpia_id}: ${t(dpia.integration_name)}\n`,
    `**Status:** ${status}  \n**Overall risk:** ${risk.overall_risk_score} (likelihood ${risk.likelihood}, impact ${risk.impact})  \n**Generated:** ${dpia.timestamp} by ${dpia.generator.name} ${dpia.generator.version}  \n**Fingerprint:** ${code(dpia.fingerprint)}  \n**Subject:** ${code(dpia.subject.address)}${dpia.subject.construct_path ? ` (construct ${code(dpia.subject.construct_path)})` : ""} in ${t(dpia.subject.scope)}\n`,
    ...(dpia.controller
      ? [
          `**Controller:** ${t(dpia.controller.name)}${dpia.controller.dpo_contact ? ` — DPO: ${t(dpia.controller.dpo_contact)}` : ""}\n`,
        ]
      : []),
    `> ${dpia.disclaimer}\n`,
  ];
}

function decision(dpia: Dpia): string[] {
  const out = [`## Decision\n\n${t(dpia.decision.reason)} Policy: ${t(dpia.decision.policy)}.\n`];
  const blocking = tables.blocking(dpia);
  if (blocking.rows.length > 0) out.push(`### ${blocking.caption}\n`, table(blocking.headers, blocking.rows));
  if (dpia.decision.unblock) out.push(`**To unblock:** ${t(dpia.decision.unblock)}\n`);
  if (dpia.provider_findings_in)
    out.push(`The provider configuration's findings are reported in DPIA ${t(dpia.provider_findings_in)}.\n`);
  if (dpia.exception) {
    const e = dpia.exception;
    out.push(
      `### Exception ${e.exception_id}\n\n- **Reason:** ${t(e.reason)}\n- **Ticket:** ${t(e.ticket)}\n- **Requested by:** ${t(e.requester)}\n- **Approved by:** ${e.approvers.map((a) => `${t(a.name)} (${a.role}, ${a.signed_at})`).join("; ")}\n- **Valid:** ${e.not_before} to ${e.expires_at}${e.renews ? `\n- **Renews:** ${e.renews}` : ""}\n`,
    );
  }
  for (const note of dpia.exception_notes ?? []) out.push(`- Exception not applied: ${t(note)}\n`);
  return out;
}

function screening(dpia: Dpia): string[] {
  const criteria = tables.screening(dpia);
  return [`## 1. Screening (WP248 rev.01)\n\n${t(dpia.screening.reasoning)}\n`, table(criteria.headers, criteria.rows)];
}

function dataFlows(dpia: Dpia): string {
  return table(
    [
      "Source",
      "Destination",
      "Host",
      "Country",
      "Transfer",
      "Allow-list",
      "Data elements",
      "Nature",
      "Frequency",
      "Via",
    ],
    dpia.data_flows.map((f) => [
      f.source,
      f.destination,
      f.destination_host
        ? `${code(f.destination_host)}${f.destination_host_unicode ? ` (${f.destination_host_unicode})` : ""}`
        : f.destination_unresolved
          ? `unknown: ${f.destination_unresolved}`
          : "",
      ...tables.flowFacts(f),
      f.processing_nature,
      f.frequency,
      code(f.via),
    ]),
  );
}

function description(dpia: Dpia): string[] {
  return [
    `## 2. Description of the processing (Art. 35(7)(a))\n`,
    `- **Nature:** ${t(dpia.description.nature)}\n- **Scope:** ${t(dpia.description.scope)}\n- **Context:** ${t(dpia.description.context)}\n- **Purposes:** ${t(dpia.description.purposes)}\n`,
    `### Data flows\n`,
    dataFlows(dpia),
    `### Data elements\n`,
    table(
      ["Element", "Category", "fideslang data categories", "Risk", "Found by"],
      dpia.data_elements.map((e) => [
        e.name,
        e.regulatory_category,
        e.fides_data_categories.join("\n") || "none named",
        e.risk_level,
        e.found_by.map((f) => `${f.rule} on ${code(f.resource)}: ${f.evidence.join("; ")}`).join("\n"),
      ]),
    ),
  ];
}

function referencedHosts(dpia: Dpia): string[] {
  if (dpia.referenced_hosts.length === 0) return [];
  return [
    `### Hosts named in the configuration\n`,
    table(
      ["Host", "Where", "Allow-list", "Notes"],
      dpia.referenced_hosts.map((h) => [
        h.host ? `${code(h.host)}${h.host_unicode ? ` (${h.host_unicode})` : ""}` : tables.unnamedHost(h),
        `${code(h.resource)} ${h.attribute}`,
        ...tables.hostNotes(h),
      ]),
    ),
  ];
}

function necessity(dpia: Dpia): string[] {
  const np = dpia.necessity_and_proportionality;
  const transfers = tables.transfers(dpia);
  return [
    `## 3. Necessity and proportionality (Art. 35(7)(b))\n`,
    `- **Lawful basis:** ${t(np.lawful_basis)}\n- **Data minimisation:** ${t(np.data_minimisation)}\n- **Storage limitation:** ${t(np.storage_limitation)}\n- **Processors and transfers:** ${t(np.processors_and_transfers)}\n`,
    `### Transfers (Art. 44-49)\n`,
    table(transfers.headers, transfers.rows),
    ...dpia.transfer_notes.map((note) => `- ${t(note)}\n`),
    ...referencedHosts(dpia),
    ...(dpia.vendor_governance ? [vendorSection(dpia.vendor_governance)] : []),
    ...[recipientsToComplete(dpia), rightsMeasures(dpia)].flatMap((sheet) => [
      `### ${sheet.caption}\n`,
      worksheet(sheet),
    ]),
  ];
}

function risks(dpia: Dpia): string[] {
  const risks = tables.risks(dpia);
  return [
    `## 4. Risks to data subjects (Art. 35(7)(c))\n\n${t(dpia.risk_assessment.justification)}\n`,
    table(risks.headers, risks.rows),
    `### Findings\n`,
    table(
      ["Rule", "Severity", "Resource", "Attribute", "Finding"],
      dpia.findings.map((f) => [
        f.rule_id,
        f.severity,
        code(f.resource),
        f.attribute ?? "",
        f.acknowledged
          ? `${f.message} (acknowledged: ${f.acknowledged.reason} ${f.acknowledged.source}${f.acknowledged.expires_at ? `, until ${f.acknowledged.expires_at}` : ""})`
          : f.message,
      ]),
    ),
    ...(dpia.acknowledgement_notes ?? []).map((note) => `- ${t(note)}\n`),
    ...(dpia.unresolved.length > 0
      ? [
          `### Not resolved (assessed as the riskier case)\n`,
          table(
            ["Resource", "Attribute", "Value", "Why"],
            dpia.unresolved.map((u) => [code(u.resource), u.attribute, u.value, u.reason]),
          ),
        ]
      : []),
  ];
}

function measures(dpia: Dpia): string[] {
  const measures = tables.measures(dpia);
  return [
    `## 5. Measures (Art. 35(7)(d))\n`,
    table(measures.headers, measures.rows),
    `Residual risk: **${dpia.measures.residual_risk}**. ${t(dpia.measures.prior_consultation)}\n`,
    `### ${riskTreatment(dpia).caption}\n`,
    worksheet(riskTreatment(dpia)),
  ];
}

function consulted(dpia: Dpia): string[] {
  return [`## 6. Consultation (Art. 35(2), 35(9))\n`, worksheet(consultation(dpia))];
}

const DECISIONS = choices(
  "approve",
  "approve with conditions",
  "reject",
  "refer to the supervisory authority (Art. 36)",
);

function outcomes(dpia: Dpia): string[] {
  return [`## 7. Outcomes (ICO step 7)\n`, worksheet(outcome(dpia))];
}

function history(dpia: Dpia, options: DpiaPageOptions): string[] {
  return [
    `## 8. Version history\n`,
    options.history
      ? worksheet(versionHistory(options.history))
      : `Not read from the register: \`${historyCommand(dpia.dpia_id)}\` renders this page with the versions the register holds.\n`,
  ];
}

function signOff(dpia: Dpia): string[] {
  return [
    `## 9. Sign-off\n`,
    worksheet({
      caption: "Signatures",
      headers: ["Role", "Name", "Decision", "Date", "Signature"],
      rows: [
        ["Data protection officer (advice, Art. 35(2))", TO_COMPLETE, DECISIONS, TO_COMPLETE, ""],
        ["Controller (decision to proceed)", TO_COMPLETE, DECISIONS, TO_COMPLETE, ""],
      ],
    }),
    `_Method: ${dpia.risk_assessment.method}_\n`,
  ];
}

const SECTIONS = [header, decision, screening, description, necessity, risks, measures, consulted, outcomes];

/**
 * The DPIA as a Markdown document for the legal team and the DPO who completes and signs it. Same
 * content as the JSON, in reading order, with the fields to complete; control characters in its
 * values escaped, so that none breaks a table or reorders a line. The version history comes from
 * the register when the page is rendered from it.
 */
export function markdownPage(dpia: Dpia, options: DpiaPageOptions): string {
  const shown = displaySafe(dpia);
  return [
    ...SECTIONS.flatMap((section) => section(shown)),
    ...history(shown, displaySafe(options)),
    ...signOff(shown),
  ].join("\n");
}

/** The DPIA page without the register's history (what `dpia gate --out` and the aspect write). */
export const renderMarkdown = (dpia: Dpia): string => markdownPage(dpia, {});

function days(value: number | null | undefined): string {
  return value === null || value === undefined ? "not set" : `${value} days`;
}

/** Receiving vendors next to the Genesys side, and the mismatches (issue: vendor data capabilities). */
function vendorSection(section: NonNullable<Dpia["vendor_governance"]>): string {
  const out = [`### Receiving vendors: retention, deletion, DPA (Art. 5(1)(e), 17, 28)\n`, `${t(section.note)}\n`];
  if (section.flows.length > 0) {
    out.push(
      table(
        [
          "Via",
          "Host",
          "Vendor (record)",
          "Genesys keeps",
          "Vendor keeps",
          "Needed for",
          "Deletion",
          "DPA",
          "Sub-processors",
        ],
        section.flows.map((flow) => [
          code(flow.via),
          code(flow.host),
          flow.vendor
            ? `${flow.vendor} (${flow.source ?? ""}, reviewed ${flow.as_of ?? "?"})`
            : `unknown: ${flow.reason ?? flow.status.replace(/_/g, " ")}`,
          `${days(flow.genesys_retention.days)} (${flow.genesys_retention.source})`,
          flow.vendor_retention
            ? `${flow.vendor_retention.live_days} days live${flow.vendor_retention.backup_days ? ` + ${flow.vendor_retention.backup_days} in backups` : ""}`
            : "unknown",
          flow.controller_need ? `${flow.controller_need.days} days (${flow.controller_need.source})` : "not stated",
          flow.deletion ? `${flow.deletion.mode}${flow.deletion.api ? ", by API" : ", no API"}` : "unknown",
          flow.dpa ? `${flow.dpa.status.replace(/_/g, " ")}${flow.dpa.date ? ` (${flow.dpa.date})` : ""}` : "unknown",
          flow.sub_processors
            ? flow.sub_processors.map((sub) => `${sub.name} (${sub.country}, ${sub.transfer_mechanism})`).join("\n") ||
              "none"
            : "unknown",
        ]),
      ),
    );
  }
  if (section.mismatches.length > 0) {
    out.push(
      `**DATA_GOVERNANCE_MISMATCH** (${section.mismatch_handling === "warn" ? "warnings under the policy" : "each blocks"}):\n`,
    );
    out.push(
      table(
        ["Rule", "Severity", "Via", "Mismatch"],
        section.mismatches.map((m) => [m.rule_id, m.severity, code(m.via), m.message]),
      ),
    );
  }
  return out.join("\n");
}
