import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";

/** Runs the real `dpia` entry point and lists every module file it loaded, read from require.cache at exit. */
function modulesLoadedBy(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-lazy-"));
  const list = path.join(dir, "modules.json");
  const tracer = path.join(dir, "tracer.cjs");
  fs.writeFileSync(
    tracer,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const result = runDpia(args, { node: ["--require", tracer], cwd: dir, timeout: 60_000 });
  const modules = JSON.parse(fs.readFileSync(list, "utf8")) as string[];
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, modules };
}

const HEAVY = [
  /[\\/]node_modules[\\/]cdktf[\\/]/,
  /[\\/]@cdktf[\\/]hcl2json[\\/]/,
  /[\\/]better-sqlite3[\\/]/,
  /[\\/]node_modules[\\/]pg[\\/]/,
  /[\\/]src[\\/]catalog[\\/]load-catalog/,
  /[\\/]src[\\/]inventory[\\/]/,
];

describe("the CLI loads only what a command needs", () => {
  test(
    "dpia --version loads no command: not cdktf, the parser, the catalog, the inventory readers or a database driver",
    () => {
      const run = modulesLoadedBy(["--version"]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      expect(run.modules.filter((file) => HEAVY.some((pattern) => pattern.test(file)))).toEqual([]);
      expect(run.modules.filter((file) => /[\\/]src[\\/]cli[\\/]commands[\\/]/.test(file))).toEqual([]);
    },
    CLI,
  );

  test(
    "dpia explain loads its own command only, and no parser or database",
    () => {
      const run = modulesLoadedBy(["explain", "GC-FLW-1"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("GC-FLW-1");
      expect(
        run.modules
          .filter((file) => /[\\/]src[\\/]cli[\\/]commands[\\/]/.test(file))
          .map((file) => path.basename(file)),
      ).toEqual(["explain.ts"]);
      expect(
        run.modules.filter((file) => /hcl2json|better-sqlite3|[\\/]node_modules[\\/]cdktf[\\/]/.test(file)),
      ).toEqual([]);
    },
    CLI,
  );

  test(
    "the overall help still lists every command",
    () => {
      const result = runDpia(["--help"], { timeout: 60_000 });
      expect(result.status).toBe(0);
      for (const command of ["gate", "drift", "explain", "keygen", "exception", "trust", "register", "verify-proof"])
        expect(result.stdout).toMatch(new RegExp(`\\n  ${command} `));
    },
    CLI,
  );
});
