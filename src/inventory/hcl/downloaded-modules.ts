import { parseUserJson } from "../../validation/user-json";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../../validation/input-error";
import { isConfigurationFile } from "../terraform-folder";
import { versionSatisfies } from "./module-version";

/** One module `terraform init` installed: where it came from, its version and the folder it left. */
interface InstalledModule {
  source: string;
  version: string;
  dir: string;
  index: number;
}

/** `.terraform/modules/modules.json`, as `terraform init` writes it in the root folder. */
export interface ModuleManifest {
  file: string;
  byKey: Map<string, InstalledModule>;
}

/**
 * A field as Go's encoding/json finds it, which is how Terraform reads the manifest: the name's
 * case does not matter (Unicode simple folding, so the Kelvin sign is a k and the long s an s),
 * and of two spellings the later wins.
 */
function goField(object: Record<string, unknown>, name: string): unknown {
  const fold = (key: string) =>
    key
      .replace(/\u212a/g, "k")
      .replace(/\u017f/g, "s")
      .toLowerCase();
  let value: unknown;
  for (const [key, item] of Object.entries(object)) if (fold(key) === name.toLowerCase()) value = item;
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Reads the manifest as Terraform does: the same fields, and an error wherever Terraform refuses it. It is where
 * terraform init put it: under TF_DATA_DIR when that is set (relative to the folder Terraform runs in), else .terraform.
 */
export function readModuleManifest(
  rootDir: string,
  env: Record<string, string | undefined> = process.env,
): ModuleManifest | undefined {
  const dataDir = env.TF_DATA_DIR ? path.resolve(rootDir, env.TF_DATA_DIR) : path.join(rootDir, ".terraform");
  const file = path.join(dataDir, "modules", "modules.json");
  if (!fs.existsSync(file)) return undefined;
  const json = parseUserJson({ file, what: "the module list terraform init writes (run terraform init again)" });
  const refused = (location: string, expected: string) =>
    new InputError([{ file, location, expected: `${expected} (run terraform init again)` }]);
  if (!isObject(json)) throw refused("", "an object with a list of installed modules under Modules");
  const modules = goField(json, "Modules") ?? [];
  if (!Array.isArray(modules)) throw refused("Modules", "a list of installed modules ({Key, Source, Dir})");
  const byKey = new Map<string, InstalledModule>();
  // A null record is Go's zero record: Key "", as the root's.
  modules.forEach((given: unknown, index) => {
    const entry = given === null ? {} : given;
    if (!isObject(entry)) throw refused(`Modules[${index}]`, "an installed module ({Key, Source, Dir})");
    const [key, source, version, dir] = ["Key", "Source", "Version", "Dir"].map((name) => goField(entry, name) ?? "");
    if (![key, source, version, dir].every((value) => typeof value === "string"))
      throw refused(`Modules[${index}]`, "an installed module whose Key, Source, Version and Dir are strings");
    const earlier = byKey.get(key as string);
    if (earlier)
      throw refused(
        `Modules[${index}]`,
        `one record for Key "${String(key)}", which Modules[${earlier.index}] has already`,
      );
    byKey.set(key as string, { source: source as string, version: version as string, dir: dir as string, index });
  });
  return { file, byKey };
}

/**
 * A GitHub shorthand as terraform init records it: `github.com/acme/pay` is downloaded, and written to modules.json,
 * as `git::https://github.com/acme/pay.git` (terraform 1.11.4), a sub-folder and `?ref=` kept after it.
 */
function expandedGitHub(source: string): string {
  const match = /^github\.com\/([^/?]+)\/([^/?]+?)(?:\.git)?(\/\/[^?]*)?(\?.*)?$/.exec(source);
  return match ? `git::https://github.com/${match[1]}/${match[2]}.git${match[3] ?? ""}${match[4] ?? ""}` : source;
}

/** Terraform records registry sources with their host (`registry.terraform.io/ns/name/provider`), GitHub's expanded. */
function sameSource(recorded: string, configured: string): boolean {
  const bare = (source: string) => source.replace(/^registry\.terraform\.io\//, "");
  return recorded === configured || bare(recorded) === bare(configured) || recorded === expandedGitHub(configured);
}

/** Why the installed module is not the one the call asks for, or undefined when it is. */
function mismatch(installed: InstalledModule, call: { source: string; version?: unknown }): string | undefined {
  if (!sameSource(installed.source, call.source))
    return `the source the configuration names (${call.source}), not ${installed.source}`;
  if (call.version === undefined) return undefined;
  const constraint = typeof call.version === "string" ? call.version : "";
  const satisfied = versionSatisfies(installed.version, constraint);
  if (satisfied === undefined) return `a version constraint that reads, not ${JSON.stringify(call.version)}`;
  return satisfied ? undefined : `a version that meets "${constraint}", not "${installed.version}"`;
}

/** Why the folder cannot be the module's, or undefined: it must exist, not be the root, and hold configuration. */
function folderProblem(dir: string, rootDir: string, recorded: string): string | undefined {
  if (recorded.includes("\0")) return `a module folder path without NUL characters, not ${JSON.stringify(recorded)}`;
  let entries: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) return `an existing module folder at ${recorded}`;
    entries = fs.readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return `an existing module folder at ${recorded}`;
    // A symlink loop, a name too long, no permission: Terraform cannot read the folder either.
    return `a module folder that can be read at ${recorded} (${code ?? "unreadable"})`;
  }
  if (dir === path.resolve(rootDir)) return `the module's own folder, not the root module's (${recorded})`;
  // Terraform would load a folder without .tf files as a module without resources: the module's
  // resources would be dropped without a word, so a download that left nothing is refused.
  if (!entries.some(isConfigurationFile))
    return `a module folder with .tf or .tf.json files at ${recorded}; it holds none`;
  return undefined;
}

/**
 * The folder `terraform init` downloaded a registry or git module into. A module that is not
 * installed, installed from another source or version, or whose folder is gone or empty cannot be
 * assessed: that is an input error (exit 2), never a configuration without the module's resources.
 */
export function installedModuleDir(
  manifest: ModuleManifest | undefined,
  rootDir: string,
  key: string,
  call: { name: string; source: string; version?: unknown; file: string },
): string {
  const howToFix = `run terraform init in ${rootDir}, or assess the plan JSON (terraform show -json) instead`;
  const installed = manifest?.byKey.get(key);
  if (!manifest || !installed) {
    throw new InputError([
      {
        file: call.file,
        location: `module "${call.name}"`,
        expected: `a module from ${call.source || "an unknown source"} that is not downloaded (no entry in .terraform/modules/modules.json), so its resources cannot be assessed: ${howToFix}`,
      },
    ]);
  }
  const dir = path.resolve(rootDir, installed.dir);
  const problem = mismatch(installed, call) ?? folderProblem(dir, rootDir, installed.dir);
  if (problem)
    throw new InputError([
      {
        file: manifest.file,
        location: `Modules[${installed.index}] (Key "${key}")`,
        expected: `${problem}: ${howToFix}`,
      },
    ]);
  return dir;
}

/**
 * A local module (`./`, `../`) as Terraform loads it: from the Dir modules.json records for its key
 * (configload's moduleWalkerLoad reads the manifest for every module, local ones included), which
 * `terraform init` sets to the source path. A manifest left stale or edited can point the key at
 * another folder, which Terraform would load while the gate reads the source path, so a recorded
 * Dir that is not the source's folder cannot be assessed. No manifest, or no record for the key,
 * leaves the source path (Terraform asks for terraform init then).
 */
export function assertLocalModuleDir(
  manifest: ModuleManifest | undefined,
  rootDir: string,
  key: string,
  call: { source: string; dir: string },
): void {
  const installed = manifest?.byKey.get(key);
  if (!manifest || !installed || path.resolve(rootDir, installed.dir) === path.resolve(call.dir)) return;
  const wanted = path.relative(path.resolve(rootDir), path.resolve(call.dir)) || ".";
  throw new InputError([
    {
      file: manifest.file,
      location: `Modules[${installed.index}] (Key "${key}")`,
      expected: `Dir ${JSON.stringify(wanted)}, the folder of the local module's source ${call.source}; it records Dir ${JSON.stringify(installed.dir)}, which Terraform would load instead (a stale or edited .terraform): run terraform init in ${rootDir} again`,
    },
  ]);
}
