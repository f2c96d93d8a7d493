import { spawn } from "node:child_process";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withRegister } from "../../src/register/register";
import { parseRecord } from "../../src/register/record";
import { verifyLog } from "../../src/register/verify-log";
import { testEnv } from "../helpers/test-env";
import { tempFolder } from "./helpers";
import { postgresBin, startCluster, type Cluster } from "./postgres-cluster";

const root = path.resolve(__dirname, "../..");
const writer = path.join(__dirname, "fixtures", "append-records.ts");
// Node itself runs the writer (tsx as a loader, not a wrapper process), so SIGKILL hits the writer.
const loader = ["--import", "tsx"];

function write(url: string, count: number, label: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [...loader, writer, url, String(count), label], {
    cwd: root,
    env: testEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

async function check(url: string, env: NodeJS.ProcessEnv) {
  return withRegister({ url, env, write: false }, async (register) => {
    const rows = await register.rows();
    return { rows, verdict: verifyLog(rows, await register.currentMeta(), register.verifierKey) };
  });
}

const backends: Array<{ name: string; available: boolean; url: (label: string) => Promise<string> }> = [];
let cluster: Cluster | undefined;
const sqliteDir = tempFolder("dpia-concurrency-");
backends.push({ name: "SQLite", available: true, url: async (label) => path.join(sqliteDir, `${label}.db`) });
backends.push({
  name: "PostgreSQL",
  available: !!postgresBin() || !!process.env.CI,
  url: async (label) => cluster!.createDatabase(label),
});

describe.each(backends)("$name: many writers and a killed writer", ({ name, available, url }) => {
  const env = { DPIA_REGISTER_KEY: path.join(tempFolder("dpia-concurrency-key-"), "register.key") };
  beforeAll(async () => {
    if (name === "PostgreSQL" && available) cluster = await startCluster();
  }, 180_000);
  afterAll(() => {
    if (name === "PostgreSQL") cluster?.stop();
  });

  test.skipIf(!available)(
    "eight processes creating and writing one new register at once lose nothing and leave a valid, gapless log",
    async () => {
      const target = await url("eight_writers");
      const runs = Array.from({ length: 8 }, (_, i) => write(target, 15, `w${i}`, env));
      const results = await Promise.all(runs.map((run) => run.done));
      expect(results.map((result) => [result.code, result.stderr])).toEqual(Array.from({ length: 8 }, () => [0, ""]));
      const { rows, verdict } = await check(target, env);
      expect(verdict).toMatchObject({ intact: true, size: 1 + 8 * 15 });
      expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i));
      // One migration and one identity, whoever came first.
      expect(rows.filter((row) => row.kind === "register-created")).toHaveLength(1);
      const written = new Set(rows.map((row) => parseRecord(row.record)!.subject));
      for (let w = 0; w < 8; w++) for (let i = 0; i < 15; i++) expect(written.has(`INT-w${w}-${i}`)).toBe(true);
    },
    300_000,
  );

  test.skipIf(!available)(
    "a writer killed with SIGKILL mid-write leaves a consistent register that takes more records",
    async () => {
      const target = await url("killed_writer");
      await withRegister({ url: target, env, write: true }, (register) =>
        register.append("assessment", "INT-before", {}),
      );
      const run = write(target, 100_000, "victim", { ...env, ANNOUNCE: "1" });
      await new Promise<void>((resolve) => {
        let seen = 0;
        run.child.stdout.on("data", (chunk: Buffer) => {
          seen += chunk.toString().split("\n").filter(Boolean).length;
          if (seen >= 25) resolve();
        });
      });
      run.child.kill("SIGKILL");
      expect((await run.done).signal).toBe("SIGKILL");
      const after = await check(target, env);
      expect(after.verdict).toMatchObject({ intact: true });
      expect(after.rows.length).toBeGreaterThanOrEqual(27);
      await withRegister({ url: target, env, write: true }, (register) =>
        register.append("assessment", "INT-after", {}),
      );
      const again = await check(target, env);
      expect(again.verdict).toMatchObject({ intact: true, size: after.rows.length + 1 });
    },
    300_000,
  );
});
