import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow, Destination } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

type Call = NonNullable<NonNullable<ReturnType<SubjectContext["classifications"]["get"]>>["dataActionCalls"]>[number];

function flowName(flow: GenesysResource): string {
  return literalName(stringAt(flow.attributes, "name"), flow.name);
}

function undefinedActionFlow(flow: GenesysResource, call: Call | undefined, context: SubjectContext): DataFlow {
  const destination: Destination = call
    ? { name: `Data action "${call.name}" (not defined in this configuration)`, kind: "unknown", attribute: "filepath", unresolved: `the flow calls data action "${call.name}", which this configuration does not define`, unknownBecause: "unnamed" }
    : { name: "Unknown destination", kind: "unknown", attribute: "filepath", unresolved: "the flow file could not be read, so the data actions it calls are unknown", unknownBecause: "unnamed" };
  return { source: sourceOf(flow, context), destination, data_elements: ["unknown_data"], processing_nature: `Architect flow ${flowName(flow)}${call ? ` calls data action ${call.name}` : ""}`, frequency: "Per interaction", via: flow.address };
}

function calledActionFlow(flow: GenesysResource, call: Call, target: SubjectDraft, context: SubjectContext): DataFlow {
  const destination = target.flows.find((candidate) => candidate.via === call.action)?.destination ?? { name: `Data action ${call.action}`, kind: "unknown", unresolved: "the action's destination is not known", unknownBecause: "unnamed" };
  return { source: sourceOf(flow, context), destination, data_elements: elementsOf(context, call.action!), processing_nature: `Architect flow ${flowName(flow)} calls data action ${call.name}`, frequency: "Per interaction", via: flow.address };
}

/**
 * An Architect flow joins the DPIA of the integration whose data actions it calls (and is listed
 * in every other such DPIA too); a flow calling actions the configuration does not define, or
 * whose file cannot be read, has unknown destinations.
 */
export const flowSubject: SubjectBuilder = {
  pass: "standalone",
  build(flow, context) {
    const classification = context.classifications.get(flow.address);
    const calls = classification?.dataActionCalls;
    const flows = calls === undefined || classification?.elements.some((item) => item.rule === "CLS-UNKNOWN" && item.evidence.some((text) => text.startsWith("filepath")))
      ? [undefinedActionFlow(flow, undefined, context)]
      : calls.filter((call) => !call.action).map((call) => undefinedActionFlow(flow, call, context));
    if (flows.length === 0) {
      flows.push({ source: sourceOf(flow, context), destination: { name: "Genesys Cloud Architect (same org)", kind: "genesys_org", vendor: "Genesys" }, data_elements: [], processing_nature: `Architect flow ${flowName(flow)} (calls no data action)`, frequency: "Per interaction", via: flow.address });
    }
    return { kind: "resource", primary: flow, members: [flow], name: `Architect flow ${flowName(flow)}`, provider: providerFor(flow, context.inventory), flows };
  },
  join(flow, context, drafts) {
    const calls = context.classifications.get(flow.address)?.dataActionCalls ?? [];
    const byDraft = new Map<SubjectDraft, Call[]>();
    for (const call of calls.filter((entry) => entry.action)) {
      const target = drafts.find((draft) => draft.members.some((member) => member.address === call.action));
      if (target) byDraft.set(target, [...(byDraft.get(target) ?? []), call]);
    }
    const targets = [...byDraft.keys()];
    if (targets.length === 0) return undefined;
    // Every DPIA of an action the flow calls lists the flow; the first one also carries its unknown calls.
    for (const other of targets.slice(1)) {
      other.members.push(flow);
      other.flows.push(...byDraft.get(other)!.map((call) => calledActionFlow(flow, call, other, context)));
    }
    const first = targets[0]!;
    const flows = [
      ...byDraft.get(first)!.map((call) => calledActionFlow(flow, call, first, context)),
      ...calls.filter((call) => !call.action || !drafts.some((draft) => draft.members.some((member) => member.address === call.action))).map((call) => undefinedActionFlow(flow, call, context)),
    ];
    return { draft: first, flows };
  },
};

/** A flow's log level joins the DPIA its flow is in; alone, it is a DPIA of the flow's execution logs. */
export const flowLogLevelSubject: SubjectBuilder = {
  pass: "standalone",
  build(resource, context) {
    return { kind: "resource", primary: resource, members: [resource], name: `Flow execution logs of ${resource.name}`, provider: providerFor(resource, context.inventory), flows: [logFlow(resource, context)] };
  },
  join(resource, context, drafts) {
    const flowAddress = resolveReference(context.inventory, resource.attributes.flow_id).address;
    const draft = flowAddress ? drafts.find((candidate) => candidate.members.some((member) => member.address === flowAddress)) : undefined;
    return draft ? { draft, flows: [logFlow(resource, context)] } : undefined;
  },
};

function logFlow(resource: GenesysResource, context: SubjectContext): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination: { name: "Architect flow execution logs (same org)", kind: "genesys_org", attribute: "flow_log_level", vendor: "Genesys" },
    data_elements: elementsOf(context, resource.address),
    processing_nature: "Flow execution logging",
    frequency: "Per interaction",
    via: resource.address,
  };
}
