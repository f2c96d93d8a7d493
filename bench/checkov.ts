// Checkov, the baseline issue 28 names for plans and `.tf` folders: a Python package, measured only where it is
// installed (PyPI is not reachable on every machine that runs the bench).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface Checkov {
  executable: string;
  version: string;
}

/** Checkov as installed: its executable found on the PATH and its version, else undefined. */
export function installedCheckov(): Checkov | undefined {
  const executable = (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((folder) => path.join(folder, "checkov"))
    .find((file) => fs.existsSync(file));
  if (!executable) return undefined;
  const run = spawnSync(executable, ["--version"], { encoding: "utf8" });
  return run.status === 0 ? { executable, version: run.stdout.trim() } : undefined;
}

/** `dpia gate` as the bench runs it: the compiled CLI (dist/), in a fresh process, with `args` after `gate`. */
export function gateArgs(args: string[]): string[] {
  const main = path.resolve("dist", "src", "cli", "main.js");
  return ["-e", `require(${JSON.stringify(main)}).main(["node", "dpia", ...process.argv.slice(1)])`, "gate", ...args];
}
