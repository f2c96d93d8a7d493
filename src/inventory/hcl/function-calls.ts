import { parseExpression } from "./syntax";

/** The `${...}` interpolations of a template, `$${` being a literal. */
function interpolations(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith("$${", i)) {
      i += 2;
      continue;
    }
    if (!text.startsWith("${", i)) continue;
    let depth = 1;
    let j = i + 2;
    let quoted = false;
    for (; j < text.length && depth > 0; j++) {
      const char = text[j]!;
      if (char === "\\" && quoted) j++;
      else if (char === '"') quoted = !quoted;
      else if (!quoted && char === "{") depth++;
      else if (!quoted && char === "}") depth--;
    }
    found.push(text.slice(i + 2, j - 1));
    i = j - 1;
  }
  return found;
}

function hasCall(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasCall);
  if (!node || typeof node !== "object") return false;
  const { kind, text } = node as { kind?: unknown; text?: unknown };
  if (kind === "call") return true;
  if (kind === "template" && typeof text === "string" && templateCallsFunction(text)) return true;
  return Object.values(node).some(hasCall);
}

/** Whether an HCL expression calls a function (Terraform reads variable values with none). */
export function expressionCallsFunction(source: string): boolean {
  // Parsing twice is what a long value costs most: without a parenthesis there is no call.
  if (!source.includes("(")) return false;
  try {
    return hasCall(parseExpression(source));
  } catch {
    // What does not parse is not evaluated either: it stays unresolved, and is refused there.
    return false;
  }
}

/** Whether a template, as @cdktf/hcl2json gives a value, calls a function in any of its interpolations. */
export function templateCallsFunction(text: string): boolean {
  return interpolations(text).some(expressionCallsFunction);
}
