import type pg from "pg";
import { InputError } from "../../validation/input-error";
import type { PostgresUrl } from "../postgres-url";
import { loadPg } from "./pg-driver";
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

/** One advisory lock orders every writer of a register: records are gapless and never interleave. */
const LOCK_KEY = 0x44504941; // "DPIA"

/** The shared register: insert-only tables, one advisory lock per append, one transaction per record. */
export class PostgresRegister implements RegisterBackend {
  readonly location: string;
  private readonly client: pg.Client;

  private constructor(shown: string, client: pg.Client) {
    this.location = shown;
    this.client = client;
  }

  /** `where` has been checked (postgres-url.ts); `shown` is the URL without its password. */
  static async open(where: PostgresUrl): Promise<PostgresRegister> {
    const { Client } = loadPg(where.shown);
    let client: pg.Client | undefined;
    try {
      client = new Client({
        connectionString: where.url,
        connectionTimeoutMillis: where.connectTimeoutMs ?? 15_000,
        // A server that stops answering (stopped, not shut down) is an error after five minutes, not a hang.
        query_timeout: where.queryTimeoutMs ?? 300_000,
        // A server that vanishes without closing the connection is noticed, not waited for.
        keepAlive: true,
      });
      // A connection lost later must surface as an error of the query, not crash the process.
      client.on("error", () => undefined);
      await client.connect();
    } catch (error) {
      await client?.end().catch(() => undefined);
      throw registerFault(error, where.shown);
    }
    return new PostgresRegister(where.shown, client);
  }

  private async guard<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw registerFault(error, this.location);
    }
  }

  private async readMeta(): Promise<RegisterMeta | undefined> {
    const exists = await this.client.query("SELECT to_regclass('dpia_register_meta') IS NOT NULL AS present");
    if (!exists.rows[0]?.present) return undefined;
    const meta = metaFromRows(
      (await this.client.query<{ key: string; value: string }>("SELECT key, value FROM dpia_register_meta")).rows,
      this.location,
    );
    if (!meta) return undefined;
    const size = await this.client.query("SELECT size FROM dpia_register_size WHERE id = 1");
    return { ...meta, size: Number(size.rows[0]?.size ?? 0) };
  }

  async initialise(create: Parameters<RegisterBackend["initialise"]>[0]): Promise<RegisterMeta> {
    return this.guard(async () => {
      const existing = await this.readMeta();
      if (existing && existing.schemaVersion === SCHEMA_VERSION) return existing;
      if (!existing && !create)
        throw new InputError([
          { file: this.location, location: "", expected: "an initialised register (this database holds none)" },
        ]);
      await this.client.query("BEGIN");
      await this.client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
      await this.client.query(META_TABLE);
      const again = await this.readMeta();
      const from = Number(
        (await this.client.query("SELECT value FROM dpia_register_meta WHERE key = 'schema_version'")).rows[0]?.value ??
          0,
      );
      for (const migration of MIGRATIONS.filter((entry) => entry.version > from)) {
        for (const statement of migration.postgres) await this.client.query(statement);
        await this.client.query(
          "INSERT INTO dpia_register_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
          [String(migration.version)],
        );
      }
      if (!again) {
        if (!create) throw new InputError([{ file: this.location, location: "", expected: "an initialised register" }]);
        await this.client.query(
          "INSERT INTO dpia_register_meta (key, value) VALUES ('origin', $1), ('verifier_key', $2)",
          [create.origin, create.verifierKey],
        );
        await this.client.query("INSERT INTO dpia_register_size (id, size) VALUES (1, 0)");
        const meta = (await this.readMeta())!;
        await this.insertBatch(
          create.first({ meta, head: undefined, places: { last: undefined, gapless: true }, rows: [] }),
          0,
        );
      }
      await this.client.query("COMMIT");
      return (await this.readMeta())!;
    });
  }

  private async insert(seq: number, row: NewRow): Promise<StoredRow> {
    await this.client.query(
      "INSERT INTO dpia_records (seq, kind, subject, at, record, leaf, root, checkpoint) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      [seq, row.kind, row.subject, row.at, row.record, row.leaf, row.root, row.checkpoint],
    );
    await this.client.query("UPDATE dpia_register_size SET size = $1 WHERE id = 1", [seq + 1]);
    return { seq, ...row };
  }

  private async insertBatch(batch: { rows: NewRow[]; head: StoredHead }, first: number): Promise<StoredRow[]> {
    const stored: StoredRow[] = [];
    for (const [i, row] of batch.rows.entries()) stored.push(await this.insert(first + i, row));
    await this.client.query("INSERT INTO dpia_register_head (size, frontier, checkpoint) VALUES ($1, $2, $3)", [
      batch.head.size,
      batch.head.frontier,
      batch.head.checkpoint,
    ]);
    return stored;
  }

  /** Reads the head and the size under the lock (the whole log only when there is no head), then writes. */
  async appendAll(build: BatchBuilder, since?: number): Promise<StoredRow[]> {
    return this.guard(async () => {
      await this.client.query("BEGIN");
      await this.client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
      const state: AppendState = {
        meta: await this.meta(),
        head: await this.head(),
        places: await this.places(),
        rows: undefined,
        since: since === undefined ? undefined : await this.since(since),
      };
      if (!state.head) state.rows = await this.rows();
      const batch = build(state);
      const stored = await this.insertBatch(batch, batch.head.size - batch.rows.length);
      await this.client.query("COMMIT");
      return stored;
    });
  }

  private async head(): Promise<StoredHead | undefined> {
    const row = (
      await this.client.query("SELECT size, frontier, checkpoint FROM dpia_register_head ORDER BY size DESC LIMIT 1")
    ).rows[0] as StoredHead | undefined;
    return row ? { ...row, size: Number(row.size) } : undefined;
  }

  private async places(): Promise<Places> {
    const row = (await this.client.query(PLACES_QUERY)).rows[0] as Record<string, unknown> | undefined;
    return placesOf(row?.first, row?.last, row?.count ?? 0);
  }

  async kindSnapshot(kinds: readonly string[], since?: number): Promise<KindSnapshot> {
    return this.inSnapshot(async () => ({
      rows: (
        await this.client.query(
          "SELECT seq, kind, subject, at, record, leaf, root, checkpoint FROM dpia_records WHERE kind = ANY($1::text[]) ORDER BY seq",
          [kinds],
        )
      ).rows.map((row: StoredRow) => ({ ...row, seq: Number(row.seq) })),
      meta: await this.meta(),
      head: await this.head(),
      places: await this.places(),
      since: since === undefined ? undefined : await this.since(since),
    }));
  }

  private async since(size: number): Promise<SinceSaved> {
    const head = (
      await this.client.query(
        "SELECT size, frontier, checkpoint FROM dpia_register_head WHERE size <= $1 ORDER BY size DESC LIMIT 1",
        [size],
      )
    ).rows[0] as StoredHead | undefined;
    const rows = (
      await this.client.query("SELECT leaf FROM dpia_records WHERE seq >= $1 ORDER BY seq", [placeOfHead(head)])
    ).rows as Array<{ leaf: unknown }>;
    return { head: head ? { ...head, size: Number(head.size) } : undefined, leaves: rows.map((row) => row.leaf) };
  }

  async storedContents(refs: readonly string[]): Promise<Set<string>> {
    return this.guard(async () => {
      const rows = (
        await this.client.query(
          "SELECT subject FROM dpia_records WHERE kind = 'content' AND subject = ANY($1::text[])",
          [refs],
        )
      ).rows as Array<{ subject: string }>;
      return new Set(rows.map((row) => row.subject));
    });
  }

  async rows(): Promise<StoredRow[]> {
    return this.guard(async () =>
      (
        await this.client.query(
          "SELECT seq, kind, subject, at, record, leaf, root, checkpoint FROM dpia_records ORDER BY seq",
        )
      ).rows.map((row: StoredRow) => ({ ...row, seq: Number(row.seq) })),
    );
  }

  async meta(): Promise<RegisterMeta> {
    return this.guard(async () => {
      const meta = await this.readMeta();
      if (!meta)
        throw new InputError([
          { file: this.location, location: "", expected: "an initialised register (this database holds none)" },
        ]);
      return meta;
    });
  }

  async snapshot(): Promise<LogSnapshot> {
    return this.inSnapshot(async () => ({
      rows: await this.rows(),
      meta: await this.meta(),
      heads: (await this.client.query("SELECT size, frontier, checkpoint FROM dpia_register_head ORDER BY size"))
        .rows as StoredHead[],
    }));
  }

  /** Reads of one moment: a writer appending meanwhile can never look like tampering. */
  private async inSnapshot<T>(read: () => Promise<T>): Promise<T> {
    await this.guard(() => this.client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    try {
      const result = await read();
      await this.client.query("COMMIT");
      return result;
    } catch (error) {
      await this.client.query("ROLLBACK").catch(() => undefined);
      throw registerFault(error, this.location);
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
