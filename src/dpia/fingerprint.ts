import { hash } from "node:crypto";
import type { GenesysResource, ProviderConfig } from "../inventory/model";
import { compareText } from "../text-order";

/** A string JSON.stringify writes with an escape: a quote, a backslash, a C0 control or a (lone) surrogate. */
const ESCAPED_IN_JSON = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without calling it for the usual string that has nothing to escape. */
const quoted = (text: string): string => (ESCAPED_IN_JSON.test(text) ? JSON.stringify(text) : `"${text}"`);

/** Each key written as `"key":`, once per process: the same few keys recur in every DPIA and record. */
const writtenKeys = new Map<string, string>();

function writtenKey(key: string): string {
  let written = writtenKeys.get(key);
  if (written === undefined) {
    written = `${quoted(key)}:`;
    if (writtenKeys.size < 10_000) writtenKeys.set(key, written);
  }
  return written;
}

/**
 * JSON with object keys sorted at every depth (by UTF-16 code unit, as `Array.prototype.sort`):
 * the same data always gives the same text. Undefined members are left out, as JSON.stringify does.
 * Written as one loop per level without intermediate arrays: it runs over every DPIA and record.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === "string") return quoted(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (keys.length > 1) keys.sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += (first ? "" : ",") + writtenKey(key) + canonicalJson(item);
    first = false;
  }
  return `${out}}`;
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
      .sort((a, b) => compareText(a.address, b.address))
      .map((resource) => ({
        address: resource.address,
        type: resource.type,
        attributes: resource.attributes,
        ...(resource.fileSha256 ? { file_sha256: resource.fileSha256 } : {}),
      })),
  };
  return `sha256:${hash("sha256", canonicalJson(material), "hex")}`;
}
