/**
 * String functions whose Go implementation differs from JavaScript's: case mapping (Go maps one
 * code point to one, by its simple Unicode mapping: "ß" stays "ß"), white space (Go's unicode.IsSpace),
 * length (grapheme clusters), split and replace with an empty separator (by code point).
 */
import { NotExact } from "../values";

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** Latin, Greek, Cyrillic, Armenian and Latin/Greek Extended: case pairs Go and Node agree on. */
const STABLE_CASE_PAIRS = /^[\u0000-\u058f\u1e00-\u1fff]$/;

/** Go's unicode.ToUpper/ToLower per code point; where JavaScript's mapping is not a single code point, NotExact. */
export function mapCase(text: string, to: "upper" | "lower"): string {
  if (isAscii(text)) return to === "upper" ? text.toUpperCase() : text.toLowerCase();
  return [...text]
    .map((char) => {
      const mapped = to === "upper" ? char.toUpperCase() : char.toLowerCase();
      if (mapped === char) return char;
      if ([...mapped].length !== 1) throw new NotExact(`${to}: no single-character mapping of ${char}`);
      // Node's Unicode tables are newer than Go's (U+1C89 gained a lowercase in Unicode 16): only
      // scripts whose case pairs are decades old are mapped.
      if (!STABLE_CASE_PAIRS.test(char)) throw new NotExact(`${to}: ${char} may be newer than Go's tables`);
      return mapped;
    })
    .join("");
}

/** Go's unicode.IsSpace: JavaScript's trim() also strips U+FEFF and keeps U+0085. */
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const LEADING_SPACE = new RegExp(`^${GO_SPACE}+`);
const TRAILING_SPACE = new RegExp(`${GO_SPACE}+$`);

export function trimSpace(text: string): string {
  return text.replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "");
}

/** length() of a string counts grapheme clusters; exact here for text without combining sequences. */
export function stringLength(text: string): number {
  if (/^[\u0000-\u02ff]*$/.test(text)) return [...text].length - (text.match(/\r\n/g)?.length ?? 0);
  throw new NotExact("length: grapheme clusters of non-Latin text");
}

/** Go's strings.Split: an empty separator splits into code points. */
export function splitText(separator: string, text: string): string[] {
  if (separator === "") return [...text];
  return text.split(separator);
}

/** Go's strings.Replace with n = -1: an empty search string inserts before every code point and at the end. */
export function replaceText(text: string, search: string, replacement: string): string {
  if (search === "") return replacement + [...text].map((char) => char + replacement).join("");
  return text.split(search).join(replacement);
}
