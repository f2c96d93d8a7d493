// Issue 28's rows for the HCL parser and the cold start: 5,000 `.tf` files against @cdktf/hcl2json alone (and
// against Checkov on the same folder when it is installed), with the worker compiled once and kept.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BenchContext } from "./bench-context";
import { gateArgs, installedCheckov, type Checkov } from "./checkov";
import { cpuSecondsOf, median } from "./measure";
import { HCL_HEADER, hclUnit } from "./workload";

const FILES = 5_000;

/** CPU time of Checkov and of `dpia gate` (compiled, from dist/) on the same folder of FILES files. */
function againstCheckov(context: BenchContext, { executable, version }: Checkov): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-bench-checkov-"));
  fs.writeFileSync(path.join(folder, "providers.tf"), HCL_HEADER);
  for (let i = 0; i < FILES; i++)
    fs.writeFileSync(path.join(folder, `unit_${String(i).padStart(5, "0")}.tf`), hclUnit(i));
  const register = path.join(os.tmpdir(), `dpia-bench-checkov-${process.pid}.db`);
  const ours = median(
    [1, 2, 3].map(() => cpuSecondsOf(process.execPath, gateArgs([folder, "--register", register]), folder)),
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
