import { parseUserJson } from "../../validation/user-json";
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../../validation/input-error";

/** One module `terraform init` installed: where it came from and the folder it left. */
interface InstalledModule {
  source: string;
  dir: string;
  index: number;
}

/** `.terraform/modules/modules.json`, as `terraform init` writes it in the root folder. */
export interface ModuleManifest {
  file: string;
  byKey: Map<string, InstalledModule>;
}

export function readModuleManifest(rootDir: string): ModuleManifest | undefined {
  const file = path.join(rootDir, ".terraform", "modules", "modules.json");
  if (!fs.existsSync(file)) return undefined;
  const json = parseUserJson({ file, what: "the module list terraform init writes (run terraform init again)" });
  const modules = (json as { Modules?: unknown } | null)?.Modules;
  if (!Array.isArray(modules))
    throw new InputError([{ file, location: "Modules", expected: "a list of installed modules ({Key, Source, Dir})" }]);
  const byKey = new Map<string, InstalledModule>();
  modules.forEach((entry: unknown, index) => {
    const { Key, Source, Dir } = (entry ?? {}) as Record<string, unknown>;
    if (typeof Key !== "string" || typeof Dir !== "string" || (Key !== "" && typeof Source !== "string")) {
      throw new InputError([
        { file, location: `Modules[${index}]`, expected: "an installed module with string Key, Source and Dir" },
      ]);
    }
    byKey.set(Key, { source: typeof Source === "string" ? Source : "", dir: Dir, index });
  });
  return { file, byKey };
}

/** Terraform records registry sources with their host (`registry.terraform.io/ns/name/provider`). */
function sameSource(recorded: string, configured: string): boolean {
  const bare = (source: string) => source.replace(/^registry\.terraform\.io\//, "");
  return recorded === configured || bare(recorded) === bare(configured);
}

/**
 * The folder `terraform init` downloaded a registry or git module into. A module that is not
 * installed, installed from another source, or whose folder is gone cannot be assessed: that is
 * an input error (exit 2), never a configuration without the module's resources.
 */
export function installedModuleDir(
  manifest: ModuleManifest | undefined,
  rootDir: string,
  key: string,
  call: { name: string; source: string; file: string },
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
  if (!sameSource(installed.source, call.source)) {
    throw new InputError([
      {
        file: manifest.file,
        location: `Modules[${installed.index}] (Key "${key}")`,
        expected: `the source the configuration names (${call.source}), not ${installed.source}: ${howToFix}`,
      },
    ]);
  }
  const dir = path.resolve(rootDir, installed.dir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new InputError([
      {
        file: manifest.file,
        location: `Modules[${installed.index}] (Key "${key}")`,
        expected: `an existing module folder at ${installed.dir}: ${howToFix}`,
      },
    ]);
  }
  return dir;
}
