// Every character below is in the Basic Multilingual Plane and none is a surrogate, so patterns without the `u` flag
// match exactly what they would with it, at a fifth of the cost on the DPIA-sized texts every write goes through.
/** Unicode's Bidi_Control characters (`\p{Bidi_Control}`, test/report/control-characters.test.ts checks each pattern against it). */
const BIDI_CONTROLS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
/**
 * Names, hosts and messages come from the configuration (and from vendor and register answers): a
 * terminal or CI log must show them, never obey them. ESC and CSI start escape sequences that
 * recolour, move the cursor, retitle the window or hide a hyperlink; CR and backspace overwrite a
 * line already shown; a newline forges a line of its own; C1 controls are escape sequences in one
 * byte on some terminals; Unicode bidi controls reorder what a line seems to say; U+2028/U+2029 end
 * a line for some log viewers.
 */
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`, "g");
const CONTROL_EXCEPT_LINE_BREAKS = new RegExp(
  `[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`,
  "g",
);
/** CONTROL without `g` (so `test` keeps no position): every character either pattern escapes. */
const ANY_CONTROL = new RegExp(CONTROL.source);
/** What JSON.stringify leaves raw inside strings (its own newlines are the indentation). */
const RAW_IN_JSON = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`, "g");

/** `\u001b` for ESC: visible, recognisable, and the same escape JSON would write. */
export function visibleEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

export interface EscapeOptions {
  /** Multi-line output (an error listing several problems): keep `\n` and `\t`, escape the rest. */
  multiline?: boolean;
}

/**
 * Every control character as a visible escape: C0 (tab kept, and newline only in multi-line
 * output), DEL, C1, the bidi controls and the line and paragraph separators. The one function
 * every text writer and every message to stderr goes through.
 */
export function escapeControlCharacters(text: string, options: EscapeOptions = {}): string {
  // Most text has none: found by one test, it is given back as it is.
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(options.multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL, (character) =>
    character === "\t" ? character : visibleEscape(character),
  );
}

/**
 * The same value with every string in it escaped for a line-oriented report (text, Markdown, JUnit):
 * a value never spans lines there, so its newlines are escaped too.
 */
export function displaySafe<T>(value: T): T {
  if (typeof value === "string") return escapeControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => displaySafe(item)) as T;
  if (isPlainObject(value)) {
    // Copied only where something is escaped: copying every DPIA whole was most of rendering it.
    if (!needsEscaping(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [escapeControlCharacters(key), displaySafe(item)]),
    ) as T;
  }
  return value;
}

/** True when a string in the value, or a key of a plain object in it, holds a character to escape. */
function needsEscaping(value: unknown): boolean {
  if (typeof value === "string") return ANY_CONTROL.test(value);
  if (Array.isArray(value)) return value.some(needsEscaping);
  if (isPlainObject(value)) {
    for (const key in value)
      if (Object.prototype.hasOwnProperty.call(value, key) && (ANY_CONTROL.test(key) || needsEscaping(value[key])))
        return true;
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * JSON for a file or a log: JSON.stringify escapes C0 controls but writes DEL, C1, bidi controls
 * and U+2028/U+2029 raw. They can only stand inside strings, where `\uXXXX` is the same value, so
 * the document parses to exactly what it did and shows nothing a terminal would obey.
 */
export function jsonForOutput(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_JSON, visibleEscape)}\n`;
}
