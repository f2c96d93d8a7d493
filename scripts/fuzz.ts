// npm run fuzz [-- --cases N --seed S]: mutates every kind of input the gate reads and checks that
// exit codes stay 0/1/2, no internal error escapes, nothing hangs, and no unreadable input is approved.
import * as fs from "node:fs";
import * as path from "node:path";
import { fuzz, prepareKinds } from "../test/fuzz/harness";

/** Approvals of a mutated blocked base are kept here for review: each is a change that made the input safe, or a bypass. */
const REVIEW_DIR = path.join("reports", "fuzz");

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: a positive whole number`);
  return value;
}

async function run(): Promise<number> {
  const cases = option("cases", 10_000);
  const seed = option("seed", Date.now() % 1_000_000_007);
  console.log(`dpia fuzz: seed ${seed}, ${cases} cases per kind (rerun with --seed ${seed} to repeat)`);
  const started = Date.now();
  let failed = 0;
  let kept = 0;
  fs.rmSync(REVIEW_DIR, { recursive: true, force: true });
  await fuzz(await prepareKinds(), cases, seed, {
    onCase: (result) => {
      if (result.failure) console.log(`  FAIL ${result.kind} / ${result.mutation}: ${result.failure}`);
      if (result.exitCode === 0 && result.baseExit === 1) {
        fs.mkdirSync(REVIEW_DIR, { recursive: true });
        const file = path.join(
          REVIEW_DIR,
          `${String(++kept).padStart(3, "0")}-${result.kind.replace(/\W+/g, "-")}-${result.mutation.replace(/\W+/g, "-")}${path.extname(result.file)}`,
        );
        fs.writeFileSync(file, result.mutated);
        console.log(`  approved from a blocked base: ${result.kind} / ${result.mutation}, kept as ${file} for review`);
      }
    },
    onKind: (figure) => {
      failed += figure.failures.length;
      console.log(
        `${figure.kind.padEnd(11)} ${figure.cases} cases: exit 0 ${figure.exits[0] ?? 0}, exit 1 ${figure.exits[1] ?? 0}, exit 2 ${figure.exits[2] ?? 0}; unreadable ${figure.unreadable}; approved from a blocked base ${figure.approvedFromBlockedBase}; slowest ${figure.slowestMs} ms; failures ${figure.failures.length} (${Math.round((Date.now() - started) / 1000)} s so far)`,
      );
    },
  });
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
