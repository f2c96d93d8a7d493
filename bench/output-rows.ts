// The output's rows: synth with the aspect against synth alone at 10,000 resources, on a first synth (an empty
// output folder and register) and on an unchanged re-synth (the same App synthesized again into the folder the
// first left: the DPIAs are there, the register holds the first run). Every synth is a fresh process; its CPU
// time is measured (BENCH_OUTPUT_REPETITIONS sets how many times, 3 by default). A third row shows the floor under
// the re-synth target: synth with only the gate's reading of the stack, hashed into a key (stack-read-floor.ts),
// which is what a cache of the assessment would still cost when nothing changed.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SynthAspect } from "./bench-app";
import type { BenchContext } from "./bench-context";
import { median } from "./measure";

function synthTwice(context: BenchContext, resources: number, gate: SynthAspect) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `dpia-bench-resynth-${gate}-`));
  try {
    const first = context.child("output-synth", [String(resources), gate, outdir]);
    const again = first && context.child("output-synth", [String(resources), gate, outdir]);
    return { first: first?.seconds, again: again?.seconds };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export function outputRows(context: BenchContext): void {
  const resources = context.quick ? 1_000 : 10_000;
  const repetitions = Number(process.env.BENCH_OUTPUT_REPETITIONS ?? (context.quick ? 1 : 3));
  const runs = {
    with: { first: [] as number[], again: [] as number[] },
    without: { first: [] as number[], again: [] as number[] },
    floor: { first: [] as number[], again: [] as number[] },
  };
  for (let i = 0; i < repetitions; i++)
    for (const gate of ["without", "with", "floor"] as const) {
      const { first, again } = synthTwice(context, resources, gate);
      if (first !== undefined) runs[gate].first.push(first);
      if (again !== undefined) runs[gate].again.push(again);
    }
  const count = resources.toLocaleString("en");
  for (const [which, label, target, limit] of [
    ["first", "first synth", "≤ 2.5", 2.5],
    ["again", "unchanged re-synth", "≤ 1.5", 1.5],
  ] as const) {
    const ours = runs.with[which].length === repetitions ? median(runs.with[which]) : undefined;
    const base = runs.without[which].length ? median(runs.without[which]) : undefined;
    const ratio = ours !== undefined && base ? ours / base : undefined;
    context.add(
      `synth with the aspect vs without, ${count} resources, ${label}, CPU time (median of ${repetitions})`,
      ours,
      base,
      ratio,
      target,
      ratio === undefined ? undefined : ratio <= limit,
    );
  }
  const floor = runs.floor.again.length === repetitions ? median(runs.floor.again) : undefined;
  const base = runs.without.again.length ? median(runs.without.again) : undefined;
  context.add(
    `floor under the re-synth target: synth with only the gate's reading of the stack, hashed (what a cache of the assessment would still cost), ${count} resources, CPU time (median of ${repetitions})`,
    floor,
    base,
    floor !== undefined && base ? floor / base : undefined,
    "—",
    undefined,
  );
}
