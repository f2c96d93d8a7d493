/** One row of the records table: the canonical record and the signed checkpoint of the log after it. */
export interface StoredRow {
  seq: number;
  kind: string;
  subject: string;
  at: string;
  /** The canonical JSON of the record; its leaf hash is SHA-256(0x00 ‖ this text in UTF-8). */
  record: string;
  /** Base64 leaf hash of the record; derived, so never trusted as stored (derived-columns.ts). */
  leaf: string;
  /** Base64 root hash of the log of seq + 1 records. */
  root: string;
  /** The C2SP signed note of that checkpoint, by the register's key. */
  checkpoint: string;
}

export type NewRow = Omit<StoredRow, "seq">;

export interface RegisterMeta {
  schemaVersion: number;
  origin: string;
  /** The register's verifier key, `<origin>+<hash>+<key>`. */
  verifierKey: string;
  /** The number of records the register says it holds; updated in the transaction of each record. */
  size: number;
}

/** The head stored after each append (head.ts): the tree's frontier and the signed checkpoint at `size`. */
export interface StoredHead {
  size: number;
  frontier: string;
  checkpoint: string;
}

/**
 * The places of the records a table holds: the last (undefined for an empty table), and whether they run
 * from 0 to it, each once. A row put in below 0 or past the last, or one taken out, breaks the run.
 */
export interface Places {
  last: number | undefined;
  gapless: boolean;
}

/** Places from what the backends read in one query: the least and greatest place and how many rows. */
export function placesOf(first: unknown, last: unknown, count: unknown): Places {
  const rows = Number(count);
  if (rows === 0 || last === null || last === undefined) return { last: undefined, gapless: rows === 0 };
  return { last: Number(last), gapless: Number(first) === 0 && rows === Number(last) + 1 };
}

export const PLACES_QUERY = "SELECT min(seq) AS first, max(seq) AS last, count(*) AS count FROM dpia_records";

/** What an append starts from, read under its lock: the rows only when there is no head to start from. */
export interface AppendState {
  meta: RegisterMeta;
  head: StoredHead | undefined;
  places: Places;
  rows: StoredRow[] | undefined;
  /** Read when a saved checkpoint's size is given. */
  since?: SinceSaved;
}

/** The rows of one append (numbered from the size the state gives) and the head after them; or an error. */
export type BatchBuilder = (state: AppendState) => { rows: NewRow[]; head: StoredHead };

/** The whole log, with every head ever stored (oldest first), read in one snapshot. */
export interface LogSnapshot {
  rows: StoredRow[];
  meta: RegisterMeta;
  heads: StoredHead[];
}

/**
 * What carries a saved checkpoint of `size` records to the head: the latest head stored at or below
 * that size (none: the tree starts empty) and the leaf column of every record from that head's size on.
 */
export interface SinceSaved {
  head: StoredHead | undefined;
  leaves: unknown[];
}

/** Records of some kinds with the head and size, read in one snapshot. */
export interface KindSnapshot {
  rows: StoredRow[];
  meta: RegisterMeta;
  head: StoredHead | undefined;
  places: Places;
  /** Read when a saved checkpoint's size is given. */
  since?: SinceSaved;
}

/** Where the leaves start: the head's size when it reads as a place, else 0 (the check then fails on the count). */
export const placeOfHead = (head: StoredHead | undefined): number => {
  const size = Number(head?.size ?? 0);
  return Number.isSafeInteger(size) && size >= 0 ? size : 0;
};

/** What a database has to do for the register; everything about hashing and signing is above it. */
export interface RegisterBackend {
  /** Where the register is, for messages (never a password). */
  readonly location: string;
  /**
   * Brings the schema to the current version (refusing a newer one) and, for a new register,
   * stores its identity and first record, all under one lock so that concurrent first uses agree.
   */
  initialise(create: { origin: string; verifierKey: string; first: BatchBuilder } | undefined): Promise<RegisterMeta>;
  /**
   * Appends records and the head after them in one transaction, all or none, in order: each one's
   * seq is the number of records before it. The builder is given the head (or, without one, the
   * whole log) under the lock, so a run costs the same however long the log is; with `since` (a saved
   * checkpoint's size), also what carries that checkpoint to the head.
   */
  appendAll(build: BatchBuilder, since?: number): Promise<StoredRow[]>;
  rows(): Promise<StoredRow[]>;
  meta(): Promise<RegisterMeta>;
  /** Rows, meta and heads read in one transaction: a writer appending meanwhile can never look like tampering. */
  snapshot(): Promise<LogSnapshot>;
  /**
   * The records of these kinds (indexed), with the head and size, in one transaction; with `since`
   * (a saved checkpoint's size), also what carries that checkpoint to the head.
   */
  kindSnapshot(kinds: readonly string[], since?: number): Promise<KindSnapshot>;
  /** Which of these content hashes have a content record (by its subject column, indexed). */
  storedContents(refs: readonly string[]): Promise<Set<string>>;
  close(): Promise<void>;
}
