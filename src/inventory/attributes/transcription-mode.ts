import { firstBlock, stringAt } from "../lookup";
import type { GenesysResource } from "../model";

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
