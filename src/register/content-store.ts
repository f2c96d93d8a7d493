import { createHash } from "node:crypto";
import { canonicalJson } from "../dpia/fingerprint";
import { isoSeconds, type NewRecord, type RegisterRecord } from "./record";

/**
 * Content-addressed assessments: what an assessment assessed (the DPIA without its timestamp, and
 * the configuration snapshot) is stored once per distinct content, as a `content` record whose
 * subject is the SHA-256 of its canonical JSON; each assessment record refers to it by that hash
 * and keeps only what differs per run (timestamp) and what is read without it (status,
 * fingerprint, input). Re-assessing an identical configuration then costs one small record per
 * DPIA instead of the whole DPIA and snapshot again. Both records are leaves of the signed log, so
 * the content is as tamper-evident as before; a reader recomputes the hash of the content it uses.
 */
export const CONTENT_KIND = "content";

type ContentRef = `sha256:${string}`;

/**
 * The canonical text of each content hashed here, by the content, for its record's text (record.ts):
 * serializing every DPIA and snapshot a second time was a third of a first synth's register append.
 */
const canonicalTexts = new WeakMap<object, string>();

export const knownCanonicalText = (content: unknown): string | undefined =>
  content !== null && typeof content === "object" ? canonicalTexts.get(content) : undefined;

function contentRefOf(value: unknown, remember = false): ContentRef {
  const text = canonicalJson(value);
  if (remember && value !== null && typeof value === "object") canonicalTexts.set(value, text);
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

const isContentRef = (value: unknown): value is ContentRef =>
  typeof value === "string" && /^sha256:[0-9a-f]{64}$/.test(value);

/**
 * The entries as they are stored: each assessment slimmed to a reference, preceded by a content
 * record for every content the register does not hold yet (`stored`: the subjects of its content
 * records) nor this call added already. Other entries pass as they are.
 */
export function withStoredContent(entries: readonly NewRecord[], stored: ReadonlySet<string>): NewRecord[] {
  const added = new Set<string>();
  return entries.flatMap((entry) => {
    if (entry.kind !== "assessment" || typeof entry.data.dpia !== "object" || entry.data.dpia === null) return [entry];
    const { dpia, snapshot, ...kept } = entry.data as { dpia: Record<string, unknown>; snapshot: unknown };
    const { timestamp, ...timeless } = dpia;
    const content = { dpia: timeless, snapshot: snapshot ?? null };
    const ref = contentRefOf(content, true);
    // What the content or the record's own time gives is not repeated: an identical re-run of a large
    // plan is then under 1 MB (issue 28). The status stays, for a proof to say it offline.
    const { fingerprint, ...rest } = kept as { fingerprint?: unknown };
    const sameTime = entry.at !== undefined && timestamp === isoSeconds(entry.at);
    const slim: NewRecord = {
      ...entry,
      data: {
        ...rest,
        ...(fingerprint === timeless.fingerprint ? {} : { fingerprint }),
        ...(sameTime ? {} : { timestamp }),
        content: ref,
      },
    };
    if (stored.has(ref) || added.has(ref)) return [slim];
    added.add(ref);
    return [{ kind: CONTENT_KIND, subject: ref, data: { content }, ...(entry.at ? { at: entry.at } : {}) }, slim];
  });
}

/**
 * The content hashes `entries` would add (withStoredContent, nothing stored yet): what to ask the
 * register about (by the subject column, indexed; a wrong one only costs a duplicate, and verify
 * holds the column to its record).
 */
export const contentRefsIn = (entries: readonly NewRecord[]): string[] =>
  entries.filter((entry) => entry.kind === CONTENT_KIND).map((entry) => entry.subject);

/** Without the content records the register holds already (`known`). */
export const withoutStoredContent = (entries: readonly NewRecord[], known: ReadonlySet<string>): NewRecord[] =>
  entries.filter((entry) => entry.kind !== CONTENT_KIND || !known.has(entry.subject));

const sortedKeys = (value: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The contents of the content records, each checked against the hash it is filed under. */
export function contentsOf(
  records: readonly RegisterRecord[],
  location: string,
  onTampered: (message: string) => never,
): Map<string, unknown> {
  const contents = new Map<string, unknown>();
  for (const record of records) {
    if (record.kind !== CONTENT_KIND || contents.has(record.subject)) continue;
    const content = record.data.content;
    if (content === undefined || contentRefOf(content) !== record.subject)
      onTampered(`record ${record.seq} of ${location} holds content that does not hash to ${record.subject}`);
    contents.set(record.subject, content);
  }
  return contents;
}

/**
 * An assessment as readers know it (its DPIA, with its timestamp, and its snapshot), from a record
 * that refers to its content; a record of before content addressing is returned as it is.
 */
export function expandedAssessment(
  record: RegisterRecord,
  contents: ReadonlyMap<string, unknown>,
  location: string,
  onTampered: (message: string) => never,
): RegisterRecord {
  if (record.kind !== "assessment" || record.data.content === undefined) return record;
  const { content: ref, timestamp = record.at, ...kept } = record.data;
  const content = isContentRef(ref)
    ? (contents.get(ref) as { dpia?: unknown; snapshot?: unknown } | undefined)
    : undefined;
  if (!content || typeof content.dpia !== "object" || content.dpia === null)
    onTampered(
      `record ${record.seq} of ${location} refers to content ${String(ref).slice(0, 80)} that the register does not hold`,
    );
  // In key order, as the DPIA was when the record held it whole (a record is canonical JSON).
  const dpia = sortedKeys({ ...(content.dpia as object), timestamp });
  const fingerprint = kept.fingerprint ?? (content.dpia as { fingerprint?: unknown }).fingerprint;
  const rest = sortedKeys({ ...kept, ...(fingerprint === undefined ? {} : { fingerprint }) });
  return { ...record, data: { ...rest, dpia, snapshot: content.snapshot ?? null } };
}
