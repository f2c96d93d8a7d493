import type { ParsedFile } from "../terraform-folder";
import * as path from "node:path";
import { isFolder } from "../../validation/paths";
import { InputError } from "../../validation/input-error";
import { assertLocalModuleDir, installedModuleDir, type ModuleManifest } from "./downloaded-modules";

type Body = Record<string, unknown>;

/** One configuration file of a module folder, parsed. */
export type { ParsedFile };

/** `module "<name>" { ... }` as written in a file, and the module folder it calls. */
export interface ModuleCallSite {
  name: string;
  block: Body;
  file: string;
  called: ModuleFolder;
}

/**
 * A module as its place in the module tree sees it: its folder, its files, and the modules it calls.
 * The tree is static (a module's source must be a literal), so it is read before anything is
 * evaluated; instances (`count`, `for_each`) are expanded when the configuration is evaluated.
 */
export interface ModuleFolder {
  /** The module's key in .terraform/modules/modules.json: "" for the root, "a.b" for module b inside a. */
  key: string;
  dir: string;
  files: ParsedFile[];
  calls: ModuleCallSite[];
}

const MAX_MODULE_DEPTH = 16;

/** Arguments of a module block that are not the module's variables ("//" is a comment in JSON syntax). */
export const MODULE_META_ARGUMENTS: ReadonlySet<string> = new Set([
  "source",
  "version",
  "providers",
  "depends_on",
  "count",
  "for_each",
  "//",
]);

interface TreeReading {
  rootDir: string;
  manifest?: ModuleManifest;
  parseFolder: (dir: string) => Promise<ParsedFile[]>;
  /** Each folder is parsed once, however many calls name it. */
  parsed: Map<string, Promise<ParsedFile[]>>;
}

/** Reads the root module's files and, recursively, every module it calls; any module that cannot be read is an InputError. */
export async function readModuleTree(
  root: { dir: string; files: ParsedFile[] },
  options: { rootDir: string; manifest?: ModuleManifest; parseFolder: (dir: string) => Promise<ParsedFile[]> },
): Promise<ModuleFolder> {
  const reading: TreeReading = { ...options, parsed: new Map() };
  const folder: ModuleFolder = { key: "", dir: root.dir, files: root.files, calls: [] };
  await readCalls(folder, reading, 0);
  return folder;
}

async function readCalls(folder: ModuleFolder, reading: TreeReading, depth: number): Promise<void> {
  for (const parsed of folder.files) {
    for (const [name, blocks] of Object.entries((parsed.document.module ?? {}) as Record<string, Body[]>)) {
      for (const block of blocks) {
        if (depth + 1 > MAX_MODULE_DEPTH)
          throw new InputError([
            {
              file: parsed.file,
              location: `module "${name}"`,
              expected: `modules nested fewer than ${MAX_MODULE_DEPTH} deep (is there a cycle?)`,
            },
          ]);
        const { key, dir } = calledModuleFolder(parsed.file, folder, name, block, reading);
        let files = reading.parsed.get(dir);
        if (!files) {
          files = reading.parseFolder(dir);
          reading.parsed.set(dir, files);
        }
        const called: ModuleFolder = { key, dir, files: await files, calls: [] };
        folder.calls.push({ name, block, file: parsed.file, called });
        await readCalls(called, reading, depth + 1);
      }
    }
  }
}

/**
 * Terraform's local module sources: a path starting with `./` or `../`, or their Windows spellings `.\` and `..\`
 * (addrs/module_source.go, which turns every backslash into a slash); anything else is installed by init.
 */
export function isLocalModuleSource(source: string): boolean {
  return ["./", "../", ".\\", "..\\"].some((prefix) => source.startsWith(prefix));
}

/** The folder of a called module: local (`./`, `../`), else where `terraform init` installed it. */
function calledModuleFolder(
  file: string,
  caller: ModuleFolder,
  name: string,
  block: Body,
  reading: TreeReading,
): { key: string; dir: string } {
  const source = typeof block.source === "string" ? block.source : "";
  const key = caller.key ? `${caller.key}.${name}` : name;
  const local = isLocalModuleSource(source);
  const dir = local
    ? path.resolve(caller.dir, source.replaceAll("\\", "/"))
    : installedModuleDir(reading.manifest, reading.rootDir, key, { name, source, version: block.version, file });
  if (!isFolder(dir, "a module folder"))
    throw new InputError([{ file, location: `module "${name}"`, expected: `a local module folder at ${source}` }]);
  if (local) assertLocalModuleDir(reading.manifest, reading.rootDir, key, { source, dir });
  return { key, dir };
}
