import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Variables set in the environment of a process a test starts; `undefined` removes one. */
export type TestEnv = Record<string, string | undefined>;

/**
 * A developer's settings that change what the gate decides or prints: their register
 * (DPIA_REGISTER, DPIA_REGISTER_KEY), trust root (DPIA_TRUST_ROOT) and every other DPIA_*, the
 * Terraform variables HCL folders read (TF_VAR_*), the Genesys Cloud region and credentials
 * (GENESYSCLOUD_*), and colour (FORCE_COLOR, NO_COLOR).
 */
export function isDevelopersSetting(name: string): boolean {
  return /^(DPIA_|TF_VAR_|GENESYSCLOUD_)/.test(name) || name === "FORCE_COLOR" || name === "NO_COLOR";
}

/**
 * The environment of every process a test starts: this process's own without the developer's
 * settings, with plain text (FORCE_COLOR=0) and no cdktf telemetry, then what the test sets. A
 * child sees a DPIA_*, TF_VAR_* or GENESYSCLOUD_* variable only when its test sets one.
 */
export function testEnv(env: TestEnv = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!isDevelopersSetting(name)) clean[name] = value;
  const merged: NodeJS.ProcessEnv = { ...clean, FORCE_COLOR: "0", CHECKPOINT_DISABLE: "1", ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return merged;
}

/**
 * The same settings taken out of this process's environment, which the engine run in-process reads;
 * and the per-user state and cache folders (the default register and its key, the vendor cache)
 * set to a fresh folder of this test file, which every child inherits: a test never reads or
 * writes the developer's own, nor another test file's.
 */
export function scrubProcessEnv(): void {
  for (const name of Object.keys(process.env)) if (isDevelopersSetting(name)) delete process.env[name];
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-test-user-"));
  process.env.XDG_STATE_HOME = path.join(home, "state");
  process.env.XDG_CACHE_HOME = path.join(home, "cache");
}
