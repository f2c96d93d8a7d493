import { declareRule } from "../rule";

const RECORDINGS = new Set(["call_recording_audio", "screen_recording"]);

export const RecordingBulkExportReviewed = declareRule({
  id: "GC-VOL-2",
  name: "RecordingBulkExportReviewed",
  target: "flow",
  severity: "High",
  description:
    "Recordings are not exported in bulk (retention-policy integration_export, recording bulk jobs through an OAuth client) without that volume being declared in the policy.",
  rationale:
    "A bulk export copies call audio and screen recordings of many people at once to storage outside Genesys, where Genesys retention no longer applies (GDPR Art. 5(1)(e), WP248 criterion 5; PCI DSS Req. 3.3.1 when card details were spoken).",
  remediation:
    "Declare the expected volume for the export in the policy's volumes, narrow the policy's conditions, and set a retention period at the destination.",
  check(flow) {
    if (flow.frequency !== "Batch" || !flow.data_elements.some((id) => RECORDINGS.has(id)) || flow.scale?.declared)
      return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `recordings are exported in bulk to ${flow.destination.name}, reaching ${flow.scale?.population === "org_wide" ? "every matching recording of the org" : "part of the org"}, with no declared volume`,
      },
    ];
  },
});
