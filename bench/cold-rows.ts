// Issue 28's rows for the HCL parser and the cold start: 5,000 `.tf` files against @cdktf/hcl2json alone (and
// against Checkov on the same folder when it is installed), with the worker compiled once and kept.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BenchContext } from "./bench-context";
import { cpuSecondsOf, median } from "./measure";
import { HCL_HEADER, hclUnit } from "./workload";

const FILES = 5_000;

/** Checkov as installed: its executable found on the PATH and its version, else undefined (no PyPI, no Checkov). */
function installedCheckov(): { executable: string; version: string } | undefined {
  const executable = (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((folder) => path.join(folder, "checkov"))
    .find((file) => fs.existsSync(file));
  if (!executable) return undefined;
  const run = spawnSync(executable, ["--version"], { encoding: "utf8" });
  return run.status === 0 ? { executable, version: run.stdout.trim() } : undefined;
}

/** CPU time of Checkov and of `dpia gate` (compiled, from dist/) on the same folder of FILES files. */
function againstCheckov(context: BenchContext, { executable, version }: { executable: string; version: string }): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-checkov-"));
  fs.writeFileSync(path.join(folder, "providers.tf"), HCL_HEADER);
  for (let i = 0; i < FILES; i++)
    fs.writeFileSync(path.join(folder, `unit_${String(i).padStart(5, "0")}.tf`), hclUnit(i));
  const main = path.resolve("dist", "src", "cli", "main.js");
  const dpia = `require(${JSON.stringify(main)}).main(["node", "dpia", ...process.argv.slice(1)])`;
  const register = path.join(os.tmpdir(), `dpia-bench-checkov-${process.pid}.db`);
  const ours = median(
    [1, 2, 3].map(() => cpuSecondsOf(process.execPath, ["-e", dpia, "gate", folder, "--register", register], folder)),
  );
  const checkov = median(
    [1, 2, 3].map(() => cpuSecondsOf(executable, ["-d", folder, "--framework", "terraform", "--quiet"], folder)),
  );
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(register, { force: true });
  context.add(
    `${FILES.toLocaleString("en")} .tf files: dpia gate vs Checkov ${version}, CPU time (median of 3)`,
    ours,
    checkov,
    ours / checkov,
    "≤ 1.0",
    ours / checkov <= 1.0,
  );
}

export function coldRows(context: BenchContext): void {
  const files = context.quick ? 500 : FILES;
  const result = context.child("hcl", [String(files), context.quick ? "1" : "3"]);
  const baseline = result?.baseline as number | undefined;
  const ratio = result && baseline ? result.seconds / baseline : undefined;
  context.add(
    `${files.toLocaleString("en")} .tf files vs @cdktf/hcl2json alone, parser kept (${context.quick ? "1×" : "median of 3"})`,
    result?.seconds,
    baseline,
    ratio,
    "≤ 3",
    ratio === undefined ? undefined : ratio <= 3,
  );
  const checkov = installedCheckov();
  if (checkov && !context.quick) againstCheckov(context, checkov);
  else if (!checkov)
    context.note(
      `Checkov is not installed on this machine (a Python package; PyPI is not reachable here): the rows against it are skipped, and the ${FILES.toLocaleString("en")}-file target is the one against @cdktf/hcl2json alone (≤ 3×)`,
    );
}
