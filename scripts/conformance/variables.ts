/**
 * Variable cases: a folder holding only `variable` blocks, values given through every source
 * Terraform reads (defaults, terraform.tfvars(.json), *.auto.tfvars(.json), hidden and backup
 * files, -var-file, -var, TF_VAR_), and `var.x` asked of the console: the value Terraform deploys.
 */
import type { FolderCase } from "./heredocs";
import type { Random } from "./random";

interface TypedValues {
  type: string;
  /** A value per source, as HCL text, JSON text and the raw text of -var / TF_VAR_. */
  values: Array<{ hcl: string; json: string; raw: string }>;
}

function stringValue(text: string) {
  return { hcl: JSON.stringify(text), json: JSON.stringify(text), raw: text };
}

const TYPES: Array<(tag: string) => TypedValues> = [
  (tag) => ({ type: "", values: [stringValue(tag)] }),
  (tag) => ({ type: "string", values: [stringValue(tag), { hcl: "42", json: "42", raw: "42" }] }),
  () => ({ type: "number", values: [{ hcl: "1.50", json: "1.50", raw: "1.50" }, stringValue("7"), stringValue(" 7")] }),
  () => ({
    type: "bool",
    values: [{ hcl: "true", json: "true", raw: "true" }, stringValue("false"), stringValue("1")],
  }),
  (tag) => ({
    type: "list(string)",
    values: [
      { hcl: `["${tag}", "b"]`, json: `["${tag}", "b"]`, raw: `["${tag}", "b"]` },
      { hcl: "[1, true]", json: "[1, true]", raw: "[1, true]" },
    ],
  }),
  (tag) => ({
    type: "set(string)",
    values: [{ hcl: `["z", "${tag}", "a", "z"]`, json: `["z", "${tag}", "a", "z"]`, raw: `["z", "${tag}", "a"]` }],
  }),
  (tag) => ({
    type: "map(string)",
    values: [{ hcl: `{ b = "${tag}", a = 1 }`, json: `{"b": "${tag}", "a": 1}`, raw: `{ b = "${tag}", a = 1 }` }],
  }),
  (tag) => ({
    type: "object({ url = string, port = optional(number, 443), tags = optional(list(string)) })",
    values: [
      {
        hcl: `{ url = "https://${tag}.example" }`,
        json: `{"url": "https://${tag}.example"}`,
        raw: `{ url = "https://${tag}.example" }`,
      },
      {
        hcl: `{ url = "x", port = "8080", extra = 1 }`,
        json: `{"url": "x", "port": "8080", "extra": 1}`,
        raw: `{ url = "x", port = "8080" }`,
      },
    ],
  }),
  (tag) => ({
    type: "any",
    values: [
      { hcl: `{ b = ["${tag}"], a = 1 }`, json: `{"b": ["${tag}"], "a": 1}`, raw: `{ b = ["${tag}"], a = 1 }` },
      stringValue(tag),
      { hcl: '[1, "a"]', json: '[1, "a"]', raw: '[1, "a"]' },
    ],
  }),
];

/** The sources a value can come through, by the file (or argument) Terraform reads it from. */
const SOURCES = [
  "default",
  "terraform.tfvars",
  "terraform.tfvars.json",
  "a.auto.tfvars",
  "b.auto.tfvars.json",
  "z.auto.tfvars",
  "10.auto.tfvars",
  "9.auto.tfvars",
  "B.auto.tfvars",
  ".hidden.auto.tfvars",
  "backup.auto.tfvars~",
  "#editor.auto.tfvars#",
  "upper.AUTO.TFVARS",
  "other.tfvars",
  "-var-file=custom.tfvars",
  "-var-file=custom.tfvars.json",
  "-var-file=late.tfvars",
  "-var",
  "-var#2",
  "TF_VAR_",
] as const;

function addSource(
  item: FolderCase,
  source: string,
  value: TypedValues["values"][number],
  declaration: string[],
): void {
  if (source === "default") declaration.push(`  default = ${value.hcl}`);
  else if (source === "TF_VAR_") item.env.TF_VAR_x = value.raw;
  else if (source.startsWith("-var#") || source === "-var") item.args.push(`-var=x=${value.raw}`);
  else if (source.startsWith("-var-file=")) {
    const file = source.slice("-var-file=".length);
    item.files[file] = file.endsWith(".json") ? `{"x": ${value.json}}\n` : `x = ${value.hcl}\n`;
    item.args.push(`-var-file=${file}`);
  } else item.files[source] = source.endsWith(".json") ? `{"x": ${value.json}}\n` : `x = ${value.hcl}\n`;
}

export function generateVariableCases(random: Random, count = 220): FolderCase[] {
  const cases: FolderCase[] = [];
  for (let at = 0; at < count; at++) {
    const item: FolderCase = { category: "variable", files: {}, args: [], env: {}, expression: "var.x" };
    const sources = [...SOURCES].filter(() => random.chance(0.2));
    if (sources.length === 0) sources.push(random.pick(SOURCES));
    const typed = random.pick(TYPES);
    const declaration: string[] = [];
    for (const source of sources) {
      const value = random.chance(0.7)
        ? typed(source.replace(/[^A-Za-z0-9]/g, "_")).values[0]!
        : random.pick(typed(source).values);
      addSource(item, source, value, declaration);
    }
    if (typed("").type) declaration.unshift(`  type = ${typed("").type}`);
    if (random.chance(0.1)) declaration.push("  nullable = false");
    item.files["variables.tf"] = `variable "x" {\n${declaration.join("\n")}\n}\n`;
    if (random.chance(0.15))
      item.expression = random.pick(['"${var.x}"', "upper(var.x)", "var.x == null", "length(var.x)"]);
    cases.push(item);
  }
  return cases;
}
