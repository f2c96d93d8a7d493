import type { Command } from "commander";
import { approvedBaselines } from "../../drift/baselines";
import { assessedNow } from "../../drift/assessed-now";
import { postAlert } from "../../drift/post-alert";
import { compareWithBaselines, type CurrentSubject } from "../../drift/compare";
import { DEFAULT_MAX_IGNORE_DAYS, ignoreEntryProblem } from "../../drift/ignore-entries";
import type { Baseline, DriftReport } from "../../drift/model";
import { alertPayload, renderDriftMarkdown, renderDriftText } from "../../drift/render-drift";
import { loadPolicy, type EffectivePolicy } from "../../policy/load-policy";
import { withRegister, type DpiaRegister } from "../../register/register";
import { InputError } from "../../validation/input-error";
import { recordedSubject } from "../../watch/watch-record";
import type { CouldNotAssess } from "../../report/could-not-assess";
import { COULD_NOT_ASSESS_FORMATS } from "../../report/formats/could-not-assess";
import { displaySafe, jsonForOutput } from "../../report/safe-text";
import { readDriftSource, type DriftSourceOptions } from "../drift-source";
import { errorLine, EXIT, guarded, UsageError } from "../exit";
import { printWarning } from "../print";
import { vendorKnowledgeFor } from "../vendor-knowledge";

export interface DriftOptions extends DriftSourceOptions {
  policy?: string;
  register?: string;
  format: string;
  alertWebhook?: string;
}

const FORMATS = {
  text: (report: DriftReport) => renderDriftText(displaySafe(report)),
  json: (report: DriftReport) => jsonForOutput(report),
  markdown: (report: DriftReport) => renderDriftMarkdown(displaySafe(report)),
} as const;

/** On exit 2 the JSON and Markdown formats still write a report: the reason, and no subjects to misread. */
function reportFailure(failure: CouldNotAssess, _source: string, options: DriftOptions): void {
  if (options.format === "json" || options.format === "markdown")
    process.stdout.write(COULD_NOT_ASSESS_FORMATS[options.format](failure));
}

function regionsOf(snapshots: Array<{ providers: Array<{ attributes: Record<string, unknown> }> }>): Set<string> {
  return new Set(
    snapshots
      .flatMap((snapshot) => snapshot.providers.map((provider) => provider.attributes.aws_region))
      .filter((region): region is string => typeof region === "string" && !region.includes("${")),
  );
}

export async function runDrift(
  source: string,
  options: DriftOptions,
): Promise<{ report: DriftReport; output: string; warnings: string[]; refused?: InputError }> {
  if (!Object.hasOwn(FORMATS, options.format))
    throw new UsageError(`--format: one of ${Object.keys(FORMATS).join(", ")}, got "${options.format}"`);
  const policy = loadPolicy({ file: options.policy });
  const warnings: string[] = [];
  const now = new Date();
  const maxIgnoreDays = policy.driftIgnoreMaxDays ?? DEFAULT_MAX_IGNORE_DAYS;
  assertIgnoreEntries(policy, now, maxIgnoreDays);
  const inventories = await readDriftSource(source, options, policy.catalog, (message) => warnings.push(message));
  const vendors = await vendorKnowledgeFor(inventories, policy, now);
  const report = await withRegister({ url: options.register, write: true }, async (register) => {
    const baselines = await approvedBaselinesIn(register);
    const current = await assessedNow(register, inventories, { policy, vendors, now, warnings });
    const drift = compareWithBaselines(current, baselines, {
      ignores: policy.driftIgnores,
      maxIgnoreDays,
      now,
      source,
    });
    assertSameOrg(drift, baselines, current, register.location, source);
    await recordDriftRun(register, source, drift, now);
    return drift;
  });
  if (options.alertWebhook) {
    const problem = await postAlert(options.alertWebhook, alertPayload(report));
    if (problem) warnings.push(problem);
  }
  return {
    report,
    output: FORMATS[options.format as keyof typeof FORMATS](report),
    warnings,
    refused: refusedIgnoreError(report, policy.source),
  };
}

/** Entries that could never apply (a whole resource, a wildcard, an expiry past the maximum) stop the run before it reads anything. */
function assertIgnoreEntries(policy: EffectivePolicy, now: Date, maxDays: number): void {
  const problems = policy.driftIgnores.flatMap((ignore, index) => {
    const problem = ignoreEntryProblem(ignore, { now, maxDays });
    return problem
      ? [{ file: policy.source ?? "policy", location: `drift.ignore[${index}]`, expected: `refused: ${problem}` }]
      : [];
  });
  if (problems.length > 0) throw new InputError(problems);
}

/** Entries refused because they would hide a privacy-relevant change: the report is written, then exit 2. */
function refusedIgnoreError(report: DriftReport, policyFile: string | undefined): InputError | undefined {
  if (report.ignores_refused.length === 0) return undefined;
  return new InputError(
    report.ignores_refused.map((refusal) => ({
      file: policyFile ?? "policy",
      location: refusal.entry,
      expected: `refused (${refusal.subject} ${refusal.path}): ${refusal.why}`,
    })),
  );
}

/** The last approved assessment of each subject; without any there is nothing to compare with. */
async function approvedBaselinesIn(register: DpiaRegister): Promise<Baseline[]> {
  const baselines = approvedBaselines(await register.verifiedRecords());
  if (baselines.length === 0) {
    throw new InputError([
      {
        file: register.location,
        location: "",
        expected: "a register with at least one approved DPIA to compare with (record approvals with dpia gate first)",
      },
    ]);
  }
  return baselines;
}

/**
 * A source from another org than the register's: no subject in common and the regions of the
 * providers differ, so every subject would read as new or gone.
 */
function assertSameOrg(
  drift: DriftReport,
  baselines: Baseline[],
  current: CurrentSubject[],
  location: string,
  source: string,
): void {
  const approvedRegions = regionsOf(baselines.map((baseline) => baseline.snapshot));
  const currentRegions = regionsOf(current.map((subject) => subject.snapshot));
  if (
    drift.subjects.every((subject) => subject.state === "new" || subject.state === "gone") &&
    approvedRegions.size > 0 &&
    currentRegions.size > 0 &&
    ![...currentRegions].some((region) => approvedRegions.has(region))
  ) {
    throw new InputError([
      {
        file: location,
        location: "",
        expected: `the register of this org: it holds approvals for ${[...approvedRegions].join(", ")}, and ${source} is in ${[...currentRegions].join(", ")} with no subject in common`,
      },
    ]);
  }
}

/** The run's outcome in the register: each subject's state and the kinds of its changes, no configuration. */
async function recordDriftRun(register: DpiaRegister, source: string, drift: DriftReport, now: Date): Promise<void> {
  await register.append(
    "drift-run",
    source,
    {
      exit_code: drift.exit_code,
      summary: drift.summary,
      subjects: drift.subjects.map(recordedSubject),
      ignores_used: drift.ignores_used.map((ignore) => ({
        entry: ignore.entry,
        subject: ignore.subject,
        path: ignore.path,
        expires: ignore.expires,
        hid: ignore.hid.map((change) => ({ resource: change.resource, paths: change.paths, kinds: change.kinds })),
      })),
      ignores_refused: drift.ignores_refused.map((ignore) => ({ entry: ignore.entry, path: ignore.path })),
    },
    now,
  );
}

export function registerDrift(program: Command): void {
  program
    .command("drift <source>")
    .description(
      "compare what is deployed now with the last approved DPIA of each subject in the register (exit 0 as approved or cosmetic drift, 1 drift never approved or no longer approved, 2 could not assess); <source>: live, a state or plan JSON, a cdktf.out folder, a folder of .tf files (e.g. genesyscloud_tf_export output)",
    )
    .option(
      "--register <url>",
      "the DPIA register: a file, sqlite:<file> or postgres://… (default: DPIA_REGISTER, else this repository's register in the per-user state folder)",
    )
    .option(
      "--policy <file>",
      "policy file (default: dpia.policy.json in this folder, if any); drift.ignore entries live there",
    )
    .option("--format <format>", "text, json or markdown", "text")
    .option("--region <aws-region>", "the org's region for live and state sources (default: GENESYSCLOUD_REGION)")
    .option("--api-url <url>", "the Platform API base for live (default: https://api.<domain of the region>)")
    .option("--login-url <url>", "the login base for live (default: https://login.<domain of the region>)")
    .option("--alert-webhook <url>", "POST a JSON summary (no personal data, no secrets) to this URL")
    .option("--var-file <file...>", "Terraform variables files for a .tf folder")
    .action(
      guarded(async (source: string, options: DriftOptions) => {
        const { report, output, warnings, refused } = await runDrift(source, options);
        process.stdout.write(output);
        for (const warning of warnings) printWarning(warning);
        // The drift report is already on stdout with exit_code 2: the refusal is a message, not a second report.
        if (refused) {
          process.stderr.write(errorLine(refused.message));
          return EXIT.couldNotAssess;
        }
        return report.exit_code;
      }, reportFailure),
    );
}
