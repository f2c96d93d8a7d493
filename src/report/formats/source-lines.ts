/**
 * Lines in source texts, for SARIF regions: where an attribute of a declared resource is written
 * (HCL or Terraform JSON), where a construct's id is written in a CDKTF app, where a plan lists an
 * address. Each answers undefined rather than guess: a region is a place to look, never a verdict.
 */

/** One line with the nesting depth (braces and brackets outside strings and comments) at its start. */
interface ScannedLine {
  text: string;
  depth: number;
  /** Inside a heredoc: text, never a key. */
  heredoc: boolean;
}

const HEREDOC_START = /<<-?\s*([A-Za-z_][A-Za-z0-9_-]*)\s*$/;

/** The depth change of one line outside heredocs: quoted strings and `#`/`//` comments do not count. */
function depthChange(line: string): number {
  let change = 0;
  let quoted = false;
  for (let at = 0; at < line.length; at++) {
    const character = line[at];
    if (quoted) {
      if (character === "\\") at++;
      else if (character === '"') quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === "#" || (character === "/" && line[at + 1] === "/")) break;
    else if (character === "{" || character === "[") change++;
    else if (character === "}" || character === "]") change--;
  }
  return change;
}

/** A text split into lines with their depth: scanned once per file, then asked for every finding in it. */
export type ScannedSource = readonly ScannedLine[];

export function scanSource(text: string): ScannedSource {
  const lines: ScannedLine[] = [];
  let depth = 0;
  let heredocEnd: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (heredocEnd !== undefined) {
      lines.push({ text: line, depth, heredoc: true });
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    lines.push({ text: line, depth, heredoc: false });
    depth += depthChange(line);
    heredocEnd = HEREDOC_START.exec(line)?.[1];
  }
  return lines;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The lines (0-based) of the block opened at `from`: those after it until the depth falls back. */
function blockRange(lines: ScannedSource, from: number): { start: number; end: number } {
  const depth = lines[from]!.depth;
  let end = from + 1;
  while (end < lines.length && (lines[end]!.heredoc || lines[end]!.depth > depth)) end++;
  return { start: from + 1, end };
}

/** The `index`-th shallowest line of the range that writes `name` as a key (`name =`, `name {`, `"name":`, `dynamic "name"`). */
function keyLine(lines: ScannedSource, range: { start: number; end: number }, name: string, index: number) {
  const key = new RegExp(
    `^\\s*(?:"?${escapeRegExp(name)}"?\\s*(?:=(?!=)|:|\\{)|dynamic\\s+"${escapeRegExp(name)}"\\s*\\{)`,
  );
  const matches: number[] = [];
  for (let at = range.start; at < range.end; at++)
    if (!lines[at]!.heredoc && key.test(lines[at]!.text)) matches.push(at);
  const shallowest = Math.min(...matches.map((at) => lines[at]!.depth));
  const direct = matches.filter((at) => lines[at]!.depth === shallowest);
  return direct[index] ?? direct[0];
}

/**
 * The line of an attribute path (`config_request[0].request_url_template`) inside the block
 * declared at `declarationLine` (1-based): the deepest part of the path that is written there, so
 * a value inside a JSON string or a default the block does not write gives its nearest written part.
 */
export function attributeLine(lines: ScannedSource, declarationLine: number, attribute: string): number | undefined {
  let at = declarationLine - 1;
  if (at < 0 || at >= lines.length) return undefined;
  let found: number | undefined;
  for (const part of attribute.split(".")) {
    // `roles[1]`: the name, and which of its blocks (the first index; later ones are inside a value).
    const bracket = part.indexOf("[");
    const name = bracket < 0 ? part : part.slice(0, bracket);
    const index = bracket < 0 ? 0 : Number(/^\[(\d+)\]/.exec(part.slice(bracket))?.[1] ?? 0);
    const child = keyLine(lines, blockRange(lines, at), name, index);
    if (child === undefined) break;
    found = child + 1;
    at = child;
  }
  return found;
}

/** The line where a construct's id (the last part of its path) is written as a string literal, when it is written once. */
export function constructIdLine(text: string, constructPath: string): number | undefined {
  const id = constructPath.split("/").pop();
  if (!id) return undefined;
  const literal = new RegExp(`(["'\`])${escapeRegExp(id)}\\1`);
  const lines = text.split(/\r?\n/);
  const found = lines.flatMap((line, at) => (literal.test(line) ? [at + 1] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The line where each address is first named in a plan JSON (`"address": "…"`), found in one pass; a plan on one line gives 1. */
export function addressLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const named = /"address"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
  let line = 1;
  let counted = 0;
  for (let match = named.exec(text); match; match = named.exec(text)) {
    for (let at = counted; at < match.index; at++) if (text.charCodeAt(at) === 10) line++;
    counted = match.index;
    let address: unknown;
    try {
      address = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    if (typeof address === "string" && !lines.has(address)) lines.set(address, line);
  }
  return lines;
}
