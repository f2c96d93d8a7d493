import { canonicalJson } from "../dpia/fingerprint";
import { CONTENT_KIND, contentsOf, expandedAssessment, knownCanonicalText } from "./content-store";

/** What the register records; every kind is appended, nothing is ever changed. */
const RECORD_KINDS = [
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
  "watch-event",
  "content",
  // A governance ticket (Jira, ServiceNow) raised for an exception, what it said, and what it refused.
  "ticket-opened",
  "ticket-status",
  "ticket-approval-refused",
  "exception-revoked",
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

/** A content record as the register makes it: these members, its data the content alone. */
const isPlainContentRecord = (record: RegisterRecord): boolean =>
  record.kind === CONTENT_KIND &&
  Object.keys(record).sort().join() === "at,data,kind,seq,subject" &&
  Object.keys(record.data).join() === "content" &&
  typeof record.at === "string" &&
  typeof record.subject === "string" &&
  Number.isSafeInteger(record.seq);

/**
 * The record's canonical JSON. A content record's content is usually serialized already (for its
 * hash, content-store.ts): canonical JSON nests, so that text is put where the content goes instead
 * of serializing every DPIA and snapshot a second time.
 */
export function recordText(record: RegisterRecord): string {
  const known = isPlainContentRecord(record) ? knownCanonicalText(record.data.content) : undefined;
  if (known === undefined) return canonicalJson(record);
  const { at, kind, seq, subject } = record;
  return `{"at":${JSON.stringify(at)},"data":{"content":${known}},"kind":${JSON.stringify(kind)},"seq":${seq},"subject":${JSON.stringify(subject)}}`;
}

export function parseRecord(text: string): RegisterRecord | undefined {
  try {
    const value = JSON.parse(text) as RegisterRecord;
    if (
      !value ||
      typeof value !== "object" ||
      !Number.isSafeInteger(value.seq) ||
      !RECORD_KINDS.includes(value.kind) ||
      typeof value.subject !== "string" ||
      typeof value.at !== "string" ||
      !value.data ||
      typeof value.data !== "object"
    )
      return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/** The top-level fields of a record outside its data: what a row's kind, subject and at columns repeat. */
export type RecordHeader = Pick<RegisterRecord, "seq" | "kind" | "subject" | "at">;

/**
 * The header of a canonical record text without parsing its data (an assessment holds a whole DPIA).
 * Keys are sorted (at, data, kind, seq, subject): `at` opens the text and the last `,"kind":"` starts
 * its tail (see kindInText). Undefined for a text not in that form; only a text that hashes into the
 * signed tree is read this way, and the register wrote that one canonically.
 */
export function recordHeader(text: string): RecordHeader | undefined {
  const at = /^\{"at":"([^"\\]*)",/.exec(text)?.[1];
  const tail = text.lastIndexOf(',"kind":"');
  if (at === undefined || tail < 0) return undefined;
  try {
    const rest = JSON.parse(`{${text.slice(tail + 1)}`) as Partial<RecordHeader>;
    if (typeof rest.kind !== "string" || !Number.isSafeInteger(rest.seq) || typeof rest.subject !== "string")
      return undefined;
    return { at, kind: rest.kind as RecordKind, seq: rest.seq!, subject: rest.subject };
  } catch {
    return undefined;
  }
}

export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * The kind a canonical record text holds at its top level. Keys are sorted (at, data, kind, seq,
 * subject) and a quote inside a string is escaped, so the last `,"kind":"` is the record's own.
 */
function kindInText(text: string): string | undefined {
  const at = text.lastIndexOf(',"kind":"');
  if (at < 0) return undefined;
  const start = at + 9;
  const end = text.indexOf('"', start);
  return end < 0 ? undefined : text.slice(start, end);
}

/**
 * The records of verified rows, parsed; with `kinds`, only those kinds (an assessment holds a whole
 * DPIA, and the gate's authority needs none of them). Assessments come with the DPIA and snapshot
 * of the content they refer to (content-store.ts); content records only when `kinds` names them. A row's kind column is outside the hashed
 * record, so it is held to the record's own kind: a column changed to hide a record is tampering.
 */
export function recordsOf(
  rows: ReadonlyArray<{ seq: number; kind: string; record: string }>,
  location: string,
  onTampered: (message: string) => never,
  kinds?: readonly RecordKind[],
): RegisterRecord[] {
  const records: RegisterRecord[] = [];
  const contents: RegisterRecord[] = [];
  for (const row of rows) {
    // Content records are what assessments refer to: read for them, returned only when asked for.
    const wanted = kinds ? kinds.includes(row.kind as RecordKind) : row.kind !== CONTENT_KIND;
    const needed = row.kind === CONTENT_KIND && (!kinds || kinds.includes("assessment"));
    if (!wanted && !needed) {
      if (kindInText(row.record) !== row.kind)
        onTampered(`record ${row.seq} of ${location} is filed as ${JSON.stringify(row.kind)} but holds another kind`);
      continue;
    }
    const record = parsedRow(row, location, onTampered);
    if (needed) contents.push(record);
    if (wanted) records.push(record);
  }
  if (!records.some((record) => record.kind === "assessment" && record.data.content !== undefined)) return records;
  const stored = contentsOf(contents, location, onTampered);
  return records.map((record) => expandedAssessment(record, stored, location, onTampered));
}

function parsedRow(
  row: { seq: number; kind: string; record: string },
  location: string,
  onTampered: (message: string) => never,
): RegisterRecord {
  const record = parseRecord(row.record);
  if (!record || record.kind !== row.kind)
    onTampered(
      `record ${row.seq} of ${location} is filed as ${JSON.stringify(row.kind)} but holds ${record ? JSON.stringify(record.kind) : "no record"}`,
    );
  return record!;
}
