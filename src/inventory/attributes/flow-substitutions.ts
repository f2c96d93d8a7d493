import { hasUnresolved, parseTemplate } from "../expressions";

/** A `{{key}}` as Archy's pre-processor reads one (it tolerates spaces; the provider's replacement does not). */
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** A flow file after the provider's substitutions, as Architect receives it. */
export interface SubstitutedFlow {
  text: string;
  /**
   * Stand-ins for values known only at apply time (a reference to an action's name, a variable):
   * each token is a plain word in `text`, mapped to the Terraform expression it stands for.
   */
  tokens: Map<string, string>;
}

/** Why what Architect receives cannot be known: a substitution whose result depends on the provider's map order. */
export interface PlaceholderProblem {
  key: string;
  line: number;
  reason: string;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The substitutions map as the resource gives it: undefined when the whole map is known only at apply time. */
function substitutionValues(attribute: unknown): Map<string, string> | undefined {
  if (attribute === undefined || attribute === null) return new Map();
  if (typeof attribute === "string") return hasUnresolved(attribute) ? undefined : new Map();
  if (typeof attribute !== "object" || Array.isArray(attribute)) return undefined;
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(attribute as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      values.set(key, String(value));
    else values.set(key, "${unresolved}");
  }
  return values;
}

function tokenFor(value: string, tokens: Map<string, string>): string {
  for (const [token, expression] of tokens) if (expression === value) return token;
  const token = `dpiaSubstitution${tokens.size}x`;
  tokens.set(token, value);
  return token;
}

/**
 * Replaces `{{key}}` by the resource's `substitutions` in the text, before it is parsed, as the
 * provider does (strings.Replace of the exact `{{key}}` for each key, genesyscloud/util/files,
 * v1.84.1). A value known only at apply time becomes a token. A placeholder left (no value, or
 * written with spaces, which the provider does not replace) reaches Architect as text: the
 * provider's own example flow keeps `{{description}}` with no substitution and its acceptance test
 * publishes it (examples/resources/genesyscloud_flow, TestAccExampleResourcesComplete); Archy's
 * options-file check ("was not found in the options file", terraform-provider-genesyscloud#1068)
 * belongs to the Archy CLI, not to the provider's publish. It is kept as a token for the text
 * `{{key}}`, so that the YAML around it parses as it would as a string and whatever it names is
 * named `{{key}}`. The one thing refused: a value that writes another key's placeholder, which the
 * provider replaces or not depending on Go's map order, so what Architect receives is not known.
 * When the whole map is known only at apply time, every placeholder is a token.
 */
export function substituteFlowText(text: string, attribute: unknown): SubstitutedFlow | PlaceholderProblem {
  const values = substitutionValues(attribute);
  const tokens = new Map<string, string>();
  let problem: PlaceholderProblem | undefined;
  const replaced = text.replace(PLACEHOLDER, (match: string, key: string, offset: number) => {
    const value = values && match === `{{${key}}}` ? values.get(key) : undefined;
    if (value === undefined) return tokenFor(values ? match : `{{${key}}}`, tokens);
    const written = [...value.matchAll(PLACEHOLDER)].find(([, other]) => values?.has(other!));
    if (written)
      problem ??= {
        key,
        line: lineOf(text, offset),
        reason: `the substitution for {{${key}}} writes ${written[0]}, which the provider may or may not replace (it replaces keys in no fixed order)`,
      };
    if (parseTemplate(value).every((part) => part.kind === "literal")) return value;
    return tokenFor(value, tokens);
  });
  if (problem) return problem;
  // Placeholders a literal value wrote (with no substitution of their own) are text, like any other.
  return { text: replaced.replace(PLACEHOLDER, (match) => tokenFor(match, tokens)), tokens };
}

export function isPlaceholderProblem(value: SubstitutedFlow | PlaceholderProblem): value is PlaceholderProblem {
  return "reason" in value;
}
