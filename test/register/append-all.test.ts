import * as path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { recordGateRun } from "../../src/register/gate-run";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import { tempFolder } from "./helpers";
import { sqliteConnectionPrototype } from "../helpers/sqlite-file";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

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

  test("a gate run's assessments and its uses of exceptions are one append: a failure leaves neither", async () => {
    const environment = env();
    const config = terraformJson(webServiceAction({}));
    const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
    const [dpia] = assess(config).dpias;
    const use = {
      at: "2026-01-15T09:30:00Z",
      event: "applied" as const,
      exception_id: "EXC-2026-0001",
      dpia_id: dpia!.dpia_id,
      fingerprint: dpia!.fingerprint,
      // What makes this record fail to be written, standing in for a full disk or a lost lock.
      detail: 1n as unknown as string,
    };
    const record = {
      assessed: { dpias: [dpia!], inventory },
      input: "plan.json",
      at: new Date("2026-01-15T09:30:00Z"),
    };
    const failed = await withRegister({ env: environment, write: true }, (register) =>
      recordGateRun(register, { ...record, uses: [use] }),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).toBeDefined();
    const result = await verdict(environment);
    expect(result.intact && result.size).toBe(1);
    await withRegister({ env: environment, write: true }, (register) =>
      recordGateRun(register, { ...record, uses: [{ ...use, detail: "approved by two" }] }),
    );
    const written = await verdict(environment);
    expect(written.intact && written.size).toBeGreaterThan(2);
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
