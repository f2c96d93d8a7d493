// Finds the sample outputs in Markdown: a comment naming the command, then the fenced block it printed.
//
//   <!-- sample: npx dpia gate test/fixtures/three-forms/plan.json
//   exit: 1
//   -->
//   ```text
//   $ npx dpia gate test/fixtures/three-forms/plan.json
//   APPROVED High     INT-crm-f6b8a1  "CRM" (3 findings)
//   ```
//
// Keys after the command (each optional, one per line):
//   exit: N            the exit code the command must end with (default 0)
//   cwd: <folder>      where the command runs, relative to the repository (default its root)
//   copy: <path>       a writable copy of this path in the sandbox (repeatable; the rest is linked, so writes would reach the repository)
//   setup: <command>   run before, output not shown, exit 0 or 1 (repeatable, in order)
//   env: NAME=value    set for setup and command (repeatable)
//   session: <name>    samples of one file with the same session share one sandbox, in document order
//   lines: 1-3,9-      keep only these lines of the output (a "…" line stands for each gap)
//   grep: <regex>      keep only the lines that match
//   vary: <regex>      text that legitimately differs between runs (compared as a placeholder)
import * as fs from "node:fs";

export interface SampleSpec {
  command: string;
  exit: number;
  cwd: string;
  copies: string[];
  setup: string[];
  env: Record<string, string>;
  session?: string;
  lines?: string;
  grep?: string;
  vary: string[];
}

export interface Sample {
  file: string;
  /** 1-based line of the comment, for messages. */
  line: number;
  spec: SampleSpec;
  /** The fence's info string (`text`, `console`, …). */
  language: string;
  /** The block's lines between the fences, each with its newline. */
  shown: string;
  /** Character offsets of that text in the file, to rewrite it. */
  start: number;
  end: number;
}

const MARKER =
  /<!-- sample: ([^\n]*?)[ \t]*(?:\n((?:[a-z]+: [^\n]*\n)*))?[ \t]*-->\n(`{3,})([^\n]*)\n([\s\S]*?)(?<=\n|^)\3[ \t]*(?:\n|$)/g;

/** A fence of four or more backticks shows Markdown as text: a sample marker in it is an example, not a sample. */
const EXAMPLE_FENCE = /^(`{4,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;

export function findSamples(file: string, source = fs.readFileSync(file, "utf8")): Sample[] {
  // Blanked out, not removed, so that offsets into the text stay those of the file.
  const text = source.replace(EXAMPLE_FENCE, (example) => example.replace(/[^\n]/g, " "));
  const samples: Sample[] = [];
  for (const match of text.matchAll(MARKER)) {
    const [whole, command = "", keys = "", fence = "", language = "", shown = ""] = match;
    const line = text.slice(0, match.index).split("\n").length;
    const spec = parseSpec(command, keys, `${file}:${line}`);
    const start = match.index + whole.indexOf(`${fence}${language}\n`) + fence.length + language.length + 1;
    samples.push({ file, line, spec, language, shown, start, end: start + shown.length });
  }
  const comments = text.match(/<!-- sample:/g)?.length ?? 0;
  if (comments !== samples.length)
    throw new Error(`${file}: ${comments} sample comments but ${samples.length} followed by a fenced block`);
  return samples;
}

function parseSpec(command: string, keys: string, where: string): SampleSpec {
  if (!command) throw new Error(`${where}: a sample names its command`);
  const spec: SampleSpec = { command, exit: 0, cwd: ".", copies: [], setup: [], env: {}, vary: [] };
  for (const entry of keys.split("\n").filter(Boolean)) {
    const colon = entry.indexOf(": ");
    setKey(spec, entry.slice(0, colon), entry.slice(colon + 2), where);
  }
  return spec;
}

function setKey(spec: SampleSpec, key: string, value: string, where: string): void {
  if (key === "exit") spec.exit = Number(value);
  else if (key === "cwd") spec.cwd = value;
  else if (key === "copy") spec.copies.push(value);
  else if (key === "setup") spec.setup.push(value);
  else if (key === "env") spec.env[value.slice(0, value.indexOf("="))] = value.slice(value.indexOf("=") + 1);
  else if (key === "session") spec.session = value;
  else if (key === "lines" || key === "grep") spec[key] = value;
  else if (key === "vary") spec.vary.push(value);
  else throw new Error(`${where}: unknown sample key "${key}"`);
}

/** Every Markdown file whose samples are checked: the README, CONTRIBUTING and docs/. */
export function documentationFiles(repo: string): string[] {
  const files = ["README.md", "CONTRIBUTING.md"].filter((name) => fs.existsSync(`${repo}/${name}`));
  const walk = (folder: string): string[] =>
    fs.readdirSync(`${repo}/${folder}`, { withFileTypes: true }).flatMap((entry) => {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return walk(relative);
      return entry.name.endsWith(".md") ? [relative] : [];
    });
  return [...files, ...(fs.existsSync(`${repo}/docs`) ? walk("docs").sort() : [])];
}
