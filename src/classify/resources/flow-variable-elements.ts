import { elementOfKind } from "../../catalog/element-kinds";
import type { Catalog } from "../../catalog/schema";
import { kindsOfField } from "../field-names";
import type { ClassifiedElement } from "../model";

/** Architect names its variables by scope: `Flow.loyaltyTier`, `Task.x`, `State.x` (and `Common.x` in common modules). */
const VARIABLE = /\b(?:Flow|Task|State|Common)\.([A-Za-z_][A-Za-z0-9_]*)/g;
const MAX_VARIABLES = 10_000;

/**
 * The policy's own data elements a flow holds in its variables, by the variables' names. The
 * built-in kinds are judged by the data actions the flow calls; a policy element (a loyalty tier
 * kept in `Flow.loyaltyTier`) may never reach an action, so the variable's name is the evidence.
 */
export function policyElementsInFlowVariables(text: string, catalog: Catalog): ClassifiedElement[] {
  const names = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) {
    names.add(match[0]);
    if (names.size >= MAX_VARIABLES) break;
  }
  const elements: ClassifiedElement[] = [];
  for (const name of [...names].sort())
    for (const kind of kindsOfField(name.slice(name.indexOf(".") + 1), catalog.lexicon)) {
      const element = elementOfKind(kind);
      if (element) elements.push({ element, rule: "CLS-POLICY-ELEMENT", evidence: [`flow variable ${name}`] });
    }
  return elements;
}
