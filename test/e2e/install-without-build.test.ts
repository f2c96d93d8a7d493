// A package installed from git whose build did not run (npm's ignore-scripts) has bin/ but no
// dist/: `dpia` says so and exits 2 ("could not assess"), never an internal error or a verdict.
import * as fs from "node:fs";
import * as path from "node:path";
import { expect, test } from "vitest";
import { run } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

test("dpia in a package that was never built exits 2 saying what to do", () => {
  const installed = path.join(tempDir("unbuilt-"), "node_modules", "genesys-dpia-gate");
  fs.mkdirSync(path.join(installed, "bin"), { recursive: true });
  fs.copyFileSync(path.resolve(__dirname, "../../bin/dpia.cjs"), path.join(installed, "bin", "dpia.cjs"));
  for (const args of [["--version"], ["gate", "plan.json"]]) {
    const result = run(process.execPath, [path.join(installed, "bin", "dpia.cjs"), ...args]);
    expect(result.status, result.output).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`dpia: ${installed} has no compiled code (dist/)`);
    expect(result.stderr).toContain("`dependencies` script in npm's clone, which did not run");
    expect(result.stderr).toContain("install a release tarball (docs/install.md)");
    expect(result.stderr).not.toContain("internal error");
  }
});
