import { createHash } from "node:crypto";
import type { GenesysResource, ProviderConfig } from "../inventory/model";

/** JSON with object keys sorted at every depth: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * SHA-256 over what was assessed: each resource's type, address and normalised attributes, and
 * the provider configuration. Where the configuration came from (construct paths, files) is left
 * out, so every reader of the same configuration gives the same fingerprint.
 */
export function fingerprint(resources: GenesysResource[], provider: ProviderConfig | undefined): string {
  const material = {
    provider: provider ? { alias: provider.alias, attributes: provider.attributes } : null,
    resources: [...resources]
      .sort((a, b) => a.address.localeCompare(b.address))
      .map((resource) => ({ address: resource.address, type: resource.type, attributes: resource.attributes, ...(resource.fileSha256 ? { file_sha256: resource.fileSha256 } : {}) })),
  };
  return `sha256:${createHash("sha256").update(canonicalJson(material)).digest("hex")}`;
}
