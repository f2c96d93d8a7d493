import { transcriptionMode } from "../../inventory/attributes/transcription-mode";
import { boolAt, firstBlock, resourcesOfType } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { declareRule, type RuleContext, type Violation } from "../rule";
import { hasType } from "../../inventory/resource-type";

const REDACTION = [
  { key: "pii_redaction_enabled", what: "PII redaction" },
  { key: "pci_dss_redaction_enabled", what: "PCI DSS redaction (card numbers spoken or keyed)" },
] as const;

function redactionGaps(settings: GenesysResource | undefined, prefix: string): Violation[] {
  const block = firstBlock(settings?.attributes, "transcription");
  return REDACTION.flatMap(({ key, what }) => {
    const value = boolAt(block, key);
    if (value === true) return [];
    const state =
      value === false
        ? "is off"
        : value === "unknown"
          ? "is not resolved before deployment"
          : settings
            ? "is not enabled"
            : "is not set in this configuration (genesyscloud_routing_settings)";
    return [{ attribute: `${prefix}transcription.${key}`, message: `transcripts are made and ${what} ${state}` }];
  });
}

function transcribes(resource: GenesysResource, context: RuleContext): boolean {
  if (hasType(resource, "genesyscloud_routing_settings")) return transcriptionMode(resource) !== "off";
  const value = boolAt(resource.attributes, "enable_transcription");
  if (value === undefined || value === false) return false;
  // A queue transcribes only when the org allows it; an org setting outside the configuration may.
  const settings = resourcesOfType(context.inventory, "genesyscloud_routing_settings");
  return settings.length === 0 || settings.some((entry) => transcriptionMode(entry) !== "off");
}

export const TranscriptionRedactsPersonalData = declareRule({
  id: "GC-RTE-1",
  name: "TranscriptionRedactsPersonalData",
  target: "resource",
  resourceTypes: ["genesyscloud_routing_settings", "genesyscloud_routing_queue"],
  severity: "High",
  description:
    "Where calls are transcribed (routing_settings transcription, a queue's enable_transcription), PII and PCI DSS redaction are on.",
  rationale:
    "A transcript holds everything the customer said: names, addresses, health details and card numbers read out aloud. Without redaction they are stored, searchable and exported with the transcript (GDPR Art. 5(1)(c), Art. 25, Art. 32; PCI DSS Req. 3.3).",
  remediation:
    "Set pii_redaction_enabled and pci_dss_redaction_enabled to true in genesyscloud_routing_settings.transcription, or turn transcription off.",
  check(resource, context) {
    if (!transcribes(resource, context)) return [];
    if (hasType(resource, "genesyscloud_routing_settings")) return redactionGaps(resource, "");
    const settings = resourcesOfType(context.inventory, "genesyscloud_routing_settings")[0];
    return redactionGaps(settings, "genesyscloud_routing_settings.").map((gap) => ({
      attribute: "enable_transcription",
      message: gap.message,
    }));
  },
});
