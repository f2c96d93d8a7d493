import { InputError } from "../../validation/input-error";
import type { RegisterMeta } from "./backend";
import { newerSchemaMessage, SCHEMA_VERSION } from "./migrations";

/** The register's identity, as key and value, in both databases: schema_version, origin, verifier_key (SQLite: size). */
export const META_TABLE = `CREATE TABLE IF NOT EXISTS dpia_register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`;

/**
 * What the meta table's rows say, the size apart (each database keeps it its own way); undefined for a
 * register not yet initialised. A schema newer than this tool knows is an InputError naming `location`.
 */
export function metaFromRows(
  rows: ReadonlyArray<{ key: string; value: string }>,
  location: string,
): Omit<RegisterMeta, "size"> | undefined {
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const version = Number(values.get("schema_version") ?? 0);
  if (version > SCHEMA_VERSION)
    throw new InputError([
      { file: location, location: "dpia_register_meta.schema_version", expected: newerSchemaMessage(version) },
    ]);
  const origin = values.get("origin");
  if (!origin) return undefined;
  return { schemaVersion: version, origin, verifierKey: values.get("verifier_key") ?? "" };
}
