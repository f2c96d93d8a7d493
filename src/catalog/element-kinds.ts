/**
 * A lexicon kind that stands for one data element itself rather than for a kind of field: the
 * policy's own data elements are matched by their `fields` through the same lexicon as the built-in
 * kinds (case, separators, compounds, accents and look-alike letters folded alike), and a match is
 * that element. The prefix cannot collide with a kind a policy writes (kinds are snake_case).
 */
const ELEMENT_KIND_PREFIX = "element:";

export function elementKind(elementId: string): string {
  return `${ELEMENT_KIND_PREFIX}${elementId}`;
}

/** The data element a kind stands for, or undefined for a kind of field (`email`, `card_pan`, …). */
export function elementOfKind(kind: string): string | undefined {
  return kind.startsWith(ELEMENT_KIND_PREFIX) ? kind.slice(ELEMENT_KIND_PREFIX.length) : undefined;
}
