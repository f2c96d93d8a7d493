import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDirectory } from "../validation/ensure-directory";
import { InputError } from "../validation/input-error";
import type { KindSnapshot, LogSnapshot, RegisterBackend, RegisterMeta, StoredRow } from "./backends/backend";
import { batchOf, readKinds, recordsThroughHead, trustOf, type Trust, type UnplacedRecord } from "./append-batch";
import { SCHEMA_VERSION } from "./backends/migrations";
import type { Checkpoint } from "./checkpoint";
import { savedCheckpoint } from "./saved-checkpoint";
import { PostgresRegister } from "./backends/postgres";
import { SqliteRegister } from "./backends/sqlite";
import { metaTypeProblem } from "./derived-columns";
import { checkpointBody } from "./checkpoint";
import { hashLeaf, type MerkleAccumulator } from "./merkle";
import { contentRefsIn, withoutStoredContent, withStoredContent } from "./content-store";
import {
  isoSeconds,
  parseRecord,
  recordsOf,
  recordText,
  type NewRecord,
  type RecordKind,
  type RegisterRecord,
} from "./record";
import { loadRegisterKey, type RegisterKey } from "./register-key";
import { writersKey } from "./signing-key";
import { resolveRegister, type RegisterLocation } from "./register-location";
import { assertPinned, pinnedRegisterAbsent, refuseToCreate, registerPin, type RegisterPin } from "./register-pin";
import { parseVerifierKey, signNote, verifierKey } from "./signed-note";
import { assertIntact, tampered } from "./verify-log";

export interface OpenOptions {
  /** `--register`; else DPIA_REGISTER; else `.dpia/register.db`. */
  url?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Readers need no key and never create a register; writers do both on first use. */
  write: boolean;
}

/** The DPIA register: an append-only, signed Merkle log of everything the gate decided. */
export class DpiaRegister {
  private constructor(
    readonly where: RegisterLocation,
    private readonly backend: RegisterBackend,
    readonly meta: RegisterMeta,
    private readonly key: RegisterKey | undefined,
    /** DPIA_REGISTER_KEY=sha256:…, the register's identity pinned outside the repository. */
    readonly pin: RegisterPin | undefined,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private savedRead: { checkpoint: Checkpoint | undefined } | undefined;

  /**
   * DPIA_REGISTER_CHECKPOINT, a checkpoint saved outside the repository that the register must
   * extend, read when records are first read: `register key` and `verify` (which judge a replaced
   * register first) are not stopped by it.
   */
  private get saved(): Checkpoint | undefined {
    this.savedRead ??= { checkpoint: savedCheckpoint(this.env, this.meta) };
    return this.savedRead.checkpoint;
  }

  get location(): string {
    return this.backend.location;
  }

  get verifierKey(): string {
    return this.meta.verifierKey;
  }

  static async open(options: OpenOptions): Promise<DpiaRegister> {
    const env = options.env ?? process.env;
    const where = resolveRegister(options.url, env, options.cwd ?? process.cwd());
    const pin = registerPin(env);
    if (pin && options.write && where.backend === "sqlite") assertPinnedFileExists(where.file, pin);
    // Made here, a level at a time: Node's recursive mkdir never returns under /proc (ensure-directory.ts).
    if (options.write && where.backend === "sqlite") ensureDirectory(path.dirname(where.file));
    const backend: RegisterBackend =
      where.backend === "sqlite"
        ? SqliteRegister.open(where.file, { mustExist: !options.write, busyTimeoutMs: where.busyTimeoutMs })
        : await PostgresRegister.open(where);
    try {
      // Readers judge the stored identity where they verify (register verify reports it as TAMPERED).
      if (!options.write) {
        const meta = await backend.initialise(undefined);
        return new DpiaRegister(where, backend, meta, undefined, pin, env);
      }
      if (pin) {
        // A pinned register is never made anew: its absence is the fault, not a first run.
        const meta = typedMeta(await backend.initialise(refuseToCreate(backend.location, pin)), backend.location);
        assertPinned(meta.verifierKey, pin, backend.location);
        const key = writersKey(where.keyFile, "must exist");
        checkKey(meta, key, where, backend.location);
        return new DpiaRegister(where, backend, meta, key, pin, env);
      }
      const key = writersKey(where.keyFile);
      const meta = typedMeta(await backend.initialise(newIdentity(key)), backend.location);
      checkKey(meta, key, where, backend.location);
      return new DpiaRegister(where, backend, meta, key, pin, env);
    } catch (error) {
      await backend.close();
      throw error;
    }
  }

  /** Appends one record in its own transaction and returns it as stored. */
  async append(kind: RecordKind, subject: string, data: Record<string, unknown>, at = new Date()): Promise<StoredRow> {
    return (await this.appendAll([{ kind, subject, data, at }]))[0]!;
  }

  /** Appends records in one transaction (all or none), in order, signed once. */
  async appendAll(entries: readonly NewRecord[]): Promise<StoredRow[]> {
    if (entries.length === 0) return [];
    const key = this.key ?? loadRegisterKey(this.where.keyFile);
    const all = withStoredContent(entries, new Set());
    const refs = contentRefsIn(all);
    const stored = refs.length > 0 ? withoutStoredContent(all, await this.backend.storedContents(refs)) : all;
    const trust = this.trust;
    return this.backend.appendAll(batchOf(unplaced(stored), key, trust), trust.saved?.size);
  }

  private get trust(): Trust {
    return trustOf(this.meta, this.location, this.pin, this.saved);
  }

  rows(): Promise<StoredRow[]> {
    return this.backend.rows();
  }

  /** The records that parse, in order; verify is the place that judges the others. */
  async records(): Promise<RegisterRecord[]> {
    return (await this.rows())
      .map((row) => parseRecord(row.record))
      .filter((record): record is RegisterRecord => record !== undefined);
  }

  /**
   * The records (of some kinds only, if given), verified; a tampered register is an error (exit 2).
   * Of some kinds, they are read by kind and held to the register's signed head (a run's cost does not
   * grow with the log); all of them, or from a register without a head yet, after the whole log verifies.
   */
  async verifiedRecords(kinds?: readonly RecordKind[]): Promise<RegisterRecord[]> {
    if (kinds) {
      const snapshot = await this.backend.kindSnapshot(readKinds(kinds), this.saved?.size);
      const records = await recordsThroughHeadAsync(snapshot, kinds, this.trust, () => this.verifiedRows());
      if (records) return records;
    }
    return recordsOf(await this.verifiedRows(), this.location, (message) => tampered(this.location, message), kinds);
  }

  /** The rows, after the whole log and every column derived from its records have verified. */
  async verifiedRows(): Promise<StoredRow[]> {
    const { rows, meta } = await this.backend.snapshot();
    assertIntact(rows, meta, this.location, this.pin, this.saved);
    return rows;
  }

  /** The backend's own idea of its size and identity, read again (not cached). */
  /** Rows and meta of one moment, for verification while others may be appending. */
  snapshot(): Promise<LogSnapshot> {
    return this.backend.snapshot();
  }

  currentMeta(): Promise<RegisterMeta> {
    return this.backend.meta();
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/** A new register's identity: a random origin, the key's verifier key and the first record. */
export function newIdentity(key: RegisterKey) {
  const origin = `dpia-register/${randomBytes(8).toString("hex")}`;
  const created = verifierKey(origin, key.publicKey);
  return {
    origin,
    verifierKey: created,
    first: batchOf(
      [
        {
          kind: "register-created",
          subject: origin,
          at: isoSeconds(new Date()),
          data: { origin, verifier_key: created, schema_version: SCHEMA_VERSION },
        },
      ],
      key,
      { origin, trusted: created, location: "a new register", pin: undefined, saved: undefined },
    ),
  };
}

/** The stored identity, refused (as tampering, exit 2) when a value is not of its type. */
export function typedMeta(meta: RegisterMeta, location: string): RegisterMeta {
  const untyped = metaTypeProblem(meta);
  if (untyped)
    tampered(location, `the register's stored ${untyped} was changed: it is not a value the register writes`);
  return meta;
}

function assertPinnedFileExists(file: string, pin: RegisterPin): void {
  if (!fs.existsSync(file)) throw pinnedRegisterAbsent(file, pin);
}

export function checkKey(meta: RegisterMeta, key: RegisterKey, where: RegisterLocation, location: string): void {
  const expected = parseVerifierKey(meta.verifierKey);
  if (!expected || !expected.publicKey.equals(key.publicKey)) {
    throw new InputError([
      {
        file: where.keyFile,
        location: "",
        expected: `the signing key of the register ${location} (${meta.verifierKey}); this key is another one`,
      },
    ]);
  }
}

/**
 * The row of a record appended to `tree`, signed on its own: the form of every row before schema 3
 * (one signature per record), which verify still reads.
 */
export function signedRow(origin: string, key: RegisterKey, record: RegisterRecord, tree: MerkleAccumulator) {
  const text = recordText(record);
  const leaf = hashLeaf(Buffer.from(text, "utf8"));
  tree.push(leaf);
  const root = tree.root();
  const checkpoint = signNote(checkpointBody({ origin, size: record.seq + 1, root }), origin, key.privateKeyPem);
  return {
    kind: record.kind,
    subject: record.subject,
    at: record.at,
    record: text,
    leaf: leaf.toString("base64"),
    root: root.toString("base64"),
    checkpoint,
  };
}

/** Entries as the register places them, each with its time to the second. */
export const unplaced = (entries: readonly NewRecord[]): UnplacedRecord[] =>
  entries.map((entry) => ({
    kind: entry.kind,
    subject: entry.subject,
    at: isoSeconds(entry.at ?? new Date()),
    data: entry.data,
  }));

/** recordsThroughHead, whose replay of the whole log (only when something does not verify) is asynchronous. */
async function recordsThroughHeadAsync(
  snapshot: KindSnapshot,
  kinds: readonly RecordKind[],
  trust: Trust,
  replay: () => Promise<unknown>,
): Promise<RegisterRecord[] | undefined> {
  try {
    return recordsThroughHead(snapshot, kinds, trust, () => {
      throw new HeadNotVerified();
    });
  } catch (error) {
    if (!(error instanceof HeadNotVerified)) throw error;
    await replay();
    return recordsThroughHead(snapshot, kinds, trust, () => undefined);
  }
}

class HeadNotVerified extends Error {}

/** Opens, runs and always closes. */
export async function withRegister<T>(
  options: OpenOptions,
  action: (register: DpiaRegister) => Promise<T>,
): Promise<T> {
  const register = await DpiaRegister.open(options);
  try {
    return await action(register);
  } finally {
    await register.close();
  }
}
