// npm run mutate [-- rules classify assess exceptions]: Stryker over each folder in turn, each
// against the tests of that folder (see vitest.mutate.config.mts), then one table of scores.
// Reports per folder in reports/mutation/<folder>/ (index.html, mutation.json); each folder keeps
// its own incremental file there, so a second run re-tests only what changed.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const FOLDERS = ["rules", "classify", "assess", "exceptions"] as const;
type Folder = (typeof FOLDERS)[number];

const REPORTS = path.join("reports", "mutation");
// The package exports no bin path, so the CLI is found beside its package.json.
const STRYKER = path.join(path.dirname(require.resolve("@stryker-mutator/core/package.json")), "bin", "stryker.js");

/** Stryker's mutant statuses, counted the way its clear-text table counts them. */
interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

function foldersToRun(args: string[]): Folder[] {
  if (args.length === 0) return [...FOLDERS];
  for (const arg of args) {
    if (!(FOLDERS as readonly string[]).includes(arg))
      throw new Error(`npm run mutate: unknown folder "${arg}"; expected any of ${FOLDERS.join(", ")}`);
  }
  return args as Folder[];
}

function configFor(folder: Folder): string {
  const base = JSON.parse(fs.readFileSync("stryker.config.json", "utf8")) as Record<string, unknown>;
  const out = path.join(REPORTS, folder);
  fs.mkdirSync(out, { recursive: true });
  // Events of an earlier run would be counted with this one's.
  fs.rmSync(path.join(out, "events"), { recursive: true, force: true });
  const config = {
    ...base,
    $schema: undefined,
    mutate: [`src/${folder}/**/*.ts`],
    incrementalFile: path.join(out, "incremental.json"),
    // A sandbox of its own per folder, so that two folders can be run side by side.
    tempDirName: `.stryker-tmp-${folder}`,
    ignorePatterns: [...((base.ignorePatterns as string[] | undefined) ?? []), ".stryker-tmp*"],
    htmlReporter: { fileName: path.join(out, "index.html") },
    jsonReporter: { fileName: path.join(out, "mutation.json") },
    // Every mutant's result as it comes, so that a run stopped early still shows what it tested.
    reporters: [...((base.reporters as string[] | undefined) ?? []), "event-recorder"],
    eventReporter: { baseDir: path.join(out, "events") },
  };
  const file = path.join(out, "stryker.config.json");
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

function countsOf(folder: Folder): Counts {
  const report = JSON.parse(fs.readFileSync(path.join(REPORTS, folder, "mutation.json"), "utf8")) as {
    files: Record<string, { mutants: Array<{ status: string }> }>;
  };
  const counts: Counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 };
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      if (status === "Killed") counts.killed++;
      else if (status === "Timeout") counts.timeout++;
      else if (status === "Survived") counts.survived++;
      else if (status === "NoCoverage") counts.noCoverage++;
      else if (status === "Ignored") counts.ignored++;
      else counts.errors++;
    }
  }
  return counts;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(2)} %`;
}

function run(): number {
  const folders = foldersToRun(process.argv.slice(2));
  const rows: string[] = [];
  for (const folder of folders) {
    console.log(`\n=== npm run mutate: src/${folder} ===`);
    const started = Date.now();
    const result = spawnSync(process.execPath, [STRYKER, "run", configFor(folder)], {
      stdio: "inherit",
      env: { ...process.env, DPIA_MUTATE_FOLDER: folder },
    });
    if (result.status !== 0) {
      console.error(`npm run mutate: Stryker failed on src/${folder} (exit ${result.status ?? result.signal})`);
      return 1;
    }
    const counts = countsOf(folder);
    const detected = counts.killed + counts.timeout;
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    rows.push(
      `| src/${folder} | ${percent(detected, detected + counts.survived + counts.noCoverage)} | ${percent(detected, detected + counts.survived)} | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.errors} | ${counts.ignored} | ${minutes} min |`,
    );
  }
  const table = [
    "| folder | score | covered score | killed | timeout | survived | no coverage | errors (not scored) | ignored (static) | time |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
  console.log(`\n${table}`);
  fs.writeFileSync(path.join(REPORTS, "summary.md"), `${table}\n`);
  return 0;
}

try {
  process.exitCode = run();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
