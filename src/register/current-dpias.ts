import { DpiaSchema, type Dpia } from "../dpia/schema";
import type { ExceptionRecord } from "../exceptions/schema";
import { currentExceptions } from "./exceptions";
import type { RegisterRecord } from "./record";
import { compareText } from "../text-order";

/** A DPIA as the register last recorded it, with the exceptions asked for it and their uses. */
export interface RegisteredDpia {
  dpia: Dpia;
  seq: number;
  assessed_at: string;
  assessments: number;
  exceptions: ExceptionRecord[];
  uses: Array<{ seq: number; at: string; event: string; exception_id: string; detail: string }>;
}

export function currentDpias(records: RegisterRecord[]): RegisteredDpia[] {
  const latest = new Map<string, RegisteredDpia>();
  for (const record of records) {
    if (record.kind !== "assessment") continue;
    const parsed = DpiaSchema.safeParse(record.data.dpia);
    if (!parsed.success) continue;
    const earlier = latest.get(parsed.data.dpia_id);
    latest.set(parsed.data.dpia_id, {
      dpia: parsed.data,
      seq: record.seq,
      assessed_at: record.at,
      assessments: (earlier?.assessments ?? 0) + 1,
      exceptions: [],
      uses: [],
    });
  }
  for (const exception of currentExceptions(records)) latest.get(exception.dpia_id)?.exceptions.push(exception);
  for (const record of records) {
    if (!["exception-applied", "exception-rejected", "exception-expired"].includes(record.kind)) continue;
    const entry = latest.get(String(record.data.dpia_id));
    entry?.uses.push({
      seq: record.seq,
      at: record.at,
      event: record.kind.replace("exception-", ""),
      exception_id: record.subject,
      detail: String(record.data.detail ?? ""),
    });
  }
  return [...latest.values()].sort((a, b) => compareText(a.dpia.dpia_id, b.dpia.dpia_id));
}
