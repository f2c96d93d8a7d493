import { SqliteRegister } from "./backends/sqlite";
import { contentRefsIn, withoutStoredContent, withStoredContent } from "./content-store";
import { batchOf, readKinds, recordsThroughHead, trustOf, type Trust } from "./append-batch";
import type { RegisterMeta } from "./backends/backend";
import { recordsOf, type NewRecord, type RecordKind, type RegisterRecord } from "./record";
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDirectory } from "../validation/ensure-directory";
import type { RegisterKey } from "./register-key";
import { writersKey } from "./signing-key";
import type { RegisterLocation } from "./register-location";
import { assertPinned, pinnedRegisterAbsent, refuseToCreate, registerPin, type RegisterPin } from "./register-pin";
import { checkKey, newIdentity, typedMeta, unplaced } from "./register";
import { assertIntact, tampered } from "./verify-log";
import type { Checkpoint } from "./checkpoint";
import { savedCheckpoint } from "./saved-checkpoint";

/**
 * The SQLite register used synchronously, for the CDKTF aspect (cdktf runs aspects synchronously):
 * the same records, hashes and signatures as DpiaRegister, without a child process.
 */
export class LocalRegister {
  private constructor(
    private readonly backend: SqliteRegister,
    private readonly meta: RegisterMeta,
    private readonly key: RegisterKey,
    private readonly pin: RegisterPin | undefined,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private savedRead: { checkpoint: Checkpoint | undefined } | undefined;

  /** As DpiaRegister's: DPIA_REGISTER_CHECKPOINT, read when records are first read. */
  private get saved(): Checkpoint | undefined {
    this.savedRead ??= { checkpoint: savedCheckpoint(this.env, this.meta) };
    return this.savedRead.checkpoint;
  }

  get location(): string {
    return this.backend.location;
  }

  static open(where: Extract<RegisterLocation, { backend: "sqlite" }>, env = process.env): LocalRegister {
    const pin = registerPin(env);
    // A pinned register is never made anew: its absence is the fault, not a first run.
    if (pin && !fs.existsSync(where.file)) throw pinnedRegisterAbsent(where.file, pin);
    // Made here, a level at a time: Node's recursive mkdir never returns under /proc (ensure-directory.ts).
    ensureDirectory(path.dirname(where.file));
    const backend = SqliteRegister.open(where.file, { mustExist: false, busyTimeoutMs: where.busyTimeoutMs });
    try {
      const key = pin ? undefined : writersKey(where.keyFile);
      const meta = typedMeta(
        backend.initialiseSync(key ? newIdentity(key) : refuseToCreate(where.file, pin!)),
        backend.location,
      );
      assertPinned(meta.verifierKey, pin, backend.location);
      const signing = key ?? writersKey(where.keyFile, "must exist");
      checkKey(meta, signing, where, backend.location);
      return new LocalRegister(backend, meta, signing, pin, env);
    } catch (error) {
      backend.closeSync();
      throw error;
    }
  }

  /** As DpiaRegister.verifiedRecords: of some kinds, through the signed head; else the whole log verified. */
  verifiedRecords(kinds?: readonly RecordKind[]): RegisterRecord[] {
    const replay = () => {
      const { rows, meta } = this.backend.snapshotSync();
      assertIntact(rows, meta, this.location, this.pin, this.saved);
      return rows;
    };
    const records = kinds
      ? recordsThroughHead(this.backend.kindSnapshotSync(readKinds(kinds), this.saved?.size), kinds, this.trust, replay)
      : undefined;
    return records ?? recordsOf(replay(), this.location, (message) => tampered(this.location, message), kinds);
  }

  private get trust(): Trust {
    return trustOf(this.meta, this.location, this.pin, this.saved);
  }

  append(kind: RecordKind, subject: string, data: Record<string, unknown>, at = new Date()): void {
    this.appendAll([{ kind, subject, data, at }]);
  }

  /** Appends records in one transaction (all or none), in order. */
  appendAll(entries: readonly NewRecord[]): void {
    if (entries.length === 0) return;
    const all = withStoredContent(entries, new Set());
    const refs = contentRefsIn(all);
    const stored = refs.length > 0 ? withoutStoredContent(all, this.backend.storedContentsSync(refs)) : all;
    const trust = this.trust;
    this.backend.appendAllSync(batchOf(unplaced(stored), this.key, trust), trust.saved?.size);
  }

  close(): void {
    this.backend.closeSync();
  }
}
