/**
 * The register's schema, one list of versions for both databases. A database whose version is
 * newer than the last one here is refused: this tool would not know what its records mean.
 */
export interface Migration {
  version: number;
  description: string;
  sqlite: string[];
  postgres: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: "records, the register's identity and its size",
    sqlite: [
      `CREATE TABLE dpia_records (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, at TEXT NOT NULL, record TEXT NOT NULL, leaf TEXT NOT NULL, root TEXT NOT NULL, checkpoint TEXT NOT NULL)`,
      `CREATE INDEX dpia_records_subject ON dpia_records (subject)`,
      `CREATE TRIGGER dpia_records_no_update BEFORE UPDATE ON dpia_records BEGIN SELECT RAISE(ABORT, 'dpia_records is append-only'); END`,
      `CREATE TRIGGER dpia_records_no_delete BEFORE DELETE ON dpia_records BEGIN SELECT RAISE(ABORT, 'dpia_records is append-only'); END`,
    ],
    postgres: [
      `CREATE TABLE dpia_records (seq BIGINT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, at TEXT NOT NULL, record TEXT NOT NULL, leaf TEXT NOT NULL, root TEXT NOT NULL, checkpoint TEXT NOT NULL)`,
      `CREATE INDEX dpia_records_subject ON dpia_records (subject)`,
      `CREATE TABLE dpia_register_size (id INTEGER PRIMARY KEY CHECK (id = 1), size BIGINT NOT NULL)`,
      `CREATE FUNCTION dpia_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END $$`,
      `CREATE TRIGGER dpia_records_append_only BEFORE UPDATE OR DELETE ON dpia_records FOR EACH ROW EXECUTE FUNCTION dpia_reject_change()`,
      `CREATE TRIGGER dpia_records_no_truncate BEFORE TRUNCATE ON dpia_records FOR EACH STATEMENT EXECUTE FUNCTION dpia_reject_change()`,
      `CREATE FUNCTION dpia_size_only_grows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.size <> OLD.size + 1 THEN RAISE EXCEPTION 'dpia_register_size only grows by one record at a time'; END IF; RETURN NEW; END $$`,
      `CREATE TRIGGER dpia_register_size_grows BEFORE UPDATE ON dpia_register_size FOR EACH ROW EXECUTE FUNCTION dpia_size_only_grows()`,
      `CREATE TRIGGER dpia_register_size_no_delete BEFORE DELETE ON dpia_register_size FOR EACH ROW EXECUTE FUNCTION dpia_reject_change()`,
      `CREATE TRIGGER dpia_register_size_no_truncate BEFORE TRUNCATE ON dpia_register_size FOR EACH STATEMENT EXECUTE FUNCTION dpia_reject_change()`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON dpia_records FROM PUBLIC`,
    ],
  },
  {
    version: 2,
    description:
      "content records: an assessment may refer to its DPIA and snapshot by hash (content-store.ts); a tool that knows only version 1 would take them for tampering, so it is told to upgrade instead",
    sqlite: [],
    postgres: [],
  },
  {
    version: 3,
    description:
      "the head (head.ts): the tree's frontier and the signed checkpoint after each append, insert-only, so that a run reads neither the whole log nor rehashes it; an index by kind for the trust roots and exceptions a run reads",
    sqlite: [
      `CREATE TABLE dpia_register_head (size INTEGER PRIMARY KEY, frontier TEXT NOT NULL, checkpoint TEXT NOT NULL)`,
      `CREATE TRIGGER dpia_register_head_no_update BEFORE UPDATE ON dpia_register_head BEGIN SELECT RAISE(ABORT, 'dpia_register_head is append-only'); END`,
      `CREATE TRIGGER dpia_register_head_no_delete BEFORE DELETE ON dpia_register_head BEGIN SELECT RAISE(ABORT, 'dpia_register_head is append-only'); END`,
      `CREATE INDEX dpia_records_kind ON dpia_records (kind, seq)`,
    ],
    postgres: [
      `CREATE TABLE dpia_register_head (size BIGINT PRIMARY KEY, frontier TEXT NOT NULL, checkpoint TEXT NOT NULL)`,
      `CREATE TRIGGER dpia_register_head_append_only BEFORE UPDATE OR DELETE ON dpia_register_head FOR EACH ROW EXECUTE FUNCTION dpia_reject_change()`,
      `CREATE TRIGGER dpia_register_head_no_truncate BEFORE TRUNCATE ON dpia_register_head FOR EACH STATEMENT EXECUTE FUNCTION dpia_reject_change()`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON dpia_register_head FROM PUBLIC`,
      // A register made before: the roles that append records now append heads too (docs/register.md).
      `DO $$ DECLARE writer text; BEGIN FOR writer IN SELECT DISTINCT grantee FROM information_schema.table_privileges WHERE table_schema = current_schema() AND table_name = 'dpia_records' AND privilege_type = 'INSERT' AND grantee <> current_user LOOP EXECUTE format('GRANT SELECT, INSERT ON dpia_register_head TO %I', writer); END LOOP; END $$`,
      `CREATE INDEX dpia_records_kind ON dpia_records (kind, seq)`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function newerSchemaMessage(version: number): string {
  return `schema version ${version} is newer than this dpia understands (up to ${SCHEMA_VERSION}); upgrade genesys-dpia-gate before using this register`;
}
