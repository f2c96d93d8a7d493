import * as fs from "node:fs";
import * as path from "node:path";
import { escapeControlCharacters } from "../report/safe-text";
import { repositoryKey, shortHash, userStateFolder } from "../validation/user-folders";

/** Where registers made before the default moved out of the working folder are. */
const LEGACY_FOLDER = ".dpia";

/**
 * The default SQLite register: one per repository, in the per-user state folder, so that nothing
 * the gate writes (a database, a private key) lands in the work tree. One per repository, not one
 * per user: drift, the ROPA and `dpia register` speak of one project's subjects, as they did when
 * the register was `.dpia/register.db`; the repository is the git work tree around the working
 * folder (so every folder of a monorepo shares it), else the working folder itself.
 *
 * A register left at the old default (`.dpia/register.db` in the working folder) is used as it is,
 * with a warning saying how to move it: its records and exceptions are never silently left behind.
 */
export function defaultRegisterFile(env: NodeJS.ProcessEnv, cwd: string): string {
  const legacy = path.resolve(cwd, LEGACY_FOLDER, "register.db");
  if (fs.existsSync(legacy)) {
    const target = path.join(repositoryFolder(env, cwd), "register.db");
    warnOnce(
      legacy,
      `using the register ${legacy} in the working folder (the default before it moved out of the repository); to move it: mkdir -p ${path.dirname(target)} && mv ${legacy}* ${path.join(path.dirname(legacy), "register.key")} ${path.dirname(target)}/ (or set DPIA_REGISTER to where you keep it)`,
    );
    return legacy;
  }
  return path.join(repositoryFolder(env, cwd), "register.db");
}

/** The default signing key of a register the old default made: beside it, as it was. */
export function legacyKeyFile(cwd: string): string | undefined {
  const legacy = path.resolve(cwd, LEGACY_FOLDER, "register.key");
  return fs.existsSync(legacy) ? legacy : undefined;
}

/** The default signing key of a PostgreSQL register: one per database, named by its URL without password. */
export function postgresKeyFile(env: NodeJS.ProcessEnv, shownUrl: string): string {
  return path.join(userStateFolder(env), "registers", `postgres-${shortHash(shownUrl)}`, "register.key");
}

/** `<state>/registers/<repository name>-<hash of its real path>`. */
function repositoryFolder(env: NodeJS.ProcessEnv, cwd: string): string {
  return path.join(userStateFolder(env), "registers", repositoryKey(cwd));
}

const warned = new Set<string>();

/** The register is opened several times in one run; a person needs to read this once. */
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  process.stderr.write(`warning: ${escapeControlCharacters(message)}\n`);
}
