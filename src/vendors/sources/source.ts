import type { VendorLookup } from "../model";

/** Anything that can say which vendor runs a host and what it can do: the policy, an API, fides. */
export interface VendorSource {
  /** How the source is named in DPIAs, e.g. `vendor-risk API https://vra.example/`. */
  readonly name: string;
  lookup(hosts: readonly string[]): Promise<VendorLookup[]>;
}

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_RETRIES = 3;

/** The bearer token from the environment variable a source names; its absence is a reason, never a crash. */
export function tokenFrom(env: NodeJS.ProcessEnv, name: string | undefined): { token?: string; missing?: string } {
  if (!name) return {};
  const token = env[name];
  if (!token) return { missing: `was not asked: the environment variable ${name} that holds its token is not set` };
  // A header cannot carry these; fetch's complaint would quote the token.
  if (/[^\x21-\x7e]/.test(token))
    return { missing: `was not asked: the token in ${name} has characters an HTTP header cannot carry` };
  return { token };
}
