/**
 * The differential conformance vectors: generates expressions (and folders with variables and
 * heredocs), asks `terraform console` for each value, and writes the pairs to
 * test/vectors/terraform-console/*.jsonl, which test/conformance.test.ts replays without Terraform.
 *
 *   npx tsx scripts/conformance/generate.ts [--seed N] [--batch 120] [--verify 150] [--limit N]
 *
 * Re-run it when Terraform changes: the header of each file names the version and the seed.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { generateExpressions, type ExpressionCase } from "./expressions";
import { generateHeredocs } from "./heredocs";
import { Random } from "./random";
import { askFolder, ExpressionOracle, inParallel, type ConsoleAnswer } from "./terraform-console";
import { generateVariableCases } from "./variables";

const OUT_DIR = path.join(__dirname, "..", "..", "test", "vectors", "terraform-console");
const PARALLEL = 2;

function terraformVersion(): string {
  const text = execFileSync("nice", ["terraform", "version", "-json"], {
    env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" },
  }).toString();
  return (JSON.parse(text) as { terraform_version: string }).terraform_version;
}

function answerFields(answer: ConsoleAnswer): Record<string, string> {
  return "value" in answer ? { terraform: answer.value } : { error: answer.error };
}

async function askExpressions(cases: ExpressionCase[], batch: number): Promise<ConsoleAnswer[]> {
  const oracle = new ExpressionOracle();
  const batches: ExpressionCase[][] = [];
  for (let at = 0; at < cases.length; at += batch) batches.push(cases.slice(at, at + batch));
  let done = 0;
  const answers = await inParallel(batches, PARALLEL, async (items) => {
    const result = await oracle.ask(items.map((item) => item.expression));
    done += items.length;
    if (done % 1000 < batch) process.stderr.write(`  ${done}/${cases.length} expressions asked\n`);
    return result;
  });
  process.stderr.write(`  ${oracle.consoleRuns} console runs for ${cases.length} expressions\n`);
  return answers.flat();
}

/** The protocol's self-check: a sample asked alone must print exactly what the batch gave. */
async function verifySample(cases: ExpressionCase[], answers: ConsoleAnswer[], random: Random, size: number) {
  const oracle = new ExpressionOracle();
  const sample = Array.from({ length: Math.min(size, cases.length) }, () => random.int(cases.length));
  const mismatches: string[] = [];
  await inParallel(sample, PARALLEL, async (at) => {
    const alone = await oracle.askAlone(cases[at]!.expression);
    const batch = answers[at]!;
    const same = "value" in alone ? "value" in batch && batch.value === alone.value : "error" in batch;
    if (!same)
      mismatches.push(
        `${cases[at]!.expression}\n  batch: ${JSON.stringify(answers[at])}\n  alone: ${JSON.stringify(alone)}`,
      );
  });
  if (mismatches.length > 0)
    throw new Error(`the batch protocol differs from single questions:\n${mismatches.join("\n")}`);
  process.stderr.write(`  self-check: ${sample.length} expressions asked alone gave the same answers\n`);
}

function writeVectors(file: string, header: object, lines: object[]): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const text = [header, ...lines].map((line) => JSON.stringify(line)).join("\n");
  fs.writeFileSync(path.join(OUT_DIR, file), `${text}\n`);
  process.stderr.write(`wrote ${lines.length} vectors to ${path.relative(process.cwd(), path.join(OUT_DIR, file))}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "23" },
      batch: { type: "string", default: "120" },
      verify: { type: "string", default: "150" },
      /** Only the first N expressions and folders: a quick look while changing the generator. */
      limit: { type: "string", default: "1000000" },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  const version = terraformVersion();
  const header = { terraform: version, seed, generator: "npx tsx scripts/conformance/generate.ts --seed " + seed };
  const random = new Random(seed);

  const limit = Number(values.limit);
  const expressions = generateExpressions(random).slice(0, limit);
  process.stderr.write(`asking terraform ${version} about ${expressions.length} expressions\n`);
  const answers = await askExpressions(expressions, Number(values.batch));
  await verifySample(expressions, answers, new Random(seed + 1), Number(values.verify));
  writeVectors(
    "expressions.jsonl",
    { ...header, kind: "expression", fields: "category, expression, terraform (console text) | error (summary)" },
    expressions.map((item, at) => ({ ...item, ...answerFields(answers[at]!) })),
  );

  const folders = [...generateHeredocs(random, 150), ...generateVariableCases(random)].slice(0, limit);
  process.stderr.write(`asking terraform about ${folders.length} folders\n`);
  const folderAnswers = await inParallel(folders, PARALLEL, askFolder);
  writeVectors(
    "folders.jsonl",
    { ...header, kind: "folder", fields: "category, files, args, env, expression, terraform | error" },
    folders.map((item, at) => ({ ...item, ...answerFields(folderAnswers[at]!) })),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
