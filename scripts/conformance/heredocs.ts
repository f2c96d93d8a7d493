/**
 * Heredoc cases. The console reads one line at a time, so a heredoc is asked in a folder: `local.v`
 * of a main.tf that holds only `locals { v = <the expression> }`.
 */
import type { Random } from "./random";
import { EDGE_LISTS, edgeValue } from "./values";

export interface FolderCase {
  category: string;
  /** The files of the folder, by name. */
  files: Record<string, string>;
  /** Extra arguments of `terraform console` (-var-file, -var), in order. */
  args: string[];
  /** TF_VAR_ variables of the environment. */
  env: Record<string, string>;
  /** The expression asked in the folder (var.x, local.v). */
  expression: string;
}

const LINES = [
  "plain line",
  "  indented two",
  "\tindented tab",
  "    four spaces",
  "",
  "trailing spaces   ",
  '${upper("interp")}',
  "${1 + 2}",
  "$${literal}",
  "%%{literal}",
  "%{ if true }yes%{ else }no%{ endif }",
  '%{ for v in ["a", "b"] }${v};%{ endfor }',
  "unicode é 😀",
  "  EOT",
  "EOT_",
  '"quotes" and \\backslash',
  '${"nested ${"deep"}"}',
];

function heredoc(random: Random, indentBody: boolean): string {
  const marker = random.pick(["EOT", "EOF", "END", "X"]);
  const flush = random.chance(0.5);
  const margin = indentBody ? random.pick(["  ", "    ", "\t"]) : "";
  const count = 1 + random.int(4);
  const lines = Array.from(
    { length: count },
    () => margin + random.pick(LINES).replace(/\bEOT\b/, marker === "EOT" ? "EOT2" : "EOT"),
  );
  const closing = flush ? marker : `${random.pick(["", "  "])}${marker}`;
  return `<<${flush ? "-" : ""}${marker}\n${lines.join("\n")}\n${flush ? margin : ""}${closing}\n`;
}

export function generateHeredocs(random: Random, count: number): FolderCase[] {
  const cases: FolderCase[] = [];
  for (let at = 0; at < count; at++) {
    const body = heredoc(random, random.chance(0.5));
    const wrap = random.pick([
      (text: string) => text,
      (text: string) => `upper(${text})`,
      (text: string) => `trimspace(${text})`,
      (text: string) => `split("\\n", ${text})`,
      (text: string) => `length(${text})`,
      (text: string) => `[${text}, ${edgeValue(random, "string")}]`,
      (text: string) => `concat(${random.pick(EDGE_LISTS.slice(1, 4))}, [${text}])`,
      (text: string) => `replace(${text}, "/\\\\s+/", " ")`,
    ]);
    cases.push({
      category: "heredoc",
      files: { "main.tf": `locals {\n  v = ${wrap(body)}\n}\n` },
      args: [],
      env: {},
      expression: "local.v",
    });
  }
  return cases;
}
