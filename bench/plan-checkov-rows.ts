// Issue 28's plan row against Checkov: `dpia gate` and Checkov on the same plan file, each a whole command in a
// fresh process. Checkov is a Python package: without it the row is skipped with a note.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BenchContext } from "./bench-context";
import { gateArgs, installedCheckov } from "./checkov";
import { cpuSecondsOf, median } from "./measure";
import { BENCH_POLICY, planJson } from "./workload";

const MEGABYTES = 10;

/** A plan file of about `megabytes` MB in `folder`, as bench/child.ts grows it. */
function writePlan(folder: string, megabytes: number): string {
  let resources = 600;
  let text = JSON.stringify(planJson(resources));
  while (text.length < megabytes * 1024 * 1024) {
    resources = Math.ceil(resources * ((megabytes * 1024 * 1024) / text.length) * 1.02);
    text = JSON.stringify(planJson(resources));
  }
  const file = path.join(folder, "plan.json");
  fs.writeFileSync(file, text);
  return file;
}

export function planCheckovRows(context: BenchContext): void {
  const checkov = installedCheckov();
  if (!checkov) {
    context.note(
      `Checkov is not installed on this machine: the row "${MEGABYTES} MB plan: dpia gate vs Checkov" (the lead issue 28 keeps, ≤ 1.0) is skipped`,
    );
    return;
  }
  if (context.quick) return;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-plan-checkov-"));
  const plan = writePlan(folder, MEGABYTES);
  const policy = path.join(folder, "dpia.policy.json");
  fs.writeFileSync(policy, JSON.stringify(BENCH_POLICY));
  const register = path.join(folder, "register.db");
  // A fresh register for each run: the first run's cost, not a re-run's.
  const ours = median(
    [1, 2, 3].map(() => {
      fs.rmSync(register, { force: true });
      return cpuSecondsOf(process.execPath, gateArgs([plan, "--policy", policy, "--register", register]), folder);
    }),
  );
  const theirs = median(
    [1, 2, 3].map(() =>
      cpuSecondsOf(checkov.executable, ["-f", plan, "--framework", "terraform_plan", "--quiet"], folder),
    ),
  );
  fs.rmSync(folder, { recursive: true, force: true });
  context.add(
    `${MEGABYTES} MB plan: dpia gate vs Checkov ${checkov.version}, CPU time (median of 3)`,
    ours,
    theirs,
    ours / theirs,
    "≤ 1.0",
    ours / theirs <= 1.0,
  );
}
