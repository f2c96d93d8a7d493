// Issue 26: re-assessing an identical configuration costs a small constant per DPIA. What an
// assessment assessed (its DPIA without the timestamp, and the snapshot) is stored once per distinct
// content and referred to by hash; readers get the whole assessment back.
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CONTENT_KIND, expandedAssessment, withStoredContent } from "../../src/register/content-store";
import { canonicalJson } from "../../src/dpia/fingerprint";
import { recordsOf, recordText, type RegisterRecord } from "../../src/register/record";
import { APPROVED_DPIAS, APPROVED_INPUT, expectIntact } from "../faults/register-fault-helpers";
import { CLI } from "../helpers/e2e-timeouts";

/** Up to eight CLI processes a test, each up to a minute on a loaded two-core machine. */
const SEVERAL_RUNS = 4 * CLI;
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "./helpers";
import { openSqliteFile } from "../helpers/sqlite-file";

function rowsOf(file: string): Array<{ seq: number; kind: string; subject: string; record: string }> {
  const db = openSqliteFile(file);
  try {
    return db.prepare("SELECT seq, kind, subject, record FROM dpia_records ORDER BY seq").all() as never;
  } finally {
    db.close();
  }
}

const tampered = (message: string): never => {
  throw new Error(`tampered: ${message}`);
};

describe("assessments refer to their content, stored once", () => {
  test(
    "an identical re-run adds one small record per DPIA; show and export give the whole DPIA of every run",
    () => {
      const dir = tempFolder("dpia-content-");
      const file = path.join(dir, "register.db");
      for (let run = 0; run < 2; run++) {
        const result = runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd: dir });
        expect(result.status, result.output).toBe(0);
      }
      const rows = rowsOf(file);
      expect(rows.map((row) => row.kind)).toEqual([
        "register-created",
        ...["content", "assessment", "content", "assessment"],
        ...["assessment", "assessment"],
      ]);
      const second = rows.slice(5);
      for (const row of second) expect(row.record.length).toBeLessThan(600);
      // Each second-run assessment refers to the content its first run stored.
      const firstRefs = rows.filter((row) => row.kind === CONTENT_KIND).map((row) => row.subject);
      for (const row of second) expect(firstRefs).toContain(JSON.parse(row.record).data.content);
      expect(expectIntact(file)).toBe(7);

      for (const dpia of APPROVED_DPIAS) {
        const shown = runDpia(["register", "show", dpia, "--register", file], { cwd: dir });
        expect(shown.status, shown.output).toBe(0);
        const records = JSON.parse(shown.stdout) as RegisterRecord[];
        expect(records).toHaveLength(2);
        for (const record of records) {
          const whole = record.data.dpia as Record<string, unknown>;
          expect(whole.dpia_id).toBe(dpia);
          expect(typeof whole.timestamp).toBe("string");
          expect(whole.risk_assessment).toBeDefined();
          expect(record.data.snapshot).toMatchObject({ resources: expect.any(Array) });
          expect(record.data.content).toBeUndefined();
          expect(Object.keys(whole)).toEqual(Object.keys(whole).sort());
        }
      }
      const exported = runDpia(["register", "export", "--register", file], { cwd: dir });
      expect(exported.status, exported.output).toBe(0);
      expect(exported.stdout).toContain(APPROVED_DPIAS[0]);
    },
    SEVERAL_RUNS,
  );

  test(
    "a content record changed after it was recorded: verify names it, before and after a gate run that does not read it",
    () => {
      const dir = tempFolder("dpia-content-tamper-");
      const file = path.join(dir, "register.db");
      expect(runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd: dir }).status).toBe(0);
      const db = openSqliteFile(file);
      db.exec(
        "DROP TRIGGER dpia_records_no_update; UPDATE dpia_records SET record = replace(record, '\"overall_risk_score\":\"', '\"overall_risk_score\":\"x') WHERE kind = 'content'",
      );
      db.close();
      const verify = runDpia(["register", "verify", "--register", file], { cwd: dir });
      expect(verify.status, verify.output).toBe(1);
      expect(verify.stdout).toContain("TAMPERED (edited)");
      // The gate reads only the signed head, trust roots and exceptions (issue 28): it takes nothing from
      // a content record, so it runs as before; its appends extend the signed frontier and hide nothing.
      const gate = runDpia(["gate", APPROVED_INPUT, "--register", file], { cwd: dir });
      expect(gate.status, gate.output).toBe(0);
      const after = runDpia(["register", "verify", "--register", file], { cwd: dir });
      expect(after.status, after.output).toBe(1);
      expect(after.stdout).toBe(verify.stdout);
    },
    SEVERAL_RUNS,
  );
});

describe("reading content references", () => {
  const dpia = { dpia_id: "INT-a", timestamp: "2026-12-05T00:00:00Z", fingerprint: "sha256:1", risk: "Low" };
  const entry = {
    kind: "assessment" as const,
    subject: "INT-a",
    data: { dpia, snapshot: { providers: [], resources: [] }, fingerprint: "sha256:1", input: "x" },
  };

  test("the same content twice in one call, or already stored, is one content record", () => {
    const stored = withStoredContent(
      [entry, { ...entry, data: { ...entry.data, dpia: { ...dpia, timestamp: "t2" } } }],
      new Set(),
    );
    expect(stored.map((record) => record.kind)).toEqual(["content", "assessment", "assessment"]);
    const again = withStoredContent([entry], new Set([stored[0]!.subject]));
    expect(again.map((record) => record.kind)).toEqual(["assessment"]);
    // The fingerprint is the DPIA's (in the content), so the record does not repeat it (issue 28: size).
    expect(again[0]!.data).toEqual({ input: "x", timestamp: dpia.timestamp, content: stored[0]!.subject });
    // Nor the timestamp when it is the record's own time; reading gives both back.
    const sameTime = withStoredContent([{ ...entry, at: new Date(dpia.timestamp) }], new Set([stored[0]!.subject]));
    expect(sameTime[0]!.data).toEqual({ input: "x", content: stored[0]!.subject });
    const contents = new Map([[stored[0]!.subject, stored[0]!.data.content]]);
    const read = expandedAssessment(
      { seq: 2, kind: "assessment", subject: "INT-a", at: dpia.timestamp, data: sameTime[0]!.data },
      contents,
      "register.db",
      tampered,
    );
    expect(read.data).toEqual({
      fingerprint: "sha256:1",
      input: "x",
      dpia,
      snapshot: { providers: [], resources: [] },
    });
  });

  test("a reference to content the register does not hold, or content that does not hash to its name, is tampering", () => {
    const [content, assessment] = withStoredContent([entry], new Set());
    const record = (seq: number, value: { kind: string; subject: string; data: unknown }) => ({
      seq,
      kind: value.kind,
      record: JSON.stringify({
        at: "2026-12-05T00:00:00Z",
        data: value.data,
        kind: value.kind,
        seq,
        subject: value.subject,
      }),
    });
    const whole = recordsOf([record(0, content!), record(1, assessment!)], "reg", tampered);
    expect(whole).toHaveLength(1);
    expect(whole[0]!.data.dpia).toEqual(dpia);
    expect(() => recordsOf([record(1, assessment!)], "reg", tampered)).toThrow(
      /refers to content sha256:[0-9a-f]{64} that the register does not hold/,
    );
    const forged = { ...content!, data: { content: { dpia: { ...dpia, risk: "forged" }, snapshot: null } } };
    expect(() => recordsOf([record(0, forged), record(1, assessment!)], "reg", tampered)).toThrow(
      /does not hash to sha256:/,
    );
    // Readers that never read assessments never read their content either.
    expect(recordsOf([record(1, assessment!)], "reg", tampered, ["trust-root"])).toEqual([]);
    expect(expandedAssessment(whole[0]!, new Map(), "reg", tampered)).toBe(whole[0]);
  });

  test("a content record's text reuses its content's hashed text and is its canonical JSON, whatever the strings hold", () => {
    const odd = { ...entry, data: { ...entry.data, dpia: { ...dpia, note: 'a "quoted" \u0000 $& é' } } };
    const [content] = withStoredContent([odd], new Set());
    const record = { ...content!, at: "2026-12-05T00:00:00Z", seq: 7 } as RegisterRecord;
    expect(recordText(record)).toBe(canonicalJson(record));
    // A record of another shape, or content never hashed here, is serialized whole.
    const copied = { ...record, data: { content: structuredClone(record.data.content) } };
    expect(recordText(copied)).toBe(canonicalJson(copied));
    const extra = { ...record, data: { ...record.data, more: 1 } };
    expect(recordText(extra)).toBe(canonicalJson(extra));
  });
});
