import { hasUnresolved, parseTemplate } from "../../inventory/expressions";
import { firstBlock, resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { hasType, ofType, type ResourceType } from "../../inventory/resource-type";
import type { Catalog } from "../../catalog/schema";
import type { ClassifiedElement, ResourceClassification, UnknownValue } from "../model";
import { readArchitectFlow, type ArchitectDataActionCall, type ArchitectFlowRead } from "./architect-calls";
import { empty, merge, type BindingData } from "./architect-flow/binding-data";
import { flowInvocations, flowName } from "./architect-flow/flow-invocations";
import { callElements, invocationData } from "./architect-flow/call-elements";
import { declaredInputs } from "./architect-flow/declared-inputs";
import { policyElementsInFlowVariables } from "./flow-variable-elements";
import type { ResourceClassifier } from "./resource-classifier";
import { unreadFileReason } from "./unread-file";

/** The resource types an Architect flow's callData can name. */
export const CALLABLE_ACTION_TYPES: readonly ResourceType[] = [
  "genesyscloud_integration_action",
  "genesyscloud_integration_action_draft",
];

/**
 * The names a flow may call an action's category by: the action's `category` and its integration's
 * name (Architect lists data actions under their integration); undefined when either is an expression.
 */
function categoryNames(action: GenesysResource, inventory: Inventory): string[] | undefined {
  const integration = resolveReference(inventory, action.attributes.integration_id).resource;
  const names = [
    stringAt(action.attributes, "category"),
    integration ? stringAt(firstBlock(integration.attributes, "config"), "name") : undefined,
  ];
  return names.some((name) => name !== undefined && hasUnresolved(name))
    ? undefined
    : names.filter((name): name is string => name !== undefined);
}

/**
 * The action resource a call names: through a substitution that references it, else by its
 * literal name within its category (Architect names an action by both: two integrations may each
 * have an action called "Lookup", and the flow calls the one in the category it names).
 */
function actionCalled(inventory: Inventory, call: ArchitectDataActionCall): GenesysResource | undefined {
  if (call.substitutedFrom) {
    const target = resolveReference(inventory, call.substitutedFrom).resource;
    return ofType(target, ...CALLABLE_ACTION_TYPES);
  }
  if (hasUnresolved(call.name)) return undefined;
  const named = inventory.resources.filter(
    (resource) =>
      resource.mode === "managed" &&
      hasType(resource, ...CALLABLE_ACTION_TYPES) &&
      stringAt(resource.attributes, "name") === call.name,
  );
  // A category given by a Terraform expression (a reference to the integration's name) is not compared as text.
  const literal = call.category !== undefined && parseTemplate(call.category).every((part) => part.kind === "literal");
  if (!literal) return named.length === 1 ? named[0] : undefined;
  const categories = named.map((action) => categoryNames(action, inventory));
  const inCategory = named.filter((_, index) => categories[index]?.includes(call.category!));
  if (inCategory.length > 0) return inCategory[0];
  // A category the gate cannot read may be the one the flow names, when no other action has the name.
  return named.length === 1 && categories[0] === undefined ? named[0] : undefined;
}

/** Flow types another flow runs with inputs (Call Common Module, Call Bot Flow). */
const INVOKED_TYPES = new Set(["commonModule", "bot", "digitalBot"]);

const flowsRead = new WeakMap<Inventory, Map<string, ArchitectFlowRead | undefined>>();

/** One text that may be deployed under a flow resource's file (the index-th), read once per inventory. */
function readFlowText(inventory: Inventory, resource: GenesysResource, text: string, index: number) {
  const cache = flowsRead.get(inventory) ?? flowsRead.set(inventory, new Map()).get(inventory)!;
  const key = `${resource.address}\u0000${index}`;
  if (!cache.has(key)) cache.set(key, readArchitectFlow(text, resource.attributes.substitutions));
  return cache.get(key);
}

/** Every flow text of a flow resource that reads. */
function flowTexts(inventory: Inventory, resource: GenesysResource): ArchitectFlowRead[] {
  const file = inventory.referencedFiles?.[resource.address];
  if (!file) return [];
  return [file.text, ...(file.alsoDeployed ?? [])].flatMap((text, index) => {
    const read = readFlowText(inventory, resource, text, index);
    return read ? [read] : [];
  });
}

type FlowInputs = Map<string, Map<string, BindingData>>;
const inputsComputed = new WeakMap<Inventory, WeakMap<Catalog["lexicon"], FlowInputs>>();

const folded = (name: string) => name.trim().toLowerCase();

/**
 * For every flow of the configuration that other flows run (a common module, a bot flow: by its name, in any case),
 * what its callers pass to each of its inputs, callers that are run in turn included. Worked out once per
 * inventory, by passing data along the calls until nothing grows (what a value holds is bounded, so it ends, and a
 * mesh or a cycle of modules costs rounds, not paths). A module's input is then what its callers give it, where it
 * was data the gate could not type, which the called action's contract alone described.
 */
function flowInputs(inventory: Inventory, lexicon: Catalog["lexicon"]): FlowInputs {
  const byLexicon = inputsComputed.get(inventory) ?? inputsComputed.set(inventory, new WeakMap()).get(inventory)!;
  const known = byLexicon.get(lexicon);
  if (known) return known;
  const inputs: FlowInputs = new Map();
  byLexicon.set(lexicon, inputs);
  const flows = inventory.resources
    .filter((resource) => hasType(resource, "genesyscloud_flow"))
    .map((resource) => ({ resource, reads: flowTexts(inventory, resource) }));
  const invoked = new Map<string, string[]>();
  for (const { resource, reads } of flows)
    for (const read of reads) {
      const name = INVOKED_TYPES.has(read.type ?? "") ? flowName(read.root) : undefined;
      if (name) invoked.set(folded(name), [...(invoked.get(folded(name)) ?? []), resource.address]);
    }
  if (invoked.size === 0) return inputs;
  const calls = flows.flatMap(({ resource, reads }) =>
    reads.flatMap((read) =>
      [...new Set(flowInvocations(read.root).map((invocation) => invocation.target))]
        .filter((target) => invoked.has(folded(target)))
        .map((target) => ({ caller: resource.address, read, target, callees: invoked.get(folded(target))! })),
    ),
  );
  for (let round = 0, grew = calls.length > 0; grew && round <= flows.length + 1; round++) {
    grew = false;
    for (const { caller, read, target, callees } of calls) {
      const passed = invocationData(read, caller, target, lexicon, inputs.get(caller));
      for (const callee of callees) {
        const into = inputs.get(callee) ?? inputs.set(callee, new Map()).get(callee)!;
        for (const [key, data] of passed) grew = merge(into.get(key) ?? into.set(key, empty()).get(key)!, data) || grew;
      }
    }
  }
  return inputs;
}

function unreadable(resource: GenesysResource, reason: string): ResourceClassification {
  const unknowns: UnknownValue[] = [
    { kind: "value", attribute: "filepath", value: stringAt(resource.attributes, "filepath") ?? "(missing)", reason },
  ];
  return {
    address: resource.address,
    elements: [{ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: [`filepath ${reason}`] }],
    unknowns,
    dataActionCalls: [],
  };
}

/**
 * An Architect flow: which data actions its file calls and what it passes to each. What those
 * actions move is classified on the actions; an action the configuration does not define moves
 * unknown data.
 */
export const classifyArchitect: ResourceClassifier = (resource, { inventory, catalog }) => {
  const file = inventory.referencedFiles?.[resource.address];
  const filepath = stringAt(resource.attributes, "filepath") ?? "";
  if (!file) {
    return unreadable(resource, unreadFileReason(filepath, "flow file", "the data actions the flow calls"));
  }
  const elements: ClassifiedElement[] = [];
  const dataActionCalls: ResourceClassification["dataActionCalls"] = [];
  // Every text that may be deployed under the file (read-referenced-files.ts): the calls of each are the flow's.
  for (const [index, text] of [file.text, ...(file.alsoDeployed ?? [])].entries()) {
    const flow = readFlowText(inventory, resource, text, index);
    if (!flow) return unreadable(resource, "is not a YAML mapping Archy can read after its substitutions");
    const actions = flow.calls.map((call) => actionCalled(inventory, call));
    const inputs = INVOKED_TYPES.has(flow.type ?? "")
      ? flowInputs(inventory, catalog.lexicon).get(resource.address)
      : undefined;
    const passed = callElements(
      flow,
      catalog.lexicon,
      (call) => declaredInputs(actions[flow.calls.indexOf(call)]),
      inputs,
    );
    elements.push(...passed.flat(), ...policyElementsInFlowVariables(text, catalog));
    flow.calls.forEach((call, index) => {
      const action = actions[index];
      if (!action)
        elements.push({
          element: "unknown_data",
          rule: "CLS-UNKNOWN",
          evidence: [`${call.path}: data action "${call.name}" is not defined in this configuration`],
        });
      const passes = [...new Set(passed[index]!.map((item) => item.element))].sort();
      dataActionCalls.push({
        name: call.name,
        ...(call.category ? { category: call.category } : {}),
        path: call.path,
        ...(action ? { action: action.address } : {}),
        ...(passes.length > 0 ? { passes } : {}),
      });
    });
  }
  if (!file.alsoUnknown) return { address: resource.address, elements, unknowns: [], dataActionCalls };
  const unknown = unreadable(resource, file.alsoUnknown);
  return { ...unknown, elements: [...elements, ...unknown.elements], dataActionCalls };
};
