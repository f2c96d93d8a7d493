import { boolAt, firstBlock, stringAt } from "../../inventory/lookup";
import { transcriptionMode } from "../../inventory/attributes/transcription-mode";
import type { ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const TRANSCRIPTION_RULE = "CLS-TRANSCRIPTION";

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

/** A queue: voice transcription, and live audio streamed through AudioHook Monitor, of its conversations. */
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
      evidence: [
        `enable_audio_monitoring${monitoring === "unknown" ? " (not resolved)" : ""} (AudioHook Monitor streams the queue's live call audio)`,
      ],
    });
  return { address: resource.address, elements, unknowns: [] };
};
