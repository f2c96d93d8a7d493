import * as path from "node:path";
import { ciEnv, runStep, scriptFile, secretFile, type CiContext, type JobRun } from "../ci-tools";

/** A `sh` step of a declarative Jenkinsfile: its stage, the `dir(…)` it runs in, and the script. */
export interface JenkinsShellStep {
  stage: string;
  dir: string;
  script: string;
}

interface Stage {
  name: string;
  branch?: string;
  environment: Record<string, string>;
  steps: JenkinsShellStep[];
}

interface Pipeline {
  environment: Record<string, string>;
  stages: Stage[];
}

type Token = { kind: "word" | "string" | "punct"; text: string };

const TOKEN = /\s+|\/\/[^\n]*|'''([\s\S]*?)'''|'((?:[^'\\\n])*)'|"((?:[^"\\\n])*)"|([A-Za-z_][\w.]*)|(\S)/g;

/**
 * Groovy as far as a declarative Jenkinsfile needs it: words, single-, triple- and double-quoted
 * strings, punctuation, comments. A backslash or `$` in a string is refused, because Groovy would
 * rewrite it before the shell sees it and this reader does not.
 */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [, triple, single, double, word, punct] = match;
    const string = triple ?? single ?? double;
    if (string !== undefined) {
      if (/\\/.test(string) || (double !== undefined && /\$/.test(double)))
        throw new Error(`a Groovy string this reader cannot take literally: ${match[0].slice(0, 60)}`);
      found.push({ kind: "string", text: string });
    } else if (word) found.push({ kind: "word", text: word });
    else if (punct) found.push({ kind: "punct", text: punct });
  }
  return found;
}

interface Frame {
  name: string;
  argument?: string;
}

/** The pipeline's stages, in order, with their `when { branch … }`, environment and sh steps (post blocks are not steps). */
function readPipeline(text: string): Pipeline {
  const list = tokens(text);
  const pipeline: Pipeline = { environment: {}, stages: [] };
  const frames: Frame[] = [];
  const inside = (name: string) => frames.some((frame) => frame.name === name);
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    if (token.text === "}" && token.kind === "punct") {
      frames.pop();
      continue;
    }
    if (token.kind !== "word") continue;
    // word ( 'argument' ) {   or   word {
    let j = i + 1;
    let argument: string | undefined;
    if (list[j]?.text === "(") {
      if (list[j + 1]?.kind === "string") argument = list[j + 1]!.text;
      while (j < list.length && list[j]!.text !== ")") j++;
      j++;
    }
    if (list[j]?.text === "{" && list[j]?.kind === "punct") {
      frames.push({ name: token.text, argument });
      if (token.text === "stage") pipeline.stages.push({ name: argument ?? "", environment: {}, steps: [] });
      i = j;
      continue;
    }
    const stage = pipeline.stages.at(-1);
    const current = frames.at(-1)?.name;
    if (token.text === "sh" && inside("steps") && !inside("post") && stage) {
      const script = list[i + 1];
      if (script?.kind !== "string") throw new Error(`stage ${stage.name}: sh without a literal script`);
      const dir = frames.filter((frame) => frame.name === "dir").map((frame) => frame.argument ?? "");
      stage.steps.push({ stage: stage.name, dir: path.join(".", ...dir), script: script.text });
      i++;
    } else if (token.text === "branch" && current === "when" && stage) stage.branch = list[i + 1]?.text;
    else if (current === "environment" && list[i + 1]?.text === "=") {
      const target = inside("stage") && stage ? stage.environment : pipeline.environment;
      const value = list[i + 2]!;
      target[token.text] =
        value.text === "credentials" ? `credentials:${list[i + 4]!.text}` : value.kind === "string" ? value.text : "";
    }
  }
  return pipeline;
}

/** Every sh step of a Jenkinsfile, in order. */
export function jenkinsShellSteps(text: string): JenkinsShellStep[] {
  return readPipeline(text).stages.flatMap((stage) => stage.steps);
}

/** `credentials('id')`: a secret text is its value, a secret file the path of a copy only the build reads. */
function resolve(environment: Record<string, string>, context: CiContext): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) {
    const id = /^credentials:(.*)$/.exec(value)?.[1];
    if (id === undefined) resolved[name] = value;
    else if (id in context.files) resolved[name] = secretFile(id, context.files[id]!);
    else if (id in context.values) resolved[name] = context.values[id]!;
    else throw new Error(`no credential ${id} in the test's Jenkins`);
  }
  return resolved;
}

/**
 * The build as Jenkins runs it: stages in order (a `when { branch }` that does not match skips its
 * stage), each sh step as durable-task starts it: `sh -xe <script>` (Debian's sh is dash), or the
 * script itself when it starts with `#!` (BourneShellScript.java). The first failing step fails the build.
 */
export function runJenkinsfile(text: string, context: CiContext): JobRun {
  const pipeline = readPipeline(text);
  const run: JobRun = { passed: true, steps: [] };
  for (const stage of pipeline.stages) {
    if (stage.branch !== undefined && stage.branch !== context.branch) continue;
    const env = ciEnv({
      ...context.env,
      BRANCH_NAME: context.branch,
      ...resolve(pipeline.environment, context),
      ...resolve(stage.environment, context),
    });
    for (const step of stage.steps) {
      const file = scriptFile(step.script);
      const argv: [string, string[]] = step.script.startsWith("#!") ? [file, []] : ["sh", ["-xe", file]];
      const result = runStep(argv[0], argv[1], path.join(context.dir, step.dir), env);
      run.steps.push({ name: `${stage.name}: ${step.script.split("\n")[0]}`, ...result });
      if (result.status !== 0) return { ...run, passed: false };
    }
  }
  return run;
}
