// The CLI as one file (issue 28's cold start): dist/cli.js, bundled by esbuild from the compiled CLI in dist/src.
// Node then reads, resolves and compiles one file instead of some 500 (bin/dpia.cjs runs it, with V8's code cache:
// src/cli/run-bundle.ts). It carries the plain JavaScript packages every run loads (BUNDLED_PACKAGES); the others are
// resolved from node_modules as before (native modules, data of their own). The compiled files stay in dist/src too: the library API, the child processes and the worker scripts use them,
// and the bundle finds its data files (catalog, provider schema, Architect built-ins) through them.
import * as fs from "node:fs";
import * as path from "node:path";
import { build, type Plugin } from "esbuild";

/** Where bin/dpia.cjs looks for the bundle. */
const CLI_BUNDLE_FILE = "cli.js";

/**
 * Each bundled file keeps its own `__dirname` and `__filename` (where it sits in dist/src), so that code reading a data
 * file beside itself, or starting a script beside itself in a child process, finds it from the bundle too.
 */
function ownLocation(dist: string): Plugin {
  return {
    name: "own-location",
    setup(bundler) {
      bundler.onLoad({ filter: /\.js$/ }, (args) => {
        if (path.relative(dist, args.path).startsWith("..")) return undefined; // a bundled package's own file
        const text = fs.readFileSync(args.path, "utf8");
        if (!/\b__(?:dirname|filename)\b/.test(text)) return { contents: text, loader: "js" };
        const folder = JSON.stringify(path.relative(dist, path.dirname(args.path)).split(path.sep).join("/"));
        const file = JSON.stringify(path.relative(dist, args.path).split(path.sep).join("/"));
        const header = `var __dirname = require("node:path").join(__cliBundleFolder, ${folder}), __filename = require("node:path").join(__cliBundleFolder, ${file});\n`;
        return { contents: header + text, loader: "js" };
      });
    },
  };
}

/**
 * Packages bundled with our code: plain JavaScript that every run loads and that reads no file beside itself. On Node
 * 20, which has no compile cache for node_modules, loading them cost 0.1 s of a one-resource gate's CPU time (zod's 95
 * files most of it); in the bundle they are compiled from its code cache. Native modules (better-sqlite3), packages
 * with data files or workers of their own (@cdktf/hcl2json, libphonenumber-js), and those loaded only on some paths
 * (pg, ajv, yaml, ws, re2js) stay in node_modules.
 */
const BUNDLED_PACKAGES = new Set([
  "zod",
  "jsonc-parser",
  "tldts",
  "commander",
  "picocolors",
  "ibantools",
  "iso8601-duration",
  "pg-connection-string",
]);

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Leaves every package outside the bundle but those in BUNDLED_PACKAGES (jsonc-parser by its ES module build). */
function bundledPackagesOnly(): Plugin {
  return {
    name: "bundled-packages-only",
    setup(bundler) {
      bundler.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return { external: true };
        const name = packageName(args.path);
        if (!BUNDLED_PACKAGES.has(name)) return { external: true };
        // Its main build is UMD, whose modules require each other by names esbuild cannot follow.
        if (args.path === "jsonc-parser")
          return { path: require.resolve("jsonc-parser/lib/esm/main.js", { paths: [args.resolveDir] }) };
        return undefined;
      });
    },
  };
}

/** Bundles dist/src/cli/main.js into dist/cli.js; answers its path. */
export async function bundleCli(dist: string): Promise<string> {
  const outfile = path.join(dist, CLI_BUNDLE_FILE);
  await build({
    entryPoints: [path.join(dist, "src", "cli", "main.js")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    plugins: [bundledPackagesOnly(), ownLocation(dist)],
    banner: { js: "var __cliBundleFolder = __dirname;" },
    logLevel: "error",
    // ASCII, so that the launcher reads it as Latin-1 (src/cli/run-bundle.ts): decoding 4 MB of UTF-8 cost 18 ms of
    // every start, and V8 keeps the text in two bytes a character. esbuild escapes strings, not regular expressions.
    charset: "ascii",
    // The packages' licence notices (ibantools' names its author in Croatian) go beside it, in cli.js.LEGAL.txt.
    legalComments: "external",
    // Comments and blank space out (V8 reads and hashes the whole text at each start); names stay as written.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const text = fs.readFileSync(outfile);
  const beyondAscii = text.findIndex((byte) => byte > 0x7f);
  if (beyondAscii >= 0)
    throw new Error(
      `${outfile}: a character beyond ASCII at byte ${beyondAscii} (${JSON.stringify(text.subarray(Math.max(0, beyondAscii - 40), beyondAscii + 10).toString("utf8"))}); write it as a \\u escape in the source (esbuild leaves regular expressions as they are)`,
    );
  return outfile;
}
