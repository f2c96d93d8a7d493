import { parseVelocity, type VelocityPart } from "../inventory/velocity";

/** A reference's stand-in while the template is read: replaced below by what JSON accepts where it stands. */
const MARK = "\u0000";
/** A reference inside a string: a private-use character no template writes. */
const HOLE = "\uE000";
/** `$esc.jsonString($input.x)` and nothing after it (a further call such as `.replace(…)` could undo the escaping). */
const ESCAPED_REFERENCE =
  /^\$!?\{?\s*esc\.jsonString\(\s*\$!?\{?\s*[A-Za-z][\w-]*(?:\.[A-Za-z_][\w-]*)*\s*\}?\s*\)\s*\}?$/;
/** The head of `$esc.jsonString(${input.x})`, whose argument Terraform's template syntax splits off. */
const ESCAPE_HEAD = /^\$!?esc\.jsonString\($/;

/** The marks replaced by a hole inside a JSON string and by a number outside one, so that the text parses as the request would. */
function fillMarks(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === MARK) out += inString ? HOLE : "0";
    else {
      out += char;
      if (inString && char === "\\") out += text.charAt(++i);
      else if (char === '"') inString = !inString;
    }
  }
  return out;
}

/**
 * The top-level keys of a JSON text JSON.parse accepted, in the order written; undefined when one is written twice
 * (which one the API keeps is its choice). A scan, not a recursive walk, so that depth costs nothing.
 */
function topLevelKeys(json: string): string[] | undefined {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const char = json.charAt(i);
    if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") depth--;
    else if (char === '"') {
      let end = i + 1;
      while (end < json.length && json.charAt(end) !== '"') end += json.charAt(end) === "\\" ? 2 : 1;
      let next = end + 1;
      while (/\s/.test(json.charAt(next))) next++;
      if (depth === 1 && json.charAt(next) === ":") keys.push(JSON.parse(json.slice(i, end + 1)) as string);
      i = end;
    }
  }
  return new Set(keys).size === keys.length ? keys : undefined;
}

/**
 * The template as JSON text with each reference a mark, when every reference can only fill a value: Velocity pastes
 * a value in as it is, so a raw `${input.subject}` holding `","toAddress":"…` adds a field. A reference is safe when
 * `$esc.jsonString(…)` escapes it, or when it is an input the contract types as a number, an integer or a boolean.
 */
function markedText(parts: VelocityPart[], scalarInputs: ReadonlySet<string>): string | { raw: string } | undefined {
  let text = "";
  let skipTo = 0;
  for (const [index, part] of parts.entries()) {
    if (index < skipTo) continue;
    const next = parts[index + 1];
    const after = parts[index + 2];
    if (part.kind === "text") text += part.text;
    else if (part.kind === "reference") {
      const escaped = ESCAPED_REFERENCE.test(part.source);
      const scalar = part.root === "input" && scalarInputs.has(part.properties.join("."));
      if (!escaped && !scalar) return { raw: part.source };
      text += MARK;
    } else if (
      // `$esc.jsonString(${input.x})`: the call's head, the `${…}` Terraform-style reference, then `)`.
      part.kind === "directive" &&
      part.name === "unparsed" &&
      ESCAPE_HEAD.test(part.source) &&
      next?.kind === "reference" &&
      after?.kind === "text" &&
      after.text.startsWith(")")
    ) {
      text += MARK + after.text.slice(1);
      skipTo = index + 3;
    } else return undefined;
  }
  return text;
}

/**
 * The top-level fields of a request body when the configuration alone decides which fields it writes: each
 * field's value when it is a literal string, undefined when it is filled at run time or is not a string.
 * `{raw}` names the first reference a caller's value could break out of (see markedText). Undefined when the
 * template's logic may add a field otherwise: a directive (`#set`, `#if`), a part Terraform resolves later, a
 * reference in a key or in place of a field, a key written twice, or a body that is not one JSON object.
 */
export function bodyFields(
  template: string,
  scalarInputs: ReadonlySet<string>,
): Map<string, string | undefined> | { raw: string } | undefined {
  const text = markedText(parseVelocity(template), scalarInputs);
  if (typeof text !== "string") return text;
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
