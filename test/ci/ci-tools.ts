import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/stacks";
import { testEnv, type TestEnv } from "../helpers/test-env";

const repo = path.resolve(__dirname, "../..");

/**
 * Stand-ins for what a CI image brings besides the gate: `terraform` answers with the plan the test
 * chose (STUB_TERRAFORM_PLAN) and logs every call (STUB_TERRAFORM_LOG, so a test sees whether apply
 * ran); `npm ci` installs this repository's real `dpia` (and a `cdktf` whose synth writes the app the
 * test chose, STUB_CDKTF_APP, as a stack's cdk.tf); `npx` runs what is installed, as `npx` does for a
 * package in node_modules, and refuses anything else. bash, sh (dash, as on Debian images) and jq are real.
 */
const STUBS: Record<string, string> = {
  terraform: `#!/bin/sh
set -e
echo "terraform $*" >> "\${STUB_TERRAFORM_LOG:-/dev/null}"
for argument in "$@"; do
  case "$argument" in -out=*) : > "\${argument#-out=}" ;; esac
done
case "$1" in
  init|plan|validate) ;;
  show) cat "$STUB_TERRAFORM_PLAN" ;;
  apply) echo "applied" >> "\${STUB_TERRAFORM_LOG:-/dev/null}" ;;
  *) echo "stub terraform: '$1' is not stubbed" >&2; exit 3 ;;
esac
`,
  npm: `#!/bin/sh
set -e
case "$1" in
  ci|install)
    mkdir -p node_modules/.bin
    printf '#!/bin/sh\\nexec "%s" "%s" "$@"\\n' "${process.execPath}" "${path.join(repo, "bin", "dpia.cjs")}" > node_modules/.bin/dpia
    cat > node_modules/.bin/cdktf <<'CDKTF'
#!/bin/sh
set -e
[ "$1" = synth ] || { echo "stub cdktf: '$1' is not stubbed" >&2; exit 3; }
mkdir -p cdktf.out/stacks/contact-centre
cp "$STUB_CDKTF_APP" cdktf.out/stacks/contact-centre/cdk.tf
CDKTF
    chmod +x node_modules/.bin/dpia node_modules/.bin/cdktf ;;
  *) echo "stub npm: '$1' is not stubbed" >&2; exit 3 ;;
esac
`,
  npx: `#!/bin/sh
while [ "\${1#-}" != "$1" ]; do shift; done
name="$1"; shift
dir="$PWD"
while :; do
  if [ -x "$dir/node_modules/.bin/$name" ]; then exec "$dir/node_modules/.bin/$name" "$@"; fi
  [ "$dir" = / ] && break
  dir=$(dirname "$dir")
done
echo "stub npx: $name is not installed here (npm ci first)" >&2
exit 127
`,
};

let tools: string | undefined;

/** The folder of stubs, made once per test file. */
function ciTools(): string {
  if (tools) return tools;
  const dir = tempDir("ci-tools-");
  for (const [name, text] of Object.entries(STUBS)) fs.writeFileSync(path.join(dir, name), text, { mode: 0o755 });
  tools = dir;
  return dir;
}

/** The environment of a CI step: the clean test environment, the stubs first on PATH, then what the step sets. */
export function ciEnv(env: TestEnv = {}): NodeJS.ProcessEnv {
  const base = testEnv();
  return testEnv({ PATH: `${ciTools()}${path.delimiter}${base.PATH ?? ""}`, ...env });
}

export interface StepResult {
  status: number | null;
  output: string;
}

/** One process as a CI system starts it for a step, waiting for it to end. */
export function runStep(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): StepResult {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 120_000, input: "" });
  const failed = result.error ? `\n${String(result.error)}` : "";
  return { status: result.status, output: `${result.stdout ?? ""}\n${result.stderr ?? ""}${failed}` };
}

/** A script written to a file outside the workspace, as runners do before they start a shell on it. */
export function scriptFile(text: string): string {
  const file = path.join(tempDir("ci-step-"), "script.sh");
  fs.writeFileSync(file, text, { mode: 0o755 });
  return file;
}

/** What a CI system is given besides the repository: its secret and protected values, by the names its file uses. */
export interface CiContext {
  /** The checkout: the job's working folder. */
  dir: string;
  /** The stubs' settings (what terraform answers, where it logs). */
  env: Record<string, string>;
  /** Secret or protected values: GitHub secrets and vars, GitLab CI/CD variables, Jenkins secret texts, Azure variables. */
  values: Record<string, string>;
  /** Secret files by name: GitLab file variables, Jenkins secret files, Azure secure files. */
  files: Record<string, string>;
  /** The branch the run is for. */
  branch: string;
}

interface StepRun {
  name: string;
  status: number | null;
  output: string;
}

/** A job (or build) as its CI system reports it: passed or failed, with each step that ran. */
export interface JobRun {
  passed: boolean;
  steps: StepRun[];
  /** What the steps wrote to the job's summary (GitHub's $GITHUB_STEP_SUMMARY). */
  summary?: string;
}

/** A secret file as runners write one: outside the checkout, readable by its owner only. */
export function secretFile(name: string, content: string): string {
  const file = path.join(tempDir("ci-secret-"), name);
  fs.writeFileSync(file, content, { mode: 0o600 });
  return file;
}

/** What a failed job printed, for an assertion's message. */
export const transcript = (run: JobRun): string =>
  run.steps.map((step) => `--- ${step.name}: exit ${step.status}\n${step.output}`).join("\n") +
  (run.summary ? `\n--- job summary\n${run.summary}` : "");
