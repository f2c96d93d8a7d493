import { parseVelocity } from "../inventory/velocity";

/** A reference's stand-in while the template is read as JSON text: a character no template writes. */
const MARK = "\u0000";

/**
 * The inputs a request template or URL uses to name a JSON field (`{"${input.fieldName}": "${input.value}"}`, or part
 * of one: `"custom_${input.suffix}":`) or a query or form parameter (`?${input.name}=${input.value}`): its caller, not
 * the configuration, decides which field of the recipient's records the request writes, and so what the values are.
 * Directives and unresolved Terraform parts are read as nothing; a reference is a key's when the quoted text around
 * it is followed by a colon.
 */
export function callerNamedFields(template: string | undefined): string[] {
  if (!template) return [];
  const inputs: string[] = [];
  let text = "";
  for (const part of parseVelocity(template)) {
    if (part.kind === "text") text += part.text;
    else if (part.kind === "reference") {
      text += MARK;
      inputs.push(part.root === "input" ? part.properties.join(".") : "");
    }
  }
  const named = new Set<string>();
  const marksIn = (text: string) => text.split(MARK).length - 1;
  const addFrom = (first: number, count: number) => {
    for (const name of inputs.slice(first, first + count)) if (name && name !== "rawRequest") named.add(name);
  };
  let index = 0;
  // Each quoted stretch in order: the marks it holds are counted whether or not it is a key, so the count stays aligned.
  for (const [whole, quoted = "", colon] of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?|\u0000/g)) {
    if (whole === MARK) {
      index++;
      continue;
    }
    if (colon) addFrom(index, marksIn(quoted));
    index += marksIn(quoted);
  }
  // A query string's or form body's parameter names: `?${input.name}=`, `&${input.name}=`, `${input.name}=...`.
  for (const match of text.matchAll(/(?:^|[?&])([^=&?#"\s]*)=/g)) {
    const name = match[1] ?? "";
    const start = match.index + match[0].length - name.length - 1;
    addFrom(marksIn(text.slice(0, start)), marksIn(name));
  }
  return [...named].sort();
}
