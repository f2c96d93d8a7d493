import { ExceptionRecordSchema, type ExceptionRecord } from "../exceptions/schema";
import type { ExceptionUse } from "../exceptions/apply-exceptions";
import type { DpiaRegister } from "./register";
import type { NewRecord, RecordKind, RegisterRecord } from "./record";

export const STATE_KINDS: readonly RecordKind[] = [
  "exception-requested",
  "exception-approved",
  "exception-renewed",
  "exception-imported",
  "exception-revoked",
];

/**
 * Every exception as its latest record leaves it (a request, then each signature added), without the
 * revoked ones: a revocation is final, so a later import or signature of the same id does not revive it.
 */
export function currentExceptions(records: RegisterRecord[]): ExceptionRecord[] {
  const byId = new Map<string, ExceptionRecord>();
  const revoked = new Set<string>();
  for (const record of records) {
    if (record.kind === "exception-revoked") revoked.add(record.subject);
    if (!STATE_KINDS.includes(record.kind)) continue;
    const parsed = ExceptionRecordSchema.safeParse(record.data.exception);
    if (parsed.success) byId.set(parsed.data.exception_id, parsed.data);
  }
  return [...byId.values()].filter((exception) => !revoked.has(exception.exception_id));
}

export async function recordException(
  register: DpiaRegister,
  kind: "exception-requested" | "exception-approved" | "exception-renewed" | "exception-imported",
  exception: ExceptionRecord,
  actor: string,
  at = new Date(),
): Promise<void> {
  await register.append(
    kind,
    exception.exception_id,
    { exception, actor, dpia_id: exception.dpia_id, fingerprint: exception.fingerprint },
    at,
  );
}

/** Each use the gate made of an exception: applied, rejected with the rule it broke, or expired. */
export function useEntries(uses: ExceptionUse[]): NewRecord[] {
  return uses.map((use) => ({
    kind: `exception-${use.event}` as const,
    subject: use.exception_id,
    data: { ...use },
    at: new Date(use.at),
  }));
}
