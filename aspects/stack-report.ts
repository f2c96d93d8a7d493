import * as path from "node:path";
import type { Dpia } from "../src/dpia/schema";
import { displaySafe, escapeControlCharacters } from "../src/report/safe-text";
import { fixesOf, oneLineJustification, summaryLine } from "../src/report/summary";
import type { WrittenDpia } from "../src/report/write-dpias";
import { DpiaBlockedError } from "./dpia-blocked-error";

const plural = (count: number) => `${count} DPIA${count === 1 ? "" : "s"}`;
const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** One line per DPIA written for the stack, during synthesis. */
export function printSummary(stackName: string, written: WrittenDpia[]): void {
  if (written.length === 0) return;
  // Names come from the configuration: shown in the synth log, never obeyed by the terminal.
  console.log(escapeControlCharacters(`DPIA gate: stack "${stackName}", ${plural(written.length)}`));
  for (const entry of written) console.log(`  ${summaryLine(displaySafe(entry.dpia), shown(entry.jsonFile))}`);
}

/** A blocked DPIA: every finding that blocks it, each rule's fix on the resources it names, and where its DPIA is. */
function blockedLine({ dpia: unescaped, jsonFile }: WrittenDpia): string {
  const dpia = displaySafe(unescaped);
  const notes = (dpia.exception_notes ?? []).map((note) => `\n    exception not applied: ${note}`).join("");
  const fixes = fixesOf(dpia)
    .map((fix) => `\n    fix ${fix.rule_id} (${fix.resources.join(", ")}): ${fix.remediation}`)
    .join("");
  return `  - "${dpia.integration_name}" (${dpia.subject.address}): ${dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(dpia)}${fixes}\n    DPIA: ${shown(jsonFile)}${notes}`;
}

/** What stops synthesis: each blocked DPIA, why, and the way past a block. */
export function blockedError(stackName: string, written: WrittenDpia[], dpias: Dpia[]): DpiaBlockedError {
  const blocked = written.filter((entry) => entry.dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const blockAt = blocked[0]?.dpia.decision.block_at;
  return new DpiaBlockedError(
    `Deployment blocked by the DPIA gate: ${blocked.length} of ${plural(written.length)} in stack "${stackName}" at or above ${blockAt} risk.\n${blocked.map(blockedLine).join("\n")}\nFix each blocking finding as its fix says and synthesize again, or obtain a time-bound, dual-signed exception (npx dpia exception request <DPIA file> --reason … --ticket …, signed by a DPO and a second approver).`,
    blocked.map((entry) => ({ dpia: entry.dpia, file: entry.jsonFile })),
    dpias,
  );
}
