import * as path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import { tempFolder } from "./helpers";
import { sqliteConnectionPrototype } from "../helpers/sqlite-file";

const env = () => ({ DPIA_REGISTER: path.join(tempFolder("dpia-append-all-"), "register.db") });

async function verdict(environment: NodeJS.ProcessEnv) {
  return withRegister({ env: environment, write: false }, async (register) =>
    verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey),
  );
}

describe("a run's records are appended together", () => {
  test("a thousand records in one call: gapless, in order, and the log verifies", async () => {
    const environment = env();
    const stored = await withRegister({ env: environment, write: true }, (register) =>
      register.appendAll(
        Array.from({ length: 1_000 }, (_, i) => ({ kind: "assessment" as const, subject: `INT-${i}`, data: { i } })),
      ),
    );
    expect(stored.map((row) => row.seq)).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
    const result = await verdict(environment);
    expect(result).toMatchObject({ intact: true });
    expect(result.intact && result.size).toBe(1_001);
  });

  test("all or none: a record that cannot be written leaves the register as it was", async () => {
    const environment = env();
    await withRegister({ env: environment, write: true }, (register) =>
      register.append("assessment", "INT-before", { ok: true }),
    );
    const failed = await withRegister({ env: environment, write: true }, (register) =>
      register.appendAll([
        { kind: "assessment", subject: "INT-1", data: { ok: true } },
        { kind: "assessment", subject: "INT-2", data: { unserialisable: 1n } },
      ]),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeDefined();
    const result = await verdict(environment);
    expect(result).toMatchObject({ intact: true });
    expect(result.intact && result.size).toBe(2);
  });

  test("the existing log is not read by an append: it extends the signed head (issue 28)", async () => {
    const environment = env();
    await withRegister({ env: environment, write: true }, (register) =>
      register.appendAll(
        Array.from({ length: 50 }, (_, i) => ({ kind: "assessment" as const, subject: `INT-${i}`, data: { i } })),
      ),
    );
    const prepare = vi.spyOn(sqliteConnectionPrototype(), "prepare");
    let logReads: number;
    try {
      await withRegister({ env: environment, write: true }, (register) =>
        register.appendAll(
          Array.from({ length: 200 }, (_, i) => ({
            kind: "assessment" as const,
            subject: `INT-more-${i}`,
            data: { i },
          })),
        ),
      );
    } finally {
      // The rows with their records: an append reads the head and the size instead (head.ts).
      logReads = prepare.mock.calls.filter(([sql]) =>
        /SELECT .*record.* FROM dpia_records ORDER BY seq/.test(String(sql)),
      ).length;
      prepare.mockRestore();
    }
    expect(logReads).toBe(0);
  });
});
