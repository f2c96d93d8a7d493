import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { ModuleReading } from "../src/inventory/read-hcl";
import { InputError, type InputProblem } from "../src/validation/input-error";

export interface StackModulesRequest {
  configuration: unknown;
  stackDir: string;
  origin: string;
}

export type StackModulesResponse =
  { ok: true; modules: ModuleReading; warnings: string[] } | { ok: false; problems: InputProblem[] };

function declaresModules(configuration: unknown): boolean {
  const modules = (configuration as { module?: unknown } | null)?.module;
  return !!modules && typeof modules === "object" && Object.keys(modules).length > 0;
}

/**
 * The resources of the modules a stack calls, and the files they write, (`TerraformHclModule`), read from the stack's folder as
 * `dpia gate` reads them: a local module from the assets cdktf copied there, a registry module where
 * `terraform init` installed it. Reading HCL is asynchronous and cdktf runs aspects synchronously, so
 * a short-lived child process reads them. A module that cannot be read fails the synthesis, naming it.
 */
export function readStackModules(
  configuration: unknown,
  where: { stackDir: string; origin: string; onWarning: (message: string) => void },
): ModuleReading | undefined {
  if (!declaresModules(configuration)) return undefined;
  const child = path.join(__dirname, `stack-modules-child${path.extname(__filename)}`);
  const tsx = require.resolve("tsx/cjs/api", { paths: [__dirname] });
  const script = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(child)}).main()`;
  const request: StackModulesRequest = { configuration, stackDir: where.stackDir, origin: where.origin };
  const result = spawnSync(process.execPath, ["-e", script], {
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  let response: StackModulesResponse | undefined;
  try {
    response = JSON.parse(result.stdout) as StackModulesResponse;
  } catch {
    response = undefined;
  }
  if (!response)
    throw new InputError([
      {
        file: where.stackDir,
        location: "module",
        expected: `the stack's modules read (${result.error?.message ?? (result.stderr.trim().split("\n").pop() || `exit ${result.status}`)})`,
      },
    ]);
  if (!response.ok) throw new InputError(response.problems);
  for (const warning of response.warnings) where.onWarning(warning);
  return response.modules;
}
