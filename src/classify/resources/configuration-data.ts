import type { Catalog } from "../../catalog/schema";
import { parseTemplate } from "../../inventory/expressions";
import { CONFIDENCE_THRESHOLD } from "../content/detection";
import { scanText } from "../content/scan-text";
import { jsonLeaves } from "../content/walk-json";
import { combineKinds, type KindEvidence } from "../combine-kinds";
import { kindsOfField } from "../field-names";
import type { ClassifiedElement } from "../model";

const CONFIGURATION_VALUE_RULE = "CLS-CONFIGURATION-VALUE";

/** Texts longer than this are scanned only up to it: enough for any real value, bounded for hostile input. */
const MAX_SCANNED = 100_000;

/** A value written into the configuration, with the field name that labels it. */
export interface LabelledValue {
  path: string;
  field?: string;
  value: unknown;
}

/** Every string and number under a value (JSON documents given as strings are opened), with its key. */
export function labelledLeaves(value: unknown, root: string): LabelledValue[] {
  let parsed = value;
  if (typeof value === "string" && /^\s*[[{]/.test(value) && value.length <= 1_000_000) {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = value;
    }
  }
  return jsonLeaves(parsed, root).map((leaf) => ({ path: leaf.path, field: leaf.key, value: leaf.value }));
}

/**
 * Personal data written into the configuration itself: from the names of the fields that hold
 * values (the lexicon, combined as for contracts) and from what the values look like (the content
 * detectors). Evidence names paths and masked values only.
 */
export function personalDataInValues(values: LabelledValue[], catalog: Catalog): ClassifiedElement[] {
  const kinds: KindEvidence = new Map();
  const elements: ClassifiedElement[] = [];
  for (const { path, field, value } of values) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value);
    if (text.trim() === "" || !parseTemplate(text).some((part) => part.kind === "literal" && part.text.trim() !== ""))
      continue;
    if (field) {
      for (const kind of kindsOfField(field, catalog.lexicon))
        kinds.set(kind, [...(kinds.get(kind) ?? []), `${path} (${field})`]);
    }
    for (const detection of scanText(text.slice(0, MAX_SCANNED))) {
      if (detection.confidence < CONFIDENCE_THRESHOLD) continue;
      elements.push({
        element: detection.element,
        rule: CONFIGURATION_VALUE_RULE,
        evidence: [`${path}: ${detection.masked} (${detection.detector})`],
      });
    }
  }
  return [...combineKinds(kinds), ...elements];
}
