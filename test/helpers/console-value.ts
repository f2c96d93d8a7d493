/**
 * The value syntax `terraform console` prints (Terraform's internal/repl FormatValue): a parser of
 * that text, a printer that gives it back byte for byte, and a renderer of the gate's own HclValue
 * into the same syntax, so a conformance vector compares as text.
 */
import { Reference, Unknown, type HclValue } from "../../src/inventory/hcl/values";

export type ConsoleValue =
  | { kind: "string"; value: string }
  | { kind: "number"; text: string }
  | { kind: "bool"; value: boolean }
  /** A null; `text` is how the console wrote it: `null`, `tostring(null)`, `tolist(null) /* of string *\/`... */
  | { kind: "null"; text: string }
  | { kind: "tuple" | "list" | "set"; items: ConsoleValue[] }
  | { kind: "object" | "map"; entries: Array<[ConsoleValue, ConsoleValue]> }
  | { kind: "unknown" | "sensitive" };

const WRAPPED_NULL =
  /^(tostring|tonumber|tobool)\(null\)|^(tolist|toset|tomap)\(null\) \/\* of [^\n]*? \*\/|^null \/\* [^\n]*? \*\/|^null/;

class ConsoleParser {
  private at = 0;
  constructor(private readonly text: string) {}

  parseTop(): ConsoleValue {
    const value = this.value(0);
    if (this.at !== this.text.length) this.fail("end of output");
    return value;
  }

  private fail(expected: string): never {
    throw new Error(
      `console output: expected ${expected} at ${this.at}: ${JSON.stringify(this.text.slice(this.at, this.at + 40))}`,
    );
  }

  private eat(literal: string): boolean {
    if (!this.text.startsWith(literal, this.at)) return false;
    this.at += literal.length;
    return true;
  }

  private expect(literal: string): void {
    if (!this.eat(literal)) this.fail(JSON.stringify(literal));
  }

  value(indent: number): ConsoleValue {
    const rest = this.text.slice(this.at, this.at + 200);
    if (this.eat("(known after apply)")) return { kind: "unknown" };
    if (this.eat("(sensitive value)")) return { kind: "sensitive" };
    const nullMatch = WRAPPED_NULL.exec(rest);
    if (nullMatch) {
      this.at += nullMatch[0].length;
      return { kind: "null", text: nullMatch[0] };
    }
    if (this.eat("true")) return { kind: "bool", value: true };
    if (this.eat("false")) return { kind: "bool", value: false };
    for (const [prefix, kind] of [
      ["tolist(", "list"],
      ["toset(", "set"],
    ] as const) {
      if (this.eat(prefix)) {
        const items = this.sequence(indent);
        this.expect(")");
        return { kind, items };
      }
    }
    if (this.eat("tomap(")) {
      const entries = this.mapping(indent);
      this.expect(")");
      return { kind: "map", entries };
    }
    if (rest.startsWith("[")) return { kind: "tuple", items: this.sequence(indent) };
    if (rest.startsWith("{")) return { kind: "object", entries: this.mapping(indent) };
    if (rest.startsWith('"')) return { kind: "string", value: this.quoted() };
    if (rest.startsWith("<<")) return { kind: "string", value: this.heredoc(indent) };
    const number = /^-?(\d+(\.\d+)?|\+Inf|Inf)/.exec(this.text.slice(this.at));
    if (number) {
      this.at += number[0].length;
      return { kind: "number", text: number[0] };
    }
    return this.fail("a value");
  }

  private sequence(indent: number): ConsoleValue[] {
    this.expect("[");
    const items: ConsoleValue[] = [];
    const inner = " ".repeat(indent + 2);
    while (this.eat(`\n${inner}`)) {
      items.push(this.value(indent + 2));
      this.expect(",");
    }
    if (items.length > 0) this.expect(`\n${" ".repeat(indent)}`);
    this.expect("]");
    return items;
  }

  private mapping(indent: number): Array<[ConsoleValue, ConsoleValue]> {
    this.expect("{");
    const entries: Array<[ConsoleValue, ConsoleValue]> = [];
    const inner = " ".repeat(indent + 2);
    while (this.eat(`\n${inner}`)) {
      const key = this.value(indent + 2);
      this.expect(" = ");
      entries.push([key, this.value(indent + 2)]);
    }
    if (entries.length > 0) this.expect(`\n${" ".repeat(indent)}`);
    this.expect("}");
    return entries;
  }

  /** Go's strconv.Quote output. */
  private quoted(): string {
    this.expect('"');
    let result = "";
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || char === "\n") this.fail("a closing quote");
      this.at++;
      if (char === '"') return result;
      if (char !== "\\") {
        result += char;
        continue;
      }
      result += this.escape();
    }
  }

  private escape(): string {
    const char = this.text[this.at++];
    const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
    if (char !== undefined && Object.hasOwn(simple, char)) return simple[char]!;
    if (char === "\\" || char === '"') return char;
    const digits = char === "x" ? 2 : char === "u" ? 4 : char === "U" ? 8 : 0;
    if (digits === 0) this.fail("an escape");
    const hex = this.text.slice(this.at, this.at + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) this.fail("hex digits");
    this.at += digits;
    // \xHH is a byte Go could not print: in a cty string (valid UTF-8) only an ASCII control byte.
    return String.fromCodePoint(parseInt(hex, 16));
  }

  private heredoc(indent: number): string {
    this.expect(indent > 0 ? "<<-" : "<<");
    const delimiter = /^EOT_*/.exec(this.text.slice(this.at))?.[0];
    if (!delimiter) this.fail("a heredoc delimiter");
    this.at += delimiter.length;
    const margin = " ".repeat(indent);
    const lines: string[] = [];
    for (;;) {
      this.expect(`\n${margin}`);
      const end = this.text.indexOf("\n", this.at);
      const line = this.text.slice(this.at, end < 0 ? this.text.length : end);
      const after = line.slice(delimiter.length);
      if (line.startsWith(delimiter) && (after === "" || after === "," || after.startsWith(" = "))) {
        this.at += delimiter.length;
        return lines.join("\n");
      }
      lines.push(line);
      this.at += line.length;
    }
  }
}

export function parseConsoleValue(text: string): ConsoleValue {
  return new ConsoleParser(text).parseTop();
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's strconv.Quote: printable runes as they are, the rest escaped. */
function goQuote(text: string): string {
  let result = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === "\\") result += `\\${char}`;
    else if (code < 0x80 ? code >= 0x20 && code < 0x7f : PRINTABLE.test(char)) result += char;
    else {
      const simple: Record<number, string> = { 7: "a", 8: "b", 12: "f", 10: "n", 13: "r", 9: "t", 11: "v" };
      if (simple[code]) result += `\\${simple[code]}`;
      else if (code < 0x20 || code === 0x7f) result += `\\x${code.toString(16).padStart(2, "0")}`;
      else if (code < 0x10000) result += `\\u${code.toString(16).padStart(4, "0")}`;
      else result += `\\U${code.toString(16).padStart(8, "0")}`;
    }
  }
  return `${result}"`;
}

function formatString(text: string, indent: number): string {
  const lines = text.split("\n");
  if (lines.length < 2) return goQuote(text);
  let delimiter = "EOT";
  while (lines.some((line) => line.trim() === delimiter)) delimiter += "_";
  const margin = " ".repeat(indent);
  return `${indent > 0 ? "<<-" : "<<"}${delimiter}${lines.map((line) => `\n${margin}${line}`).join("")}\n${margin}${delimiter}`;
}

function formatSequence(items: string[], indent: number): string {
  if (items.length === 0) return "[]";
  const margin = " ".repeat(indent + 2);
  return `[${items.map((item) => `\n${margin}${item},`).join("")}\n${" ".repeat(indent)}]`;
}

function formatMapping(entries: Array<[string, string]>, indent: number): string {
  if (entries.length === 0) return "{}";
  const margin = " ".repeat(indent + 2);
  return `{${entries.map(([key, value]) => `\n${margin}${key} = ${value}`).join("")}\n${" ".repeat(indent)}}`;
}

/** The console's text of a parsed value, at a nesting indent (0 at the top). */
export function formatConsoleValue(value: ConsoleValue, indent = 0): string {
  switch (value.kind) {
    case "unknown":
      return "(known after apply)";
    case "sensitive":
      return "(sensitive value)";
    case "null":
      return value.text;
    case "bool":
      return String(value.value);
    case "number":
      return value.text;
    case "string":
      return formatString(value.value, indent);
    case "tuple":
    case "list":
    case "set": {
      const body = formatSequence(
        value.items.map((item) => formatConsoleValue(item, indent + 2)),
        indent,
      );
      return value.kind === "tuple" ? body : `to${value.kind}(${body})`;
    }
    case "object":
    case "map": {
      const body = formatMapping(
        value.entries.map(([key, item]) => [formatConsoleValue(key, indent + 2), formatConsoleValue(item, indent + 2)]),
        indent,
      );
      return value.kind === "object" ? body : `tomap(${body})`;
    }
  }
}

/** A JavaScript number as cty's big float prints it ('f' format, shortest digits, no exponent). */
function ctyNumberText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  if (Object.is(value, -0)) return "-0";
  const [mantissa, exponentText] = String(Math.abs(value)).split("e");
  const sign = value < 0 ? "-" : "";
  if (exponentText === undefined) return sign + mantissa!;
  const exponent = Number(exponentText);
  const [whole, fraction = ""] = mantissa!.split(".");
  const digits = whole! + fraction;
  const point = whole!.length + exponent;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Go compares strings byte by byte in UTF-8: cty orders map keys, object attributes and string sets so. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** A part of our value Terraform knew: Unknown and Reference are "unresolved", never a claim. */
export function isUnresolved(value: HclValue): boolean {
  return value instanceof Unknown || value instanceof Reference;
}

/**
 * Our value in the console's syntax. HclValue does not carry what the syntax shows beyond the
 * value itself (list, set or tuple; map or object; the type of a null), so those come from
 * Terraform's parsed answer (`shape`) where the values line up; an unresolved part renders as
 * Terraform's own text there, so only what we claim to know is compared.
 */
export function renderOurs(value: HclValue, shape: ConsoleValue | undefined, indent = 0): string {
  if (isUnresolved(value)) return shape ? formatConsoleValue(shape, indent) : "(unresolved)";
  if (value === null) return shape?.kind === "null" ? shape.text : "null";
  if (typeof value === "string") return formatString(value, indent);
  if (typeof value === "number") return ctyNumberText(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = shape && "items" in shape ? shape.items : [];
    const body = formatSequence(
      value.map((item, at) => renderOurs(item, items[at], indent + 2)),
      indent,
    );
    return shape?.kind === "list" || shape?.kind === "set" ? `to${shape.kind}(${body})` : body;
  }
  const object = value as { [key: string]: HclValue };
  const entries = shape && "entries" in shape ? shape.entries : [];
  const shapeOf = (key: string) => entries.find(([name]) => name.kind === "string" && name.value === key)?.[1];
  const keys = Object.keys(object).sort(compareUtf8);
  const body = formatMapping(
    keys.map((key) => [formatString(key, indent + 2), renderOurs(object[key]!, shapeOf(key), indent + 2)]),
    indent,
  );
  return shape?.kind === "map" ? `tomap(${body})` : body;
}

/** Whether any part of our value is unresolved. */
export function hasUnresolved(value: HclValue): boolean {
  if (isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(hasUnresolved);
  if (value && typeof value === "object") return Object.values(value).some(hasUnresolved);
  return false;
}
