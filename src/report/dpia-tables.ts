import type { Dpia } from "../dpia/schema";
import { allowListOf } from "./allow-list";
import { fixesOf } from "./summary";

/** A table of plain text, shown alike by the Markdown and the HTML rendering (each escapes it its own way). */
interface TextTable {
  headers: string[];
  rows: string[][];
}

export function screening(dpia: Dpia): TextTable {
  return {
    headers: ["", "Criterion", "Met", "Evidence"],
    rows: dpia.screening.criteria.map((c) => [c.id, c.criterion, c.met ? "yes" : "no", c.evidence]),
  };
}

export function transfers(dpia: Dpia): TextTable {
  return {
    headers: ["Recipient", "From", "To", "Regime", "Mechanism", "Status", "Legal basis"],
    rows: dpia.transfers.map((t) => [
      t.recipient,
      t.source_country ?? "unknown",
      t.destination_country ?? "unknown",
      t.regime,
      t.mechanism,
      t.status.replace(/_/g, " "),
      t.legal_basis,
    ]),
  };
}

export function risks(dpia: Dpia): TextTable {
  return {
    headers: ["Risk", "Source", "Harm", "Likelihood", "Severity"],
    rows: dpia.risks.map((r) => [r.id, r.source, r.harm, r.likelihood, r.severity]),
  };
}

export function measures(dpia: Dpia): TextTable {
  return {
    headers: ["Control", "Measure", "Status", "Evidence"],
    rows: dpia.mitigations.map((m) => [m.control_id, m.description, m.status, m.evidence]),
  };
}

/** The cells of a data flow both renderings show as plain text: country, transfer, allow-list and data elements. */
export function flowFacts(flow: Dpia["data_flows"][number]): string[] {
  return [flow.country, flow.transfer_mechanism, allowListOf(flow), flow.data_elements.join(", ") || "none"];
}

type ReferencedHost = Dpia["referenced_hosts"][number];

/** A referenced host the configuration does not name: an AWS account, or why it is unknown. */
export function unnamedHost(host: ReferencedHost): string {
  return host.aws_account ? `AWS account ${host.aws_account}` : `unknown: ${host.unresolved ?? ""}`;
}

/** Whether a referenced host is on the allow-list, and what is wrong with it. */
export function hostNotes(host: ReferencedHost): string[] {
  return [host.approved ? "on the allow-list" : "not on the allow-list", host.warnings.join("; ")];
}

/** What blocks the DPIA (or what its exception lifts), each finding with what to change. */
export function blocking(dpia: Dpia): TextTable & { caption: string } {
  return {
    caption: dpia.exception ? "Blocking findings lifted by the exception" : "What blocks deployment",
    // The message is in the findings table (section 4); here each rule once, with where and what to change.
    headers: ["Rule", "Resources", "Remediation"],
    rows: fixesOf(dpia).map((fix) => [fix.rule_id, fix.resources.join(", "), fix.remediation]),
  };
}
