import { createHash } from "node:crypto";
import { scanText } from "../classify/content/scan-text";
import type { Dpia } from "../dpia/schema";
import type { GenesysResource, Inventory } from "../inventory/model";
import type { NewRecord } from "./record";
import type { DpiaRegister } from "./register";

const SECRET_NAME = /secret|password|passwd|token|api[_-]?key|private[_-]?key|credential/i;

/** Personal data found in a value is kept masked, as everywhere else the tool writes it. */
function masked(text: string): string {
  let result = text;
  for (const detection of scanText(text).sort((a, b) => b.start - a.start)) result = result.slice(0, detection.start) + detection.masked + result.slice(detection.end);
  return result;
}

/**
 * Secrets are kept as their hash (drift still sees a change, the register never holds the value),
 * personal data masked.
 */
function withoutSecrets(value: unknown, name = ""): unknown {
  // A reference to another resource (a credential's id) is not a secret and must stay comparable.
  if (typeof value === "string") return SECRET_NAME.test(name) && !/^\$\{[^{}]+\}$/.test(value) ? `sha256:${createHash("sha256").update(value).digest("hex")}` : masked(value);
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, name));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutSecrets(item, SECRET_NAME.test(name) ? name : key)]));
  return value;
}

/** The canonical configuration of what a DPIA assessed, for drift to diff against later. */
export function snapshotOf(dpia: Dpia, inventory: Inventory): Record<string, unknown> {
  const addresses = new Set(dpia.resources.map((resource) => resource.address));
  const members = inventory.resources.filter((resource: GenesysResource) => addresses.has(resource.address)).sort((a, b) => a.address.localeCompare(b.address));
  return {
    providers: inventory.providers.map((provider) => withoutSecrets({ alias: provider.alias, attributes: provider.attributes })),
    resources: members.map((resource) => ({ address: resource.address, type: resource.type, attributes: withoutSecrets(resource.attributes) })),
  };
}

/** One record per DPIA: the artifact, the snapshot of its subject and the fingerprints. */
export function assessmentEntries(dpias: Dpia[], inventory: Inventory | undefined, input: string): NewRecord[] {
  return dpias.map((dpia) => ({ kind: "assessment", subject: dpia.dpia_id, data: { dpia, snapshot: inventory ? snapshotOf(dpia, inventory) : null, fingerprint: dpia.fingerprint, input, compliance_status: dpia.compliance_status } }));
}

export async function recordAssessments(register: DpiaRegister, dpias: Dpia[], inventory: Inventory | undefined, input: string, at = new Date()): Promise<void> {
  for (const entry of assessmentEntries(dpias, inventory, input)) await register.append(entry.kind, entry.subject, entry.data, at);
}
