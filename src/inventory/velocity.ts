import { parseTemplate, type TemplatePart } from "./expressions";

/**
 * What a Velocity template (a data action's URL, request or success template) renders, piece by
 * piece: text that is output as written, references whose value is only known at run time, and
 * directives that decide at run time what is output. Terraform expressions pass through as they
 * were read. Follows the reference syntax of the Velocity user guide: `$x`, `$!x`, `${x}`, `$!{x}`,
 * property, method and index chains, `\` escapes, `##` and `#* *#` comments, `#[[ ]]#` text.
 */
export type VelocityPart =
  | { kind: "text"; text: string }
  | { kind: "reference"; source: string; root: string; properties: string[]; calls: boolean }
  /** `assigns`: the variable a `#set` or `#foreach` sets. */
  | { kind: "directive"; source: string; name: string; assigns?: string }
  | { kind: "terraform"; part: TemplatePart };

/** Directives that decide at run time what the template outputs. */
const OUTPUT_DIRECTIVES = new Set([
  "if",
  "elseif",
  "else",
  "end",
  "foreach",
  "break",
  "stop",
  "evaluate",
  "parse",
  "include",
  "macro",
  "define",
]);
const IDENTIFIER_START = /[A-Za-z]/;
const IDENTIFIER = /[A-Za-z0-9_-]/;

/** Index just past the bracket that closes the one at `open`, or -1. Quotes are skipped. */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const expected: string[] = [];
  let quote = "";
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (pairs[c]) expected.push(pairs[c]!);
    else if (c === expected[expected.length - 1]) {
      expected.pop();
      if (expected.length === 0) return i + 1;
    } else if (c === ")" || c === "]" || c === "}") return -1;
  }
  return -1;
}

function identifierEnd(text: string, start: number): number {
  let i = start;
  if (i >= text.length || !IDENTIFIER_START.test(text[i]!)) return start;
  while (i < text.length && IDENTIFIER.test(text[i]!)) i++;
  return i;
}

type Chain = { end: number; root: string; properties: string[]; calls: boolean };

/**
 * Reads `name(.name | .name(args) | [index])*` at `start`; undefined when no reference starts there,
 * "unbalanced" when a bracket never closes (the rest of the template cannot be read).
 */
function readChain(text: string, start: number): Chain | "unbalanced" | undefined {
  const rootEnd = identifierEnd(text, start);
  if (rootEnd === start) return undefined;
  const properties: string[] = [];
  let calls = false;
  let i = rootEnd;
  for (;;) {
    if (text[i] === "." && IDENTIFIER_START.test(text[i + 1] ?? "")) {
      const end = identifierEnd(text, i + 1);
      const name = text.slice(i + 1, end);
      if (text[end] === "(") {
        const close = closing(text, end);
        if (close < 0) return "unbalanced";
        calls = true;
        i = close;
      } else {
        properties.push(name);
        i = end;
      }
    } else if (text[i] === "[") {
      const close = closing(text, i);
      if (close < 0) return "unbalanced";
      calls = true;
      i = close;
    } else break;
  }
  return { end: i, root: text.slice(start, rootEnd), properties, calls };
}

/** A `${...}` or `$!{...}` body as a reference: the chain must fill it (an `|` default is allowed). */
function formalReference(part: TemplatePart & { kind: "velocity" }): VelocityPart {
  const chain = readChain(part.expression, 0);
  const source = `\${${part.expression}}`;
  if (!chain || chain === "unbalanced")
    return {
      kind: "reference",
      source,
      root: part.namespace,
      properties: part.path ? part.path.split(".") : [],
      calls: true,
    };
  const rest = part.expression.slice(chain.end).trim();
  return {
    kind: "reference",
    source,
    root: chain.root,
    properties: chain.properties,
    calls: chain.calls || rest !== "",
  };
}

/** A lexer over one literal stretch of a template: the text, where it is, the literal text pending and what it has output. */
interface Lexer {
  text: string;
  i: number;
  literal: string;
  out: VelocityPart[];
  /** A comment or unparsed block still open at the end of a stretch: Velocity reads on through the next parts. */
  open?: OpenBlock;
}

/** `line`: a `##` comment, to the next line break; `block`: `#* *#`; `raw`: `#[[ ]]#`, printed as written. */
type OpenBlock = "line" | "block" | "raw";

const BLOCK_END: Record<Exclude<OpenBlock, "line">, string> = { block: "*#", raw: "]]#" };

/**
 * Reads on from `from` through an open comment or raw block: to the line break after a `##` comment (`\n`, `\r` or
 * `\r\n`, which Velocity removes with it), or past `*#` / `]]#`. Raw text is printed. Returns whether it closed.
 */
function readOpenBlock(lexer: Lexer, block: OpenBlock, from: number): boolean {
  const { text } = lexer;
  if (block === "line") {
    const match = /\r\n|\r|\n/.exec(text.slice(from));
    lexer.i = match ? from + match.index + match[0].length : text.length;
    return match !== null;
  }
  const end = text.indexOf(BLOCK_END[block], from);
  if (block === "raw") lexer.literal += text.slice(from, end < 0 ? text.length : end);
  lexer.i = end < 0 ? text.length : end + BLOCK_END[block].length;
  return end >= 0;
}

/** What a step did: read a construct, leave the character to be read as text, or stop at what Velocity refuses. */
type Step = "read" | "text" | "stop";

function flush(lexer: Lexer): void {
  if (lexer.literal) lexer.out.push({ kind: "text", text: lexer.literal });
  lexer.literal = "";
}

/** Velocity refuses the template from here on, so nothing after this point is known. */
function unparsed(lexer: Lexer): Step {
  flush(lexer);
  lexer.out.push({ kind: "directive", source: lexer.text.slice(lexer.i), name: "unparsed" });
  return "stop";
}

/** `\$x` prints `$x`, `\\$x` prints `\` and the value of $x; other backslashes are text. */
function lexEscape(lexer: Lexer): Step {
  const { text, i } = lexer;
  let j = i;
  while (text[j] === "\\") j++;
  const escapes = j - i;
  if (text[j] === "$" || text[j] === "#") {
    lexer.literal += "\\".repeat(Math.floor(escapes / 2));
    if (escapes % 2 === 1) {
      lexer.literal += text[j];
      lexer.i = j + 1;
    } else lexer.i = j;
    return "read";
  }
  lexer.literal += text.slice(i, j);
  lexer.i = j;
  return "read";
}

function lexReference(lexer: Lexer): Step {
  const { text, i } = lexer;
  const silent = text[i + 1] === "!";
  const start = i + (silent ? 2 : 1);
  // An unbalanced formal reference: Velocity refuses the template, so nothing is known.
  if (text[start] === "{") return unparsed(lexer);
  const chain = readChain(text, start);
  if (chain === "unbalanced") return unparsed(lexer);
  if (!chain) return "text";
  flush(lexer);
  lexer.out.push({
    kind: "reference",
    source: text.slice(i, chain.end),
    root: chain.root,
    properties: chain.properties,
    calls: chain.calls,
  });
  lexer.i = chain.end;
  return "read";
}

/** `##` and `#* *#` comments print nothing; `#[[ ]]#` prints its content as written. One left open continues in the next stretch. */
function lexComment(lexer: Lexer): boolean {
  const { text, i } = lexer;
  const block: OpenBlock | undefined = text.startsWith("##", i)
    ? "line"
    : text.startsWith("#*", i)
      ? "block"
      : text.startsWith("#[[", i)
        ? "raw"
        : undefined;
  if (block) {
    if (!readOpenBlock(lexer, block, i + (block === "raw" ? 3 : 2))) lexer.open = block;
    return true;
  }
  return false;
}

function lexDirective(lexer: Lexer): Step {
  if (lexComment(lexer)) return "read";
  const { text, i } = lexer;
  const braced = text[i + 1] === "{";
  const macro = text[i + 1] === "@";
  const nameStart = i + (braced || macro ? 2 : 1);
  const nameEnd = identifierEnd(text, nameStart);
  const name = text.slice(nameStart, nameEnd);
  let end = nameEnd;
  if (braced) end = text[end] === "}" ? end + 1 : -1;
  let after = end;
  while (after >= 0 && (text[after] === " " || text[after] === "\t")) after++;
  const args = after >= 0 && text[after] === "(";
  // `#name(...)` may be a macro call; other `#word` is text (a URL fragment).
  if (!name || end < 0 || !(OUTPUT_DIRECTIVES.has(name) || name === "set" || macro || args)) return "text";
  if (args) {
    const close = closing(text, after);
    if (close < 0) return unparsed(lexer);
    end = close;
  }
  flush(lexer);
  const assigns =
    name === "set" || name === "foreach"
      ? /^\(\s*\$!?\{?([A-Za-z][A-Za-z0-9_-]*)/.exec(text.slice(after, end))?.[1]
      : undefined;
  lexer.out.push({ kind: "directive", source: text.slice(i, end), name, ...(assigns ? { assigns } : {}) });
  lexer.i = end;
  return "read";
}

/** Lexes one literal stretch; returns the comment or raw block it leaves open. */
function lexText(text: string, out: VelocityPart[], open: OpenBlock | undefined): OpenBlock | undefined {
  const lexer: Lexer = { text, i: 0, literal: "", out };
  if (open && !readOpenBlock(lexer, open, 0)) {
    flush(lexer);
    return open;
  }
  while (lexer.i < text.length) {
    const c = text[lexer.i]!;
    const step =
      c === "\\" ? lexEscape(lexer) : c === "$" ? lexReference(lexer) : c === "#" ? lexDirective(lexer) : "text";
    if (step === "stop") return undefined;
    if (step === "text") {
      lexer.literal += c;
      lexer.i++;
    }
  }
  flush(lexer);
  return lexer.open;
}

/** Reads a template into what it outputs; never throws, linear in the length of the text. */
export function parseVelocity(value: string): VelocityPart[] {
  const out: VelocityPart[] = [];
  let open: OpenBlock | undefined;
  for (const part of parseTemplate(value)) {
    if (part.kind === "literal") open = lexText(part.text, out, open);
    // Velocity reads a `${...}` Terraform's syntax split off as characters of the open comment or block, which may end inside it.
    else if (open && part.kind === "velocity") open = lexText(`\${${part.expression}}`, out, open);
    else if (open) {
      // What Terraform puts here may end the comment or block (a line break, `*#`): nothing after it is known.
      out.push({ kind: "directive", source: `\${${part.expression}}`, name: "unparsed" });
      return out;
    } else out.push(part.kind === "velocity" ? formalReference(part) : { kind: "terraform", part });
  }
  return out;
}

/** Roots whose properties are not data fields: tools, credentials, Terraform-only names. */
const NOT_FIELDS = new Set([
  "credentials",
  "rawResult",
  "esc",
  "math",
  "encoding",
  "urlTool",
  "successTemplateUtils",
  "authResponse",
  "context",
  "flow",
  "var",
  "local",
  "module",
  "data",
  "each",
  "count",
  "path",
  "terraform",
  "self",
]);
const ANY_REFERENCE = /\$!?\{?\s*([A-Za-z][A-Za-z0-9_-]*)((?:\.[A-Za-z][A-Za-z0-9_-]*)*)(\s*\()?/g;

/**
 * The field names a template reads, at any depth (method arguments and directives included):
 * `$input.cardNumber`, `${input.a.b}`, `$esc.jsonString($input.iban)` → cardNumber, a, b, iban.
 * One linear pass over every `$` (an escaped reference counts too: reading more is the safe side).
 */
export function velocityFieldNames(value: string | undefined): string[] {
  if (!value) return [];
  const names: string[] = [];
  for (const match of value.matchAll(ANY_REFERENCE)) {
    const properties = match[2] ? match[2].slice(1).split(".") : [];
    if (match[3] && properties.length > 0) properties.pop();
    if (match[1] === "input") names.push(...properties.filter((name) => name !== "rawRequest"));
    else if (!NOT_FIELDS.has(match[1]!)) names.push(match[1]!, ...properties);
  }
  return names;
}
