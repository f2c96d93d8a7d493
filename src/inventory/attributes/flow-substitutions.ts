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

/** Why the file cannot be published as written: a placeholder left in it, and where. */
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
 * v1.84.1). A value known only at apply time becomes a token. What is left is refused, as Archy's
 * pre-processor refuses a substitution key it has no value for ("was found in the flow YAML, but
 * was not found in the options file", terraform-provider-genesyscloud#1068): a placeholder with no
 * substitution, or one written with spaces (`{{ key }}`, which the provider does not replace).
 * When the whole map is known only at apply time, every placeholder is a token.
 */
export function substituteFlowText(text: string, attribute: unknown): SubstitutedFlow | PlaceholderProblem {
  const values = substitutionValues(attribute);
  const tokens = new Map<string, string>();
  let problem: PlaceholderProblem | undefined;
  const replaced = text.replace(PLACEHOLDER, (match: string, key: string, offset: number) => {
    if (!values) return tokenFor(`{{${key}}}`, tokens);
    const value = match === `{{${key}}}` ? values.get(key) : undefined;
    if (value === undefined) {
      problem ??= {
        key,
        line: lineOf(text, offset),
        reason: values.has(key)
          ? `${match} is written with spaces, which the provider does not replace (it replaces {{${key}}} exactly)`
          : `${match} has no value in substitutions`,
      };
      return match;
    }
    if (parseTemplate(value).every((part) => part.kind === "literal")) return value;
    return tokenFor(value, tokens);
  });
  if (problem) return problem;
  // The provider replaces key after key in Go's map order: a value that writes another
  // placeholder may or may not be replaced in turn, so what Architect receives is not known.
  const left = PLACEHOLDER.exec(replaced);
  PLACEHOLDER.lastIndex = 0;
  if (left)
    return {
      key: left[1]!,
      line: lineOf(replaced, left.index),
      reason: `a substitution value writes ${left[0]}, which the provider may or may not replace (it replaces keys in no fixed order)`,
    };
  return { text: replaced, tokens };
}

export function isPlaceholderProblem(value: SubstitutedFlow | PlaceholderProblem): value is PlaceholderProblem {
  return "reason" in value;
}
