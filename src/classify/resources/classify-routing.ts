import { boolAt, firstBlock, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const TRANSCRIPTION_RULE = "CLS-TRANSCRIPTION";

/** Whether `routing_settings.transcription.transcription` turns transcription on: unset is the org default, Disabled. */
export function transcriptionMode(settings: GenesysResource): "off" | "on" | "unknown" {
  const raw = settings.attributes.transcription;
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return "off";
  const block = firstBlock(settings.attributes, "transcription");
  // A block given as an expression (or of another shape) may turn transcription on.
  if (!block) return "unknown";
  const mode = stringAt(block, "transcription");
  if (mode === undefined) return block.transcription === undefined ? "off" : "unknown";
  if (/^disabled$/i.test(mode)) return "off";
  return /^enabled(globally|queueflow)$/i.test(mode) ? "on" : "unknown";
}

/** Org routing settings: transcription makes transcripts of every (or every opted-in) call. */
export const classifyRoutingSettings: ResourceClassifier = (resource) => {
  const elements: ClassifiedElement[] = [];
  const mode = transcriptionMode(resource);
  if (mode !== "off")
    elements.push({
      element: "transcript_text",
      rule: TRANSCRIPTION_RULE,
      evidence: [
        `transcription.transcription (${mode === "on" ? stringAt(firstBlock(resource.attributes, "transcription"), "transcription") : "not resolved"})`,
      ],
    });
  return { address: resource.address, elements, unknowns: [] };
};

/** A queue: voice transcription and live audio monitoring of its conversations. */
export const classifyRoutingQueue: ResourceClassifier = (resource) => {
  const elements: ClassifiedElement[] = [];
  const transcription = boolAt(resource.attributes, "enable_transcription");
  if (transcription !== undefined && transcription !== false)
    elements.push({
      element: "transcript_text",
      rule: TRANSCRIPTION_RULE,
      evidence: [`enable_transcription${transcription === "unknown" ? " (not resolved)" : ""}`],
    });
  const monitoring = boolAt(resource.attributes, "enable_audio_monitoring");
  if (monitoring !== undefined && monitoring !== false)
    elements.push({
      element: "call_recording_audio",
      rule: TRANSCRIPTION_RULE,
      evidence: ["enable_audio_monitoring (supervisors listen to live calls)"],
    });
  return { address: resource.address, elements, unknowns: [] };
};
