import { SqliteRegister } from "./backends/sqlite";
import type { RegisterMeta } from "./backends/backend";
import { isoSeconds, recordsOf, type NewRecord, type RecordKind, type RegisterRecord } from "./record";
import type { RegisterKey } from "./register-key";
import { writersKey } from "./signing-key";
import type { RegisterLocation } from "./register-location";
import { checkKey, newIdentity, signedRow } from "./register";
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
  ) {}

  get location(): string {
    return this.backend.location;
  }

  static open(where: Extract<RegisterLocation, { backend: "sqlite" }>): LocalRegister {
    const backend = SqliteRegister.open(where.file, { mustExist: false, busyTimeoutMs: where.busyTimeoutMs });
    try {
      const key = writersKey(where.keyFile);
      const meta = backend.initialiseSync(newIdentity(key));
      checkKey(meta, key, where, backend.location);
      return new LocalRegister(backend, meta, key);
    } catch (error) {
      backend.closeSync();
      throw error;
    }
  }

  verifiedRecords(kinds?: readonly RecordKind[]): RegisterRecord[] {
    const { rows, meta } = this.backend.snapshotSync();
    assertIntact(rows, meta, this.location);
    return recordsOf(rows, this.location, (message) => tampered(this.location, message), kinds);
  }

  append(kind: RecordKind, subject: string, data: Record<string, unknown>, at = new Date()): void {
    this.appendAll([{ kind, subject, data, at }]);
  }

  /** Appends records in one transaction (all or none), in order. */
  appendAll(entries: readonly NewRecord[]): void {
    this.backend.appendAllSync(
      entries.map(
        (entry) => (seq, tree) =>
          signedRow(
            this.meta.origin,
            this.key,
            { seq, kind: entry.kind, subject: entry.subject, at: isoSeconds(entry.at ?? new Date()), data: entry.data },
            tree,
          ),
      ),
    );
  }

  close(): void {
    this.backend.closeSync();
  }
}
