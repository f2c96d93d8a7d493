import { CONFIDENCE_THRESHOLD, type Detection } from "./detection";
import { scanText } from "./scan-text";
import { jsonPathsAt } from "./json-locator";
import { jsonLeaves } from "./walk-json";
import { MAX_SAMPLE_BYTES, type Sample } from "../../inventory/sample";
import { lastAtOrBefore } from "../../validation/sorted-search";

export type { Sample };

export interface LocatedDetection extends Detection {
  source: string;
  /** JSONPath of the value in a JSON sample, or `text` for a plain-text sample. */
  path: string;
}

export type SampleScan =
  { ok: true; detections: LocatedDetection[]; nearMisses: number; json: boolean } | { ok: false; problem: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes, parses (JSON when it is JSON) and scans a sample; bad samples are reported, not crashed on. */
export function scanSample(sample: Sample, maxBytes = MAX_SAMPLE_BYTES): SampleScan {
  if (sample.unreadable) return { ok: false, problem: sample.unreadable };
  // A UTF-16 code unit is at most 3 bytes of UTF-8: short strings need no byte count.
  const size =
    typeof sample.content === "string"
      ? sample.content.length * 3 <= maxBytes
        ? 0
        : Buffer.byteLength(sample.content)
      : sample.content.byteLength;
  if (size > maxBytes)
    return { ok: false, problem: `is ${size} bytes, more than the ${maxBytes}-byte limit per sample` };
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
  // JSON is scanned as written (field names then sit next to their values as context). It is
  // parsed only when needed: to decode unicode escapes that could hide digits, or, when something
  // was found, to check it is JSON and name the JSONPath of each finding.
  const looksJson = /^\s*[[{]/.test(text);
  let scanned = text;
  let decodedLeaves: { starts: number[]; paths: string[] } | undefined;
  if (looksJson && text.includes("\\u")) {
    try {
      const leaves = jsonLeaves(JSON.parse(text));
      const starts: number[] = [];
      let offset = 0;
      const lines = leaves.map((leaf) => {
        const line = `${leaf.key ?? ""}: ${leaf.value}\n`;
        starts.push(offset);
        offset += line.length;
        return line;
      });
      scanned = lines.join("");
      decodedLeaves = { starts, paths: leaves.map((leaf) => leaf.path) };
    } catch {
      decodedLeaves = undefined;
    }
  }
  let nearMisses = 0;
  const found = scanText(scanned).filter((detection) => {
    if (detection.confidence >= CONFIDENCE_THRESHOLD) return true;
    nearMisses++;
    return false;
  });
  let json = decodedLeaves !== undefined;
  if (!json && looksJson && found.length > 0) {
    try {
      JSON.parse(text);
      json = true;
    } catch {
      json = false;
    }
  }
  const paths =
    json && !decodedLeaves
      ? jsonPathsAt(
          text,
          found.map((detection) => detection.start),
        )
      : undefined;
  const detections: LocatedDetection[] = found.map((detection) => {
    const path = !json
      ? "text"
      : decodedLeaves
        ? decodedLeaves.paths[lastAtOrBefore(decodedLeaves.starts, detection.start)]!
        : (paths?.get(detection.start) ?? "$");
    return { ...detection, source: sample.source, path };
  });
  return { ok: true, detections, nearMisses, json };
}
