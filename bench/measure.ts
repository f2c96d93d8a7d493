// Timing helpers shared by the benchmarks: medians over repetitions, CPU time and peak memory of a child.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function seconds(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds (user and system, every thread of this process) that `run` took: a loaded machine does not decide it. */
export function cpuSeconds(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export async function secondsAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU time (user + system) that waited-for children have used, from /proc/self/stat (clock ticks of 1/100 s). */
export function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of stat(5) (cutime, cstime); the slice starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU time (user + system) of a whole command and everything it starts, measured by the kernel. */
export function cpuSecondsOf(command: string, args: string[], cwd: string): number {
  const before = childrenCpuSeconds();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (result.error) throw result.error;
  return childrenCpuSeconds() - before;
}
