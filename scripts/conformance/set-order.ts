/**
 * Vectors for the order of sets whose elements are not primitives (set(object(...)) variables, the shape Genesys'
 * data-action modules declare their custom fields with): Terraform orders them by cty's element hash, so a `for` over
 * them, and every template built from one, follows that order. Asks `terraform console` about each folder and writes
 * test/vectors/terraform-console/set-order.jsonl, which test/conformance.test.ts replays without Terraform.
 *
 *   npx tsx scripts/conformance/set-order.ts [--seed N] [--count N]
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { FolderCase } from "./heredocs";
import { hclString, Random } from "./random";
import { askFolder, inParallel } from "./terraform-console";

const OUT = path.join(__dirname, "..", "..", "test", "vectors", "terraform-console", "set-order.jsonl");
const WORDS = [
  "address",
  "age",
  "dob",
  "email",
  "phone",
  "a",
  "b",
  "Z",
  "",
  "x y",
  'q"t',
  "back\\slash",
  "é",
  "10",
  "9",
];
const TYPES = ["string", "integer", "number", "boolean"];

function word(random: Random): string {
  return random.pick(WORDS) + (random.chance(0.3) ? String(random.int(100)) : "");
}

/** One element: an object of the declared shape, some attributes numbers, bools, lists or null. */
function element(random: Random): string {
  const number = random.chance(0.15)
    ? String(random.int(2) === 0 ? -random.int(1e6) : random.int(1e12))
    : String(random.int(100));
  const tags = random.chance(0.2)
    ? "null"
    : `[${Array.from({ length: random.int(3) }, () => hclString(word(random))).join(", ")}]`;
  return `{ field = ${hclString(word(random))}, type = ${hclString(random.pick(TYPES))}, size = ${number}, on = ${random.chance(0.5)}, tags = ${tags} }`;
}

const TYPE = "set(object({ field = string, type = string, size = number, on = bool, tags = list(string) }))";

function cases(random: Random, count: number): FolderCase[] {
  return Array.from({ length: count }, () => {
    const elements = Array.from({ length: 2 + random.int(5) }, () => element(random));
    const main = `variable "x" {\n  type    = ${TYPE}\n  default = [${elements.join(", ")}]\n}\nlocals {\n  fields = "%{ for o in var.x }\${o.field}:\${o.type};%{ endfor }"\n}\n`;
    const expression = random.pick(["local.fields", "[for o in var.x : o.field]", "var.x"]);
    return { category: "set-order", files: { "main.tf": main }, args: [], env: {}, expression };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seed: { type: "string", default: "23" }, count: { type: "string", default: "60" } },
  });
  const seed = Number(values.seed);
  const version = (
    JSON.parse(
      execFileSync("terraform", ["version", "-json"], {
        env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" },
      }).toString(),
    ) as { terraform_version: string }
  ).terraform_version;
  const items = cases(new Random(seed), Number(values.count));
  const answers = await inParallel(items, 2, askFolder);
  const header = {
    terraform: version,
    seed,
    generator: `npx tsx scripts/conformance/set-order.ts --seed ${seed} --count ${items.length}`,
    kind: "folder",
    fields: "category, files, args, env, expression, terraform | error",
  };
  const lines = items.map((item, at) => {
    const answer = answers[at]!;
    return { ...item, ...("value" in answer ? { terraform: answer.value } : { error: answer.error }) };
  });
  fs.writeFileSync(OUT, `${[header, ...lines].map((line) => JSON.stringify(line)).join("\n")}\n`);
  process.stderr.write(`${items.length} folders from terraform ${version} → ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
