import type { Command } from "commander";
import { assessInventory } from "../../dpia/assess-inventory";
import { enforceRecorded } from "../../exceptions/enforce";
import { appendLog, readExceptions } from "../../exceptions/store";
import { loadPolicy } from "../../policy/load-policy";
import type { Dpia } from "../../dpia/schema";
import { checkArtifacts, rederiveArtifact } from "../../report/artifact-checks";
import { renderJson } from "../../report/formats/json";
import { renderJunit } from "../../report/formats/junit";
import { renderMarkdownSummary } from "../../report/formats/markdown-summary";
import { renderSarif } from "../../report/formats/sarif";
import { renderText } from "../../report/formats/text";
import type { GateReport } from "../../report/gate-report";
import { writeDpias } from "../../report/write-dpias";
import { describeProblem } from "../../validation/input-error";
import { EXIT, exitCodeOf, UsageError } from "../exit";
import { readGateInput } from "../read-input";

const FORMATS = { text: renderText, json: renderJson, sarif: (report: GateReport) => renderSarif(report), junit: renderJunit, markdown: renderMarkdownSummary } as const;
type Format = keyof typeof FORMATS;

/** Progress for people at a terminal; nothing when output goes to a file or a CI log. */
function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\u001b[2K\r${message}`);
}

export interface GateOptions {
  policy?: string;
  format: string;
  out?: string;
  varFile?: string[];
}

export async function runGate(target: string, options: GateOptions): Promise<{ report: GateReport; output: string }> {
  if (!(options.format in FORMATS)) throw new UsageError(`--format: one of ${Object.keys(FORMATS).join(", ")}, got "${options.format}"`);
  const policy = loadPolicy({ file: options.policy });
  const warnings: string[] = [];
  progress(`reading ${target}…`);
  const inputs = await readGateInput(target, { varFiles: options.varFile, onWarning: (message) => warnings.push(message) });
  const exceptions = readExceptions(policy.exceptionsFile);
  const now = new Date();
  const report: GateReport = { dpias: [], artifactFindings: [], warnings, exitCode: EXIT.approved };
  for (const input of inputs) {
    if (!input.inventory) {
      // Blocked at synthesis: nothing to re-assess, so nothing in the DPIAs is trusted but their risk;
      // an unreadable DPIA counts as blocked.
      const rederived: Dpia[] = [];
      for (const artifact of input.aspectDpias ?? []) {
        if (!artifact.dpia) {
          report.artifactFindings.push({ rule_id: "GC-ART-3", severity: "Critical", dpia_id: "unknown", file: artifact.file, message: `${artifact.file} ${artifact.problem}` });
          continue;
        }
        const { dpia, finding } = rederiveArtifact(artifact.dpia, policy.thresholds.block_at);
        rederived.push(dpia);
        if (finding) report.artifactFindings.push({ ...finding, file: artifact.file });
      }
      const scope = `stack "${input.stackName ?? "unknown"}"`;
      const { result, logProblems } = enforceRecorded({ scope, dpias: rederived, blocked: [], warned: [] }, exceptions, policy, now, (uses) => appendLog(policy.exceptionsFile, uses));
      for (const problem of logProblems) warnings.push(`exceptions log: ${describeProblem(problem)}; no exception is applied and the blocks stand`);
      report.dpias.push(...result.dpias);
      // The aspect leaves a stack without configuration only when it blocked: if nothing blocks now,
      // the configuration that will be deployed is somewhere the gate was not shown.
      if (result.dpias.every((dpia) => dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT")) {
        report.artifactFindings.push({ rule_id: "GC-ART-2", severity: "Critical", dpia_id: result.dpias[0]?.dpia_id ?? "unknown", message: `${scope} has DPIAs but no synthesized configuration, and none of them blocks: the configuration they describe is not in cdktf.out and cannot be checked` });
      }
      continue;
    }
    progress(`assessing ${input.inventory.resources.length} resources in ${input.inventory.scope}…`);
    const { result, logProblems } = enforceRecorded(assessInventory(input.inventory, { policy, now }), exceptions, policy, now, (uses) => appendLog(policy.exceptionsFile, uses));
    for (const problem of logProblems) warnings.push(`exceptions log: ${describeProblem(problem)}; no exception is applied and the blocks stand`);
    report.dpias.push(...result.dpias);
    report.artifactFindings.push(...checkArtifacts(result.dpias, input.aspectDpias));
  }
  progress("");
  if (inputs.length === 0 || report.dpias.length === 0) warnings.push(`no Genesys Cloud integration or OAuth client found in ${target}`);
  const blocked = report.dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT") || report.artifactFindings.length > 0;
  report.exitCode = blocked ? EXIT.blocked : EXIT.approved;
  // The --out folder may be shared with other files: write, never prune.
  if (options.out) writeDpias(options.out, report.dpias, { html: true });
  return { report, output: FORMATS[options.format as Format](report) };
}

/**
 * What `dpia gate` does, in process: the same assessment, output and exit code (0, 1 or 2),
 * with every failure turned into a message as the CLI turns it.
 */
export async function gateExitCode(target: string, options: GateOptions, io: { stdout: (text: string) => void; stderr: (text: string) => void }): Promise<number> {
  return exitCodeOf(async () => {
    const { report, output } = await runGate(target, options);
    io.stdout(output);
    if (options.format !== "text") for (const warning of report.warnings) io.stderr(`warning: ${warning}\n`);
    return report.exitCode;
  }, target, io.stderr);
}

export function registerGate(program: Command): void {
  program
    .command("gate <path>")
    .description("assess a cdktf.out folder, a folder of .tf or .tf.json files, or a plan JSON before deployment (exit 0 approved, 1 blocked, 2 could not assess)")
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder, if any)")
    .option("--format <format>", "text, json, sarif, junit or markdown", "text")
    .option("--out <dir>", "also write each DPIA as JSON, Markdown and HTML to this folder")
    .option("--var-file <file...>", "Terraform variables files for a .tf folder (after terraform.tfvars and *.auto.tfvars)")
    .action(
      async (target: string, options: GateOptions) => {
        process.exitCode = await gateExitCode(target, options, { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
      },
    );
}
