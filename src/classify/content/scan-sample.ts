import { CONFIDENCE_THRESHOLD, type Detection } from "./detection";
import { scanText } from "./scan-text";
import { jsonLeaves } from "./walk-json";
import { MAX_SAMPLE_BYTES, type Sample } from "../../inventory/sample";

export type { Sample };


export interface LocatedDetection extends Detection {
  source: string;
  /** JSONPath of the value in a JSON sample, or `text` for a plain-text sample. */
  path: string;
  key?: string;
}

export type SampleScan = { ok: true; detections: LocatedDetection[]; nearMisses: number; json: boolean } | { ok: false; problem: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes, parses (JSON when it is JSON) and scans a sample; bad samples are reported, not crashed on. */
export function scanSample(sample: Sample, maxBytes = MAX_SAMPLE_BYTES): SampleScan {
  if (sample.unreadable) return { ok: false, problem: sample.unreadable };
  const size = typeof sample.content === "string" ? Buffer.byteLength(sample.content) : sample.content.byteLength;
  if (size > maxBytes) return { ok: false, problem: `is ${size} bytes, more than the ${maxBytes}-byte limit per sample` };
  let text: string;
  if (typeof sample.content === "string") text = sample.content;
  else {
    try {
      text = decoder.decode(sample.content);
    } catch {
      return { ok: false, problem: "is not valid UTF-8 text (binary content cannot be scanned)" };
    }
  }
  if (text.includes("\u0000")) return { ok: false, problem: "contains NUL bytes (binary content cannot be scanned)" };
  let parsed: unknown;
  let json = false;
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      parsed = JSON.parse(text);
      json = true;
    } catch {
      json = false;
    }
  }
  const leaves = json ? jsonLeaves(parsed) : [{ path: "text", value: text, key: undefined as string | undefined }];
  const detections: LocatedDetection[] = [];
  let nearMisses = 0;
  for (const leaf of leaves) {
    for (const detection of scanText(leaf.value)) {
      if (detection.confidence < CONFIDENCE_THRESHOLD) nearMisses++;
      else detections.push({ ...detection, source: sample.source, path: leaf.path, ...(leaf.key ? { key: leaf.key } : {}) });
    }
  }
  return { ok: true, detections, nearMisses, json };
}
