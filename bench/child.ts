// One measurement in a fresh process, so that peak memory belongs to that measurement alone.
// Usage: bench/child.ts <task> <args…>; prints a JSON line with `seconds` and `peakMiB` last.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "@cdktf/hcl2json";
import { applyPolicy, assessInventory, readHclFolder, readPlanJson, readTerraformJson, scanSample } from "./compiled";
import { SINGLE_REGEX, contentCorpus } from "./content-corpus";
import { BENCH_POLICY, HCL_HEADER, hclUnit, planJson, terraformJson } from "./workload";
import { cpuSeconds, median, seconds, secondsAsync } from "./measure";
import { fillRegister } from "./register-tasks";
import { synthInto } from "./output-tasks";
import { benchApp, type SynthAspect } from "./bench-app";

const [task, ...args] = process.argv.slice(2);

function peakMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function print(result: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...result, peakMiB: peakMiB() }));
}

async function synth(resources: number, withGate: boolean): Promise<void> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-synth-"));
  const app = benchApp(resources, withGate ? "with" : "without", outdir);
  const time = seconds(() => app.synth());
  fs.rmSync(outdir, { recursive: true, force: true });
  print({ seconds: time });
}

async function plan(megabytes: number, repetitions: number): Promise<void> {
  const policy = applyPolicy(BENCH_POLICY, "bench", process.cwd());
  // Grow the plan until it reaches the size asked for.
  let resources = 600;
  let text = JSON.stringify(planJson(resources));
  while (text.length < megabytes * 1024 * 1024) {
    resources = Math.ceil(resources * ((megabytes * 1024 * 1024) / text.length) * 1.02);
    text = JSON.stringify(planJson(resources));
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-plan-")), "plan.json");
  fs.writeFileSync(file, text);
  const parse: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    parse.push(cpuSeconds(() => JSON.parse(fs.readFileSync(file, "utf8"))));
    ours.push(
      cpuSeconds(() =>
        assessInventory(readPlanJson(JSON.parse(fs.readFileSync(file, "utf8")), file), { policy, now: new Date(0) }),
      ),
    );
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  print({ seconds: median(ours), baseline: median(parse), resources, bytes: text.length });
}

async function hcl(files: number, repetitions: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-hcl-"));
  fs.writeFileSync(path.join(dir, "providers.tf"), HCL_HEADER);
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `unit_${String(i).padStart(5, "0")}.tf`), hclUnit(i));
  const names = fs.readdirSync(dir).sort();
  await parse("warm-up.tf", HCL_HEADER); // the parser is WebAssembly: start it before measuring either side
  const parser: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    parser.push(
      await secondsAsync(async () => {
        for (const name of names) await parse(name, fs.readFileSync(path.join(dir, name), "utf8"));
      }),
    );
    ours.push(await secondsAsync(() => readHclFolder(dir, { env: {} })));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  print({ seconds: median(ours), baseline: median(parser), files });
}

async function engine(resources: number): Promise<void> {
  const policy = applyPolicy(BENCH_POLICY, "bench", process.cwd());
  const document = terraformJson(resources);
  const time = seconds(() =>
    assessInventory(readTerraformJson(document, { scope: "bench", origin: "bench" }), { policy, now: new Date(0) }),
  );
  print({ seconds: time, resources });
}

async function scan(megabytes: number, repetitions: number): Promise<void> {
  const warmUp = contentCorpus(4);
  for (const doc of warmUp) scanSample({ target: "bench", source: "bench", content: doc });
  const documents = contentCorpus(megabytes);
  // Each measurement passes over at least 10 MB: one pass over 1 MB (10 to 30 ms) moved the ratio from 0.42 to 0.59
  // between two runs of the same code. Wall-clock time, as a throughput is; the seconds printed are those of one pass.
  const passes = Math.max(1, Math.ceil(10 / megabytes));
  const perPass = (work: () => void) =>
    seconds(() => {
      for (let pass = 0; pass < passes; pass++) work();
    }) / passes;
  const scanner: number[] = [];
  const regex: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    scanner.push(
      perPass(() => {
        for (const doc of documents) scanSample({ target: "bench", source: "bench", content: doc });
      }),
    );
    regex.push(
      perPass(() => {
        for (const doc of documents) for (const match of doc.matchAll(SINGLE_REGEX)) void match;
      }),
    );
  }
  print({ seconds: median(scanner), baseline: median(regex), megabytes });
}

const tasks: Record<string, () => Promise<void>> = {
  scan: () => scan(Number(args[0]), Number(args[1] ?? 3)),
  synth: () => synth(Number(args[0]), args[1] === "with"),
  plan: () => plan(Number(args[0]), Number(args[1] ?? 3)),
  hcl: () => hcl(Number(args[0]), Number(args[1] ?? 3)),
  engine: () => engine(Number(args[0])),
  "output-synth": async () => print({ seconds: synthInto(Number(args[0]), args[1] as SynthAspect, args[2]!) }),
  "register-fill": async () => print({ seconds: await secondsAsync(() => fillRegister(args[0]!, Number(args[1]))) }),
};
const run = tasks[task ?? ""];
if (!run) {
  console.error(`unknown bench task ${task}; one of ${Object.keys(tasks).join(", ")}`);
  process.exit(2);
}
run().catch((error) => {
  console.error(error);
  process.exit(1);
});
