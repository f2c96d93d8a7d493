import { hostMatches, parseHostPattern } from "../hosts/host-pattern";
import type { VendorRecord } from "./schema";

/** The records whose capability hosts cover the host; more than one is ambiguous and is reported by the caller. */
export function recordsForHost(records: readonly VendorRecord[], host: string): VendorRecord[] {
  return records.filter((record) =>
    record.vendor_data_capability.hosts.some((pattern) => {
      const parsed = parseHostPattern(pattern);
      return parsed.ok && hostMatches(parsed.value, host);
    }),
  );
}
