// The Node.js lines the package supports, each pinned to the release it is tested on, and where to
// find a binary of each: a binary named in TEST_NODE_<line>, the running node when it is of that
// line, else one installed once from the `node` package on the npm registry (the only registry this
// project can assume) into the user's cache folder. `.ci/run` and the tests both call this, so that
// CI and a plain `npm test` on a fresh clone run the same binaries, and neither skips a line it lacks.
//
//   npx tsx scripts/node-lines.ts          the lines, one a line
//   npx tsx scripts/node-lines.ts 22       the folder that holds Node 22's `node` (put it first on PATH)
//   npx tsx scripts/node-lines.ts 22 --nodedir   the folder with its C++ headers, for node-gyp
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const NODE_LINES = { 20: "20.20.2", 22: "22.23.3", 24: "24.21.0" } as const;
export type NodeLine = keyof typeof NODE_LINES;

/** Installing a Node release downloads about 30 MB and unpacks 120 MB. */
const INSTALL_TIMEOUT_MS = 600_000;

export function isNodeLine(value: string): value is `${NodeLine}` {
  return Object.keys(NODE_LINES).includes(value);
}

function versionOf(executable: string): string | undefined {
  const result = spawnSync(executable, ["--version"], { encoding: "utf8", timeout: 60_000 });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, "") : undefined;
}

function cacheFolder(): string {
  const base = process.env["XDG_CACHE_HOME"] || path.join(os.homedir(), ".cache");
  return path.join(base, "genesys-dpia-gate", "node");
}

/** The executable the `node` package installs into `prefix`. */
const installedNode = (prefix: string) =>
  path.join(prefix, "node_modules", "node", "bin", process.platform === "win32" ? "node.exe" : "node");

/** npm's own lines that say what went wrong (its code and request), not where its log is. */
function npmReason(output: string): string {
  const lines = output.split("\n").map((line) => line.replace(/^npm (error|ERR!) ?/, "").trim());
  const telling = [
    ...lines.filter((line) => /^(network|request|404)\b|request to /.test(line)),
    ...lines.filter((line) => /^code E/.test(line)),
  ];
  return (telling.length > 0 ? telling : lines.filter(Boolean).slice(-2)).slice(0, 3).join("; ");
}

/** npm installs into a folder of its own, renamed into place: a concurrent test sees all of it or nothing. */
function install(version: string, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(`${target}.installing-`);
  const npm = spawnSync(
    "npm",
    ["install", "--prefix", staging, "--no-audit", "--no-fund", "--no-save", "--loglevel=error", `node@${version}`],
    { encoding: "utf8", timeout: INSTALL_TIMEOUT_MS, shell: process.platform === "win32" },
  );
  const installed = versionOf(installedNode(staging));
  if (npm.status !== 0 || installed !== version) {
    fs.rmSync(staging, { recursive: true, force: true });
    const why = npm.error ? String(npm.error) : npmReason(`${npm.stderr ?? ""}${npm.stdout ?? ""}`);
    throw new Error(
      `Node ${version} is needed and could not be installed: \`npm install node@${version}\` ${
        npm.status === 0 ? `gave ${installed ?? "no working node"}` : `failed (${String(why)})`
      }. Make the npm registry reachable, or set TEST_NODE_${version.split(".")[0]} to a Node ${version.split(".")[0]} executable.`,
    );
  }
  try {
    fs.renameSync(staging, target);
  } catch {
    // Another process installed the same release first: theirs is as good, unless it is broken.
    if (versionOf(installedNode(target)) !== version) {
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(staging, target);
    } else fs.rmSync(staging, { recursive: true, force: true });
  }
}

function fromVariable(line: NodeLine): string | undefined {
  const named = process.env[`TEST_NODE_${line}`];
  if (!named) return undefined;
  const version = versionOf(named);
  if (!version?.startsWith(`${line}.`))
    throw new Error(
      `TEST_NODE_${line}=${named} is not a Node ${line} executable (it reports ${version ?? "nothing"}).`,
    );
  return path.dirname(named);
}

/** The folder holding a `node` of this line: first on PATH, it makes `node`, `npm` and `npx` run on it. */
export function nodeBinFolder(line: NodeLine): string {
  const named = fromVariable(line);
  if (named) return named;
  if (process.versions.node.split(".")[0] === String(line)) return path.dirname(process.execPath);
  const version = NODE_LINES[line];
  const prefix = path.join(cacheFolder(), version);
  if (versionOf(installedNode(prefix)) !== version) install(version, prefix);
  return path.dirname(installedNode(prefix));
}

/** Where node-gyp finds a Node's headers (`--nodedir`) without downloading them: an install's
 * prefix (bin/node beside include/node), or the platform package the `node` package unpacks. */
export function nodeHeadersFolder(binFolder: string): string {
  const prefix = path.dirname(binFolder);
  const candidates = [prefix, path.join(prefix, "node_modules", `node-${process.platform}-${process.arch}`)];
  const found = candidates.find((folder) => fs.existsSync(path.join(folder, "include", "node", "node_version.h")));
  if (!found)
    throw new Error(
      `no Node headers (include/node/node_version.h) beside ${binFolder}: looked in ${candidates.join(", ")}`,
    );
  return found;
}

if (require.main === module) {
  const [line, option] = process.argv.slice(2);
  if (line === undefined) {
    console.log(Object.keys(NODE_LINES).join("\n"));
  } else if (isNodeLine(line)) {
    try {
      const bin = nodeBinFolder(Number(line) as NodeLine);
      console.log(option === "--nodedir" ? nodeHeadersFolder(bin) : bin);
    } catch (error) {
      console.error(`node-lines: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    }
  } else {
    console.error(`node-lines: ${line} is not a supported Node line (${Object.keys(NODE_LINES).join(", ")})`);
    process.exit(2);
  }
}
