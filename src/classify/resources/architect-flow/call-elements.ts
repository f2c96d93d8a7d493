import type { LexiconEntry } from "../../../catalog/schema";
import { combineKinds } from "../../combine-kinds";
import type { ClassifiedElement } from "../../model";
import type { ArchitectDataActionCall, ArchitectFlowRead } from "../architect-calls";
import { bindingData, empty, merge, variableValues, type BindingContext, type BindingData } from "./binding-data";
import { flowInvocations } from "./flow-invocations";
import { variableKey, variableWriters } from "./variable-writers";

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

function flowContext(flow: ArchitectFlowRead, lexicon: LexiconEntry[], inputs?: Map<string, BindingData>) {
  const context: BindingContext = {
    lexicon,
    writers: variableWriters(flow.root),
    secure: flow.type === "secureCall",
    ...(inputs ? { inputs } : {}),
  };
  return { context, values: variableValues(context) };
}

/**
 * What the flow passes to each of its calls, in the order of `flow.calls`; `declaredFor` gives each call's contract,
 * `inputs` what the configuration's flows that run this one pass to its inputs.
 */
export function callElements(
  flow: ArchitectFlowRead,
  lexicon: LexiconEntry[],
  declaredFor: (call: ArchitectDataActionCall) => Set<string> | undefined = () => undefined,
  inputs?: Map<string, BindingData>,
): ClassifiedElement[][] {
  const { context, values } = flowContext(flow, lexicon, inputs);
  const restore = (text: string) => text.replace(TOKEN, (token) => flow.tokens.get(token) ?? token);
  return flow.calls.map((call) => elementsOfCall(call, context, values, declaredFor(call), restore));
}

/**
 * What `caller` passes to the inputs of the flow named `target` (a common module or bot flow it runs), by the
 * input's variable key; `callerInputs` is what runs the caller in turn. Evidence names the caller.
 */
export function invocationData(
  caller: ArchitectFlowRead,
  callerAddress: string,
  target: string,
  lexicon: LexiconEntry[],
  callerInputs?: Map<string, BindingData>,
): Map<string, BindingData> {
  const passed = new Map<string, BindingData>();
  const invocations = flowInvocations(caller.root).filter(
    (invocation) => invocation.target.trim().toLowerCase() === target.trim().toLowerCase(),
  );
  if (invocations.length === 0) return passed;
  const { context, values } = flowContext(caller, lexicon, callerInputs);
  for (const invocation of invocations)
    for (const binding of invocation.inputs) {
      const data = bindingData(binding, context, values);
      const named: BindingData = {
        kinds: new Map(
          [...data.kinds].map(([kind, seen]) => [kind, seen.map((where) => `${callerAddress}: ${where}`)]),
        ),
        unread: data.unread.map((where) => `${callerAddress}: ${where}`),
        unknown: data.unknown.map((where) => `${callerAddress}: ${where}`),
      };
      const key = variableKey(binding.input);
      merge(passed.get(key) ?? passed.set(key, empty()).get(key)!, named);
    }
  return passed;
}
