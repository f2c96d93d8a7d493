import { visit } from "jsonc-parser";
import { parseVelocity } from "../inventory/velocity";

/** A reference's stand-in while the template is read: replaced below by what JSON accepts where it stands. */
const MARK = "\u0000";
/** A reference inside a string: a private-use character no template writes. */
const HOLE = "\uE000";

/** The marks replaced by a hole inside a JSON string and by a number outside one, so that the text parses as the request would. */
function fillMarks(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === MARK) out += inString ? HOLE : "0";
    else {
      out += char;
      if (inString && char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = !inString;
    }
  }
  return out;
}

/** The top-level keys in the order written, or undefined when one is written twice (which one the API keeps is its choice). */
function topLevelKeys(json: string): string[] | undefined {
  const keys: string[] = [];
  let depth = 0;
  visit(json, {
    onObjectBegin: () => void depth++,
    onObjectEnd: () => void depth--,
    onObjectProperty: (key) => {
      if (depth === 1) keys.push(key);
    },
  });
  return new Set(keys).size === keys.length ? keys : undefined;
}

/**
 * The top-level fields of a request body when the configuration alone decides which fields it writes: each
 * field's value when it is a literal string, undefined when it is filled at run time or is not a string.
 * Undefined when the caller or the template's logic may add a field: a directive (`#set`, `#if`), a part
 * Terraform resolves later, a reference in a key or in place of a field, a key written twice, or a body that
 * is not one JSON object. Velocity substitutes text, so what a reference puts inside a string is read as that
 * string's value.
 */
export function fixedTopLevelFields(template: string): Map<string, string | undefined> | undefined {
  let text = "";
  for (const part of parseVelocity(template)) {
    if (part.kind === "text") text += part.text;
    else if (part.kind === "reference") text += MARK;
    else return undefined;
  }
  const json = fillMarks(text);
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const keys = topLevelKeys(json);
  if (!keys || keys.some((key) => key.includes(HOLE))) return undefined;
  const values = body as Record<string, unknown>;
  return new Map(
    keys.map((key) => {
      const value = values[key];
      return [key, typeof value === "string" && !value.includes(HOLE) ? value : undefined];
    }),
  );
}
