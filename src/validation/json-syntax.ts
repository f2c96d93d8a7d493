// Where a text stops being JSON, and why, for a message that points at the place: JSON.parse in
// Node 20 names no line and column and quotes the text around the error (which may hold a secret).
// The grammar is RFC 8259 as JSON.parse reads it; the scan keeps its own stack, so no depth of
// nesting can overflow it. It runs only on a text JSON.parse refused.

/** The first place a text is not JSON: line and column from 1, and what was expected or found there. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** What may come next: a value, a property name, the colon after it, or what follows a value. */
type Expected = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "after-value";

interface Scan {
  text: string;
  at: number;
  expected: Expected;
  /** The containers open around `at`, innermost last: `{` or `[`. */
  open: string[];
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERAL = /true|false|null/y;
const TRUNCATED = "a truncated file?";

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : at;
}

/** The end of the string that starts at `at` (its opening quote), or the error inside it. */
function stringEnd(text: string, at: number): number | { at: number; reason: string } {
  let index = at + 1;
  for (;;) {
    index = matchAt(STRING_RUN, text, index);
    if (index >= text.length) return { at: index, reason: `the text ends inside a string; ${TRUNCATED}` };
    const char = text[index];
    if (char === '"') return index + 1;
    if (char !== "\\") return { at: index, reason: "found a control character inside a string (write it escaped)" };
    const end = matchAt(ESCAPE, text, index);
    if (end === index)
      return {
        at: index,
        reason: 'found an escape other than \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX inside a string',
      };
    index = end;
  }
}

/** The end of the string, number or literal at `at`, or the error there. */
function scalarEnd(text: string, at: number): number | { at: number; reason: string } {
  const char = text[at]!;
  if (char === '"') return stringEnd(text, at);
  if (char === "-" || (char >= "0" && char <= "9")) {
    const end = matchAt(NUMBER, text, at);
    return end === at || /[0-9.eE+-]/.test(text[end] ?? "") ? { at, reason: "found an invalid number" } : end;
  }
  const end = matchAt(LITERAL, text, at);
  if (end > at) return end;
  if (at === 0 && char === "\ufeff")
    return { at, reason: "found a byte order mark before the JSON (save the file without one)" };
  return {
    at,
    reason: "expected a value: an object, an array, a string in double quotes, a number, true, false or null",
  };
}

/** One step of the scan from a non-space character; a reason when the text is not JSON there. */
function step(scan: Scan): string | undefined {
  const char = scan.text[scan.at]!;
  switch (scan.expected) {
    case "value-or-close":
      return char === "]" ? close(scan) : value(scan, char);
    case "key-or-close":
      return char === "}" ? close(scan) : key(scan, char);
    case "value":
      return value(scan, char);
    case "key":
      return key(scan, char);
    case "colon":
      return colon(scan, char);
    case "after-value":
      return separator(scan, char);
  }
}

function colon(scan: Scan, char: string): string | undefined {
  if (char !== ":") return "expected ':' after a property name";
  scan.at++;
  scan.expected = "value";
  return undefined;
}

/** After a value: a comma, the end of its container, or (at the top) nothing. */
function separator(scan: Scan, char: string): string | undefined {
  const container = scan.open[scan.open.length - 1];
  if (container === undefined) return "expected nothing after the JSON value";
  if (char === ",") {
    scan.at++;
    scan.expected = container === "{" ? "key" : "value";
    return undefined;
  }
  if (char === (container === "{" ? "}" : "]")) return close(scan);
  return container === "{"
    ? "expected ',' or '}' after a property value"
    : "expected ',' or ']' after an array element";
}

function close(scan: Scan): undefined {
  scan.open.pop();
  scan.at++;
  scan.expected = "after-value";
  return undefined;
}

function key(scan: Scan, char: string): string | undefined {
  if (char !== '"') return "expected a property name in double quotes";
  return scalar(scan, "colon");
}

function value(scan: Scan, char: string): string | undefined {
  if (char === "{" || char === "[") {
    scan.open.push(char);
    scan.at++;
    scan.expected = char === "{" ? "key-or-close" : "value-or-close";
    return undefined;
  }
  return scalar(scan, "after-value");
}

function scalar(scan: Scan, next: Expected): string | undefined {
  const end = scalarEnd(scan.text, scan.at);
  if (typeof end !== "number") {
    scan.at = end.at;
    return end.reason;
  }
  scan.at = end;
  scan.expected = next;
  return undefined;
}

/** Why the text ended where it did, when it ended too early: inside a container, or before any value. */
function endReason(scan: Scan): string {
  const container = scan.open[scan.open.length - 1];
  if (container === undefined) return "expected a value; the file is empty";
  return `the text ends inside ${container === "{" ? "an object" : "an array"}; ${TRUNCATED}`;
}

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index >= 0 && index < at; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** The first place where `text` is not JSON; undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scan: Scan = { text, at: 0, expected: "value", open: [] };
  for (;;) {
    scan.at = matchAt(WHITESPACE, text, scan.at);
    if (scan.at >= text.length) {
      if (scan.expected === "after-value" && scan.open.length === 0) return undefined;
      return { ...position(text, scan.at), reason: endReason(scan) };
    }
    const reason = step(scan);
    if (reason !== undefined) return { ...position(text, scan.at), reason };
  }
}
