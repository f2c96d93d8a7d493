import { unreadFileParts } from "../../classify/model";
import { stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow, Destination } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, receivedOnly, receivedOnlyOf, sourceOf } from "./subject-context";

type Call = NonNullable<NonNullable<ReturnType<SubjectContext["classifications"]["get"]>>["dataActionCalls"]>[number];

/** How a resource that calls data actions (or flows) is named in the DPIA. */
interface CallerKind {
  label: (resource: GenesysResource) => string;
  /** What the resource calls, in the user's words: "data action", "flow or action". */
  target: string;
}

function undefinedActionFlow(
  caller: GenesysResource,
  call: Call | undefined,
  context: SubjectContext,
  kind: CallerKind,
): DataFlow {
  const destination: Destination = call
    ? {
        name: `${kind.target} "${call.name}" (not defined in this configuration)`,
        kind: "unknown",
        attribute: call.path.startsWith("$") ? "filepath" : call.path,
        unresolved: `${kind.label(caller)} calls ${kind.target} "${call.name}", which this configuration does not define`,
        unknownBecause: "unnamed",
      }
    : {
        name: "Unknown destination",
        kind: "unknown",
        attribute: "filepath",
        unresolved: "the flow file could not be read, so the data actions it calls are unknown",
        unknownBecause: "unnamed",
      };
  return {
    source: sourceOf(caller, context),
    destination,
    // What the caller is seen to pass goes with it: card numbers sent to an undefined action are named as such.
    data_elements: [...new Set(["unknown_data", ...(call?.passes ?? [])])].sort(),
    processing_nature: `${kind.label(caller)}${call ? ` calls ${kind.target} ${call.name}` : ""}`,
    frequency: "Per interaction",
    via: caller.address,
  };
}

function calledActionFlow(
  caller: GenesysResource,
  call: Call,
  target: SubjectDraft,
  context: SubjectContext,
  kind: CallerKind,
): DataFlow {
  const destination = target.flows.find((candidate) => candidate.via === call.action)?.destination ?? {
    name: `${kind.target} ${call.action}`,
    kind: "unknown",
    unresolved: "the destination of what it calls is not known",
    unknownBecause: "unnamed",
  };
  const reachedFlows = target.flows.filter((candidate) => candidate.via === call.action);
  const reached = reachedFlows.flatMap((candidate) => candidate.data_elements);
  const reachedSent = reachedFlows.flatMap((candidate) =>
    candidate.data_elements.filter((id) => !candidate.received_only?.includes(id)),
  );
  // What the caller passes, or what the action's own flow sends, is sent whatever the action's response returns.
  const received = receivedOnlyOf(context, call.action!).filter(
    (id) => !(call.passes ?? []).includes(id) && !reachedSent.includes(id),
  );
  return {
    source: sourceOf(caller, context),
    destination,
    data_elements: [...new Set([...elementsOf(context, call.action!), ...reached, ...(call.passes ?? [])])].sort(),
    ...receivedOnly(received),
    processing_nature: `${kind.label(caller)} calls ${kind.target} ${call.name}`,
    frequency: "Per interaction",
    via: caller.address,
  };
}

/**
 * A resource that calls data actions (an Architect flow, a guide, a journey action map) joins the DPIA of
 * what it calls, and is listed in every other such DPIA too; calls to what the configuration does
 * not define, or a flow file that cannot be read, are flows to unknown destinations.
 */
export function callerSubject(kind: CallerKind): SubjectBuilder {
  return {
    pass: "standalone",
    build(caller, context) {
      const classification = context.classifications.get(caller.address);
      const calls = classification?.dataActionCalls;
      const unreadable = calls === undefined || unreadFileParts(classification).length > 0;
      // A file that may also be deployed as a text not known before apply keeps the calls of what is known of it.
      const flows = [
        ...(unreadable ? [undefinedActionFlow(caller, undefined, context, kind)] : []),
        ...(calls ?? []).map((call) => undefinedActionFlow(caller, call, context, kind)),
      ];
      if (flows.length === 0) {
        flows.push({
          source: sourceOf(caller, context),
          destination: { name: "Genesys Cloud (same org)", kind: "genesys_org", vendor: "Genesys" },
          data_elements: classification?.elements.map((item) => item.element) ?? [],
          processing_nature: `${kind.label(caller)} (calls no ${kind.target})`,
          frequency: "Per interaction",
          via: caller.address,
        });
      }
      return {
        kind: "resource",
        primary: caller,
        members: [caller],
        name: kind.label(caller),
        provider: providerFor(caller, context.inventory),
        flows,
      };
    },
    join(caller, context, drafts) {
      const calls = context.classifications.get(caller.address)?.dataActionCalls ?? [];
      const byDraft = new Map<SubjectDraft, Call[]>();
      for (const call of calls.filter((entry) => entry.action)) {
        const target = drafts.find((draft) => draft.members.some((member) => member.address === call.action));
        if (target) byDraft.set(target, [...(byDraft.get(target) ?? []), call]);
      }
      const targets = [...byDraft.keys()];
      if (targets.length === 0) return [];
      // Every DPIA of something the caller calls lists it; the first one also carries its unknown calls.
      const joined = new Set(targets.flatMap((draft) => byDraft.get(draft)!));
      const partlyUnknown = unreadFileParts(context.classifications.get(caller.address)).length > 0;
      const unknown = [
        ...(partlyUnknown ? [undefinedActionFlow(caller, undefined, context, kind)] : []),
        ...calls.filter((call) => !joined.has(call)).map((call) => undefinedActionFlow(caller, call, context, kind)),
      ];
      return targets.map((draft, index) => ({
        draft,
        flows: [
          ...byDraft.get(draft)!.map((call) => calledActionFlow(caller, call, draft, context, kind)),
          ...(index === 0 ? unknown : []),
        ],
      }));
    },
  };
}

export const guideVersionSubject = callerSubject({
  label: (guide) => `Guide version ${guide.name}`,
  target: "data action",
});
export const journeyActionMapSubject = callerSubject({
  label: (map) => `Journey action map ${literalName(stringAt(map.attributes, "display_name"), map.name)}`,
  target: "flow or action",
});
