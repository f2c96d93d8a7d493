// npm run fuzz [-- --cases N --seed S --kinds "exceptions,trust roots"]: mutates every kind of input
// the gate reads. The file and folder kinds check that exit codes stay 0/1/2, no internal error
// escapes, nothing hangs, and no unreadable input is approved; the oracle kinds (exceptions through
// the register, policy, state JSON, vendor records, trust roots, register URLs, modules.json) judge
// each outcome by what the input means (test/fuzz/oracle/).
import * as fs from "node:fs";
import * as path from "node:path";
import { fuzz, prepareKinds } from "../test/fuzz/harness";
import { ORACLE_KIND_NAMES, runOracleKind, type OracleCase } from "../test/fuzz/oracle/kind";
import { prepareOracleKind } from "../test/fuzz/oracle/kinds";

/** Approvals of a mutated blocked base, and every oracle failure, are kept here for review (a folder per seed). */
let REVIEW_DIR = path.join("reports", "fuzz");
const FILE_KINDS = ["plan JSON", ".tf folder", "cdktf.out"] as const;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: a positive whole number`);
  return value;
}

function kindsOption(): string[] {
  const at = process.argv.indexOf("--kinds");
  const all = [...FILE_KINDS, ...ORACLE_KIND_NAMES];
  if (at < 0) return all;
  const named = (process.argv[at + 1] ?? "").split(",").map((name) => name.trim());
  const unknown = named.filter((name) => !(all as string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--kinds: unknown ${unknown.join(", ")}; expected any of ${all.join(", ")}`);
  return named;
}

let kept = 0;
function keep(kind: string, mutation: string, content: string | Buffer, extension: string): string {
  fs.mkdirSync(REVIEW_DIR, { recursive: true });
  const file = path.join(
    REVIEW_DIR,
    `${String(++kept).padStart(4, "0")}-${kind.replace(/\W+/g, "-")}-${mutation.replace(/\W+/g, "-").slice(0, 60)}${extension}`,
  );
  fs.writeFileSync(file, content);
  return file;
}

async function fileKinds(names: string[], cases: number, seed: number, started: number): Promise<number> {
  const kinds = (await prepareKinds()).filter((kind) => names.includes(kind.name));
  if (kinds.length === 0) return 0;
  let failed = 0;
  await fuzz(kinds, cases, seed, {
    onCase: (result) => {
      if (result.failure) console.log(`  FAIL ${result.kind} / ${result.mutation}: ${result.failure}`);
      if (result.exitCode === 0 && result.baseExit === 1) {
        const file = keep(result.kind, result.mutation, result.mutated, path.extname(result.file));
        console.log(`  approved from a blocked base: ${result.kind} / ${result.mutation}, kept as ${file} for review`);
      }
    },
    onKind: (figure) => {
      failed += figure.failures.length;
      console.log(
        `${figure.kind.padEnd(14)} ${figure.cases} cases: exit 0 ${figure.exits[0] ?? 0}, exit 1 ${figure.exits[1] ?? 0}, exit 2 ${figure.exits[2] ?? 0}; unreadable ${figure.unreadable}; approved from a blocked base ${figure.approvedFromBlockedBase}; slowest ${figure.slowestMs} ms; failures ${figure.failures.length} (${Math.round((Date.now() - started) / 1000)} s so far)`,
      );
    },
  });
  return failed;
}

async function oracleKinds(names: string[], cases: number, seed: number, started: number): Promise<number> {
  let failed = 0;
  for (const name of ORACLE_KIND_NAMES.filter((kind) => names.includes(kind))) {
    const kind = await prepareOracleKind(name);
    const figures = await runOracleKind(kind, cases, seed, (result: OracleCase) => {
      if (!result.failure) return;
      const file = keep(result.kind, result.mutation, `${JSON.stringify(result, null, 2)}\n`, ".json");
      console.log(`  FAIL ${result.kind} / ${result.mutation}: ${result.failure} (kept as ${file})`);
    });
    failed += figures.failures.length;
    console.log(
      `${name.padEnd(14)} ${figures.cases} cases: ${Object.entries(figures.exits)
        .map(([code, count]) => `exit ${code} ${count}`)
        .join(
          ", ",
        )}; slowest ${figures.slowestMs} ms; failures ${figures.failures.length} (${Math.round((Date.now() - started) / 1000)} s so far)`,
    );
  }
  return failed;
}

async function run(): Promise<number> {
  const cases = option("cases", 10_000);
  const seed = option("seed", Date.now() % 1_000_000_007);
  const names = kindsOption();
  console.log(`dpia fuzz: seed ${seed}, ${cases} cases per kind (rerun with --seed ${seed} to repeat)`);
  const started = Date.now();
  REVIEW_DIR = path.join("reports", "fuzz", String(seed));
  fs.rmSync(REVIEW_DIR, { recursive: true, force: true });
  console.log(`cases to review are kept in ${REVIEW_DIR}`);
  const failed = (await fileKinds(names, cases, seed, started)) + (await oracleKinds(names, cases, seed, started));
  console.log(
    `${failed === 0 ? "no failures" : `${failed} failures`} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return failed === 0 ? 0 : 1;
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dpia fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
