import type { LexiconEntry } from "../catalog/schema";

/** `contactFirstName`, `contact_first_name`, `CONTACT-FIRST-NAME` → ["contact", "first", "name"]. */
export function fieldTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function matchesTerm(tokens: string[], term: string[], notAfter: Set<string>): boolean {
  const joined = term.join("");
  for (let i = 0; i < tokens.length; i++) {
    const before = i > 0 ? tokens[i - 1]! : undefined;
    if (before && notAfter.has(before)) continue;
    if (tokens[i] === joined && term.length > 1) return true;
    if (term.every((word, offset) => tokens[i + offset] === word)) return true;
  }
  return false;
}

/** The kinds of data (name, email, card_pan, ...) a field name suggests, by the lexicon. */
export function kindsOfField(name: string, lexicon: LexiconEntry[]): string[] {
  const tokens = fieldTokens(name);
  if (tokens.length === 0) return [];
  const kinds = new Set<string>();
  for (const entry of lexicon) {
    const notAfter = new Set(entry.not_after ?? []);
    if (entry.terms.some((term) => matchesTerm(tokens, term.split(" "), notAfter))) kinds.add(entry.kind);
  }
  return [...kinds].sort();
}
