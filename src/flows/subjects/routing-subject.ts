import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, providerFor, sourceOf } from "./subject-context";

function transcriptFlow(resource: GenesysResource, context: SubjectContext): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination: {
      name: "Genesys Cloud transcripts, content search and live monitoring (same org)",
      kind: "genesys_org",
      vendor: "Genesys",
    },
    data_elements: elementsOf(context, resource.address),
    processing_nature: hasType(resource, "genesyscloud_routing_settings")
      ? "Transcription of conversations (org routing settings)"
      : `Transcription and monitoring of queue ${resource.name}`,
    frequency: "Per interaction",
    via: resource.address,
  };
}

function draftOf(resource: GenesysResource, context: SubjectContext, name: string): SubjectDraft {
  return {
    kind: "resource",
    primary: resource,
    members: [resource],
    name,
    provider: providerFor(resource, context.inventory),
    flows: [transcriptFlow(resource, context)],
  };
}

/** The org's routing settings: one DPIA of transcription, which the queues of the same org join. */
export const routingSettingsSubject: SubjectBuilder = {
  pass: "owner",
  build: (resource, context) => draftOf(resource, context, "Routing and transcription settings"),
};

/** Queues join the routing settings' DPIA, else one DPIA of all the org's queues. */
export const routingQueueSubject: SubjectBuilder = {
  pass: "standalone",
  build: (resource, context) => draftOf(resource, context, "Routing queues: transcription and monitoring"),
  join(resource, context, drafts) {
    const provider = providerFor(resource, context.inventory);
    const draft =
      drafts.find(
        (candidate) => hasType(candidate.primary, "genesyscloud_routing_settings") && candidate.provider === provider,
      ) ??
      drafts.find(
        (candidate) => hasType(candidate.primary, "genesyscloud_routing_queue") && candidate.provider === provider,
      );
    return draft ? [{ draft, flows: [transcriptFlow(resource, context)] }] : [];
  },
};
