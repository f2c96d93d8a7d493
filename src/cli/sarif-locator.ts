import * as fs from "node:fs";
import * as path from "node:path";
import type { FindingPlace, SarifSources, SourcePosition } from "../report/formats/sarif-sources";
import {
  addressLines,
  attributeLine,
  constructIdLine,
  scanSource,
  type ScannedSource,
} from "../report/formats/source-lines";
import { isConfigurationFile } from "../inventory/terraform-folder";

/** Source files are read for line numbers only; a larger one is shown at its first line. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;
/** CDK Terrain reads cdktn.json where it has one, else cdktf.json, in the folder or a parent (as `cdktf` does). */
const APP_CONFIGS = ["cdktn.json", "cdktf.json"];
/** The files of a `cdktf.json` `app` command that can be the app's entry (not `npx`, not a flag). */
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|py|go|java|cs|kt)$/;

function isRegularFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * The text of a file for its line numbers; undefined when it cannot be read (never a reason to fail
 * the run). Opened non-blocking and checked on the descriptor, so a pipe or device put in its place
 * cannot hang the report.
 */
function readSource(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    return stat.isFile() && stat.size <= MAX_SOURCE_BYTES ? fs.readFileSync(fd, "utf8") : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The git work tree the path is in, found as git finds it: a `.git` folder or file in the path or a parent. */
function repositoryRoot(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folders from `start` up to `last` (or the file system's root). */
function foldersUp(start: string, last: string | undefined): string[] {
  const folders: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    folders.push(dir);
    if (dir === last || path.dirname(dir) === dir) return folders;
  }
}

/** The app's entry file named by the `app` command of the config (`npx tsx main.ts`: main.ts), else the config itself. */
function appEntry(config: string): string {
  let app: unknown;
  try {
    app = (JSON.parse(readSource(config) ?? "null") as { app?: unknown } | null)?.app;
  } catch {
    return config;
  }
  if (typeof app !== "string") return config;
  const files = app
    .split(/\s+/)
    .map((word) => word.replace(/^["']|["']$/g, ""))
    .filter((word) => SOURCE_FILE.test(word))
    .map((word) => path.resolve(path.dirname(config), word))
    .filter(isRegularFile);
  return files.at(-1) ?? config;
}

/** Where cdktf.out came from: the entry file of the app in the nearest cdktf.json above it; else the manifest. */
function cdktfAppFile(cdktfOut: string, root: string | undefined): string {
  for (const dir of foldersUp(path.dirname(path.resolve(cdktfOut)), root)) {
    const config = APP_CONFIGS.map((name) => path.join(dir, name)).find(isRegularFile);
    if (config) return appEntry(config);
  }
  // Copied away from its app (a CI artifact): the manifest when there is one, else the folder itself.
  const manifest = path.join(cdktfOut, "manifest.json");
  return isRegularFile(manifest) ? manifest : cdktfOut;
}

/** In a folder of .tf files, the genesyscloud provider block, else the first configuration file. */
function providerPosition(folder: string, read: (file: string) => string | undefined): SourcePosition {
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder);
  } catch {
    // Read a moment ago by the gate; gone or unreadable now: the folder is all there is to show.
  }
  const files = names
    .filter(isConfigurationFile)
    .map((name) => path.join(folder, name))
    .filter(isRegularFile)
    .sort();
  for (const file of files) {
    const at = read(file)?.search(/^[ \t]*provider[ \t]+"genesyscloud"|"genesyscloud"\s*:\s*[[{]/m);
    if (at !== undefined && at >= 0) return { file, line: read(file)!.slice(0, at).split("\n").length };
  }
  return { file: files[0] ?? folder, line: 1 };
}

type Fallback = (place: FindingPlace) => SourcePosition;

/** Where a finding without a declaration of its own is shown, by the kind of input. */
function fallbackOf(target: string, root: string | undefined, files: SourceFiles): Fallback {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return (place) => ({ file: target, line: files.addressLine(target, place.address) ?? 1 });
  if (fs.existsSync(path.join(target, "manifest.json")) || fs.existsSync(path.join(target, "stacks"))) {
    const app = cdktfAppFile(target, root);
    return (place) => ({
      file: app,
      line: (place.constructPath && constructIdLine(files.read(app) ?? "", place.constructPath)) || 1,
    });
  }
  let provider: SourcePosition | undefined;
  return () => (provider ??= providerPosition(target, files.read));
}

/** Each source file read once, and scanned once for what is asked of it. */
class SourceFiles {
  private readonly texts = new Map<string, string | undefined>();
  private readonly scans = new Map<string, ScannedSource>();
  private readonly addresses = new Map<string, Map<string, number>>();

  read = (file: string): string | undefined => {
    if (!this.texts.has(file)) this.texts.set(file, readSource(file));
    return this.texts.get(file);
  };

  attributeLine(file: string, declarationLine: number, attribute: string): number | undefined {
    const text = this.read(file);
    if (text === undefined) return undefined;
    if (!this.scans.has(file)) this.scans.set(file, scanSource(text));
    return attributeLine(this.scans.get(file)!, declarationLine, attribute);
  }

  addressLine(file: string, address: string): number | undefined {
    if (!this.addresses.has(file)) this.addresses.set(file, addressLines(this.read(file) ?? ""));
    return this.addresses.get(file)!.get(address);
  }
}

/**
 * The SARIF sources of a gate run on `target`: URIs relative to the git work tree the target is in
 * (the working folder outside one), each finding at its resource's declaration and attribute (a
 * plan: the line naming its address), else at the file the input came from. Reads files for line
 * numbers only, each once.
 */
export function sarifLocator(target: string): SarifSources {
  const found = repositoryRoot(target);
  const files = new SourceFiles();
  const fallback = fallbackOf(path.resolve(target), found, files);
  return {
    root: found ?? process.cwd(),
    locate(place) {
      if (!place.file) return fallback(place);
      const file = path.resolve(place.file);
      if (!place.line) return { file, line: files.addressLine(file, place.address) ?? 1 };
      const line = place.attribute ? files.attributeLine(file, place.line, place.attribute) : undefined;
      return { file, line: line ?? place.line };
    },
  };
}
