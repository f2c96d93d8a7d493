import { MAX_SAMPLE_BYTES, type Sample } from "../../inventory/sample";

/** A property name in a JSON sample, with the JSONPath of the object that holds it. */
interface SampleField {
  name: string;
  path: string;
}

function sampleJson(sample: Sample, maxBytes: number): unknown {
  if (sample.unreadable) return undefined;
  const size = typeof sample.content === "string" ? Buffer.byteLength(sample.content) : sample.content.byteLength;
  if (size > maxBytes) return undefined;
  const text = typeof sample.content === "string" ? sample.content : Buffer.from(sample.content).toString("utf8");
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Every property name of a JSON sample at any depth, with an explicit stack (hostile nesting costs
 * memory, not the call stack). A sample that is not JSON, too large or unreadable has none; the
 * content scanners report those.
 */
export function sampleFields(sample: Sample, maxBytes = MAX_SAMPLE_BYTES): SampleField[] {
  const fields: SampleField[] = [];
  const stack: Array<[unknown, string]> = [[sampleJson(sample, maxBytes), "$"]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, path] = next;
    if (Array.isArray(node)) node.forEach((child) => stack.push([child, `${path}[]`]));
    else if (node && typeof node === "object")
      for (const [name, child] of Object.entries(node)) {
        fields.push({ name, path });
        stack.push([child, `${path}.${name}`]);
      }
  }
  return fields;
}
