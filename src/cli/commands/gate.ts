import type { Command } from "commander";
import { region } from "../../catalog/lookup";
import { gateInventoriesAsync } from "../../gate/gate-async";
import { loadPolicy, type EffectivePolicy } from "../../policy/load-policy";
import { COULD_NOT_ASSESS_FORMATS } from "../../report/formats/could-not-assess";
import { renderJson } from "../../report/formats/json";
import { renderJunit } from "../../report/formats/junit";
import { renderMarkdownSummary } from "../../report/formats/markdown-summary";
import { renderSarif } from "../../report/formats/sarif";
import { renderText } from "../../report/formats/text";
import { colourEnabled, textStyle } from "../colour";
import type { GateReport } from "../../report/gate-report";
import { escapeControlCharacters } from "../../report/safe-text";
import { writeDpias } from "../../report/write-dpias";
import { EXIT, exitCodeOf, UsageError } from "../exit";
import { readGateInputs } from "../read-input";
import { sarifLocator } from "../sarif-locator";
import { addVariableOptions, variableArguments } from "../variable-options";
import type { VariableArgument } from "../../inventory/variable-values";

const FORMATS = {
  text: (report: GateReport) => renderText(report),
  json: renderJson,
  sarif: (report: GateReport, target: string) => renderSarif(report, sarifLocator(target)),
  junit: renderJunit,
  markdown: renderMarkdownSummary,
} as const;
type Format = keyof typeof FORMATS;

/** Progress for people at a terminal; nothing when output goes to a file or a CI log. */
function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\u001b[2K\r${escapeControlCharacters(message)}`);
}

export interface GateOptions {
  policy?: string;
  format: string;
  out?: string;
  varFile?: string[];
  /** --var-file and --var in command-line order (the CLI sets it); else `varFile` alone. */
  variableArguments?: VariableArgument[];
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

/** The policy to gate with, once the options are known to make sense together and with it. */
function gatePolicy(options: GateOptions): EffectivePolicy {
  if (!Object.hasOwn(FORMATS, options.format))
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
  return policy;
}

function render(report: GateReport, options: GateOptions, target: string): string {
  return options.format === "text"
    ? renderText(report, { quiet: options.quiet, compact: options.compact, style: textStyle(!!options.colour) })
    : FORMATS[options.format as Format](report, target);
}

export async function runGate(target: string, options: GateOptions): Promise<{ report: GateReport; output: string }> {
  const policy = gatePolicy(options);
  const orgRegion = { environment: (options.env ?? process.env).GENESYSCLOUD_REGION, option: options.region };
  const warnings: string[] = [];
  const onWarning = (message: string) => warnings.push(message);
  progress(`reading ${target}…`);
  const variables =
    options.variableArguments ?? (options.varFile ?? []).map((file) => ({ option: "-var-file" as const, file }));
  const inputs = await readGateInputs(target, { variableArguments: variables, onWarning });
  const run = { inputs, policy, now: new Date(), orgRegion, source: target, wholeDeployment: true, onWarning };
  const outcome = await gateInventoriesAsync({ ...run, onProgress: progress }, options.register);
  progress("");
  const exitCode = outcome.blocked ? EXIT.blocked : EXIT.approved;
  const report: GateReport = { dpias: outcome.dpias, artifactFindings: outcome.artifactFindings, warnings, exitCode };
  // The --out folder may be shared with other files: write, never prune.
  if (options.out) writeDpias(options.out, report.dpias, { html: true });
  return { report, output: render(report, options, target) };
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
    (failure) => {
      // A report a CI step reads is never empty on a fault: it carries the reason, where the verdict would be.
      if (Object.hasOwn(COULD_NOT_ASSESS_FORMATS, options.format))
        io.stdout(COULD_NOT_ASSESS_FORMATS[options.format as keyof typeof COULD_NOT_ASSESS_FORMATS](failure));
    },
  );
}

export function registerGate(program: Command): void {
  const command = program
    .command("gate <path>")
    .description(
      "assess a cdktf.out folder, a folder of .tf or .tf.json files, or a plan JSON before deployment (exit 0 approved, 1 blocked, 2 could not assess)",
    )
    .option("--policy <file>", "policy file (default: dpia.policy.json in this folder, if any)")
    .option("--format <format>", "text, json, sarif, junit or markdown", "text")
    .option("--out <dir>", "also write each DPIA as JSON, Markdown and HTML to this folder");
  addVariableOptions(
    command,
    "Terraform variables files for a .tf folder, as terraform -var-file (after terraform.tfvars and *.auto.tfvars)",
  );
  command
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
      "the DPIA register: a file, sqlite:<file> or postgres://… (default: DPIA_REGISTER, else this repository's register in the per-user state folder)",
    )
    .action(async (target: string, parsed: GateOptions & { var?: unknown }) => {
      const options = { ...parsed, varFile: undefined, variableArguments: variableArguments(parsed) };
      const withColour = { ...options, colour: options.format === "text" && colourEnabled(process.stdout) };
      process.exitCode = await gateExitCode(target, withColour, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      });
    });
}
