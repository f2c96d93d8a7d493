import { TrustRootSchema, type TrustRoot } from "../trust/schema";
import type { RegisterRecord } from "./record";

/** The trust roots recorded in the register, in the order they were recorded. */
export function recordedTrustRoots(records: RegisterRecord[]): TrustRoot[] {
  return records
    .filter((record) => record.kind === "trust-root")
    .map((record) => TrustRootSchema.safeParse(record.data.root))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data!);
}
