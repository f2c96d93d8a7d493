import { parse } from "yaml";
import { parseTemplate } from "../../inventory/expressions";

/** A data action an Architect flow calls, as the flow file names it. */
export interface ArchitectDataActionCall {
  /** The action's name after substitutions, or the `{{key}}` left when the substitution is not a literal. */
  name: string;
  category?: string;
  /** Where in the flow file: the JSON-style path of the call. */
  path: string;
  /** The substitution value when the name comes from one (it may reference an action resource). */
  substitutedFrom?: string;
}

const CALL_KEYS = new Set(["calldata", "calldataaction"]);

/** `{{key}}` in a flow file is replaced by the resource's `substitutions`, as the provider does. */
function substitute(text: string, substitutions: Record<string, unknown>): { text: string; from?: string } {
  const whole = /^\s*\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}\s*$/.exec(text);
  if (whole && typeof substitutions[whole[1]!] === "string")
    return { text: substitutions[whole[1]!] as string, from: substitutions[whole[1]!] as string };
  return {
    text: text.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (match, key: string) =>
      typeof substitutions[key] === "string" ? (substitutions[key] as string) : match,
    ),
  };
}

/**
 * The data actions an Architect flow calls: every `callData` action, whose `category` names the
 * category and, under `dataAction`, the action. Parsing is bounded (no alias expansion bombs);
 * undefined is returned when the text is not a YAML mapping.
 */
export function architectDataActionCalls(
  text: string,
  substitutions: Record<string, unknown>,
): ArchitectDataActionCall[] | undefined {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (!document || typeof document !== "object") return undefined;
  const calls: ArchitectDataActionCall[] = [];
  const stack: Array<[unknown, string]> = [[document, "$"]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (!node || typeof node !== "object") continue;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const at = Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`;
      if (CALL_KEYS.has(key.toLowerCase()) && child && typeof child === "object")
        calls.push(...callsIn(child as Record<string, unknown>, at, substitutions));
      if (child && typeof child === "object") stack.push([child, at]);
    }
  }
  return calls.sort((a, b) => a.path.localeCompare(b.path));
}

function callsIn(
  call: Record<string, unknown>,
  path: string,
  substitutions: Record<string, unknown>,
): ArchitectDataActionCall[] {
  const categories =
    call.category && typeof call.category === "object" ? Object.entries(call.category as Record<string, unknown>) : [];
  const found: ArchitectDataActionCall[] = [];
  for (const [categoryName, body] of categories) {
    const actions =
      body && typeof body === "object"
        ? Object.entries(body as Record<string, unknown>).find(([key]) => key.toLowerCase() === "dataaction")?.[1]
        : undefined;
    const names = actions && typeof actions === "object" ? Object.keys(actions as Record<string, unknown>) : [];
    if (names.length === 0)
      found.push({
        name: "(no data action named)",
        category: substitute(categoryName, substitutions).text,
        path: `${path}.category`,
      });
    for (const name of names) {
      const { text, from } = substitute(name, substitutions);
      found.push({
        name: text,
        category: substitute(categoryName, substitutions).text,
        path: `${path}.category.dataAction`,
        ...(from && parseTemplate(from).some((part) => part.kind !== "literal") ? { substitutedFrom: from } : {}),
      });
    }
  }
  if (categories.length === 0) found.push({ name: "(no data action named)", path });
  return found;
}
