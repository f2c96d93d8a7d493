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

/** The sample's text, or why it cannot be scanned: too large, not UTF-8, or binary. */
function sampleText(sample: Sample, maxBytes: number): { text: string } | { problem: string } {
  if (sample.unreadable) return { problem: sample.unreadable };
  // A UTF-16 code unit is at most 3 bytes of UTF-8: short strings need no byte count.
  const size =
    typeof sample.content === "string"
      ? sample.content.length * 3 <= maxBytes
        ? 0
        : Buffer.byteLength(sample.content)
      : sample.content.byteLength;
  if (size > maxBytes) return { problem: `is ${size} bytes, more than the ${maxBytes}-byte limit per sample` };
  let text: string;
  if (typeof sample.content === "string") text = sample.content;
  else {
    try {
      text = decoder.decode(sample.content);
    } catch {
      return { problem: "is not valid UTF-8 text (binary content cannot be scanned)" };
    }
  }
  if (text.includes("\u0000")) return { problem: "contains NUL bytes (binary content cannot be scanned)" };
  return { text };
}

/** JSON leaves decoded one a line, with where each line starts and the JSONPath of its value. */
interface DecodedLeaves {
  text: string;
  starts: number[];
  paths: string[];
}

/** A JSON text's leaves with their unicode escapes decoded (escapes could hide digits); undefined when it is not JSON. */
function decodeLeaves(text: string): DecodedLeaves | undefined {
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
    return { text: lines.join(""), starts, paths: leaves.map((leaf) => leaf.path) };
  } catch {
    return undefined;
  }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Where each detection is: `text` in a plain-text sample, else the JSONPath of its value. */
function locate(found: Detection[], text: string, json: boolean, decoded: DecodedLeaves | undefined): string[] {
  if (!json) return found.map(() => "text");
  if (decoded) return found.map((detection) => decoded.paths[lastAtOrBefore(decoded.starts, detection.start)]!);
  const paths = jsonPathsAt(
    text,
    found.map((detection) => detection.start),
  );
  return found.map((detection) => paths.get(detection.start) ?? "$");
}

/** Decodes, parses (JSON when it is JSON) and scans a sample; bad samples are reported, not crashed on. */
export function scanSample(sample: Sample, maxBytes = MAX_SAMPLE_BYTES): SampleScan {
  const read = sampleText(sample, maxBytes);
  if ("problem" in read) return { ok: false, problem: read.problem };
  const { text } = read;
  // JSON is scanned as written (field names then sit next to their values as context). It is
  // parsed only when needed: to decode unicode escapes that could hide digits, or, when something
  // was found, to check it is JSON and name the JSONPath of each finding.
  const looksJson = /^\s*[[{]/.test(text);
  const decoded = looksJson && text.includes("\\u") ? decodeLeaves(text) : undefined;
  let nearMisses = 0;
  const found = scanText(decoded?.text ?? text).filter((detection) => {
    if (detection.confidence >= CONFIDENCE_THRESHOLD) return true;
    nearMisses++;
    return false;
  });
  const json = decoded !== undefined || (looksJson && found.length > 0 && parsesAsJson(text));
  const paths = locate(found, text, json, decoded);
  const detections = found.map((detection, index) => ({ ...detection, source: sample.source, path: paths[index]! }));
  return { ok: true, detections, nearMisses, json };
}
