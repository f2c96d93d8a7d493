import { transcriptionMode } from "../../inventory/attributes/transcription-mode";
import { boolAt, firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { hasType } from "../../inventory/resource-type";

export const TranscriptReachReviewed = declareRule({
  id: "GC-RTE-2",
  name: "TranscriptReachReviewed",
  target: "resource",
  resourceTypes: ["genesyscloud_routing_settings"],
  severity: "Medium",
  description: "Transcript content search and low-latency transcript streaming are turned on only after review.",
  rationale:
    "Content search lets everyone with search permission find conversations by what customers said; low-latency transcription streams transcripts to every Notification API subscriber. Each widens who receives the content (GDPR Art. 5(1)(b), Art. 25(2)).",
  remediation:
    "Turn these on only where the purpose is recorded in the DPIA; limit the permissions that use them to named roles and divisions.",
  check(resource) {
    const found: Array<{ attribute: string; message: string }> = [];
    const on = (value: unknown) => value === true || value === "unknown";
    if (hasType(resource, "genesyscloud_routing_settings") && transcriptionMode(resource) !== "off") {
      const block = firstBlock(resource.attributes, "transcription");
      if (on(boolAt(block, "content_search_enabled")))
        found.push({
          attribute: "transcription.content_search_enabled",
          message: "transcripts are searchable by content across the org",
        });
      if (on(boolAt(block, "low_latency_transcription_enabled")))
        found.push({
          attribute: "transcription.low_latency_transcription_enabled",
          message: "transcripts stream in real time to Notification API subscribers",
        });
    }
    return found;
  },
});
