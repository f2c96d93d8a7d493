// `npm run bench`: every benchmark, measured side by side with its baseline in the same run, printed as one
// table and written with a description of the machine to bench/RESULTS.md. Each measurement runs in a fresh
// process (so its peak memory is its own); medians over repetitions. `BENCH_QUICK=1` runs small sizes only;
// `BENCH_ONLY=<regular expression>` runs only the sections whose name matches (synth, plan, hcl, scan, growth, cli,
// register, output, cold), and then writes no RESULTS.md.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BenchContext, ChildResult } from "./bench-context";
import { otherNodeLineRows } from "./cli-lines-rows";
import { coldRows } from "./cold-rows";
import { cpuSecondsOf, median } from "./measure";
import { outputRows } from "./output-rows";
import { planCheckovRows } from "./plan-checkov-rows";
import { registerRows } from "./register-rows";

const QUICK = process.env.BENCH_QUICK === "1";
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : undefined;
/** Whether a section runs (BENCH_ONLY); a section not wanted iterates over nothing. */
const wanted = (section: string) => !ONLY || ONLY.test(section);
/** A measurement that runs longer than this is reported as not finished, not waited for. */
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_CHILD_TIMEOUT_MS ?? 240_000);

interface Row {
  work: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  met: "yes" | "no" | "n/a";
}

const rows: Row[] = [];
const notes: string[] = [];

function child(task: string, args: string[]): ChildResult | undefined {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--max-old-space-size=16384", path.join("bench", "child.ts"), task, ...args],
    {
      encoding: "utf8",
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      maxBuffer: 64 * 1024 * 1024,
      timeout: CHILD_TIMEOUT_MS,
    },
  );
  const last = result.stdout.trim().split("\n").pop() ?? "";
  if (result.status === 0 && last.startsWith("{")) return JSON.parse(last) as ChildResult;
  notes.push(
    `${task} ${args.join(" ")}: ${result.signal ? `did not finish within ${CHILD_TIMEOUT_MS / 1000} s` : `failed (${result.status}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`}`,
  );
  return undefined;
}

const s = (value: number) => (value >= 10 ? `${value.toFixed(1)} s` : `${value.toFixed(3)} s`);
const mib = (value: number) => `${value.toFixed(0)} MiB`;

const add: BenchContext["add"] = (work, ours, baseline, ratio, target, met, format = s) => {
  rows.push({
    work,
    ours: ours === undefined ? "did not finish" : format(ours),
    baseline: baseline === undefined ? "—" : format(baseline),
    ratio: ratio === undefined ? "—" : ratio.toFixed(2),
    target,
    met: met === undefined ? (target === "—" ? "n/a" : "no") : met ? "yes" : "no",
  });
  console.log(
    `${work}: ours ${rows.at(-1)!.ours}, baseline ${rows.at(-1)!.baseline}, ratio ${rows.at(-1)!.ratio} (target ${target})`,
  );
};

// Every measurement runs the compiled code (bench/compiled.ts, the CLI as installed): build it first.
const build = spawnSync("npm", ["run", "build"], { encoding: "utf8" });
if (build.status !== 0)
  throw new Error(`npm run build failed: ${build.stderr.trim().split("\n").slice(-3).join(" / ")}`);

/** What each file of rows (bench/<area>-rows.ts) is given. */
const context: BenchContext = { child, add, note: (text) => notes.push(text), quick: QUICK };

// 1. Synth overhead: in-process app.synth() with and without the aspect, alternating, fresh processes.
const synthPeaks = new Map<number, { with?: number; without?: number }>();
for (const [resources, repetitions] of (!wanted("synth")
  ? []
  : QUICK
    ? [[1_000, 2]]
    : [
        [1_000, 3],
        [10_000, 3],
        [100_000, 1],
      ]) as Array<[number, number]>) {
  const withGate: number[] = [];
  const without: number[] = [];
  const peaks: { with?: number; without?: number } = {};
  for (let i = 0; i < repetitions; i++) {
    const a = child("synth", [String(resources), "without"]);
    const b = child("synth", [String(resources), "with"]);
    if (a) {
      without.push(a.seconds);
      peaks.without = Math.max(peaks.without ?? 0, a.peakMiB);
    }
    if (b) {
      withGate.push(b.seconds);
      peaks.with = Math.max(peaks.with ?? 0, b.peakMiB);
    }
  }
  synthPeaks.set(resources, peaks);
  const ours = withGate.length === repetitions ? median(withGate) : undefined;
  const base = without.length ? median(without) : undefined;
  const ratio = ours !== undefined && base ? ours / base : undefined;
  const target = resources >= 10_000 ? "≤ 1.10" : "—";
  add(
    `synth with the aspect vs without, ${resources.toLocaleString("en")} resources (${repetitions}×)`,
    ours,
    base,
    ratio,
    target,
    ratio === undefined ? undefined : target === "—" ? undefined : ratio <= 1.1,
  );
}

// 2. Plan analysis (reading the file, JSON.parse, the reader and the engine) vs JSON.parse of the same file. Issue
// 28's target is 4x; the 2x goal stays beside it.
for (const megabytes of !wanted("plan") ? [] : QUICK ? [2] : [10, 50]) {
  const result = child("plan", [String(megabytes), "3"]);
  const ratio = result ? result.seconds / (result.baseline as number) : undefined;
  add(
    `plan analysis vs JSON.parse, ${megabytes} MB plan (${result?.resources ?? "?"} resources), CPU time (median of 3)`,
    result?.seconds,
    result?.baseline as number | undefined,
    ratio,
    "≤ 4 (goal ≤ 2.0)",
    ratio === undefined ? undefined : ratio <= 4,
  );
}

// The same plan against Checkov, when it is installed (bench/plan-checkov-rows.ts).
if (wanted("plan")) planCheckovRows(context);

// 3. A folder of .tf files vs the HCL parser alone.
if (wanted("hcl")) {
  const files = QUICK ? 50 : 1_000;
  const result = child("hcl", [String(files), QUICK ? "2" : "3"]);
  const ratio = result ? result.seconds / (result.baseline as number) : undefined;
  add(
    `${files.toLocaleString("en")} .tf files vs @cdktf/hcl2json alone`,
    result?.seconds,
    result?.baseline as number | undefined,
    ratio,
    "≤ 1.3",
    ratio === undefined ? undefined : ratio <= 1.3,
  );
}

// 4. Content scanning vs one regular expression over the same text: throughput ratio (at least 10 MB a measurement).
for (const megabytes of !wanted("scan") ? [] : QUICK ? [1, 10] : [1, 10, 100]) {
  const result = child("scan", [String(megabytes), "3"]);
  const ratio = result ? (result.baseline as number) / result.seconds : undefined;
  add(
    `content scanning vs one regex pass, ${megabytes} MB (throughput ratio)`,
    result?.seconds,
    result?.baseline as number | undefined,
    ratio,
    "≥ 0.5",
    ratio === undefined ? undefined : ratio >= 0.5,
  );
}

// 5. Growth: the engine (reader + assessment) as resources double; each doubling at most 2.2× the time.
if (wanted("growth")) {
  const sizes = QUICK ? [1_000, 2_000, 4_000] : [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000];
  let previous: ChildResult | undefined;
  let previousSize = 0;
  for (const resources of sizes) {
    const result = child("engine", [String(resources)]);
    if (previous && result) {
      const ratio = result.seconds / previous.seconds;
      add(
        `growth: engine ${previousSize.toLocaleString("en")} → ${resources.toLocaleString("en")} resources (peak ${mib(result.peakMiB)})`,
        result.seconds,
        previous.seconds,
        ratio,
        "≤ 2.2",
        ratio <= 2.2,
      );
    } else if (!result)
      add(
        `growth: engine at ${resources.toLocaleString("en")} resources`,
        undefined,
        previous?.seconds,
        undefined,
        "≤ 2.2",
        undefined,
      );
    previous = result;
    previousSize = resources;
    if (!result) break;
  }
  for (const resources of QUICK ? [] : [10_000, 100_000]) {
    const peaks = synthPeaks.get(resources);
    add(
      `peak memory of synth, ${resources.toLocaleString("en")} resources, with the aspect vs without`,
      peaks?.with,
      peaks?.without,
      peaks?.with && peaks.without ? peaks.with / peaks.without : undefined,
      "reported",
      peaks?.with !== undefined,
      mib,
    );
  }
}

// The HCL parser kept (issue 28, bench/cold-rows.ts): 5,000 .tf files against the parser alone, Checkov when installed.
if (wanted("cold")) coldRows(context);

// 6. CLI cold start: CPU time of the `dpia` entry point as installed (compiled JavaScript, no tsx) next to
// `node -e 0`. A checkout's bin runs the TypeScript sources, so the package is built and laid out as
// npm installs it: bin/dpia.cjs beside dist/, with no src/.
if (wanted("cli")) {
  const installed = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-installed-"));
  fs.mkdirSync(path.join(installed, "bin"));
  fs.copyFileSync(path.join("bin", "dpia.cjs"), path.join(installed, "bin", "dpia.cjs"));
  fs.copyFileSync("package.json", path.join(installed, "package.json"));
  fs.symlinkSync(path.resolve("dist"), path.join(installed, "dist"));
  fs.symlinkSync(path.resolve("node_modules"), path.join(installed, "node_modules"));
  const bin = path.join(installed, "bin", "dpia.cjs");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-cli-"));
  fs.writeFileSync(
    path.join(folder, "main.tf"),
    `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\n\nresource "genesyscloud_oauth_client" "reporting" {\n  name                  = "Reporting"\n  authorized_grant_type = "CLIENT-CREDENTIALS"\n}\n`,
  );
  const runs = QUICK ? 3 : 5;
  const nodeCpu = median(
    Array.from({ length: runs }, () => cpuSecondsOf(process.execPath, ["-e", "0"], process.cwd())),
  );
  const versionCpu = median(
    Array.from({ length: runs }, () => cpuSecondsOf(process.execPath, [bin, "--version"], process.cwd())),
  );
  const gateCpu = median(
    Array.from({ length: runs }, () =>
      cpuSecondsOf(process.execPath, [bin, "gate", folder, "--register", path.join(folder, "register.db")], folder),
    ),
  );
  // What stands between the gate and its target: the HCL parser's own start and one parse of the same file, in a
  // worker as the gate runs it (Go's runtime initialising is most of it), and as @cdktf/hcl2json's own API runs it.
  const parseIn = (script: string) =>
    median(
      Array.from({ length: runs }, () =>
        cpuSecondsOf(process.execPath, ["-e", script, path.join(folder, "main.tf")], process.cwd()),
      ),
    );
  const readFile = `require("node:fs").readFileSync(process.argv[1], "utf8")`;
  const parserAlone = `require(${JSON.stringify(path.resolve("dist/src/inventory/hcl/parse-in-worker.js"))}).parseHclIsolated("main.tf", ${readFile}).then((outcome) => { if (!outcome.ok) process.exit(3); })`;
  const workerParseCpu = parseIn(parserAlone);
  const packageParseCpu = parseIn(`require("@cdktf/hcl2json").parse("main.tf", ${readFile}).then(() => {})`);
  add(
    `CLI: dpia --version as installed, CPU time vs node -e 0 (median of ${runs})`,
    versionCpu,
    nodeCpu,
    versionCpu / nodeCpu,
    "≤ 3",
    versionCpu / nodeCpu <= 3,
  );
  add(
    `CLI: dpia gate on a one-resource folder as installed, CPU time vs node -e 0 (median of ${runs})`,
    gateCpu,
    nodeCpu,
    gateCpu / nodeCpu,
    "≤ 5",
    gateCpu / nodeCpu <= 5,
  );
  add(
    `CLI floor: the HCL parser alone in a worker as the gate starts it, one parse of that file, CPU time vs node -e 0 (median of ${runs})`,
    workerParseCpu,
    nodeCpu,
    workerParseCpu / nodeCpu,
    "—",
    undefined,
  );
  add(
    `CLI: dpia gate on a one-resource folder vs @cdktf/hcl2json's own parse() of its file alone, CPU time (median of ${runs})`,
    gateCpu,
    packageParseCpu,
    gateCpu / packageParseCpu,
    "—",
    undefined,
  );
  otherNodeLineRows(context, { bin, folder, parserAlone, runs });
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(installed, { recursive: true, force: true });
}

// 7. The register: a gate run's cost against the register's size, and its growth on an identical re-run.
if (wanted("register")) registerRows(context);

// 8. The output: synth with the aspect on a first synth and on an unchanged re-synth.
if (wanted("output")) outputRows(context);

const machine = [
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `${os.type()} ${os.release()}, Node.js ${process.version}`,
  `load average at the end: ${os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`,
].join("; ");
const table = [
  "| work | ours | baseline (same run) | ratio | target | met |",
  "| --- | --- | --- | --- | --- | --- |",
  ...rows.map((row) => `| ${row.work} | ${row.ours} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met} |`),
].join("\n");
console.log(`\n${table}\n`);
for (const note of notes) console.log(`note: ${note}`);
if (!QUICK && !ONLY) {
  const markdown = `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.\n\nEvery ratio is measured side by side in the same run (the baseline is the work without us: synth without the aspect, \`JSON.parse\` of the plan, the HCL parser alone, one regular expression, \`node -e 0\`). Times are medians; each measurement runs in a fresh process.\n\n${table}\n${notes.length ? `\nNotes:\n\n${notes.map((note) => `- ${note}`).join("\n")}\n` : ""}`;
  fs.writeFileSync(path.join("bench", "RESULTS.md"), markdown);
  console.log("written to bench/RESULTS.md");
}
