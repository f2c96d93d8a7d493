import * as fs from "node:fs";
import type { Command } from "commander";
import { currentDpias, type RegisteredDpia } from "../../register/current-dpias";
import { indexHtml, indexMarkdown } from "../../register/index-page";
import { isoSeconds, type RegisterRecord } from "../../register/record";
import { withRegister, type DpiaRegister } from "../../register/register";
import { ropaCsv, ropaEntries, ropaMarkdown } from "../../register/ropa";
import { escapeControlCharacters, jsonForOutput } from "../../report/safe-text";
import { guarded, UsageError } from "../exit";
import { REGISTER_OPTION } from "../register-option";
import { pageCommand } from "./register-page";

/** Writes to --out, or to stdout when there is none. */
function emit(text: string, out?: string): void {
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
}

function oneOf(value: string, allowed: string[], option: string): string {
  if (!allowed.includes(value)) throw new UsageError(`${option}: one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}

/** The auditor's commands: list, show, export and the Art. 30 record. They only read. */
export function registerAuditCommands(parent: Command): void {
  listCommand(parent);
  showCommand(parent);
  exportCommand(parent);
  ropaCommand(parent);
  pageCommand(parent);
}

function listCommand(parent: Command): void {
  parent
    .command("list")
    .description("the current DPIAs: status, risk, when last assessed")
    .option("--format <format>", "text or json", "text")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { format: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const format = oneOf(options.format, ["text", "json"], "--format");
          const dpias = currentDpias(await register.verifiedRecords());
          emit(format === "json" ? listJson(dpias) : listText(dpias));
          return 0;
        }),
      ),
    );
}

function listJson(dpias: RegisteredDpia[]): string {
  return jsonForOutput(
    dpias.map(({ dpia, seq, assessed_at, assessments }) => ({
      dpia_id: dpia.dpia_id,
      integration_name: dpia.integration_name,
      compliance_status: dpia.compliance_status,
      overall_risk_score: dpia.risk_assessment.overall_risk_score,
      fingerprint: dpia.fingerprint,
      assessed_at,
      record: seq,
      assessments,
    })),
  );
}

function listText(dpias: RegisteredDpia[]): string {
  return (
    dpias
      .map(
        ({ dpia, assessed_at, seq }) =>
          `${dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT" ? "APPROVED" : "BLOCKED "} ${dpia.risk_assessment.overall_risk_score.padEnd(8)} ${dpia.dpia_id}  "${escapeControlCharacters(dpia.integration_name)}"  ${assessed_at}  record ${seq}\n`,
      )
      .join("") || "no DPIAs recorded yet\n"
  );
}

function showCommand(parent: Command): void {
  parent
    .command("show <dpia_id>")
    .description("every record about one DPIA (assessments, exceptions, uses), as JSON")
    .option(...REGISTER_OPTION)
    .action(
      guarded((dpiaId: string, options: { register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const records = await register.verifiedRecords();
          const exceptionIds = new Set(
            records
              .filter((record) => record.kind.startsWith("exception-") && record.data.dpia_id === dpiaId)
              .map((record) => record.subject),
          );
          const about = records.filter((record) => record.subject === dpiaId || exceptionIds.has(record.subject));
          if (about.length === 0)
            throw new UsageError(`no records about ${dpiaId} in the register ${register.location}`);
          emit(jsonForOutput(about));
          return 0;
        }),
      ),
    );
}

function exportCommand(parent: Command): void {
  parent
    .command("export")
    .description(
      "the index of current DPIAs with their approvals and exceptions (json, markdown or html), or every record (records)",
    )
    .option("--format <format>", "json, markdown, html or records", "json")
    .option("--out <file>", "write to a file instead of stdout")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { format: string; out?: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const format = oneOf(options.format, ["json", "markdown", "html", "records"], "--format");
          // The raw records stay readable from a tampered register, for the investigation; the index does not.
          const records = format === "records" ? await register.records() : await register.verifiedRecords();
          emit(exportText(format, records, register), options.out);
          return 0;
        }),
      ),
    );
}

function exportText(format: string, records: RegisterRecord[], register: DpiaRegister): string {
  const dpias = currentDpias(records);
  return format === "records"
    ? jsonForOutput(records)
    : format === "markdown"
      ? indexMarkdown(dpias, register.location, records.length)
      : format === "html"
        ? indexHtml(dpias, register.location, records.length)
        : jsonForOutput({
            register: register.meta.origin,
            verifier_key: register.verifierKey,
            records: records.length,
            dpias,
          });
}

function ropaCommand(parent: Command): void {
  parent
    .command("ropa")
    .description(
      "the controller's record of processing activities (GDPR Art. 30(1)) built from the current DPIAs, as CSV or Markdown",
    )
    .option("--format <format>", "csv or markdown", "markdown")
    .option("--out <file>", "write to a file instead of stdout")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { format: string; out?: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const format = oneOf(options.format, ["csv", "markdown"], "--format");
          const entries = ropaEntries(currentDpias(await register.verifiedRecords()));
          emit(format === "csv" ? ropaCsv(entries) : ropaMarkdown(entries, isoSeconds(new Date())), options.out);
          return 0;
        }),
      ),
    );
}
