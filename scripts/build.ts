// Builds the package consumers install: CommonJS and declarations in dist/, with the data files the
// compiled code reads at run time (catalog JSON, the provider schema) copied next to it, so that
// dist/ resolves them exactly as the TypeScript sources do.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CHECKED_CATALOG_FILE, checkedBuiltInCatalog } from "../src/catalog/load-catalog";
import { writeParserCopy } from "../src/inventory/hcl/parser-bytes";
import { bundleCli } from "./cli-bundle";
import { writePrecompiledValidators } from "./validators/standalone-validators";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
/** Folders whose non-TypeScript files the code reads relative to its own location. */
const DATA_FOLDERS = ["src", "aspects", "provider-schema"];

function dataFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

fs.rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", path.join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
let copied = 0;
for (const folder of DATA_FOLDERS) {
  for (const file of dataFiles(path.join(root, folder))) {
    const target = path.join(dist, path.relative(root, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // JSON the code reads at run time, without the indentation kept for review (the provider schema: 1.4 MB to 0.4 MB).
    if (file.endsWith(".json")) fs.writeFileSync(target, JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8"))));
    else fs.copyFileSync(file, target);
    copied++;
  }
}
// The HCL parser's WebAssembly decompressed once here rather than at every run (src/inventory/hcl/parser-bytes.ts).
writeParserCopy(path.join(dist, "src", "inventory", "hcl"));
const validators = writePrecompiledValidators(root, path.join(dist, "src", "validation", "precompiled"));
// The shipped catalog, checked here once rather than by every process (builtInCatalog reads it).
fs.writeFileSync(
  path.join(dist, "src", "catalog", "data", CHECKED_CATALOG_FILE),
  JSON.stringify(checkedBuiltInCatalog()),
);
bundleCli(dist).then(
  () =>
    console.log(
      `dist/ built: compiled sources, ${copied} data files, ${validators} precompiled validators, the checked catalog, the HCL parser decompressed and the CLI's bundle`,
    ),
  (error: unknown) => {
    console.error(
      `dist/: the CLI's bundle could not be built: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
