import type { LexiconEntry } from "../../../catalog/schema";
import { combineKinds } from "../../combine-kinds";
import type { ClassifiedElement } from "../../model";
import type { ArchitectDataActionCall, ArchitectFlowRead } from "../architect-calls";
import { bindingData, variableValues, type BindingContext, type BindingData } from "./binding-data";
import { variableWriters } from "./variable-writers";

const RULE = "CLS-FLOW-BINDING" as const;
const TOKEN = /dpiaSubstitution\d+x/g;

/**
 * The data elements a flow passes to one call, with evidence. `declared` is what the called
 * action's input contract declares: a value the gate cannot type but the flow passes into a
 * declared input is what the contract says it is (classified on the action); into an input the
 * contract does not declare, or to an action whose contract is unknown, it is unknown data.
 */
function elementsOfCall(
  call: ArchitectDataActionCall,
  context: BindingContext,
  values: Map<string, BindingData>,
  declared: Set<string> | undefined,
  restore: (text: string) => string,
): ClassifiedElement[] {
  const kinds = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const binding of call.inputs) {
    const data = bindingData(binding, context, values);
    const where = (what: string) => restore(`"${call.name}" input ${binding.input}: ${what}`);
    for (const [kind, seen] of data.kinds) kinds.set(kind, [...(kinds.get(kind) ?? []), ...seen.map(where)]);
    unknown.push(...data.unknown.map(where));
    if (!declared?.has(binding.input)) unknown.push(...data.unread.map(where));
  }
  const elements = combineKinds(kinds).map((element): ClassifiedElement => ({ ...element, rule: RULE }));
  if (unknown.length > 0)
    elements.push({ element: "unknown_data", rule: RULE, evidence: [...new Set(unknown)].slice(0, 5) });
  return elements;
}

/** What the flow passes to each of its calls, in the order of `flow.calls`; `declaredFor` gives each call's contract. */
export function callElements(
  flow: ArchitectFlowRead,
  lexicon: LexiconEntry[],
  declaredFor: (call: ArchitectDataActionCall) => Set<string> | undefined = () => undefined,
): ClassifiedElement[][] {
  const context = { lexicon, writers: variableWriters(flow.root), secure: flow.type === "secureCall" };
  const values = variableValues(context);
  const restore = (text: string) => text.replace(TOKEN, (token) => flow.tokens.get(token) ?? token);
  return flow.calls.map((call) => elementsOfCall(call, context, values, declaredFor(call), restore));
}
