/**
 * Asks Terraform what each fixture folder of test/fixtures/terraform-folders means: for every run
 * of a case (command-line -var-file/-var options and TF_VAR_ environment variables) and every
 * expression it lists, `terraform console` evaluates `jsonencode(<expression>)` in a copy of the
 * folder, offline, and the answer is written back into the case's vectors.json as the expected
 * value (or the title of Terraform's error, or "unknown"). test/inventory/terraform-folder.test.ts
 * replays them without Terraform.
 *
 *   npx tsx scripts/conformance/folder-vectors.ts            # every case
 *   npx tsx scripts/conformance/folder-vectors.ts ignored-files
 *   TERRAFORM=/opt/terraform-1.12/terraform npx tsx scripts/conformance/folder-vectors.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The Terraform to ask: TERRAFORM names another binary than the one on the PATH. */
const TERRAFORM = process.env.TERRAFORM ?? "terraform";
const FIXTURES = path.resolve(__dirname, "..", "..", "test", "fixtures", "terraform-folders");

type Expected = { value: unknown } | { error: string } | { unknown: true };

interface Run {
  name: string;
  arguments: string[];
  env?: Record<string, string>;
  expressions: Record<string, Expected | null>;
}

interface Vectors {
  terraform?: string;
  runs: Run[];
}

const ANSI = /\u001b\[[0-9;]*m/g;

function askConsole(dir: string, run: Run, expression: string): Expected {
  const result = spawnSync(TERRAFORM, ["console", ...run.arguments], {
    cwd: dir,
    input: `${expression}\n`,
    encoding: "utf8",
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("TF_VAR_"))),
      ...run.env,
      TF_CLI_CONFIG_FILE: "/dev/null",
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(ANSI, "");
  const error = /Error: (.+)/.exec(output)?.[1];
  if (error) return { error: error.trim() };
  // Warnings come before the value on stdout, boxed in │ lines: the value is the last line.
  const lines = result.stdout
    .replace(ANSI, "")
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^[│╷╵]/.test(line));
  const last = lines.at(-1) ?? "";
  if (last === "(known after apply)") return { unknown: true };
  if (last === "(sensitive value)") return { error: "sensitive" };
  return { value: JSON.parse(JSON.parse(last) as string) as unknown };
}

function answer(dir: string, run: Run, expression: string): Expected {
  const plain = askConsole(dir, run, `jsonencode(${expression})`);
  if ("error" in plain && plain.error === "sensitive")
    return askConsole(dir, run, `jsonencode(nonsensitive(${expression}))`);
  return plain;
}

function regenerate(caseName: string, version: string): void {
  const source = path.join(FIXTURES, caseName);
  const file = path.join(source, "vectors.json");
  const vectors = JSON.parse(fs.readFileSync(file, "utf8")) as Vectors;
  for (const run of vectors.runs) {
    // A copy, so that nothing Terraform writes lands in the fixture.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `folder-vectors-${caseName}-`));
    fs.cpSync(source, dir, { recursive: true });
    fs.rmSync(path.join(dir, "vectors.json"));
    for (const expression of Object.keys(run.expressions)) run.expressions[expression] = answer(dir, run, expression);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.writeFileSync(file, `${JSON.stringify({ ...vectors, terraform: version }, null, 2)}\n`);
  process.stdout.write(`${caseName}: ${vectors.runs.length} runs\n`);
}

const version = /Terraform v(\S+)/.exec(execFileSync(TERRAFORM, ["version"], { encoding: "utf8" }))?.[1] ?? "?";
const only = process.argv.slice(2);
for (const name of fs.readdirSync(FIXTURES).sort())
  if (only.length === 0 || only.includes(name)) regenerate(name, version);
