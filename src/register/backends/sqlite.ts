import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../../validation/input-error";
import { registerFault } from "./register-fault";
import {
  PLACES_QUERY,
  placeOfHead,
  placesOf,
  type Places,
  type AppendState,
  type BatchBuilder,
  type KindSnapshot,
  type LogSnapshot,
  type NewRow,
  type RegisterBackend,
  type RegisterMeta,
  type SinceSaved,
  type StoredHead,
  type StoredRow,
} from "./backend";
import { META_TABLE, metaFromRows } from "./meta-table";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations";
import { sqliteDriver, type SqliteConnection } from "./sqlite-driver";
import { inTransaction } from "./sqlite-transaction";

/**
 * The embedded register: one file, WAL, every append in one immediate transaction. Reached through
 * node:sqlite or better-sqlite3 (sqlite-driver.ts) with the same SQL, so both store the same file.
 */
export class SqliteRegister implements RegisterBackend {
  readonly location: string;
  private readonly db: SqliteConnection;

  private constructor(file: string, db: SqliteConnection) {
    this.location = file;
    this.db = db;
  }

  /** `busyTimeoutMs`: how long a writer waits for another before it gives up (SQLITE_BUSY, exit 2). */
  static open(file: string, options: { mustExist: boolean; busyTimeoutMs?: number }): SqliteRegister {
    const fail = (expected: string) => new InputError([{ file, location: "", expected }]);
    if (options.mustExist && !fs.existsSync(file))
      throw fail("an existing register database (none is there yet: the gate creates it on its first run)");
    if (fs.existsSync(file) && !fs.statSync(file).isFile())
      throw fail("a register database file, not a folder or device");
    const driver = sqliteDriver(file);
    let db: SqliteConnection | undefined;
    try {
      if (!options.mustExist) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      db = driver.open(file, { mustExist: options.mustExist });
      db.exec(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 30_000)}`);
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = FULL");
      db.prepare("SELECT count(*) FROM sqlite_master").get();
    } catch (error) {
      db?.close();
      throw registerFault(error, file);
    }
    return new SqliteRegister(file, db);
  }

  private guard<T>(action: () => T): T {
    try {
      return action();
    } catch (error) {
      throw registerFault(error, this.location);
    }
  }

  private readMeta(): RegisterMeta | undefined {
    const hasMeta = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dpia_register_meta'")
      .get();
    if (!hasMeta) return undefined;
    const rows = this.db.prepare("SELECT key, value FROM dpia_register_meta").all() as Array<{
      key: string;
      value: string;
    }>;
    const meta = metaFromRows(rows, this.location);
    if (!meta) return undefined;
    return { ...meta, size: Number(rows.find((row) => row.key === "size")?.value ?? 0) };
  }

  async initialise(create: Parameters<RegisterBackend["initialise"]>[0]): Promise<RegisterMeta> {
    return this.initialiseSync(create);
  }

  initialiseSync(create: Parameters<RegisterBackend["initialise"]>[0]): RegisterMeta {
    return this.guard(() => {
      const existing = this.readMeta();
      if (existing && existing.schemaVersion === SCHEMA_VERSION) return existing;
      if (!existing && !create)
        throw new InputError([
          { file: this.location, location: "", expected: "an initialised register (this database holds none)" },
        ]);
      if (!existing) this.refuseForeignTables();
      // Immediate: a second process migrating at the same time waits, then finds the work done.
      return inTransaction(this.db, "IMMEDIATE", () => {
        this.db.exec(META_TABLE);
        const again = this.readMeta();
        const from = Number(
          (
            this.db.prepare("SELECT value FROM dpia_register_meta WHERE key = 'schema_version'").get() as
              { value?: string } | undefined
          )?.value ?? 0,
        );
        for (const migration of MIGRATIONS.filter((entry) => entry.version > from)) {
          for (const statement of migration.sqlite) this.db.exec(statement);
          this.db
            .prepare("INSERT OR REPLACE INTO dpia_register_meta (key, value) VALUES ('schema_version', ?)")
            .run(String(migration.version));
        }
        if (again) return { ...again, schemaVersion: SCHEMA_VERSION };
        if (!create) throw new InputError([{ file: this.location, location: "", expected: "an initialised register" }]);
        const set = this.db.prepare("INSERT OR REPLACE INTO dpia_register_meta (key, value) VALUES (?, ?)");
        set.run("origin", create.origin);
        set.run("verifier_key", create.verifierKey);
        set.run("size", "0");
        const meta = this.readMeta()!;
        this.insertBatch(
          create.first({ meta, head: undefined, places: { last: undefined, gapless: true }, rows: [] }),
          0,
        );
        return this.readMeta()!;
      });
    });
  }

  /** A register is a file of its own: another application's database is never made into one. */
  private refuseForeignTables(): void {
    const foreign = (
      this.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as Array<{
        name: string;
      }>
    )
      .map((row) => row.name)
      .filter((name) => !name.startsWith("dpia_") && !name.startsWith("sqlite_"));
    if (foreign.length === 0) return;
    const named = foreign.slice(0, 5).map((name) => JSON.stringify(name));
    throw new InputError([
      {
        file: this.location,
        location: "",
        expected: `a register database, or a path where none is yet; this SQLite database holds other tables (${named.join(", ")}${foreign.length > 5 ? ", …" : ""}): give the register a file of its own`,
      },
    ]);
  }

  /** Statements prepared once per batch, and the size set once after its rows, in the same transaction. */
  private insertBatch(batch: { rows: NewRow[]; head: StoredHead }, first: number): StoredRow[] {
    const insert = this.db.prepare(
      "INSERT INTO dpia_records (seq, kind, subject, at, record, leaf, root, checkpoint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const stored = batch.rows.map((row, i): StoredRow => {
      insert.run(first + i, row.kind, row.subject, row.at, row.record, row.leaf, row.root, row.checkpoint);
      return { seq: first + i, ...row };
    });
    if (stored.length > 0)
      this.db.prepare("UPDATE dpia_register_meta SET value = ? WHERE key = 'size'").run(String(first + stored.length));
    this.db
      .prepare("INSERT INTO dpia_register_head (size, frontier, checkpoint) VALUES (?, ?, ?)")
      .run(batch.head.size, batch.head.frontier, batch.head.checkpoint);
    return stored;
  }

  async appendAll(build: BatchBuilder, since?: number): Promise<StoredRow[]> {
    return this.appendAllSync(build, since);
  }

  /** Reads the head and the size under the write lock (the whole log only when there is no head), then writes. */
  appendAllSync(build: BatchBuilder, since?: number): StoredRow[] {
    return this.guard(() =>
      inTransaction(this.db, "IMMEDIATE", () => {
        const state: AppendState = {
          meta: this.metaSync(),
          head: this.headSync(),
          places: this.placesSync(),
          rows: undefined,
          since: since === undefined ? undefined : this.sinceSync(since),
        };
        if (!state.head) state.rows = this.rowsSync();
        const batch = build(state);
        return this.insertBatch(batch, batch.head.size - batch.rows.length);
      }),
    );
  }

  headSync(): StoredHead | undefined {
    return this.db
      .prepare("SELECT size, frontier, checkpoint FROM dpia_register_head ORDER BY size DESC LIMIT 1")
      .get() as StoredHead | undefined;
  }

  private placesSync(): Places {
    const { first, last, count } = this.db.prepare(PLACES_QUERY).get() as Record<string, unknown>;
    return placesOf(first, last, count);
  }

  async kindSnapshot(kinds: readonly string[], since?: number): Promise<KindSnapshot> {
    return this.kindSnapshotSync(kinds, since);
  }

  kindSnapshotSync(kinds: readonly string[], since?: number): KindSnapshot {
    return this.guard(() =>
      inTransaction(this.db, "DEFERRED", () => ({
        rows: this.db
          .prepare(
            `SELECT seq, kind, subject, at, record, leaf, root, checkpoint FROM dpia_records WHERE kind IN (${kinds.map(() => "?").join(", ")}) ORDER BY seq`,
          )
          .all(...kinds) as StoredRow[],
        meta: this.metaSync(),
        head: this.headSync(),
        places: this.placesSync(),
        since: since === undefined ? undefined : this.sinceSync(since),
      })),
    );
  }

  private sinceSync(size: number): SinceSaved {
    const head = this.db
      .prepare("SELECT size, frontier, checkpoint FROM dpia_register_head WHERE size <= ? ORDER BY size DESC LIMIT 1")
      .get(size) as StoredHead | undefined;
    const rows = this.db
      .prepare("SELECT leaf FROM dpia_records WHERE seq >= ? ORDER BY seq")
      .all(placeOfHead(head)) as Array<{ leaf: unknown }>;
    return { head, leaves: rows.map((row) => row.leaf) };
  }

  async storedContents(refs: readonly string[]): Promise<Set<string>> {
    return this.storedContentsSync(refs);
  }

  storedContentsSync(refs: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < refs.length; i += 500) {
      const chunk = refs.slice(i, i + 500);
      const rows = this.guard(() =>
        this.db
          .prepare(
            `SELECT subject FROM dpia_records WHERE kind = 'content' AND subject IN (${chunk.map(() => "?").join(", ")})`,
          )
          .all(...chunk),
      ) as Array<{ subject: string }>;
      for (const row of rows) found.add(row.subject);
    }
    return found;
  }

  async rows(): Promise<StoredRow[]> {
    return this.rowsSync();
  }

  rowsSync(): StoredRow[] {
    return this.guard(
      () =>
        this.db
          .prepare("SELECT seq, kind, subject, at, record, leaf, root, checkpoint FROM dpia_records ORDER BY seq")
          .all() as StoredRow[],
    );
  }

  async meta(): Promise<RegisterMeta> {
    return this.metaSync();
  }

  async snapshot(): Promise<LogSnapshot> {
    return this.snapshotSync();
  }

  /** A deferred transaction in WAL mode reads one snapshot from its first read to its end. */
  snapshotSync(): LogSnapshot {
    return this.guard(() =>
      inTransaction(this.db, "DEFERRED", () => ({
        rows: this.rowsSync(),
        meta: this.metaSync(),
        heads: this.db
          .prepare("SELECT size, frontier, checkpoint FROM dpia_register_head ORDER BY size")
          .all() as StoredHead[],
      })),
    );
  }

  metaSync(): RegisterMeta {
    return this.guard(() => {
      const meta = this.readMeta();
      if (!meta)
        throw new InputError([
          { file: this.location, location: "", expected: "an initialised register (this database holds none)" },
        ]);
      return meta;
    });
  }

  async close(): Promise<void> {
    this.closeSync();
  }

  closeSync(): void {
    this.db.close();
  }
}
