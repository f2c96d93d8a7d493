import { parseTemplate } from "../../inventory/expressions";
import { firstBlock, type Attributes } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, UnknownValue } from "../model";
import { CONFIDENCE_THRESHOLD } from "./detection";
import { scanSample, type LocatedDetection, type Sample } from "./scan-sample";
import { scanText } from "./scan-text";
import { jsonLeaves } from "./walk-json";

const CONTENT_RULE = "CLS-CONTENT";
const EXAMPLE_KEYS = new Set(["examples", "example", "default", "enum", "const"]);

/** Example values declared in a contract (`examples`, `default`, `enum`, `const`), with their paths. */
function contractExamples(schema: unknown, root: string): Array<{ path: string; value: string }> {
  const found: Array<{ path: string; value: string }> = [];
  const stack: Array<[unknown, string]> = [[schema, root]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (!node || typeof node !== "object") continue;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (EXAMPLE_KEYS.has(key))
        for (const leaf of jsonLeaves(child, `${path}.${key}`)) found.push({ path: leaf.path, value: leaf.value });
      else if (child && typeof child === "object") stack.push([child, `${path}.${key}`]);
    }
  }
  return found;
}

function literalText(template: unknown): string {
  return typeof template === "string"
    ? parseTemplate(template)
        .map((part) => (part.kind === "literal" ? part.text : " "))
        .join("")
    : "";
}

/** The texts of an action's own configuration that may hold example data. */
function configurationTexts(attributes: Attributes): Array<{ source: string; path: string; value: string }> {
  const texts: Array<{ source: string; path: string; value: string }> = [];
  for (const key of ["contract_input", "contract_output"]) {
    const raw = attributes[key];
    let schema: unknown = raw;
    if (typeof raw === "string") {
      try {
        schema = JSON.parse(raw);
      } catch {
        continue;
      }
    }
    for (const example of contractExamples(schema, key))
      texts.push({ source: "configuration", path: example.path, value: example.value });
  }
  const request = firstBlock(attributes, "config_request");
  const response = firstBlock(attributes, "config_response");
  for (const key of ["request_url_template", "request_template"])
    texts.push({ source: "configuration", path: `config_request.${key}`, value: literalText(request?.[key]) });
  for (const [header, value] of Object.entries((request?.headers ?? {}) as Record<string, unknown>)) {
    texts.push({ source: "configuration", path: `config_request.headers.${header}`, value: literalText(value) });
  }
  texts.push({
    source: "configuration",
    path: "config_response.success_template",
    value: literalText(response?.success_template),
  });
  for (const [key, value] of Object.entries((response?.translation_map_defaults ?? {}) as Record<string, unknown>)) {
    texts.push({
      source: "configuration",
      path: `config_response.translation_map_defaults.${key}`,
      value: String(value),
    });
  }
  return texts.filter((text) => text.value.trim().length > 0);
}

function evidence(detection: LocatedDetection): ClassifiedElement {
  const where = detection.source === "configuration" ? detection.path : `sample ${detection.source} ${detection.path}`;
  return {
    element: detection.element,
    rule: CONTENT_RULE,
    evidence: [`${where}: ${detection.masked} (${detection.detector}, confidence ${detection.confidence})`],
  };
}

/**
 * What the content of an action's samples and example values shows, whatever its field names
 * say. Detections carry masked values only. Samples that cannot be read are unknowns.
 */
export function classifyContent(
  resource: GenesysResource,
  samples: Sample[],
  maxSampleBytes?: number,
): { elements: ClassifiedElement[]; unknowns: UnknownValue[] } {
  const elements: ClassifiedElement[] = [];
  const unknowns: UnknownValue[] = [];
  for (const text of configurationTexts(resource.attributes)) {
    for (const detection of scanText(text.value)) {
      if (detection.confidence >= CONFIDENCE_THRESHOLD)
        elements.push(evidence({ ...detection, source: text.source, path: text.path }));
    }
  }
  for (const sample of samples) {
    const result = scanSample(sample, maxSampleBytes);
    if (!result.ok) {
      unknowns.push({
        kind: "sample",
        attribute: `sample ${sample.source}`,
        value: sample.source,
        reason: result.problem,
      });
      elements.push({
        element: "unknown_data",
        rule: "CLS-UNKNOWN",
        evidence: [`sample ${sample.source} ${result.problem}`],
      });
      continue;
    }
    elements.push(...result.detections.map(evidence));
  }
  return { elements, unknowns };
}
