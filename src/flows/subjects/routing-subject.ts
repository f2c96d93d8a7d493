import { boolAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, providerFor, sourceOf } from "./subject-context";

/** Live call audio: what a queue with audio monitoring streams (the classification's element for call audio). */
const CALL_AUDIO = "call_recording_audio";

function transcriptFlow(resource: GenesysResource, context: SubjectContext): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination: {
      name: "Genesys Cloud transcripts and content search (same org)",
      kind: "genesys_org",
      vendor: "Genesys",
    },
    data_elements: elementsOf(context, resource.address).filter((element) => element !== CALL_AUDIO),
    processing_nature: hasType(resource, "genesyscloud_routing_settings")
      ? "Transcription of conversations (org routing settings)"
      : `Transcription of queue ${resource.name}`,
    frequency: "Per interaction",
    via: resource.address,
  };
}

/**
 * A queue's audio monitoring turns on AudioHook Monitor for its calls: Genesys streams their live audio to the
 * third-party service whose endpoint the org's AudioHook Monitor integration names (Genesys: "If the queue enables
 * Audiohook Monitor, it will be enabled"; "to use audio monitoring for the queue, an administrator must enable the
 * AudioHook integration"). That integration is installed outside this configuration, so the recipient is unnamed.
 */
function audioMonitoringFlow(resource: GenesysResource, context: SubjectContext): DataFlow[] {
  const monitoring = boolAt(resource.attributes, "enable_audio_monitoring");
  if (monitoring === undefined || monitoring === false) return [];
  return [
    {
      source: sourceOf(resource, context),
      destination: {
        name: "AudioHook Monitor: the third-party endpoint of the org's AudioHook Monitor integration",
        kind: "unknown",
        attribute: "enable_audio_monitoring",
        unresolved:
          "the queue's live call audio streams to the endpoint the org's AudioHook Monitor integration names, which this configuration does not define",
        unknownBecause: "unnamed",
        installedOutside: "the org's AudioHook Monitor integration",
      },
      data_elements: elementsOf(context, resource.address).filter((element) => element === CALL_AUDIO),
      processing_nature: `Live audio of queue ${resource.name}'s calls streamed through AudioHook Monitor${monitoring === "unknown" ? " (enable_audio_monitoring not resolved before deployment)" : ""}`,
      frequency: "Real-time",
      via: resource.address,
    },
  ];
}

function flowsOf(resource: GenesysResource, context: SubjectContext): DataFlow[] {
  return [transcriptFlow(resource, context), ...audioMonitoringFlow(resource, context)];
}

function draftOf(resource: GenesysResource, context: SubjectContext, name: string): SubjectDraft {
  return {
    kind: "resource",
    primary: resource,
    members: [resource],
    name,
    provider: providerFor(resource, context.inventory),
    flows: flowsOf(resource, context),
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
    return draft ? [{ draft, flows: flowsOf(resource, context) }] : [];
  },
};
