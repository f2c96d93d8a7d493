import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow } from "../model";
import { callerSubject } from "./data-action-caller-subject";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

function architectName(architect: GenesysResource): string {
  return literalName(stringAt(architect.attributes, "name"), architect.name);
}

/** An Architect flow joins the DPIA of each data action it calls (see callerSubject). */
export const architectSubject = callerSubject({
  label: (architect) => `Architect flow ${architectName(architect)}`,
  target: "data action",
});

/** An Architect flow's log level joins the DPIA its flow is in; alone, it is a DPIA of the flow's execution logs. */
export const architectLogLevelSubject: SubjectBuilder = {
  pass: "standalone",
  build(resource, context) {
    return {
      kind: "resource",
      primary: resource,
      members: [resource],
      name: `Flow execution logs of ${resource.name}`,
      provider: providerFor(resource, context.inventory),
      flows: [logFlow(resource, context)],
    };
  },
  join(resource, context, drafts) {
    const architectAddress = resolveReference(context.inventory, resource.attributes.flow_id).address;
    const draft = architectAddress
      ? drafts.find((candidate) => candidate.members.some((member) => member.address === architectAddress))
      : undefined;
    return draft ? [{ draft, flows: [logFlow(resource, context)] }] : [];
  },
};

function logFlow(resource: GenesysResource, context: SubjectContext): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination: {
      name: "Architect flow execution logs (same org)",
      kind: "genesys_org",
      attribute: "flow_log_level",
      vendor: "Genesys",
    },
    data_elements: elementsOf(context, resource.address),
    processing_nature: "Flow execution logging",
    frequency: "Per interaction",
    via: resource.address,
  };
}
