// The CLI as one file (issue 28's cold start): dist/cli.js, bundled by esbuild from the compiled CLI in dist/src.
// Node then reads, resolves and compiles one file instead of some 500 (bin/dpia.cjs runs it, with V8's code cache:
// src/cli/run-bundle.ts). Packages stay outside, resolved from node_modules as before (native modules, data of their
// own). The compiled files stay in dist/src too: the library API, the child processes and the worker scripts use them,
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

/** Bundles dist/src/cli/main.js into dist/cli.js; answers its path. */
export async function bundleCli(dist: string): Promise<string> {
  const outfile = path.join(dist, CLI_BUNDLE_FILE);
  await build({
    entryPoints: [path.join(dist, "src", "cli", "main.js")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile,
    plugins: [ownLocation(dist)],
    banner: { js: "var __cliBundleFolder = __dirname;" },
    logLevel: "error",
  });
  return outfile;
}
