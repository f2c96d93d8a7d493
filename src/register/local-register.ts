import { SqliteRegister } from "./backends/sqlite";
import { storedContentRefs, withStoredContent } from "./content-store";
import type { RegisterMeta } from "./backends/backend";
import { isoSeconds, recordsOf, type NewRecord, type RecordKind, type RegisterRecord } from "./record";
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDirectory } from "../validation/ensure-directory";
import type { RegisterKey } from "./register-key";
import { writersKey } from "./signing-key";
import type { RegisterLocation } from "./register-location";
import { assertPinned, pinnedRegisterAbsent, refuseToCreate, registerPin, type RegisterPin } from "./register-pin";
import { checkKey, newIdentity, signedRow, typedMeta, verifiedTree } from "./register";
import { assertIntact, tampered } from "./verify-log";

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
  ) {}

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
      return new LocalRegister(backend, meta, signing, pin);
    } catch (error) {
      backend.closeSync();
      throw error;
    }
  }

  verifiedRecords(kinds?: readonly RecordKind[]): RegisterRecord[] {
    const { rows, meta } = this.backend.snapshotSync();
    assertIntact(rows, meta, this.location, this.pin);
    return recordsOf(rows, this.location, (message) => tampered(this.location, message), kinds);
  }

  append(kind: RecordKind, subject: string, data: Record<string, unknown>, at = new Date()): void {
    this.appendAll([{ kind, subject, data, at }]);
  }

  /** Appends records in one transaction (all or none), in order. */
  appendAll(entries: readonly NewRecord[]): void {
    const stored = entries.some((entry) => entry.kind === "assessment" && typeof entry.data.dpia === "object")
      ? withStoredContent(entries, storedContentRefs(this.backend.rowsSync()))
      : entries;
    this.backend.appendAllSync(
      stored.map(
        (entry) => (seq, tree) =>
          signedRow(
            this.meta.origin,
            this.key,
            { seq, kind: entry.kind, subject: entry.subject, at: isoSeconds(entry.at ?? new Date()), data: entry.data },
            tree,
          ),
      ),
      (rows, meta) => verifiedTree(rows, meta, this.meta.verifierKey, this.location, this.pin),
    );
  }

  close(): void {
    this.backend.closeSync();
  }
}
