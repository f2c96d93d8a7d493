// Measures what `npm install <tarball>` adds to an empty project: packages, bytes on disk, native
// modules (compiled `.node` files) and the time it took, once with an empty npm cache (everything
// downloaded, a native module compiled when no prebuilt binary can be fetched) and once with the cache
// filled. The numbers in docs/install-size.md come from this script.
//
//   npx tsx scripts/measure-install-size.ts <package.tgz> [extra packages to install beside it...]
//
// Set NODE_BINARY_DIR to a folder holding another Node's `node` and `npm` (e.g. from `npm install
// --prefix <dir> node@22`) to measure under that Node.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Measurement {
  cache: "empty" | "filled";
  seconds: number;
  packages: number;
  megabytes: number;
  nativeModules: string[];
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function install(tarball: string, extras: string[], cacheDir: string, cache: Measurement["cache"]): Measurement {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-install-size-"));
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0" }));
  const env = { ...process.env };
  if (process.env.NODE_BINARY_DIR) env.PATH = `${process.env.NODE_BINARY_DIR}${path.delimiter}${env.PATH}`;
  const started = process.hrtime.bigint();
  const run = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--cache", cacheDir, tarball, ...extras], {
    cwd: project,
    env,
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`npm install failed in ${project}:\n${run.stderr}`);
  const lock = JSON.parse(fs.readFileSync(path.join(project, "package-lock.json"), "utf8")) as {
    packages: Record<string, unknown>;
  };
  const files = filesUnder(path.join(project, "node_modules"));
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  const measurement: Measurement = {
    cache,
    seconds: Math.round(seconds * 10) / 10,
    packages: Object.keys(lock.packages).filter((key) => key !== "").length,
    megabytes: Math.round(bytes / 1e5) / 10,
    nativeModules: files
      .filter((file) => file.endsWith(".node"))
      .map((file) => path.relative(project, file).replaceAll("\\", "/")),
  };
  fs.rmSync(project, { recursive: true, force: true });
  return measurement;
}

const [tarball, ...extras] = process.argv.slice(2);
if (!tarball) {
  process.stderr.write("usage: measure-install-size <package.tgz> [extra packages...]\n");
  process.exit(2);
}
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-install-cache-"));
const node = spawnSync("node", ["--version"], {
  encoding: "utf8",
  env: process.env.NODE_BINARY_DIR
    ? { ...process.env, PATH: `${process.env.NODE_BINARY_DIR}${path.delimiter}${process.env.PATH}` }
    : process.env,
}).stdout.trim();
const results = [
  install(path.resolve(tarball), extras, cacheDir, "empty"),
  install(path.resolve(tarball), extras, cacheDir, "filled"),
];
fs.rmSync(cacheDir, { recursive: true, force: true });
console.log(JSON.stringify({ node, tarball: path.basename(tarball), extras, results }, null, 2));
