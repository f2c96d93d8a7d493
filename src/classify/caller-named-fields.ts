import { parseVelocity } from "../inventory/velocity";

/** A reference's stand-in while the template is read as JSON text: a character no template writes. */
const MARK = "\u0000";

/**
 * The inputs a request template uses to name a JSON field (`{"${input.fieldName}": "${input.value}"}`, or part of
 * one: `"custom_${input.suffix}":`): its caller, not the configuration, decides which field of the recipient's
 * records the request writes, and so what the values are. Directives and unresolved Terraform parts are read as
 * nothing; a reference is a key's when the quoted text around it is followed by a colon.
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
  let index = 0;
  // Each quoted stretch in order: the marks it holds are counted whether or not it is a key, so the count stays aligned.
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?|\u0000/g)) {
    if (match[0] === MARK) {
      index++;
      continue;
    }
    const marks = match[1]!.split(MARK).length - 1;
    if (match[2])
      for (const name of inputs.slice(index, index + marks)) if (name && name !== "rawRequest") named.add(name);
    index += marks;
  }
  return [...named].sort();
}
