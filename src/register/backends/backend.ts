import type { MerkleAccumulator } from "../merkle";

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

/** Builds a record's row from its seq and the tree of every record before it (the builder pushes its own leaf). */
export type RowBuilder = (seq: number, tree: MerkleAccumulator) => NewRow;

/**
 * The tree of the log as it stands, from its rows and meta read under the append's lock: rebuilt
 * from the records and verified, or an error. Appends extend only this, never stored hashes.
 */
export type VerifiedTree = (rows: StoredRow[], meta: RegisterMeta) => MerkleAccumulator;

/** What a database has to do for the register; everything about hashing and signing is above it. */
export interface RegisterBackend {
  /** Where the register is, for messages (never a password). */
  readonly location: string;
  /**
   * Brings the schema to the current version (refusing a newer one) and, for a new register,
   * stores its identity and first record, all under one lock so that concurrent first uses agree.
   */
  initialise(create: { origin: string; verifierKey: string; firstRow: RowBuilder } | undefined): Promise<RegisterMeta>;
  /**
   * Appends records in one transaction, all or none, in order: each one's seq is the number of
   * records before it. The log is read and verified once per call (`verifiedTree`), so a run that
   * records a thousand DPIAs costs one pass over the log, not one per record.
   */
  appendAll(builds: readonly RowBuilder[], verifiedTree: VerifiedTree): Promise<StoredRow[]>;
  rows(): Promise<StoredRow[]>;
  meta(): Promise<RegisterMeta>;
  /** Rows and meta read in one transaction: a writer appending meanwhile can never look like tampering. */
  snapshot(): Promise<{ rows: StoredRow[]; meta: RegisterMeta }>;
  close(): Promise<void>;
}
