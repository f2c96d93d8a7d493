import { isAscii } from "node:buffer";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { tempDir } from "../helpers/stacks";

// Issue 28: the installed CLI runs its bundle with a code cache of its own (src/cli/run-bundle.ts). A cache must never
// make it run other code than the bundle's, and no fault of the cache may change what the CLI does.

const repo = path.resolve(__dirname, "../..");

/**
 * A bundle that says which version of it ran and with which arguments, padded to a fixed length. One that changes
 * V8's flags does it as the HCL parser does (src/inventory/hcl/hcl-wasm.ts): it says so first, by the shared name.
 */
function writeBundle(folder: string, version: string, changesFlags = false): string {
  const file = path.join(folder, "cli.js");
  const flags = changesFlags
    ? `globalThis[Symbol.for("genesys-dpia-gate.before-v8-flags-change")]?.(); require("node:v8").setFlagsFromString("--liftoff-only");`
    : "";
  const body = `exports.main = (argv) => { ${flags} console.log(${JSON.stringify(version)} + " " + argv.slice(2).join(" ")); };`;
  fs.writeFileSync(file, `${body}\n${"//".padEnd(400 - body.length, "x")}\n`);
  return file;
}

/** Runs the bundle as bin/dpia.cjs does, in a process of its own (the cache is written at exit). */
function runBundle(bundle: string, command: string): { stdout: string; cacheUsed: boolean; status: number | null } {
  const script = `
    require("tsx/cjs/api").register();
    const { runCliBundle } = require(${JSON.stringify(path.join(repo, "src", "cli", "run-bundle.ts"))});
    const { cacheUsed } = runCliBundle(${JSON.stringify(bundle)}, ["node", "dpia", ${JSON.stringify(command)}]);
    process.on("exit", () => process.stderr.write(JSON.stringify({ cacheUsed })));`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: repo, encoding: "utf8", timeout: 60_000 });
  const stderr = result.stderr.trim();
  return {
    stdout: result.stdout.trim(),
    status: result.status,
    cacheUsed: (JSON.parse(stderr.slice(stderr.lastIndexOf("{"))) as { cacheUsed: boolean }).cacheUsed,
  };
}

const caches = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".cache"))
    .sort();

describe("the installed CLI's bundle and its code cache", () => {
  test("the first run writes the cache beside the bundle, the next run of the command uses it", () => {
    const folder = tempDir("dpia-run-bundle-");
    const bundle = writeBundle(folder, "v1");
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: false });
    expect(caches(folder)).toEqual([expect.stringMatching(/^cli-gate-[0-9a-f]{24}\.cache$/)]);
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: true });
    // Another command compiles other code: a cache of its own.
    expect(runBundle(bundle, "drift")).toEqual({ stdout: "v1 drift", status: 0, cacheUsed: false });
    expect(caches(folder)).toHaveLength(2);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a changed bundle of the same length runs its own code, never the cache of the one before", () => {
    const folder = tempDir("dpia-run-bundle-");
    const bundle = writeBundle(folder, "v1");
    runBundle(bundle, "gate");
    const before = caches(folder);
    writeBundle(folder, "v2");
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v2 gate", status: 0, cacheUsed: false });
    expect(caches(folder).filter((name) => !before.includes(name))).toHaveLength(1);
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v2 gate", status: 0, cacheUsed: true });
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("another bundle's cache, copied under this bundle's name, is refused", () => {
    const [first, second] = [tempDir("dpia-run-bundle-"), tempDir("dpia-run-bundle-")];
    runBundle(writeBundle(first, "v1"), "gate");
    const bundle = writeBundle(second, "v2");
    runBundle(bundle, "gate");
    const [own] = caches(second);
    fs.copyFileSync(path.join(first, caches(first)[0]!), path.join(second, own!));
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v2 gate", status: 0, cacheUsed: false });
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v2 gate", status: 0, cacheUsed: true });
    for (const folder of [first, second]) fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a run that changes V8's flags (the HCL parser's) leaves a cache the next run takes", () => {
    const folder = tempDir("dpia-run-bundle-");
    const bundle = writeBundle(folder, "v1", true);
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: false });
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: true });
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a damaged cache is refused and made anew; a cache that cannot be written is done without", () => {
    const folder = tempDir("dpia-run-bundle-");
    const bundle = writeBundle(folder, "v1");
    runBundle(bundle, "gate");
    const [cache] = caches(folder);
    fs.writeFileSync(path.join(folder, cache!), Buffer.alloc(4096, 0x5a));
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: false });
    expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: true });
    // A folder where the cache would go: it cannot be written (as in an installation nobody may write).
    fs.rmSync(path.join(folder, cache!));
    fs.mkdirSync(path.join(folder, cache!));
    for (let run = 0; run < 2; run++)
      expect(runBundle(bundle, "gate")).toEqual({ stdout: "v1 gate", status: 0, cacheUsed: false });
    expect(fs.readdirSync(folder).filter((name) => name.endsWith(".partial"))).toEqual([]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("a bundle with text beyond ASCII runs as written, from its cache too (the build writes ASCII, read as Latin-1)", () => {
    const folder = tempDir("dpia-run-bundle-");
    const bundle = path.join(folder, "cli.js");
    fs.writeFileSync(bundle, `exports.main = () => console.log("gültig téléphone " + /é/.test("é"));\n`);
    for (const cacheUsed of [false, true])
      expect(runBundle(bundle, "gate")).toEqual({ stdout: "gültig téléphone true", status: 0, cacheUsed });
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("npm run build bundles the CLI: its code finds its data in dist/src, and it answers as the compiled files do", () => {
    const bundle = path.join(repo, "dist", "cli.js");
    expect(fs.existsSync(bundle), "run npm run build").toBe(true);
    // ASCII throughout (the build refuses anything else), and the packages every run loads are inside it.
    expect(isAscii(fs.readFileSync(bundle))).toBe(true);
    expect(fs.readFileSync(bundle, "latin1")).not.toMatch(/require\("(?:zod|commander|jsonc-parser|tldts)"\)/);
    const folder = tempDir("dpia-run-bundle-");
    // A plan (catalog, provider schema, precompiled validators) and a .tf folder (the HCL parser's worker).
    for (const target of ["plan.json", "hcl"].map((name) => path.join(repo, "test", "fixtures", "three-forms", name))) {
      const [compiled, bundled] = [path.join(repo, "dist", "src", "cli", "main.js"), bundle].map((entry, index) => {
        const register = path.join(folder, `register-${index}.db`);
        const argv = ["node", "dpia", "gate", target, "--format", "json", "--register", register];
        const script = `require(${JSON.stringify(entry)}).main(${JSON.stringify(argv)})`;
        const result = spawnSync(process.execPath, ["-e", script], { cwd: folder, encoding: "utf8", timeout: 120_000 });
        return {
          status: result.status,
          stdout: result.stdout.replace(/"timestamp": "[^"]*"/g, ""),
          stderr: result.stderr,
        };
      });
      expect(bundled, target).toEqual(compiled);
      expect(bundled!.status, target).toBe(1);
      expect(bundled!.stdout, target).toContain("BLOCKED_FOR_DEPLOYMENT");
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
