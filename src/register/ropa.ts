import { escapeControlCharacters } from "../report/safe-text";
import { markdownCell } from "./page-text";
import type { RegisteredDpia } from "./current-dpias";

/** One row of the controller's record of processing activities (GDPR Art. 30(1)), per DPIA. */
export interface RopaEntry {
  processing_activity: string;
  dpia_id: string;
  controller: string;
  dpo_contact: string;
  purposes: string;
  data_subject_categories: string;
  personal_data_categories: string;
  recipients: string;
  transfers: string;
  retention: string;
  security_measures: string;
  status: string;
  assessed_at: string;
}

const list = (values: Array<string | undefined>) =>
  [...new Set(values.filter((value): value is string => !!value && value.trim() !== ""))].join("; ");

export function ropaEntries(dpias: RegisteredDpia[]): RopaEntry[] {
  return dpias.map(({ dpia, assessed_at }) => ({
    processing_activity: dpia.integration_name,
    dpia_id: dpia.dpia_id,
    controller: dpia.controller?.name ?? "not declared (policy controller.name)",
    dpo_contact: dpia.controller?.dpo_contact ?? "not declared (policy controller.dpo_contact)",
    purposes: dpia.description.purposes,
    data_subject_categories: list(dpia.data_elements.map((element) => element.data_subjects)) || "none identified",
    personal_data_categories:
      list(dpia.data_elements.map((element) => `${element.name} (${element.regulatory_category})`)) ||
      "none identified",
    recipients:
      list(
        dpia.data_flows
          .filter((flow) => flow.destination_kind !== "genesys_org")
          .map(
            (flow) => `${flow.vendor ?? flow.destination}${flow.destination_host ? ` (${flow.destination_host})` : ""}`,
          ),
      ) || "none outside the Genesys Cloud org",
    transfers:
      list(
        dpia.transfers
          .filter((transfer) => transfer.status !== "not_a_transfer")
          .map(
            (transfer) =>
              `${transfer.recipient} → ${transfer.destination_country ?? "unknown"}: ${transfer.mechanism} (${transfer.status})`,
          ),
      ) || "none",
    retention: dpia.necessity_and_proportionality.storage_limitation,
    security_measures:
      list(
        dpia.mitigations
          .filter((mitigation) => mitigation.status === "Implemented")
          .map((mitigation) => `${mitigation.control_id} ${mitigation.description}`),
      ) || "none shown by the configuration",
    status: dpia.compliance_status,
    assessed_at,
  }));
}

const COLUMNS: Array<[keyof RopaEntry, string]> = [
  ["processing_activity", "Processing activity"],
  ["dpia_id", "DPIA"],
  ["controller", "Controller"],
  ["dpo_contact", "DPO"],
  ["purposes", "Purposes (Art. 30(1)(b))"],
  ["data_subject_categories", "Categories of data subjects (c)"],
  ["personal_data_categories", "Categories of personal data (c)"],
  ["recipients", "Recipients (d)"],
  ["transfers", "Transfers and safeguards (e)"],
  ["retention", "Retention (f)"],
  ["security_measures", "Security measures (g)"],
  ["status", "Status"],
  ["assessed_at", "Assessed"],
];

/** RFC 4180 CSV; a cell starting with = + - @ is prefixed so spreadsheets do not run it as a formula. */
export function ropaCsv(entries: RopaEntry[]): string {
  const cell = (raw: string) => {
    // Line breaks and tabs stay (a quoted cell holds them); every other control character is shown as an escape.
    const value = escapeControlCharacters(raw, { multiline: true });
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return (
    [
      COLUMNS.map(([, title]) => cell(title)).join(","),
      ...entries.map((entry) => COLUMNS.map(([key]) => cell(entry[key])).join(",")),
    ].join("\r\n") + "\r\n"
  );
}

export function ropaMarkdown(entries: RopaEntry[], generatedAt: string): string {
  const controller = entries[0]
    ? `${markdownCell(entries[0].controller)}, DPO ${markdownCell(entries[0].dpo_contact)}`
    : "no DPIAs recorded";
  const sections = entries.map((entry) =>
    [
      `## ${markdownCell(entry.processing_activity)} (${entry.dpia_id})`,
      "",
      "| | |",
      "| --- | --- |",
      ...COLUMNS.slice(2).map(([key, title]) => `| ${title} | ${markdownCell(entry[key])} |`),
      "",
    ].join("\n"),
  );
  return [
    `# Record of processing activities (GDPR Art. 30(1))`,
    "",
    `Controller: ${controller}. Built from the DPIA register on ${generatedAt}; one entry per current DPIA.`,
    "",
    ...sections,
  ].join("\n");
}
