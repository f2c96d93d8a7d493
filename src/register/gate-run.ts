import type { Dpia } from "../dpia/schema";
import type { ExceptionUse } from "../exceptions/apply-exceptions";
import type { Inventory } from "../inventory/model";
import { assessmentEntries } from "./assessments";
import { useEntries } from "./exceptions";
import type { NewRecord } from "./record";
import type { DpiaRegister } from "./register";

/** What the gate records for one input: its DPIAs (absent for a stack blocked at synthesis) and each use of an exception. */
export interface GateRecord {
  assessed?: { dpias: Dpia[]; inventory: Inventory };
  uses: ExceptionUse[];
  /** The input as the register names it: the CLI's path, or the aspect's stack. */
  input: string;
  at: Date;
}

/**
 * The records of one input, in the order they are appended: the assessments, then the uses of exceptions.
 * Appended together, in one transaction under one signature, so that a failure leaves neither: never an
 * approval on an exception without the record of that exception's use.
 */
export function gateRecordEntries({ assessed, uses, input, at }: GateRecord): NewRecord[] {
  const assessments = assessed ? assessmentEntries(assessed.dpias, assessed.inventory, input) : [];
  return [...assessments.map((entry) => ({ ...entry, at })), ...useEntries(uses)];
}

export async function recordGateRun(register: DpiaRegister, record: GateRecord): Promise<void> {
  await register.appendAll(gateRecordEntries(record));
}
