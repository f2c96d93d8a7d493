// The register's rows: what a gate run costs against the register's history, and what an identical re-run adds
// to it. Each gate run is the real CLI (compiled, as installed) in a fresh process; CPU time is the kernel's.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BenchContext } from "./bench-context";
import { childrenCpuSeconds, median } from "./measure";
import { planJson } from "./workload";

const s = (value: number) => (value >= 10 ? `${value.toFixed(1)} s` : `${value.toFixed(3)} s`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The bytes of a SQLite register on disk (its write-ahead log too, if one is left). */
function registerBytes(file: string): number {
  return [file, `${file}-wal`].reduce((sum, name) => sum + (fs.existsSync(name) ? fs.statSync(name).size : 0), 0);
}

/** A launcher of the compiled CLI (dist/, which bench/run.ts builds first), as an installed package runs it. */
function compiledCli(): string {
  const launcher = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-cli-")), "dpia.cjs");
  fs.writeFileSync(launcher, `require(${JSON.stringify(path.resolve("dist/src/cli/main.js"))}).main(process.argv);\n`);
  return launcher;
}

/** CPU seconds of one `dpia gate <plan> --register <file>`; a run that could not assess (exit 2) fails the row. */
function gateCpu(cli: string, plan: string, register: string): number {
  const before = childrenCpuSeconds();
  const result = spawnSync(process.execPath, [cli, "gate", plan, "--register", register, "--quiet"], {
    cwd: path.dirname(register),
    encoding: "utf8",
    env: withoutRegisterSettings(process.env),
    maxBuffer: 256 * 1024 * 1024,
  });
  const cpu = childrenCpuSeconds() - before;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(
      `dpia gate ${plan} exited ${result.status}: ${result.stderr.trim().split("\n").slice(-2).join(" / ")}`,
    );
  return cpu;
}

/** The environment without the caller's register settings: the register and its key are the bench's own. */
function withoutRegisterSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DPIA_REGISTER: _register, DPIA_REGISTER_KEY: _pin, DPIA_REGISTER_SIGNING_KEY: _key, ...rest } = env;
  return { ...rest, CHECKPOINT_DISABLE: "1" };
}

function writePlan(folder: string, resources: number): string {
  const file = path.join(folder, `plan-${resources}.json`);
  fs.writeFileSync(file, JSON.stringify(planJson(resources)));
  return file;
}

/** A copy of a filled register (database and key) in a folder of its own, for one measurement. */
function copyOf(template: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-register-"));
  for (const name of fs.readdirSync(template)) fs.copyFileSync(path.join(template, name), path.join(folder, name));
  return path.join(folder, "register.db");
}

export function registerRows(bench: BenchContext): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-registers-"));
  try {
    const cli = compiledCli();
    gateCostAgainstSize(bench, cli, work);
    growthOfIdenticalRerun(bench, cli, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function gateCostAgainstSize(bench: BenchContext, cli: string, work: string): void {
  const plan = writePlan(work, 6);
  const runs = bench.quick ? 2 : 3;
  const sizes = bench.quick ? [0, 10_000] : [0, 10_000, 100_000];
  const cost = new Map<number, number>();
  for (const records of sizes) {
    const template = path.join(work, `register-${records}`);
    fs.mkdirSync(template);
    if (records > 0 && !bench.child("register-fill", [path.join(template, "register.db"), String(records)])) continue;
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const file = records > 0 ? copyOf(template) : path.join(fs.mkdtempSync(path.join(work, "empty-")), "register.db");
      cpu.push(gateCpu(cli, plan, file));
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    cost.set(records, median(cpu));
  }
  const empty = cost.get(0);
  for (const records of sizes.filter((size) => size > 0)) {
    const ours = cost.get(records);
    const ratio = ours !== undefined && empty ? ours / empty : undefined;
    bench.add(
      `register: dpia gate on a 6-resource plan, CPU time with ${records.toLocaleString("en")} records vs an empty register (median of ${runs})`,
      ours,
      empty,
      ratio,
      "≤ 1.5",
      ratio === undefined ? undefined : ratio <= 1.5,
      s,
    );
  }
}

function growthOfIdenticalRerun(bench: BenchContext, cli: string, work: string): void {
  const resources = bench.quick ? 1_000 : 5_000;
  const plan = writePlan(work, resources);
  const file = path.join(fs.mkdtempSync(path.join(work, "rerun-")), "register.db");
  gateCpu(cli, plan, file);
  const first = registerBytes(file);
  const cpu = gateCpu(cli, plan, file);
  const growth = registerBytes(file) - first;
  bench.add(
    `register: growth of an identical re-run of dpia gate on a ${resources.toLocaleString("en")}-resource plan (first run ${mb(first)}; re-run CPU ${s(cpu)})`,
    growth,
    undefined,
    undefined,
    "≤ 1 MB",
    growth <= 1e6,
    mb,
  );
}
