import { hideSecrets, maskPersonalData, SECRET_NAME, secretHash } from "../classify/content/mask-text";
import type { Dpia } from "../dpia/schema";
import type { GenesysResource, Inventory } from "../inventory/model";
import type { NewRecord } from "./record";
import { compareText } from "../text-order";

/**
 * Secrets are kept as their hash (drift still sees a change, the register never holds the value),
 * personal data masked.
 */
function withoutSecrets(value: unknown, name = ""): unknown {
  // A reference to another resource (a credential's id) is not a secret and must stay comparable.
  if (typeof value === "string")
    return SECRET_NAME.test(name) && !/^\$\{[^{}]+\}$/.test(value)
      ? secretHash(value)
      : hideSecrets(maskPersonalData(value), secretHash);
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, name));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutSecrets(item, SECRET_NAME.test(name) ? name : key)]),
    );
  return value;
}

interface SnapshotParts {
  providers: unknown[];
  byAddress: Map<string, GenesysResource[]>;
  /** Masked resources, by address order, computed once each however many DPIAs include them. */
  masked: Map<GenesysResource, Record<string, unknown>>;
}

/** Per inventory, once: every DPIA's snapshot shares the providers and looks its resources up by address. */
const snapshotParts = new WeakMap<Inventory, SnapshotParts>();

function partsOf(inventory: Inventory): SnapshotParts {
  let parts = snapshotParts.get(inventory);
  if (!parts) {
    const byAddress = new Map<string, GenesysResource[]>();
    for (const resource of inventory.resources) {
      const same = byAddress.get(resource.address);
      if (same) same.push(resource);
      else byAddress.set(resource.address, [resource]);
    }
    parts = {
      providers: inventory.providers.map((provider) =>
        withoutSecrets({
          alias: provider.alias,
          attributes: provider.attributes,
          ...(provider.module ? { module: provider.module } : {}),
        }),
      ),
      byAddress,
      masked: new Map(),
    };
    snapshotParts.set(inventory, parts);
  }
  return parts;
}

/** The canonical configuration of what a DPIA assessed, for drift to diff against later. */
export function snapshotOf(dpia: Dpia, inventory: Inventory): Record<string, unknown> {
  const parts = partsOf(inventory);
  const members = [...new Set(dpia.resources.map((resource) => resource.address))]
    .flatMap((address) => parts.byAddress.get(address) ?? [])
    .sort((a, b) => compareText(a.address, b.address));
  return {
    providers: parts.providers,
    resources: members.map((resource) => {
      let entry = parts.masked.get(resource);
      if (!entry)
        parts.masked.set(
          resource,
          (entry = { address: resource.address, type: resource.type, attributes: withoutSecrets(resource.attributes) }),
        );
      return entry;
    }),
  };
}

/** One record per DPIA: the artifact, the snapshot of its subject and the fingerprints. */
export function assessmentEntries(dpias: Dpia[], inventory: Inventory | undefined, input: string): NewRecord[] {
  return dpias.map((dpia) => ({
    kind: "assessment",
    subject: dpia.dpia_id,
    data: {
      dpia,
      snapshot: inventory ? snapshotOf(dpia, inventory) : null,
      fingerprint: dpia.fingerprint,
      input,
      compliance_status: dpia.compliance_status,
    },
  }));
}
