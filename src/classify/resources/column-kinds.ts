import type { Catalog } from "../../catalog/schema";
import type { KindEvidence } from "../combine-kinds";
import { kindsOfField } from "../field-names";

/** Kinds of data suggested by column (or map key) names, each with the attribute it was seen in. */
export function columnKinds(
  columns: Array<{ name: string; attribute: string }>,
  catalog: Catalog,
  kinds: KindEvidence = new Map(),
): KindEvidence {
  for (const { name, attribute } of columns) {
    for (const kind of kindsOfField(name, catalog.lexicon))
      kinds.set(kind, [...(kinds.get(kind) ?? []), `${attribute} (${name})`]);
  }
  return kinds;
}

export function addKind(kinds: KindEvidence, kind: string, evidence: string): void {
  kinds.set(kind, [...(kinds.get(kind) ?? []), evidence]);
}
