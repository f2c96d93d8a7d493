import * as fs from "node:fs";
import { parse } from "yaml";
import { tempDir } from "../../helpers/stacks";
import { ciEnv, runStep, scriptFile, secretFile, type CiContext, type JobRun } from "../ci-tools";

interface Step {
  task?: string;
  name?: string;
  inputs?: Record<string, string>;
  script?: string;
  displayName?: string;
  condition?: string;
  env?: Record<string, string>;
}

interface Pipeline {
  variables?: Array<{ group?: string; name?: string; value?: string }>;
  stages?: Array<{ stage: string; jobs: Array<{ job: string; steps: Step[] }> }>;
  steps?: Step[];
}

/** Tasks a hosted agent runs that this test has no part in: installing Node, publishing results. */
const OUTSIDE = /^(NodeTool@0|PublishTestResults@2|PublishBuildArtifacts@1)$/;

/** Steps that fetch a tool the hosted image lacks; the stubbed terraform on PATH stands in for what they install. */
const TOOL_INSTALL = /releases\.hashicorp\.com/;

function runs(condition: string | undefined, failed: boolean): boolean {
  const expression = (condition ?? "succeeded()").trim();
  if (expression === "succeeded()") return !failed;
  if (expression === "failed()") return failed;
  if (expression === "succeededOrFailed()" || expression === "always()") return true;
  throw new Error(`condition: ${condition} is not a condition this test evaluates`);
}

/** Macro syntax `$(name)`: replaced where a variable of that name exists; `$(command)` of bash is left alone. */
function macros(text: string, variables: Record<string, string>): string {
  return text.replace(/\$\(([A-Za-z_][\w.]*)\)/g, (whole, name: string) => {
    if (name in variables) return variables[name]!;
    if (name.includes(".")) throw new Error(`no variable ${name} in the test's agent`);
    return whole;
  });
}

function stepsOf(pipeline: Pipeline, stage: string | undefined): Step[] {
  if (!stage) return pipeline.steps ?? [];
  const found = pipeline.stages?.find((candidate) => candidate.stage === stage);
  if (!found || found.jobs.length !== 1) throw new Error(`stage ${stage}: one job expected`);
  return found.jobs[0]!.steps;
}

/**
 * One job as a Microsoft-hosted agent runs it: a `script` step is CmdLine@2, written to a file and
 * run by `bash --noprofile --norc <file>`, with no -e: the step fails only when its last command
 * does; macros `$(…)` are replaced first; a secret variable reaches a script only through `env`;
 * DownloadSecureFile@1 leaves the file's path in `<name>.secureFilePath`.
 */
export function runAzureJob(file: string, stage: string | undefined, context: CiContext): JobRun {
  const pipeline = parse(fs.readFileSync(file, "utf8")) as Pipeline;
  const staging = tempDir("ci-azure-staging-");
  const variables: Record<string, string> = {
    "Build.ArtifactStagingDirectory": staging,
    "Build.SourcesDirectory": context.dir,
    "Build.SourceBranch": `refs/heads/${context.branch}`,
  };
  // A variable of the file is also in every step's environment; a group's secrets are not (only through env).
  const exported: Record<string, string> = {};
  for (const entry of pipeline.variables ?? [])
    if (entry.group) Object.assign(variables, context.values);
    else if (entry.name) variables[entry.name] = exported[entry.name.toUpperCase()] = entry.value ?? "";
  const run: JobRun = { passed: true, steps: [] };
  for (const step of stepsOf(pipeline, stage)) {
    if (!runs(step.condition, !run.passed)) continue;
    if (step.task === "DownloadSecureFile@1") {
      const name = step.inputs!.secureFile!;
      if (!(name in context.files)) throw new Error(`no secure file ${name} in the test's library`);
      variables[`${step.name}.secureFilePath`] = secretFile(name, context.files[name]!);
      continue;
    }
    if (step.task && OUTSIDE.test(step.task)) continue;
    if (step.script === undefined) throw new Error(`a step this test does not run: ${JSON.stringify(step)}`);
    if (TOOL_INSTALL.test(step.script)) continue;
    const env = ciEnv({
      ...context.env,
      TF_BUILD: "True",
      ...exported,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, macros(value, variables)])),
    });
    const result = runStep(
      "bash",
      ["--noprofile", "--norc", scriptFile(macros(step.script, variables))],
      context.dir,
      env,
    );
    run.steps.push({ name: step.displayName ?? step.script.split("\n")[0]!, ...result });
    if (result.status !== 0) run.passed = false;
  }
  return run;
}
