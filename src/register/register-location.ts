import * as path from "node:path";
import { InputError } from "../validation/input-error";
import { refuseUnexpanded, setVariable } from "../validation/set-variable";
import { isRegisterPin, registerKeyVariable } from "./register-pin";
import { checkPostgresUrl, type PostgresUrl } from "./postgres-url";
import { checkRegisterPath } from "./register-path";
import { defaultRegisterFile, legacyKeyFile, postgresKeyFile } from "./default-register";

export type RegisterLocation =
  | { backend: "sqlite"; file: string; keyFile: string; busyTimeoutMs: number }
  | ({ backend: "postgres"; keyFile: string } & PostgresUrl);

/** `--register`, else DPIA_REGISTER, trimmed; blank, or a reference the pipeline did not expand, is an error. */
function givenRegister(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
): { given?: string; source: "--register" | "DPIA_REGISTER" } {
  const given = option ?? env.DPIA_REGISTER;
  const source = option !== undefined ? "--register" : "DPIA_REGISTER";
  if (given === undefined) return { source };
  if (!given.trim())
    throw new InputError([
      {
        file: source,
        location: "",
        expected:
          option !== undefined
            ? "a register: a file, sqlite:<file> or postgres://…, got an empty value"
            : "a register: a file, sqlite:<file> or postgres://…, but it is set and blank (unset it, or give it a value)",
      },
    ]);
  refuseUnexpanded(source, given, "a register: a file, sqlite:<file> or postgres://…");
  return { given: given.trim(), source };
}

/**
 * Where the register is: `--register`, else DPIA_REGISTER, else the repository's register in the
 * per-user state folder (default-register.ts). `sqlite:<file>` or a plain path is SQLite;
 * `postgres://…` (or `postgresql://…`) is PostgreSQL. The signing key is DPIA_REGISTER_SIGNING_KEY,
 * else DPIA_REGISTER_KEY when it is a file (not a `sha256:` pin, register-pin.ts), else
 * `register.key` next to a SQLite file, or for PostgreSQL one per database in the state folder.
 */
export function resolveRegister(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): RegisterLocation {
  const { given, source } = givenRegister(option, env);
  const value = given ?? defaultRegisterFile(env, cwd);
  const keyFile = signingKeyFile(env);
  const keyFrom = (fallback: string) => {
    const file = keyFile ? path.resolve(cwd, keyFile) : fallback;
    checkRegisterPath(file, "the register's signing key");
    return file;
  };
  if (/^postgres(ql)?:\/\//i.test(value)) {
    const url = checkPostgresUrl(value, source);
    return { backend: "postgres", ...url, keyFile: keyFrom(legacyKeyFile(cwd) ?? postgresKeyFile(env, url.shown)) };
  }
  if (/^postgres(ql)?\/\//i.test(value))
    throw new InputError([
      {
        file: source,
        location: "",
        expected:
          "postgres://user:password@host:port/database, a file or sqlite:<file>, got a value that starts like a PostgreSQL URL but is not one",
      },
    ]);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  let file = value;
  if (scheme === "sqlite") file = value.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
  else if (scheme && scheme.length > 1)
    throw new InputError([
      {
        file: source,
        location: "",
        expected: `a register: a file, sqlite:<file> or postgres://…, got the unsupported scheme "${scheme}:"`,
      },
    ]);
  if (!file) throw new InputError([{ file: source, location: "", expected: "sqlite:<file> with a file name" }]);
  const resolved = path.resolve(cwd, file);
  checkRegisterPath(resolved, given === undefined ? "the register (by default)" : `the register (${source})`);
  return {
    backend: "sqlite",
    file: resolved,
    keyFile: keyFrom(path.join(path.dirname(resolved), "register.key")),
    busyTimeoutMs: busyTimeout(env),
  };
}

/**
 * The signing key's file the environment names: DPIA_REGISTER_SIGNING_KEY, else DPIA_REGISTER_KEY
 * when it is not a pin; either set but blank is an error, never "use the default key".
 */
function signingKeyFile(env: NodeJS.ProcessEnv): string | undefined {
  const signingKey = setVariable(
    "DPIA_REGISTER_SIGNING_KEY",
    env.DPIA_REGISTER_SIGNING_KEY,
    "the register's signing key file",
  );
  const registerKey = registerKeyVariable(env);
  return signingKey ?? (isRegisterPin(registerKey) ? undefined : registerKey);
}

/** How long a SQLite writer waits for another to finish: DPIA_REGISTER_BUSY_TIMEOUT seconds, 30 by default. */
function busyTimeout(env: NodeJS.ProcessEnv): number {
  const text = env.DPIA_REGISTER_BUSY_TIMEOUT?.trim();
  if (!text) return 30_000;
  if (!/^\d{1,4}(\.\d{1,3})?$/.test(text) || Number(text) > 3600)
    throw new InputError([
      {
        file: "DPIA_REGISTER_BUSY_TIMEOUT",
        location: "",
        expected: `seconds from 0 to 3600, got "${text.slice(0, 20)}"`,
      },
    ]);
  return Math.round(Number(text) * 1000);
}
