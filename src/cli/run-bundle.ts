import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";

// How the installed CLI starts (issue 28): its one-file bundle (scripts/cli-bundle.ts), compiled with V8's code cache
// of an earlier run of the same command. Compiling the CLI's code was most of a small gate's cost; Node 22 and later
// cache what a module compiles when it loads, this cache also keeps what it compiled while it ran, on every line.
//
// The cache sits beside the bundle: whoever can write it can write the bundle itself, so it trusts no one new, and an
// installation nobody may write runs without it. Its key, in its name and again in the file, holds the bundle's SHA-256
// (V8 checks only a source's length: a changed bundle of the same length, or another bundle's cache renamed, would run
// an older bundle's code) and the Node.js version; V8 itself refuses a cache made under other flags.

/** Where the run finds what to call before it changes V8's flags (shared with hcl-wasm.ts by name, across the bundle). */
const BEFORE_V8_FLAGS_CHANGE = Symbol.for("genesys-dpia-gate.before-v8-flags-change");

/** The commands whose cache is kept apart: each compiles other code (anything else shares one). */
const CACHED_COMMANDS = new Set([
  "gate",
  "drift",
  "watch",
  "register",
  "exception",
  "explain",
  "trust",
  "verify-proof",
]);

interface CacheFile {
  file: string;
  /** Written at the start of the file and checked when it is read: a cache copied or renamed from another bundle's is refused. */
  key: string;
}

function cacheFileFor(bundle: string, source: Buffer, argv: readonly string[]): CacheFile {
  const given = argv[2] ?? "";
  const command = CACHED_COMMANDS.has(given) ? given : "other";
  const key = createHash("sha256")
    .update(source)
    .update(`\0${process.version}\0${process.arch}\0${command}`)
    .digest("hex");
  return {
    file: path.join(path.dirname(bundle), `${path.basename(bundle, ".js")}-${command}-${key.slice(0, 24)}.cache`),
    key,
  };
}

function readCache({ file, key }: CacheFile): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${key}\n`, "latin1");
  return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

/** Writes the cache whole or not at all (another run may be writing it too); a read-only installation keeps none. */
function writeCache({ file, key }: CacheFile, data: Buffer): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(`${key}\n`, "latin1"), data]), { mode: 0o644 });
    fs.renameSync(partial, file);
  } catch {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/cli-bundle.ts), read then as Latin-1: eight times cheaper
 * than decoding UTF-8, and V8 keeps a one-byte string, which it also hashes and scans faster.
 */
function sourceText(source: Buffer): string {
  return isAscii(source) ? source.toString("latin1") : source.toString("utf8");
}

/**
 * Runs the bundle's `main(argv)` as CommonJS (its `require` resolves from its own folder, as a module there would).
 * Answers whether V8 took the cache, for the tests.
 */
export function runCliBundle(bundle: string, argv: string[]): { cacheUsed: boolean } {
  const source = fs.readFileSync(bundle);
  const cacheFile = cacheFileFor(bundle, source, argv);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${sourceText(source)}\n})`,
    { filename: bundle, cachedData },
  );
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  if (!cacheUsed) {
    // Made at exit, so that it holds the code the run compiled as it went, not only what the first pass compiled;
    // or just before the run changes V8's flags (the HCL parser's, hcl-wasm.ts): V8 refuses a cache made under other
    // flags than those a process starts with, so one made after would be refused by every next run.
    let made: Buffer | undefined;
    (globalThis as Record<symbol, unknown>)[BEFORE_V8_FLAGS_CHANGE] = () => (made ??= script.createCachedData());
    process.once("exit", () => writeCache(cacheFile, made ?? script.createCachedData()));
  }
  const module = { exports: {} as { main?: (argv: string[]) => unknown } };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  if (typeof module.exports.main !== "function") throw new Error(`${bundle} has no main()`);
  module.exports.main(argv);
  return { cacheUsed };
}
