import { carriesCredentialsSafely, SECURE_URL_RULE } from "../../validation/secure-url";
import type { VendorLookup } from "../model";
import { VENDOR_TOKEN_PREFIX, VENDOR_TOKEN_VARIABLE } from "../schema";

/** Anything that can say which vendor runs a host and what it can do: the policy, an API, fides. */
export interface VendorSource {
  /** How the source is named in DPIAs, e.g. `vendor-risk API https://vra.example/`. */
  readonly name: string;
  lookup(hosts: readonly string[]): Promise<VendorLookup[]>;
}

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_RETRIES = 3;

/**
 * The bearer token from the environment variable a source names; its absence is a reason, never a
 * crash. The policy's schema already refuses another name or an insecure URL; checked again here,
 * where the secret is read, so that no other way into this function can send one.
 */
export function tokenFrom(
  env: NodeJS.ProcessEnv,
  name: string | undefined,
  url: string,
): { token?: string; missing?: string } {
  if (!name) return {};
  if (!VENDOR_TOKEN_VARIABLE.test(name))
    return { missing: `was not asked: its token_env ${name} is not named ${VENDOR_TOKEN_PREFIX}…` };
  if (!URL.canParse(url) || !carriesCredentialsSafely(new URL(url)))
    return { missing: `was not asked: its token is only sent to ${SECURE_URL_RULE}` };
  const token = env[name];
  if (!token) return { missing: `was not asked: the environment variable ${name} that holds its token is not set` };
  // A header cannot carry these; fetch's complaint would quote the token.
  if (/[^\x21-\x7e]/.test(token))
    return { missing: `was not asked: the token in ${name} has characters an HTTP header cannot carry` };
  return { token };
}
