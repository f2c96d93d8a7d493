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

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** What the flow text became after substitution: the text, and what each stand-in token replaced. */
interface Substituted {
  text: string;
  /** A substitution whose value is not a literal (a reference to an action's name) is a token here. */
  tokens: Map<string, string>;
}

/**
 * `{{key}}` in a flow file is replaced by the resource's `substitutions` in the text, before it is
 * parsed, as the provider does (a blueprint's `{{name}}:` key is no YAML mapping until then). A value
 * known only at apply time (a reference) becomes a plain token, so the call can still name it.
 */
function substituteText(text: string, substitutions: Record<string, unknown>): Substituted {
  const tokens = new Map<string, string>();
  const replaced = text.replace(PLACEHOLDER, (match, key: string) => {
    const value = Object.hasOwn(substitutions, key) ? substitutions[key] : undefined;
    if (typeof value !== "string") return match;
    if (parseTemplate(value).every((part) => part.kind === "literal")) return value;
    const token = `dpiaSubstitution${tokens.size}x`;
    tokens.set(token, value);
    return token;
  });
  return { text: replaced, tokens };
}

/** A name in the parsed flow, with the substitution it came from when it is a token for one. */
function restore(text: string, tokens: Map<string, string>): { text: string; from?: string } {
  const whole = tokens.get(text.trim());
  if (whole !== undefined) return { text: whole, from: whole };
  return { text: text.replace(/dpiaSubstitution\d+x/g, (token) => tokens.get(token) ?? token) };
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
  const substituted = substituteText(text, substitutions);
  let document: unknown;
  try {
    document = parse(substituted.text, { maxAliasCount: 100, uniqueKeys: false });
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
        calls.push(...callsIn(child as Record<string, unknown>, at, substituted.tokens));
      if (child && typeof child === "object") stack.push([child, at]);
    }
  }
  return calls.sort((a, b) => a.path.localeCompare(b.path));
}

function callsIn(call: Record<string, unknown>, path: string, tokens: Map<string, string>): ArchitectDataActionCall[] {
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
        category: restore(categoryName, tokens).text,
        path: `${path}.category`,
      });
    for (const name of names) {
      const { text, from } = restore(name, tokens);
      found.push({
        name: text,
        category: restore(categoryName, tokens).text,
        path: `${path}.category.dataAction`,
        ...(from && parseTemplate(from).some((part) => part.kind !== "literal") ? { substitutedFrom: from } : {}),
      });
    }
  }
  if (categories.length === 0) found.push({ name: "(no data action named)", path });
  return found;
}
