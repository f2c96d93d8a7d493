import type { Command } from "commander";
import { region } from "../../catalog/lookup";
import { assessInventory } from "../../dpia/assess-inventory";
import { enforceWithTrustRoot } from "../../exceptions/enforce-trusted";
import { loadPolicy } from "../../policy/load-policy";
import type { Dpia } from "../../dpia/schema";
import { checkArtifacts, rederiveArtifact } from "../../report/artifact-checks";
import { renderJson } from "../../report/formats/json";
import { renderJunit } from "../../report/formats/junit";
import { renderMarkdownSummary } from "../../report/formats/markdown-summary";
import { renderSarif } from "../../report/formats/sarif";
import { renderText } from "../../report/formats/text";
import { unmatchedAcknowledgements } from "../../report/unmatched-acknowledgements";
import { colourEnabled, textStyle } from "../colour";
import type { GateReport } from "../../report/gate-report";
import { writeDpias } from "../../report/write-dpias";
import { recordAssessments } from "../../register/assessments";
import { recordUses } from "../../register/exceptions";
import { withRegister } from "../../register/register";
import { withTrustRoot } from "../../trust/apply-root";
import { loadGateAuthority } from "../../register/gate-authority";
import { EXIT, exitCodeOf, UsageError } from "../exit";
import { attachReferencedFiles } from "../../inventory/read-referenced-files";
import { readGateInput } from "../read-input";
import { vendorKnowledgeFor } from "../vendor-knowledge";
import { assertReadableUnknownTypes } from "../unknown-type-values";

const FORMATS = {
  text: (report: GateReport) => renderText(report),
  json: renderJson,
  sarif: (report: GateReport) => renderSarif(report),
  junit: renderJunit,
  markdown: renderMarkdownSummary,
} as const;
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
  /** The org's region when the provider block does not set it and GENESYSCLOUD_REGION is not set. */
  region?: string;
  /** Where GENESYSCLOUD_REGION is read from; process.env by default. */
  env?: Record<string, string | undefined>;
  /** Text format: only what blocks. */
  quiet?: boolean;
  /** Text format: one line per DPIA. */
  compact?: boolean;
  /** Text format: colour the status words and risk levels. */
  colour?: boolean;
  register?: string;
}

export async function runGate(target: string, options: GateOptions): Promise<{ report: GateReport; output: string }> {
  if (!(options.format in FORMATS))
    throw new UsageError(`--format: one of ${Object.keys(FORMATS).join(", ")}, got "${options.format}"`);
  if ((options.quiet || options.compact) && options.format !== "text")
    throw new UsageError(
      `--quiet and --compact shape the text format; --format ${options.format} always carries every DPIA`,
    );
  const policy = loadPolicy({ file: options.policy });
  if (options.region !== undefined && !region(policy.catalog, options.region)) {
    throw new UsageError(
      `--region: a Genesys Cloud region (${policy.catalog.regions.map((entry) => entry.aws_region).join(", ")}), got "${options.region}"`,
    );
  }
  const orgRegion = { environment: (options.env ?? process.env).GENESYSCLOUD_REGION, option: options.region };
  const warnings: string[] = [];
  progress(`reading ${target}…`);
  const read = await readGateInput(target, {
    varFiles: options.varFile,
    onWarning: (message) => warnings.push(message),
  });
  const inputs = read.map((input) =>
    input.inventory ? { ...input, inventory: attachReferencedFiles(input.inventory, target) } : input,
  );
  for (const input of inputs) if (input.inventory) assertReadableUnknownTypes(input.inventory, policy.catalog);
  const now = new Date();
  const report: GateReport = { dpias: [], artifactFindings: [], warnings, exitCode: EXIT.approved };
  const vendors = await vendorKnowledgeFor(
    inputs.flatMap((input) => (input.inventory ? [input.inventory] : [])),
    policy,
    now,
  );
  // An approval that cannot be recorded is not given: a register that cannot be written is exit 2.
  await withRegister({ url: options.register, write: true }, async (register) => {
    const { trust, exceptions } = await loadGateAuthority(register, policy, warnings);
    const trusted = withTrustRoot(policy, trust.ok ? trust.root : undefined);
    for (const input of inputs) {
      if (!input.inventory) {
        // Blocked at synthesis: nothing to re-assess, so nothing in the DPIAs is trusted but their risk;
        // an unreadable DPIA counts as blocked.
        const rederived: Dpia[] = [];
        for (const artifact of input.aspectDpias ?? []) {
          if (!artifact.dpia) {
            report.artifactFindings.push({
              rule_id: "GC-ART-3",
              severity: "Critical",
              dpia_id: "unknown",
              file: artifact.file,
              message: `${artifact.file} ${artifact.problem}`,
            });
            continue;
          }
          const { dpia, finding } = rederiveArtifact(artifact.dpia, policy.thresholds.block_at);
          rederived.push(dpia);
          if (finding) report.artifactFindings.push({ ...finding, file: artifact.file });
        }
        const scope = `stack "${input.stackName ?? "unknown"}"`;
        const { result, uses } = enforceWithTrustRoot(
          { scope, dpias: rederived, blocked: [], warned: [] },
          exceptions,
          policy,
          trust,
          now,
        );
        await recordUses(register, uses);
        report.dpias.push(...result.dpias);
        // The aspect leaves a stack without configuration only when it blocked: if nothing blocks now,
        // the configuration that will be deployed is somewhere the gate was not shown.
        if (result.dpias.every((dpia) => dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT")) {
          report.artifactFindings.push({
            rule_id: "GC-ART-2",
            severity: "Critical",
            dpia_id: result.dpias[0]?.dpia_id ?? "unknown",
            message: `${scope} has DPIAs but no synthesized configuration, and none of them blocks: the configuration they describe is not in cdktf.out and cannot be checked`,
          });
        }
        continue;
      }
      progress(`assessing ${input.inventory.resources.length} resources in ${input.inventory.scope}…`);
      const { result, uses } = enforceWithTrustRoot(
        assessInventory(input.inventory, { policy: trusted, now, orgRegion, vendors }),
        exceptions,
        policy,
        trust,
        now,
      );
      await recordAssessments(register, result.dpias, input.inventory, target, now);
      await recordUses(register, uses);
      report.dpias.push(...result.dpias);
      report.artifactFindings.push(...checkArtifacts(result.dpias, input.aspectDpias));
    }
  });
  progress("");
  if (inputs.length === 0 || report.dpias.length === 0)
    warnings.push(`no Genesys Cloud integration or OAuth client found in ${target}`);
  warnings.push(...unmatchedAcknowledgements(policy.acknowledgements, report.dpias));
  const blocked =
    report.dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT") ||
    report.artifactFindings.length > 0;
  report.exitCode = blocked ? EXIT.blocked : EXIT.approved;
  // The --out folder may be shared with other files: write, never prune.
  if (options.out) writeDpias(options.out, report.dpias, { html: true });
  const output =
    options.format === "text"
      ? renderText(report, { quiet: options.quiet, compact: options.compact, style: textStyle(!!options.colour) })
      : FORMATS[options.format as Format](report);
  return { report, output };
}

/**
 * What `dpia gate` does, in process: the same assessment, output and exit code (0, 1 or 2),
 * with every failure turned into a message as the CLI turns it.
 */
export async function gateExitCode(
  target: string,
  options: GateOptions,
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  return exitCodeOf(
    async () => {
      const { report, output } = await runGate(target, options);
      io.stdout(output);
      if (options.format !== "text") for (const warning of report.warnings) io.stderr(`warning: ${warning}\n`);
      return report.exitCode;
    },
    target,
    io.stderr,
  );
}

export function registerGate(program: Command): void {
  program
    .command("gate <path>")
    .description(
      "assess a cdktf.out folder, a folder of .tf or .tf.json files, or a plan JSON before deployment (exit 0 approved, 1 blocked, 2 could not assess)",
    )
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder, if any)")
    .option("--format <format>", "text, json, sarif, junit or markdown", "text")
    .option("--out <dir>", "also write each DPIA as JSON, Markdown and HTML to this folder")
    .option(
      "--var-file <file...>",
      "Terraform variables files for a .tf folder (after terraform.tfvars and *.auto.tfvars)",
    )
    .option(
      "--region <aws_region>",
      "the org's Genesys Cloud region, when neither the provider block nor GENESYSCLOUD_REGION names it (before the policy's org_region)",
    )
    .option("--quiet", "text format: print only what blocks (nothing when everything is approved)")
    .option("--compact", "text format: one line per DPIA, a blocked one with its reason")
    .addHelpText(
      "after",
      "\nColour on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 (or 0) forces it on (or off).",
    )
    .option(
      "--register <url>",
      "the DPIA register: a file, sqlite:<file> or postgres://… (default: DPIA_REGISTER, else .dpia/register.db)",
    )
    .action(async (target: string, options: GateOptions) => {
      const withColour = { ...options, colour: options.format === "text" && colourEnabled(process.stdout) };
      process.exitCode = await gateExitCode(target, withColour, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      });
    });
}
