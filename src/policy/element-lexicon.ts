import { elementKind } from "../catalog/element-kinds";
import type { Catalog, LexiconEntry } from "../catalog/schema";
import type { Policy } from "./schema";

/**
 * The policy's data elements as lexicon entries: each element's `fields` (those a built-in element
 * of the same id does not already list) become terms of a kind that stands for the element, and a
 * policy lexicon entry whose kind names one of the policy's elements adds its terms and
 * translations to it. Built-in elements keep deciding by combination (a name alone is an identifier),
 * so their own `fields` stay descriptive.
 */
export function policyElementLexicon(base: Catalog, policy: Policy): LexiconEntry[] {
  const elements = policy.data_elements ?? [];
  const entries: LexiconEntry[] = [];
  for (const element of elements) {
    const builtIn = new Set(base.data_elements.find((entry) => entry.id === element.id)?.fields ?? []);
    const terms = element.fields.filter((field) => field.trim() !== "" && !builtIn.has(field));
    if (terms.length > 0) entries.push({ kind: elementKind(element.id), terms });
  }
  const builtInKinds = new Set(base.lexicon.map((entry) => entry.kind));
  const policyIds = new Set(elements.map((element) => element.id));
  for (const entry of policy.lexicon ?? [])
    if (policyIds.has(entry.kind) && !builtInKinds.has(entry.kind))
      entries.push({ ...entry, kind: elementKind(entry.kind) });
  return entries;
}
