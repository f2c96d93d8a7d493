// A SQLite register is a file of its own. Pointed at another application's database (a typo in
// DPIA_REGISTER, a shared data folder), the gate must not add its tables and triggers to it.
import * as path from "node:path";
import { expect, test } from "vitest";
import { sqliteDriver } from "../../src/register/backends/sqlite-driver";
import { withRegister } from "../../src/register/register";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { openSqliteFile } from "../helpers/sqlite-file";
import { tempFolder } from "./helpers";

const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");

function crmDatabase(): string {
  const file = path.join(tempFolder("dpia-foreign-"), "crm.db");
  const db = sqliteDriver(file).open(file, { mustExist: false });
  db.exec(
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO customers (email) VALUES ('a@b.c')",
  );
  db.close();
  return file;
}

const tablesOf = (file: string) => {
  const db = openSqliteFile(file);
  const names = (db.prepare("SELECT name FROM sqlite_master ORDER BY name").all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
  db.close();
  return names;
};

test("another application's SQLite database is refused as a register, naming its tables, and left as it was", async () => {
  const file = crmDatabase();
  await expect(
    withRegister({ env: { DPIA_REGISTER: file }, write: true }, (register) =>
      register.append("assessment", "INT-1", {}),
    ),
  ).rejects.toThrow(
    `${file}: a register database, or a path where none is yet; this SQLite database holds other tables ("customers")`,
  );
  expect(tablesOf(file)).toEqual(["customers"]);
});

test(
  "the gate on it exits 2 naming the file, and records nothing there",
  () => {
    const file = crmDatabase();
    const gated = runDpia(["gate", plan], { cwd: path.dirname(file), env: { DPIA_REGISTER: file }, timeout: CLI });
    expect(gated.status, gated.output).toBe(2);
    expect(gated.stderr).toContain(`${file}: a register database, or a path where none is yet`);
    expect(tablesOf(file)).toEqual(["customers"]);
  },
  CLI,
);

test("a register's own file is still opened (its tables all start with dpia_)", async () => {
  const file = path.join(tempFolder("dpia-foreign-"), "register.db");
  const env = { DPIA_REGISTER: file };
  await withRegister({ env, write: true }, (register) => register.append("assessment", "INT-1", {}));
  await withRegister({ env, write: true }, (register) => register.append("assessment", "INT-2", {}));
  expect(tablesOf(file).filter((name) => !name.startsWith("dpia_") && !name.startsWith("sqlite_"))).toEqual([]);
});
