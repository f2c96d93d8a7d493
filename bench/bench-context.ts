// What a file of benchmark rows (bench/<area>-rows.ts) is given by bench/run.ts: a measurement in a fresh
// process, a row of the table, and whether the run is the quick one.

/** What one measurement child prints as its last line. */
export interface ChildResult {
  seconds: number;
  /** Peak resident set size of the child, in MiB. */
  peakMiB: number;
  [key: string]: unknown;
}

export interface BenchContext {
  /** Runs `bench/child.ts <task> <args…>` in a fresh process; undefined (with a note) when it failed. */
  child(task: string, args: string[]): ChildResult | undefined;
  /** Adds a row; `met` undefined means not measured (or no target). */
  add(
    work: string,
    ours: number | undefined,
    baseline: number | undefined,
    ratio: number | undefined,
    target: string,
    met: boolean | undefined,
    format?: (value: number) => string,
  ): void;
  /** A note under the table (a row skipped, and why). */
  note(text: string): void;
  quick: boolean;
}
