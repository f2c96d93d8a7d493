import type { Expression } from "./syntax";
import { templateSyntax, TemplateSyntaxError } from "./template-syntax";

function hasCall(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasCall);
  if (!node || typeof node !== "object") return false;
  if ((node as Partial<Expression>).kind === "call") return true;
  return Object.values(node).some(hasCall);
}

/** Whether a template, as @cdktf/hcl2json gives a value, calls a function anywhere (Terraform reads variable values with none). */
export function templateCallsFunction(text: string): boolean {
  // Without a parenthesis there is no call: most values are plain text, and parsing them is what costs.
  if (!text.includes("(")) return false;
  try {
    return hasCall(templateSyntax(text));
  } catch (error) {
    // What does not parse is not evaluated either: it stays unresolved, and is refused there.
    if (error instanceof TemplateSyntaxError) return false;
    throw error;
  }
}

/** Whether an HCL expression calls a function. */
export function expressionCallsFunction(source: string): boolean {
  return templateCallsFunction(`\${${source}}`);
}
