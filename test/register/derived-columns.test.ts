import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { AUTHORITY_KINDS } from "../../src/register/gate-authority";
import { LocalRegister } from "../../src/register/local-register";
import { parseRecord, recordHeader, recordText } from "../../src/register/record";
import { withRegister } from "../../src/register/register";
import { resolveRegister } from "../../src/register/register-location";
import { registerFingerprint } from "../../src/register/register-pin";
import { verifyLog } from "../../src/register/verify-log";
import { DERIVED_COLUMN_TAMPERS } from "../faults/register-integrity-cases";
import { tempFolder } from "./helpers";
import { openSqliteFile } from "../helpers/sqlite-file";

async function registerWith(records: number) {
  const file = path.join(tempFolder("dpia-derived-"), "register.db");
  const env = { DPIA_REGISTER: file };
  await withRegister({ env, write: true }, async (register) => {
    for (let i = 1; i < records; i++) await register.append("assessment", `INT-${i}`, { n: i });
  });
  return { file, env };
}

function tamper(file: string, statement: string) {
  const db = openSqliteFile(file);
  db.exec("DROP TRIGGER dpia_records_no_update; DROP TRIGGER dpia_records_no_delete;");
  db.exec(statement);
  db.close();
}

const count = (env: NodeJS.ProcessEnv) =>
  withRegister({ env, write: false }, async (register) => (await register.rows()).length);

describe("every column derived from a record is held to it, and an append never extends one it has not verified", () => {
  test.each(DERIVED_COLUMN_TAMPERS)(
    "$column: verify and the quick check name the row; the gate's reads refuse it when they see it; an append refuses a log that no longer fits its head, and never hides the change",
    async ({ column, sql, says, gateSees }) => {
      // Seven records, as the CLI's tests have after two runs (each DPIA's content record, then its
      // assessments): the cases' expected messages are of that log (record 4 renumbered: 3, then 5).
      const { file, env } = await registerWith(7);
      tamper(file, sql);
      const verdicts = async () => {
        const { rows, meta, key } = await withRegister({ env, write: false }, async (register) => ({
          rows: await register.rows(),
          meta: await register.currentMeta(),
          key: register.verifierKey,
        }));
        for (const quick of [false, true]) {
          const verdict = verifyLog(rows, meta, key, undefined, { quick });
          expect(verdict.intact).toBe(false);
          expect(!verdict.intact && verdict.message).toMatch(says);
        }
      };
      await verdicts();
      const authority = withRegister({ env, write: true }, (register) => register.verifiedRecords(AUTHORITY_KINDS));
      if (gateSees) await expect(authority).rejects.toThrow(says);
      else await expect(authority).resolves.toEqual([]);
      // Since issue 28 an append reads the signed head and the size, not the log: only a change that makes
      // the log not fit its head (a record renumbered past it) stops it; any other is still named after.
      const headSees = column === "seq";
      const appended = withRegister({ env, write: true }, (register) => register.append("assessment", "INT-next", {}));
      if (headSees) await expect(appended).rejects.toThrow(/tampered with.*head.*nothing was recorded/);
      else await appended;
      const local = LocalRegister.open(
        resolveRegister(undefined, env) as Extract<ReturnType<typeof resolveRegister>, { backend: "sqlite" }>,
      );
      try {
        if (headSees) expect(() => local.append("assessment", "INT-next", {})).toThrow(/head/);
        else local.append("assessment", "INT-next", {});
      } finally {
        local.close();
      }
      expect(await count(env)).toBe(headSees ? 7 : 9);
      await verdicts();
    },
  );

  test("the aspect's register (LocalRegister) refuses a register that is not the pinned one, and a pinned one that is gone", async () => {
    const { env } = await registerWith(2);
    const where = resolveRegister(undefined, env) as Extract<ReturnType<typeof resolveRegister>, { backend: "sqlite" }>;
    const key = await withRegister({ env, write: false }, async (register) => register.verifierKey);
    const pin = registerFingerprint(key);
    LocalRegister.open(where, { DPIA_REGISTER_KEY: pin }).close();
    const other = `sha256:${"0".repeat(64)}`;
    expect(() => LocalRegister.open(where, { DPIA_REGISTER_KEY: other })).toThrow(
      new RegExp(`the register's key is ${pin}, not the one DPIA_REGISTER_KEY pins \\(${other}\\)`),
    );
    const gone = { ...where, file: path.join(path.dirname(where.file), "gone.db") };
    expect(() => LocalRegister.open(gone, { DPIA_REGISTER_KEY: pin })).toThrow(
      /a pinned register is never created anew/,
    );
  });

  test("a record's header is read without parsing its data, as the full parse reads it", () => {
    const records = [
      {
        seq: 3,
        kind: "assessment" as const,
        subject: 'INT-"q",\"kind\":\"x',
        at: "2026-01-01T00:00:00Z",
        data: { kind: "drift-run", subject: "no", nested: { seq: 9, kind: "x" } },
      },
      { seq: 0, kind: "register-created" as const, subject: "dpia-register/00", at: "2026-01-01T00:00:00Z", data: {} },
    ];
    for (const record of records) {
      const text = recordText(record);
      const { data: _data, ...header } = parseRecord(text)!;
      expect(recordHeader(text)).toEqual(header);
    }
    expect(recordHeader('{"data":{},"kind":"assessment","seq":1,"subject":"x"}')).toBeUndefined();
  });
});
