import { canonicalJson } from "../dpia/fingerprint";

/** What the register records; every kind is appended, nothing is ever changed. */
export const RECORD_KINDS = [
  "register-created",
  "assessment",
  "exception-requested",
  "exception-approved",
  "exception-renewed",
  "exception-imported",
  "exception-applied",
  "exception-rejected",
  "exception-expired",
  "trust-root",
  "drift-run",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One record as it is hashed into the log: its place, its kind, what it is about, when, and its data. */
export interface RegisterRecord {
  seq: number;
  kind: RecordKind;
  subject: string;
  at: string;
  data: Record<string, unknown>;
}

/** A record before the register gives it its place and time. */
export interface NewRecord {
  kind: RecordKind;
  subject: string;
  data: Record<string, unknown>;
  at?: Date;
}

export const recordText = (record: RegisterRecord): string => canonicalJson(record);

export function parseRecord(text: string): RegisterRecord | undefined {
  try {
    const value = JSON.parse(text) as RegisterRecord;
    if (!value || typeof value !== "object" || !Number.isSafeInteger(value.seq) || !RECORD_KINDS.includes(value.kind) || typeof value.subject !== "string" || typeof value.at !== "string" || !value.data || typeof value.data !== "object") return undefined;
    return value;
  } catch {
    return undefined;
  }
}

export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
