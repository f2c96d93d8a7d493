import { recordsForHost } from "../match";
import type { VendorLookup } from "../model";
import type { VendorRecord } from "../schema";
import type { VendorSource } from "./source";

/** Vendor records from the policy and the files it names, already validated when the policy was read. */
export function recordsSource(records: readonly VendorRecord[], name = "policy vendor records"): VendorSource {
  return {
    name,
    async lookup(hosts) {
      return hosts.map((host) => lookupInRecords(records, host, name));
    },
  };
}

export function lookupInRecords(records: readonly VendorRecord[], host: string, source: string): VendorLookup {
  const matches = recordsForHost(records, host);
  if (matches.length === 0) return { status: "not_found", host, source };
  if (matches.length > 1)
    return {
      status: "unavailable",
      host,
      source,
      reason: `${matches.length} vendor records claim ${host} (${matches.map((record) => record.fides_key).join(", ")})`,
    };
  return { status: "found", host, source, record: matches[0]! };
}
