import * as path from "node:path";
import type { Dpia } from "../src/dpia/schema";
import { displaySafe, escapeControlCharacters } from "../src/report/safe-text";
import { blockingOf, fixesOf, summaryLine } from "../src/report/summary";
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

/** "GC-FLW-1", "GC-FLW-1 and GC-TRF-1", "GC-FLW-1, GC-REC-3 and GC-TRF-1". */
function listed(ids: string[]): string {
  return ids.length < 2 ? (ids[0] ?? "") : `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`;
}

/** Where a finding is, as cdk-nag says it: the construct path from the root, else the Terraform address. */
function constructOf(dpia: Dpia, address: string): string {
  const constructPath = dpia.resources.find((resource) => resource.address === address)?.construct_path;
  return constructPath ? `/${constructPath}` : address;
}

/** A blocked DPIA: what it is and where it was written, then one line per finding that blocks it, as cdk-nag prints its errors. */
function blockedLines({ dpia: unescaped, jsonFile }: WrittenDpia): string[] {
  const dpia = displaySafe(unescaped);
  const blocking = blockingOf(dpia);
  const ids = [...new Set(blocking.map((finding) => finding.rule_id))];
  return [
    `"${dpia.integration_name}" (${dpia.subject.address}): ${dpia.risk_assessment.overall_risk_score} risk. ${listed(ids)} ${ids.length === 1 ? "blocks" : "block"} it. DPIA: ${shown(jsonFile)}`,
    ...blocking.map(
      (finding) => `[Error at ${constructOf(dpia, finding.resource)}] ${finding.rule_id}: ${finding.message}`,
    ),
    ...(dpia.exception_notes ?? []).map((note) => `  exception not applied: ${note}`),
  ];
}

/** What would unblock: each blocking rule's fix on the resources it names, once, then the way past a block. */
function unblockLines(blocked: WrittenDpia[]): string[] {
  const fixes = blocked.flatMap((entry) =>
    fixesOf(displaySafe(entry.dpia)).map((fix) => `  ${fix.rule_id} (${fix.resources.join(", ")}): ${fix.remediation}`),
  );
  return [
    "To unblock, fix each blocking finding as its fix says and synthesize again:",
    ...new Set(fixes),
    "or obtain a time-bound, dual-signed exception (npx dpia exception request <DPIA file> --reason … --ticket …, signed by a DPO and a second approver).",
  ];
}

/** What stops synthesis: each blocked DPIA, a line per blocking finding, and what would unblock it. */
export function blockedError(stackName: string, written: WrittenDpia[], dpias: Dpia[]): DpiaBlockedError {
  const blocked = written.filter((entry) => entry.dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  const blockAt = blocked[0]?.dpia.decision.block_at;
  const lines = [
    `Deployment blocked by the DPIA gate: ${blocked.length} of ${plural(written.length)} in stack "${stackName}" at or above ${blockAt} risk.`,
    ...blocked.flatMap(blockedLines),
    ...unblockLines(blocked),
  ];
  return new DpiaBlockedError(
    lines.join("\n"),
    blocked.map((entry) => ({ dpia: entry.dpia, file: entry.jsonFile })),
    dpias,
  );
}
