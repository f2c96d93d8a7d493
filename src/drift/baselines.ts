import { DpiaSchema } from "../dpia/schema";
import type { RegisterRecord } from "../register/record";
import type { Baseline, ConfigurationSnapshot } from "./model";

function isSnapshot(value: unknown): value is ConfigurationSnapshot {
  const snapshot = value as ConfigurationSnapshot | null;
  return !!snapshot && Array.isArray(snapshot.resources) && Array.isArray(snapshot.providers);
}

/**
 * The last approved assessment of every subject in the register, with its configuration snapshot:
 * an approval through the gate (or under an exception) moves a subject's baseline forward.
 */
export function approvedBaselines(records: RegisterRecord[]): Baseline[] {
  const latest = new Map<string, Baseline>();
  for (const record of records) {
    if (
      record.kind !== "assessment" ||
      record.data.compliance_status !== "APPROVED_FOR_DEPLOYMENT" ||
      !isSnapshot(record.data.snapshot)
    )
      continue;
    const dpia = DpiaSchema.safeParse(record.data.dpia);
    if (!dpia.success) continue;
    latest.set(dpia.data.subject.address, {
      dpia: dpia.data,
      snapshot: record.data.snapshot,
      recordedAs: `register record ${record.seq}`,
      at: record.at,
    });
  }
  return [...latest.values()];
}
