import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { tempDir } from "../../helpers/stacks";
import { ciEnv, runStep, scriptFile, type CiContext, type JobRun } from "../ci-tools";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  "continue-on-error"?: boolean;
  "working-directory"?: string;
}

interface Job {
  env?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  steps: Step[];
}

interface Workflow {
  env?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, Job>;
}

/**
 * The command GitHub runs a `run` step with (workflow syntax, jobs.<job_id>.steps[*].shell):
 * unspecified is `bash -e {0}`; `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`;
 * `sh` is `sh -e {0}`.
 */
function githubShell(shell: string | undefined, file: string): [string, string[]] {
  if (shell === undefined) return ["bash", ["-e", file]];
  if (shell === "bash") return ["bash", ["--noprofile", "--norc", "-eo", "pipefail", file]];
  if (shell === "sh") return ["sh", ["-e", file]];
  throw new Error(`shell ${shell} is not one this test runs`);
}

/** `${{ secrets.X }}` and `${{ vars.X }}` from the test's values; any other expression is refused. */
function expand(value: string, context: CiContext): string {
  return value.replace(/\$\{\{\s*(secrets|vars)\.([A-Za-z_]\w*)\s*\}\}/g, (_, _kind, name: string) => {
    if (!(name in context.values)) throw new Error(`no secret or variable ${name} in the test's repository`);
    return context.values[name]!;
  });
}

function expandAll(env: Record<string, string> | undefined, context: CiContext): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([name, value]) => [name, expand(String(value), context)]));
}

/** Whether a step runs, from its `if` and whether the job has failed so far (only the status functions). */
function runs(condition: string | undefined, failed: boolean): boolean {
  const expression = (condition ?? "success()").replace(/^\$\{\{\s*|\s*\}\}$/g, "").trim();
  if (expression === "success()") return !failed;
  if (expression === "failure()") return failed;
  if (expression === "always()" || expression === "!cancelled()") return true;
  throw new Error(`if: ${condition} is not a condition this test evaluates`);
}

/** Lines `NAME=value` a step appended to $GITHUB_ENV, for the steps after it. */
function readGithubEnv(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

/**
 * One job of a workflow as a GitHub-hosted runner runs it: env from the workflow, job and step;
 * each `run` step written to a file and started with its shell; `uses` steps are the actions'
 * (checkout, setup-node, upload) and not run here. A step's failure fails the job unless it
 * continues on error. A `${{ }}` inside a script is refused: a value reaches a script through env.
 */
export function runGithubJob(file: string, jobId: string, context: CiContext): JobRun {
  const workflow = parse(fs.readFileSync(file, "utf8")) as Workflow;
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`${file} has no job ${jobId}`);
  const runnerTemp = tempDir("ci-runner-temp-");
  const githubEnv = path.join(runnerTemp, "github-env");
  const summary = path.join(runnerTemp, "step-summary.md");
  fs.writeFileSync(githubEnv, "");
  fs.writeFileSync(summary, "");
  const run: JobRun = { passed: true, steps: [] };
  for (const step of job.steps) {
    if (step.uses || !runs(step.if, !run.passed)) continue;
    if (step.run === undefined) throw new Error(`${jobId}: a step with neither run nor uses`);
    if (step.run.includes("${{")) throw new Error(`${jobId}: an expression inside a run script: ${step.run}`);
    const env = ciEnv({
      ...context.env,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: context.dir,
      RUNNER_TEMP: runnerTemp,
      GITHUB_ENV: githubEnv,
      GITHUB_STEP_SUMMARY: summary,
      ...expandAll(workflow.env, context),
      ...expandAll(job.env, context),
      ...readGithubEnv(githubEnv),
      ...expandAll(step.env, context),
    });
    const shell = step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell;
    const [command, args] = githubShell(shell, scriptFile(step.run));
    const result = runStep(command, args, path.join(context.dir, step["working-directory"] ?? "."), env);
    run.steps.push({ name: step.name ?? step.run.split("\n")[0]!, ...result });
    if (result.status !== 0 && !step["continue-on-error"]) run.passed = false;
  }
  return { ...run, summary: fs.readFileSync(summary, "utf8") };
}
