import { createHash } from "node:crypto";
import * as os from "node:os";
import * as path from "node:path";
import { gitWorkTreeAt, realFolder } from "./git-work-tree";

/** The folder name this tool uses under each per-user base folder. */
const TOOL_FOLDER = "genesys-dpia-gate";

type Platform = NodeJS.Platform;

/**
 * Where this tool keeps what must outlive a run but never belongs in a repository (the register
 * and its signing key): `$XDG_STATE_HOME`, else `~/.local/state` (the XDG Base Directory
 * specification); `%LOCALAPPDATA%` on Windows; `~/Library/Application Support` on macOS. An XDG
 * variable that is set wins on every platform.
 */
export function userStateFolder(env: NodeJS.ProcessEnv = process.env, platform: Platform = process.platform): string {
  if (absolute(env.XDG_STATE_HOME)) return path.join(env.XDG_STATE_HOME!, TOOL_FOLDER);
  if (platform === "win32") return path.join(localAppData(env), TOOL_FOLDER);
  if (platform === "darwin") return path.join(os.homedir(), "Library", "Application Support", TOOL_FOLDER);
  return path.join(os.homedir(), ".local", "state", TOOL_FOLDER);
}

/**
 * Where answers that can be fetched again are kept (the vendor cache): `$XDG_CACHE_HOME`, else
 * `~/.cache`; `%LOCALAPPDATA%` on Windows; `~/Library/Caches` on macOS.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: Platform = process.platform): string {
  if (absolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME!, TOOL_FOLDER);
  if (platform === "win32") return path.join(localAppData(env), TOOL_FOLDER, "cache");
  if (platform === "darwin") return path.join(os.homedir(), "Library", "Caches", TOOL_FOLDER);
  return path.join(os.homedir(), ".cache", TOOL_FOLDER);
}

const localAppData = (env: NodeJS.ProcessEnv): string =>
  absolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA! : path.join(os.homedir(), "AppData", "Local");

// The XDG specification: a relative value is invalid and is to be ignored.
const absolute = (value: string | undefined): boolean => !!value && path.isAbsolute(value);

/**
 * The name of a repository's own folder under the state or cache folder: the git work tree around
 * `folder` (so every folder of a monorepo shares it), else `folder` itself, as
 * `<name>-<hash of its real path>`: readable, and distinct per clone.
 */
export function repositoryKey(folder: string): string {
  const root = gitWorkTreeAt(folder) ?? realFolder(path.resolve(folder));
  const name =
    path
      .basename(root)
      .replace(/[^A-Za-z0-9._-]/g, "_")
      .slice(0, 40) || "root";
  return `${name}-${shortHash(root)}`;
}

export const shortHash = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
