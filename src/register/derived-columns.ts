import type { RegisterMeta, StoredRow } from "./backends/backend";
import { checkpointBody } from "./checkpoint";
import type { RecordHeader } from "./record";
import { parseVerifierKey } from "./signed-note";

/**
 * A row stores, beside its record, columns computed from it and from the log before it: the leaf
 * hash, the root after it, its checkpoint, and the record's kind, subject and time. None of them
 * is trusted as stored: each is held to what the record and the recomputed tree give, so that a
 * changed column is tampering of its row, and nothing is ever built on one.
 */
type DerivedColumn = "leaf" | "root" | "checkpoint" | "kind" | "subject" | "at";

const WHAT_IT_SHOULD_BE: Record<DerivedColumn, string> = {
  leaf: "the hash of the record",
  root: "the root of the tree that ends with the record",
  checkpoint: "the checkpoint of the tree that ends with the record",
  kind: "the record's own kind",
  subject: "the record's own subject",
  at: "the record's own time",
};

const TEXT_COLUMNS = ["record", "leaf", "root", "checkpoint", "kind", "subject", "at"] as const;

/**
 * The first column that does not hold text (SQLite stores a BLOB in a TEXT column if told to): a
 * row written by the register holds text in every one, so any other value is tampering of the row.
 */
export function nonTextColumn(row: StoredRow): string | undefined {
  return TEXT_COLUMNS.find((column) => typeof row[column] !== "string");
}

/** The register's stored identity or size when it is not a value the register writes (a BLOB for text, a key that does not parse), named. */
export function metaTypeProblem(meta: RegisterMeta): string | undefined {
  if (typeof meta.origin !== "string") return "origin";
  if (typeof meta.verifierKey !== "string" || !parseVerifierKey(meta.verifierKey)) return "verifier_key";
  if (!Number.isSafeInteger(meta.size)) return "size";
  return undefined;
}

/** The first derived column of `row` that is not what `record` (authentic, at this place) gives, or undefined. */
export function changedColumn(
  row: StoredRow,
  record: RecordHeader,
  leaf: Buffer,
  root: Buffer,
  origin: string,
): DerivedColumn | undefined {
  if (row.leaf !== leaf.toString("base64")) return "leaf";
  if (row.root !== root.toString("base64")) return "root";
  // The signature lines follow the body (and, since schema 3, its lines of kinds) after a blank line;
  // the full replay verifies them. A record of an append of several, but its last, has none (head.ts).
  const body = checkpointBody({ origin, size: row.seq + 1, root });
  if (row.checkpoint !== "" && !(row.checkpoint.startsWith(`${body}\n`) || row.checkpoint.startsWith(`${body}kind `)))
    return "checkpoint";
  if (row.kind !== record.kind) return "kind";
  if (row.subject !== record.subject) return "subject";
  if (row.at !== record.at) return "at";
  return undefined;
}

export const changedColumnMessage = (column: DerivedColumn) =>
  `its stored ${column} column was changed after it was recorded: it is not ${WHAT_IT_SHOULD_BE[column]}`;
