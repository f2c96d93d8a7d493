import { declareRule } from "../rule";
import { elementNames } from "../helpers";

/** Voice: a recording of a call can be turned into a voiceprint by whoever holds it. */
const VOICE_ELEMENTS = new Set(["call_recording_audio"]);

/**
 * Recipients that are neither Genesys nor the org's own cloud account: a vendor, an API client
 * holding the org's credentials, or a recipient the configuration does not name (fail closed).
 */
const THIRD_PARTIES = new Set(["third_party", "api_client", "unknown"]);

export const CallRecordingsStayOutOfThirdParties = declareRule({
  id: "GC-REC-3",
  name: "CallRecordingsStayOutOfThirdParties",
  target: "flow",
  severity: "Critical",
  description:
    "No data flow sends call recordings (voice) from Genesys Cloud to a third party the policy's allow-list does not approve: a vendor, an API client or a recipient the configuration does not name.",
  rationale:
    "A voice recording can be processed into a voiceprint that identifies the speaker, which is biometric data under GDPR Art. 9(1) and Art. 4(14) (EDPB Guidelines 02/2021); recordings also reveal whatever callers say (health, payments). TLS protects the connection only: the recipient, and every system after it, holds the audio in the clear, and no Genesys configuration can show end-to-end encryption of what a data action or API client carries. Recordings kept in Genesys, or exported to the org's own storage, stay under the controller's recording policy and are not this rule's concern.",
  remediation:
    "Keep recordings in Genesys Cloud and send the recipient a conversation id or a link its users open with their own Genesys permissions; export recordings only to the org's own storage (AWS S3 recording bulk export); add the recipient to the policy's allow-list once reviewed (processor agreement, Art. 9(2) condition, transfer mechanism); or obtain a time-bound, dual-approved exception with an Art. 9(2) condition, a processor agreement and end-to-end encryption of the audio.",
  check(flow, context) {
    // A recipient the policy's allow-list names has been reviewed and approved for this data.
    if (!THIRD_PARTIES.has(flow.destination.kind) || flow.destination.approval) return [];
    // A recipient the org installed outside this configuration (its AudioHook Monitor integration) was set up and
    // assessed there; GC-FLW-4 asks this DPIA to name it. A recipient nobody named stays the worst case.
    if (flow.destination.installedOutside) return [];
    const voice = flow.data_elements.filter((id) => VOICE_ELEMENTS.has(id));
    if (voice.length === 0) return [];
    return [
      {
        ...(flow.destination.attribute ? { attribute: flow.destination.attribute } : {}),
        message: `${elementNames(context, voice)} flow to ${flow.destination.name} without end-to-end encryption; voice can be biometric data (GDPR Art. 9)`,
      },
    ];
  },
});
