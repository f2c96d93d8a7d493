import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function tempFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * The register the gate made by default for the working folder `dir` (not in a git work tree): the
 * one folder of the per-user state folder (XDG_STATE_HOME, set per test file) named after `dir`.
 */
export function defaultRegisterOf(dir: string): { file: string; keyFile: string } {
  const registers = path.join(process.env.XDG_STATE_HOME!, "genesys-dpia-gate", "registers");
  const name = path.basename(fs.realpathSync(dir));
  const folders = (fs.existsSync(registers) ? fs.readdirSync(registers) : []).filter((folder) =>
    folder.startsWith(`${name}-`),
  );
  if (folders.length !== 1)
    throw new Error(`one register folder for ${dir} in ${registers}, found ${folders.join(", ")}`);
  const folder = path.join(registers, folders[0]!);
  return { file: path.join(folder, "register.db"), keyFile: path.join(folder, "register.key") };
}
