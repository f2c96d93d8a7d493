// Asks `terraform console` how Terraform converts the literals a configuration can give an
// attribute (a string to a number or bool, a bool to a string, a list to a string…) and writes
// the answers to test/inventory/schema-check/conversion-vectors.json, which the schema check's
// tests replay without Terraform. Re-run when Terraform changes:
//
//   npx tsx scripts/schema-conversion-vectors.ts
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The Terraform to ask: TERRAFORM names another binary than the one on the PATH. */
const terraform = process.env.TERRAFORM ?? "terraform";
const out = path.resolve(__dirname, "..", "test", "inventory", "schema-check", "conversion-vectors.json");

/** [value as JSON, the type the attribute has]. */
const CASES: Array<[unknown, string]> = [
  ...["1e3", "1E3", "1e+3", "-.5e-2", ".5", "5.", "+5", "-5", "00012", "Inf", "inf", "+inf", "-Inf"].map(
    (text): [unknown, string] => [text, "number"],
  ),
  ...[" 1", "1 ", "", "0x10", "0b1", "1_000", "NaN", "INF", "Infinity", "1e", "1.2.3", "e5", "-", "٣", "abc"].map(
    (text): [unknown, string] => [text, "number"],
  ),
  [true, "number"],
  [["1"], "number"],
  ...["true", "false", "1", "0", "True", "TRUE", "yes", "", " true"].map((text): [unknown, string] => [text, "bool"]),
  [1, "bool"],
  [0, "bool"],
  [true, "string"],
  [12.5, "string"],
  [["a"], "string"],
  [{ a: "b" }, "string"],
  ["a", "list(string)"],
  [["a", 1, true], "list(string)"],
  [[["a"]], "list(string)"],
  [{ a: "b" }, "list(string)"],
  [["a", "b"], "set(string)"],
  [{ a: 1, b: true }, "map(string)"],
  [["a"], "map(string)"],
  [{ a: "x" }, "map(number)"],
];

function hcl(value: unknown): string {
  return JSON.stringify(value);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "conversion-vectors-"));
const env = { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1", NO_COLOR: "1" };
const version = spawnSync(terraform, ["version", "-json"], { env, encoding: "utf8" });
const vectors = CASES.map(([value, type]) => {
  // A variable's type constraint converts its default exactly as an attribute's type converts a value.
  fs.writeFileSync(path.join(dir, "main.tf"), `variable "v" {\n  type    = ${type}\n  default = ${hcl(value)}\n}\n`);
  const answer = spawnSync(terraform, ["console"], { cwd: dir, env, input: "var.v\n", encoding: "utf8" });
  return { value, type, converts: answer.status === 0 };
});
fs.writeFileSync(
  out,
  `${JSON.stringify({ terraform: JSON.parse(version.stdout).terraform_version, vectors }, null, 1)}\n`,
);
console.log(`${path.relative(process.cwd(), out)}: ${vectors.length} vectors`);
