import * as fs from "node:fs";
import { parse } from "yaml";
import { ciEnv, runStep, scriptFile, secretFile, type CiContext, type JobRun } from "../ci-tools";

interface Job {
  extends?: string;
  image?: string | { name: string };
  stage?: string;
  needs?: string[];
  rules?: Array<{ if?: string }>;
  variables?: Record<string, string>;
  before_script?: string[];
  script?: string[];
}

type Config = Record<string, unknown> & { variables?: Record<string, string> };

/**
 * The shell the runner's detection picks in an image (shells/bash.go, BashDetectShellScript): bash
 * where the image has it, else sh. Debian's node images have bash; the Alpine-based
 * hashicorp/terraform image has only BusyBox sh (here: dash, which, unlike BusyBox, has no pipefail:
 * the stricter of the two for an example).
 */
function shellOf(image: string): string {
  if (/^node:\d+(-bookworm|-bullseye)?$/.test(image)) return "bash";
  if (/^hashicorp\/terraform:/.test(image)) return "sh";
  throw new Error(`image ${image}: the test does not know whether it has bash`);
}

function jobOf(config: Config, name: string): Job {
  const job = config[name] as Job | undefined;
  if (!job) throw new Error(`.gitlab-ci.yml has no job ${name}`);
  return job.extends ? { ...jobOf(config, job.extends), ...job } : job;
}

/** A rule's `if`: `$VAR == "value"`, `!=`, and `&&` of those (what the example uses). */
function ruleHolds(expression: string, variables: Record<string, string>): boolean {
  return expression.split("&&").every((part) => {
    const match = /^\s*\$(\w+)\s*(==|!=)\s*(?:"([^"]*)"|\$(\w+))\s*$/.exec(part);
    if (!match) throw new Error(`rules if: ${expression} is not an expression this test evaluates`);
    const [, name, operator, literal, other] = match;
    const equal = (variables[name!] ?? "") === (literal ?? variables[other!] ?? "");
    return operator === "==" ? equal : !equal;
  });
}

/**
 * The script the runner writes for a job's before_script and script (BashWriter.Finish in
 * shells/bash.go): pipefail where the shell has it, errexit, and the commands, each echoed, evaluated
 * in one shell.
 */
function runnerScript(commands: string[]): string {
  const body = commands.map((command) => `echo ${quote(`$ ${command}`)}\n${command}\n`).join("");
  return [
    "if set -o | grep pipefail > /dev/null; then set -o pipefail; fi; set -o errexit",
    "set +o noclobber",
    `: | eval ${quote(body)}`,
    "exit 0",
    "",
  ].join("\n");
}

const quote = (text: string) => `'${text.replace(/'/g, `'"'"'`)}'`;

/**
 * A pipeline of the jobs named, in order, as GitLab runs them: a job whose rules do not match is
 * not in the pipeline; a job whose `needs` failed or are missing does not run; CI/CD variables of
 * type File are written to a file and the variable holds its path.
 */
export function runGitlabPipeline(file: string, jobs: string[], context: CiContext, source = "push"): JobRun {
  const config = parse(fs.readFileSync(file, "utf8")) as Config;
  const predefined = {
    CI: "true",
    CI_PIPELINE_SOURCE: source,
    CI_COMMIT_BRANCH: context.branch,
    CI_DEFAULT_BRANCH: "main",
  };
  const passed = new Set<string>();
  const run: JobRun = { passed: true, steps: [] };
  for (const name of jobs) {
    const job = jobOf(config, name);
    const variables = { ...context.values, ...predefined };
    if (job.rules && !job.rules.some((rule) => rule.if === undefined || ruleHolds(rule.if, variables))) continue;
    if ((job.needs ?? []).some((need) => !passed.has(need))) {
      run.passed = false;
      continue;
    }
    const files = Object.fromEntries(Object.entries(context.files).map(([key, text]) => [key, secretFile(key, text)]));
    const env = ciEnv({ ...context.env, ...config.variables, ...job.variables, ...variables, ...files });
    const image = typeof job.image === "string" ? job.image : job.image!.name;
    const script = runnerScript([...(job.before_script ?? []), ...(job.script ?? [])]);
    const result = runStep(shellOf(image), [scriptFile(script)], context.dir, env);
    run.steps.push({ name, ...result });
    if (result.status === 0) passed.add(name);
    else run.passed = false;
  }
  return run;
}
