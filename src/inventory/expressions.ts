/**
 * Reads the `${...}` expressions inside a configuration string. Two languages share that syntax
 * here: Terraform interpolation (`${var.x}`, `${genesyscloud_integration.crm.id}`) and the Velocity
 * templates of data actions (`${input.x}`, `$!{input.x}`, `${credentials.loginUrl}`). Readers turn
 * the Terraform escape `$${` into a literal `${` before this runs.
 */
export type TemplatePart =
  | { kind: "literal"; text: string }
  | { kind: "velocity"; expression: string; namespace: string; path: string }
  | { kind: "reference"; expression: string; address: string; attribute: string }
  | { kind: "unresolved"; expression: string };

const VELOCITY_NAMESPACES = new Set([
  "input",
  "credentials",
  "rawResult",
  "successTemplateUtils",
  "esc",
  "math",
  "encoding",
  "urlTool",
  "authResponse",
  "context",
  "flow",
]);

const TERRAFORM_ONLY_ROOTS = new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);

/** `type.name`, with an instance key (`[0]`, `["eu"]`) when the resource has count or for_each. */
const RESOURCE_REFERENCE =
  /^((?:module\.[A-Za-z0-9_-]+(?:\[(?:\d+|"[^"\\\]]*")\])?\.)*)(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\\]]*")\])?)(?:\.(.+))?$/;
const BARE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DOTTED_PATH = /^([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;

function classifyExpression(expression: string, silent: boolean): TemplatePart {
  const trimmed = expression.trim();
  if (trimmed.startsWith("TfToken[")) return { kind: "unresolved", expression: trimmed };
  const reference = RESOURCE_REFERENCE.exec(trimmed);
  if (!silent && reference && !VELOCITY_NAMESPACES.has(trimmed.split(/[.(]/, 1)[0]!)) {
    const [, modules, data, type, name, attribute] = reference;
    return {
      kind: "reference",
      expression: trimmed,
      address: `${modules ?? ""}${data ?? ""}${type}.${name}`,
      attribute: attribute ?? "",
    };
  }
  const root = /^[A-Za-z_][A-Za-z0-9_]*/.exec(trimmed)?.[0];
  if (root && VELOCITY_NAMESPACES.has(root)) {
    // A Velocity call such as successTemplateUtils.firstFromArray(...) or $esc.jsonString(...)
    const dotted = DOTTED_PATH.exec(trimmed);
    return { kind: "velocity", expression: trimmed, namespace: root, path: dotted ? dotted[2]!.slice(1) : "" };
  }
  const dotted = DOTTED_PATH.exec(trimmed);
  if (dotted) {
    const root = dotted[1]!;
    const path = dotted[2]!.slice(1);
    if (silent || VELOCITY_NAMESPACES.has(root))
      return { kind: "velocity", expression: trimmed, namespace: root, path };
    if (BARE_IDENTIFIER.test(trimmed) && !TERRAFORM_ONLY_ROOTS.has(root)) {
      // A bare name is a translation-map value in a success template; Terraform has no bare names.
      return { kind: "velocity", expression: trimmed, namespace: "", path: root };
    }
  }
  return { kind: "unresolved", expression: trimmed };
}

/** Splits a string into literal text and expressions. Linear: one pass, brace depth counted. */
export function parseTemplate(value: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < value.length) {
    const silent = value.startsWith("$!{", i);
    if (value.startsWith("${", i) || silent) {
      const start = i + (silent ? 3 : 2);
      let depth = 1;
      let j = start;
      while (j < value.length && depth > 0) {
        const c = value[j];
        if (c === "{") depth++;
        else if (c === "}") depth--;
        j++;
      }
      if (depth !== 0) {
        literal += value.slice(i);
        break;
      }
      if (literal) parts.push({ kind: "literal", text: literal });
      literal = "";
      parts.push(classifyExpression(value.slice(start, j - 1), silent));
      i = j;
      continue;
    }
    literal += value[i];
    i++;
  }
  if (literal) parts.push({ kind: "literal", text: literal });
  return parts;
}

export function hasUnresolved(value: string): boolean {
  return parseTemplate(value).some((part) => part.kind === "unresolved");
}

/** Every resource address a value refers to, at any depth. */
export function referencedAddresses(value: unknown): string[] {
  const found = new Set<string>();
  visitStrings(value, (text) => {
    for (const part of parseTemplate(text)) if (part.kind === "reference") found.add(part.address);
  });
  return [...found].sort();
}

export function visitStrings(value: unknown, visit: (text: string, path: string) => void, path = ""): void {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (typeof current === "string") visit(current, at);
    else if (Array.isArray(current)) current.forEach((item, index) => stack.push([item, `${at}[${index}]`]));
    else if (current && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) stack.push([item, at ? `${at}.${key}` : key]);
    }
  }
}
