import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { defaultRegisterOf, tempFolder } from "./helpers";
import { openSqliteFile } from "../helpers/sqlite-file";

const root = path.resolve(__dirname, "../..");
const plan = path.join(root, "test", "fixtures", "three-forms", "plan.json");

function dpia(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  return runDpia(args, { cwd, env });
}

describe("dpia register and dpia verify-proof, with the real CLI", () => {
  const dir = tempFolder("dpia-register-cli-");
  const other = tempFolder("dpia-register-other-");
  const env = {};
  let key = "";
  let otherKey = "";

  beforeAll(() => {
    fs.copyFileSync(path.join(root, "dpia.policy.json"), path.join(dir, "dpia.policy.json"));
    expect(dpia(dir, env, "gate", plan).status).toBe(1);
    expect(dpia(dir, env, "gate", plan).status).toBe(1);
    expect(dpia(other, env, "gate", plan).status).toBe(1);
    key = dpia(dir, env, "register", "key").stdout.trim();
    otherKey = dpia(other, env, "register", "key").stdout.trim();
  }, 300_000);

  test("the SQLite default needs no set-up: one register per folder in the per-user state folder, none in the folder", () => {
    expect(fs.existsSync(defaultRegisterOf(dir).file)).toBe(true);
    expect(fs.existsSync(defaultRegisterOf(dir).keyFile)).toBe(true);
    expect(defaultRegisterOf(other).file).not.toBe(defaultRegisterOf(dir).file);
    expect(fs.readdirSync(dir)).toEqual(["dpia.policy.json"]);
    const verified = dpia(dir, env, "register", "verify");
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^INTACT .*register\.db: 7 records, root [A-Za-z0-9+/]{43}=/);
  }, 300_000);

  test("a checkpoint saved outside is checked for consistency; one from another register cannot be used", () => {
    const checkpoint = dpia(dir, env, "register", "checkpoint").stdout;
    expect(checkpoint).toMatch(
      // Its extension lines count the records of each kind (src/register/head.ts).
      /^dpia-register\/[0-9a-f]{16}\n7\n[A-Za-z0-9+/]{43}=\n(kind [a-z-]+ [0-9]+ [A-Za-z0-9+/]{43}=\n)+\n\u2014 dpia-register\/[0-9a-f]{16} [A-Za-z0-9+/]+=*\n$/,
    );
    fs.writeFileSync(path.join(dir, "saved.checkpoint"), checkpoint);
    expect(dpia(dir, env, "gate", plan).status).toBe(1);
    const later = dpia(dir, env, "register", "verify", "--checkpoint", "saved.checkpoint");
    expect(later.status).toBe(0);
    expect(later.stdout).toContain("consistent with the checkpoint of 7 records");
    fs.writeFileSync(path.join(dir, "foreign.checkpoint"), dpia(other, env, "register", "checkpoint").stdout);
    const foreign = dpia(dir, env, "register", "verify", "--checkpoint", "foreign.checkpoint");
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain("foreign.checkpoint: a checkpoint signed by the register's key");
    const trusted = dpia(dir, env, "register", "verify", "--key", otherKey);
    expect(trusted.status).toBe(1);
    expect(trusted.stdout).toContain("TAMPERED (forked)");
  }, 300_000);

  test("a proof verifies offline with the key alone, and a changed record, another record or another key does not", () => {
    const made = dpia(dir, env, "register", "proof", "OAC-exporter-2c08fc", "--out", "exporter.proof.json");
    expect(made.status, made.output).toBe(0);
    const elsewhere = tempFolder("dpia-offline-");
    const file = path.join(elsewhere, "exporter.proof.json");
    fs.copyFileSync(path.join(dir, "exporter.proof.json"), file);
    const proven = dpia(elsewhere, env, "verify-proof", file, "--key", key);
    expect(proven.status, proven.output).toBe(0);
    expect(proven.stdout).toMatch(
      /^PROVEN .*: record \d+ \(assessment of OAC-exporter-2c08fc BLOCKED_FOR_DEPLOYMENT, /,
    );
    expect(dpia(elsewhere, env, "verify-proof", file, "--key", key, "--dpia", "INT-crm-f6b8a1").status).toBe(1);
    expect(dpia(elsewhere, env, "verify-proof", file, "--key", otherKey).status).toBe(1);

    const proof = JSON.parse(fs.readFileSync(file, "utf8"));
    const edited = path.join(elsewhere, "edited.json");
    fs.writeFileSync(
      edited,
      JSON.stringify({ ...proof, record: proof.record.replace(/BLOCKED_FOR_DEPLOYMENT/g, "APPROVED_FOR_DEPLOYMENT") }),
    );
    const editedResult = dpia(elsewhere, env, "verify-proof", edited, "--key", key);
    expect(editedResult.status).toBe(1);
    expect(editedResult.stdout).toContain("NOT PROVEN");

    const crm = JSON.parse(
      (dpia(dir, env, "register", "proof", "INT-crm-f6b8a1", "--out", path.join(elsewhere, "crm.json")),
      fs.readFileSync(path.join(elsewhere, "crm.json"), "utf8")),
    );
    const swapped = path.join(elsewhere, "swapped.json");
    fs.writeFileSync(swapped, JSON.stringify({ ...proof, record: crm.record }));
    expect(dpia(elsewhere, env, "verify-proof", swapped, "--key", key).status).toBe(1);
    const resized = path.join(elsewhere, "resized.json");
    fs.writeFileSync(resized, JSON.stringify({ ...proof, tree_size: proof.tree_size + 1 }));
    expect(dpia(elsewhere, env, "verify-proof", resized, "--key", key).stdout).toContain("the checkpoint is of");

    fs.writeFileSync(path.join(elsewhere, "garbage.json"), "{ not json");
    const garbage = dpia(elsewhere, env, "verify-proof", "garbage.json", "--key", key);
    expect(garbage.status).toBe(2);
    expect(garbage.stderr).toContain(
      "garbage.json: line 1, column 3: a proof in valid JSON (expected a property name in double quotes)",
    );
    expect(dpia(elsewhere, env, "verify-proof", "missing.json", "--key", key).status).toBe(2);
    fs.writeFileSync(path.join(elsewhere, "shape.json"), JSON.stringify({ ...proof, leaf_index: "0" }));
    expect(dpia(elsewhere, env, "verify-proof", "shape.json", "--key", key).stderr).toContain("leaf_index");
  }, 300_000);

  test("auditor views: list, show, export as JSON, Markdown and HTML, and the Art. 30 record as CSV and Markdown", () => {
    const list = JSON.parse(dpia(dir, env, "register", "list", "--format", "json").stdout);
    expect(
      list.map((entry: { dpia_id: string; compliance_status: string }) => [entry.dpia_id, entry.compliance_status]),
    ).toEqual([
      ["INT-crm-f6b8a1", "APPROVED_FOR_DEPLOYMENT"],
      ["OAC-exporter-2c08fc", "BLOCKED_FOR_DEPLOYMENT"],
    ]);
    const shown = JSON.parse(dpia(dir, env, "register", "show", "INT-crm-f6b8a1").stdout);
    expect(
      shown.every(
        (record: { subject: string; kind: string }) =>
          record.subject === "INT-crm-f6b8a1" && record.kind === "assessment",
      ),
    ).toBe(true);
    expect(dpia(dir, env, "register", "show", "INT-nothing").status).toBe(2);
    expect(dpia(dir, env, "register", "export", "--format", "markdown").stdout).toContain(
      "| OAC-exporter-2c08fc | Exporter | BLOCKED_FOR_DEPLOYMENT | Critical |",
    );
    const html = dpia(dir, env, "register", "export", "--format", "html", "--out", "index.html");
    expect(html.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "index.html"), "utf8")).toContain("<td>OAC-exporter-2c08fc</td>");
    const csv = dpia(dir, env, "register", "ropa", "--format", "csv").stdout.split("\r\n");
    expect(csv[0]).toBe(
      "Processing activity,DPIA,Controller,DPO,Purposes (Art. 30(1)(b)),Categories of data subjects (c),Categories of personal data (c),Recipients (d),Transfers and safeguards (e),Retention (f),Security measures (g),Status,Assessed",
    );
    expect(csv.filter((line) => line.startsWith("Exporter,OAC-exporter-2c08fc,"))).toHaveLength(1);
    const markdown = dpia(dir, env, "register", "ropa").stdout;
    expect(markdown).toContain("# Record of processing activities (GDPR Art. 30(1))");
    expect(markdown).toContain("## Exporter (OAC-exporter-2c08fc)");
    expect(dpia(dir, env, "register", "ropa", "--format", "pdf").status).toBe(2);
  }, 300_000);

  test("an edited record makes verify exit 1 and name it; a missing or corrupt register is exit 2", () => {
    const copy = path.join(dir, "tampered.db");
    fs.copyFileSync(defaultRegisterOf(dir).file, copy);
    const db = openSqliteFile(copy);
    db.exec(
      "DROP TRIGGER dpia_records_no_update; UPDATE dpia_records SET record = replace(record, 'BLOCKED_FOR_DEPLOYMENT', 'APPROVED_FOR_DEPLOYMENT') WHERE seq = 4",
    );
    db.close();
    const tampered = dpia(dir, env, "register", "verify", "--register", `sqlite:${copy}`);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain("TAMPERED (edited)");
    expect(tampered.stdout).toContain("record 4: was changed after it was recorded");
    // The gate reads no assessment (issue 28: its cost does not grow with the log), only the trust roots and
    // exceptions, held to the signed head: an edited assessment neither stops it nor is hidden by its
    // appends; verify still names it afterwards. (An edited trust root or exception: sqlite-tamper.test.ts.)
    const gate = dpia(
      dir,
      { DPIA_REGISTER_KEY: defaultRegisterOf(dir).keyFile },
      "gate",
      plan,
      "--register",
      `sqlite:${copy}`,
    );
    expect(gate.status).toBe(1);
    const after = dpia(dir, env, "register", "verify", "--register", `sqlite:${copy}`);
    expect(after.status).toBe(1);
    expect(after.stdout).toContain("record 4: was changed after it was recorded");
    expect(dpia(dir, env, "register", "list", "--register", copy).status).toBe(2);
    expect(dpia(dir, env, "register", "export", "--format", "records", "--register", copy).status).toBe(0);
    expect(dpia(dir, env, "register", "verify", "--register", path.join(dir, "none.db")).status).toBe(2);
    fs.writeFileSync(path.join(dir, "corrupt.db"), Buffer.alloc(8192, 0x41));
    const corrupt = dpia(dir, env, "register", "verify", "--register", path.join(dir, "corrupt.db"));
    expect(corrupt.status).toBe(2);
    expect(corrupt.stderr).toContain("corrupt.db: a SQLite register database, but it cannot be read");
    const devNull = dpia(dir, env, "gate", plan, "--register", "/dev/null");
    expect(devNull.status).toBe(2);
    expect(devNull.stderr).toContain("/dev/null: a register database file, not a folder or device");
  }, 300_000);
});
