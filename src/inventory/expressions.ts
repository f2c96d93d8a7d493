/**
 * Reads the `${...}` expressions inside a configuration string. Two languages share that syntax
 * here: Terraform interpolation (`${var.x}`, `${genesyscloud_integration.crm.id}`) and the Velocity
 * templates of data actions (`${input.x}`, `$!{input.x}`, `${credentials.loginUrl}`). Readers turn
 * the Terraform escape `$${` into a literal `${` before this runs.
 */

import { eachPresent } from "../validation/each-present";
import { IDENTIFIER_SOURCE } from "./terraform-identifier";

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
const INSTANCE_KEY = String.raw`(?:\[(?:\d+|"[^"\\\]]*")\])?`;
const RESOURCE_REFERENCE = new RegExp(
  String.raw`^((?:module\.${IDENTIFIER_SOURCE}${INSTANCE_KEY}\.)*)(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.(${IDENTIFIER_SOURCE}${INSTANCE_KEY})(?:\.(.+))?$`,
  "u",
);
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

/** A value met by visitStrings, and how it was reached: its path is spelled only when a visitor asks for it. */
interface Reached {
  readonly value: unknown;
  readonly parent: Reached | undefined;
  /** A member name, or an index in an array; none for the value visitStrings was given. */
  readonly step: string | number | undefined;
}

function pathOf(reached: Reached, base: string): string {
  const steps: Array<string | number> = [];
  for (let at: Reached | undefined = reached; at?.step !== undefined; at = at.parent) steps.push(at.step);
  let path = base;
  for (const step of steps.reverse()) {
    path = typeof step === "number" ? `${path}[${step}]` : path ? `${path}.${step}` : step;
  }
  return path;
}

/**
 * Calls `visit` for every string in a value, at any depth, with its path (`a.b[0].c`, after `path`) for the visitor
 * that wants it: most visitors never ask, and spelling the path of every value was a sixth of listing the hosts of a
 * 10 MB plan (issue 28).
 */
export function visitStrings(value: unknown, visit: (text: string, path: () => string) => void, path = ""): void {
  const stack: Reached[] = [{ value, parent: undefined, step: undefined }];
  while (stack.length > 0) {
    const reached = stack.pop()!;
    const current = reached.value;
    if (typeof current === "string") visit(current, () => pathOf(reached, path));
    else if (Array.isArray(current))
      eachPresent(current, (item, index) => stack.push({ value: item, parent: reached, step: index }));
    else if (current && typeof current === "object") {
      for (const key of Object.keys(current))
        stack.push({ value: (current as Record<string, unknown>)[key], parent: reached, step: key });
    }
  }
}

/** A non-empty string the configuration writes out whole: no reference, no function call, nothing left to evaluate. */
export function isLiteralText(value: unknown): boolean {
  return typeof value === "string" && value !== "" && parseTemplate(value).every((part) => part.kind === "literal");
}
