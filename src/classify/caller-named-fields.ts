import { parseVelocity } from "../inventory/velocity";

/** A reference's stand-in while the template is read as JSON text: a character no template writes. */
const MARK = "\u0000";

/** The inputs a directive or a method call reads (`#set($k = $input.f)`, `$esc.jsonString($input.f)`), and those of the variables it reads. */
function inputsIn(source: string, assigned: ReadonlyMap<string, string[]>): string[] {
  const found: string[] = [];
  for (const [, root = "", properties = ""] of source.matchAll(/\$!?\{?\s*([A-Za-z][\w-]*)((?:\.[A-Za-z_][\w-]*)*)/g)) {
    if (root === "input") found.push(properties.slice(1));
    else found.push(...(assigned.get(root) ?? []));
  }
  return found;
}

/**
 * The inputs a request template or URL uses to name a JSON field (`{"${input.fieldName}": "${input.value}"}`, or part
 * of one: `"custom_${input.suffix}":`) or a query or form parameter (`?${input.name}=${input.value}`): its caller, not
 * the configuration, decides which field of the recipient's records the request writes, and so what the values are.
 * A method call's arguments and a `#set` variable carry the inputs they read; other directives and unresolved
 * Terraform parts are read as nothing. A reference is a key's when the quoted text around it is followed by a colon.
 */
export function callerNamedFields(template: string | undefined): string[] {
  if (!template) return [];
  const inputs: string[][] = [];
  const assigned = new Map<string, string[]>();
  let text = "";
  for (const part of parseVelocity(template)) {
    if (part.kind === "text") text += part.text;
    else if (part.kind === "directive" && part.assigns) assigned.set(part.assigns, inputsIn(part.source, assigned));
    else if (part.kind === "reference") {
      text += MARK;
      inputs.push(
        part.root === "input"
          ? [part.properties.join(".")]
          : [...(assigned.get(part.root) ?? []), ...(part.calls ? inputsIn(part.source, assigned) : [])],
      );
    }
  }
  const named = new Set<string>();
  const marksIn = (text: string) => text.split(MARK).length - 1;
  const addFrom = (first: number, count: number) => {
    for (const name of inputs.slice(first, first + count).flat()) if (name && name !== "rawRequest") named.add(name);
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
