import { rulesetDataActionSteps } from "../../inventory/attributes/ruleset-steps";
import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow, Destination } from "../model";
import type { SubjectBuilder, SubjectJoin } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

interface Call {
  path: string;
  address?: string;
  draft?: SubjectDraft;
  destination?: Destination;
}

/** Each data action the ruleset calls, and the DPIA (and destination) of that action when it is assessed. */
function calls(ruleset: GenesysResource, context: SubjectContext, drafts: readonly SubjectDraft[]): Call[] {
  return rulesetDataActionSteps(ruleset.attributes).map(({ path, step }) => {
    const { address } = resolveReference(context.inventory, step.data_action_id);
    const draft = address
      ? drafts.find((candidate) => candidate.members.some((member) => member.address === address))
      : undefined;
    const destination = draft?.flows.find((flow) => flow.via === address)?.destination;
    return {
      path,
      ...(address ? { address } : {}),
      ...(draft ? { draft } : {}),
      ...(destination ? { destination } : {}),
    };
  });
}

function unknownAction(call: Call): Destination {
  return {
    name: "Data action outside this configuration",
    kind: "unknown",
    attribute: `${call.path}.data_action_id`,
    unresolved: call.address
      ? `${call.address} is not defined in this configuration`
      : "the data action is named by an id, so its recipient cannot be read",
    unknownBecause: "unnamed",
  };
}

function callFlow(ruleset: GenesysResource, call: Call, source: string, context: SubjectContext): DataFlow {
  return {
    source,
    destination: call.destination ?? unknownAction(call),
    data_elements: elementsOf(context, ruleset.address),
    processing_nature: `Outbound ruleset passes the dialed contact's columns to ${call.address ?? "a data action"} (${call.path})`,
    frequency: "Per interaction",
    via: ruleset.address,
  };
}

/**
 * An outbound ruleset passes each dialed contact's columns to data actions. It joins the DPIA of
 * each integration whose action it calls, as one more flow to that action's destination; when an
 * action is outside the configuration, the ruleset is a DPIA of its own whose recipients cannot be
 * named (fail closed). A ruleset that calls no data action is a DPIA of dialing inside Genesys.
 */
export const outboundRulesetSubject: SubjectBuilder = {
  pass: "standalone",
  join(ruleset, context, drafts) {
    const found = calls(ruleset, context, drafts);
    if (found.length === 0 || found.some((call) => !call.draft || !call.destination)) return [];
    const joins = new Map<SubjectDraft, SubjectJoin>();
    for (const call of found) {
      const join = joins.get(call.draft!) ?? { draft: call.draft!, flows: [] };
      join.flows.push(callFlow(ruleset, call, call.draft!.flows[0]!.source, context));
      joins.set(call.draft!, join);
    }
    return [...joins.values()];
  },
  build(ruleset, context, drafts) {
    const found = calls(ruleset, context, drafts);
    const provider = providerFor(ruleset, context.inventory);
    const source = sourceName(provider, context.catalog);
    const dialing: DataFlow = {
      source,
      destination: {
        name: "Genesys Cloud outbound dialing (this org)",
        kind: "genesys_org",
        vendor: "Genesys",
        attribute: "rules",
      },
      data_elements: elementsOf(context, ruleset.address),
      processing_nature: "Outbound rules evaluated on each dialed contact",
      frequency: "Per interaction",
      via: ruleset.address,
    };
    const flows = found.length === 0 ? [dialing] : found.map((call) => callFlow(ruleset, call, source, context));
    return {
      kind: "resource",
      primary: ruleset,
      members: [ruleset],
      name: literalName(stringAt(ruleset.attributes, "name"), ruleset.name),
      provider,
      flows,
    };
  },
};
