import { InputError } from "../../validation/input-error";

/** How long and how often the live reader waits, and how much it reads, before it gives up (exit 2). */
export interface LiveLimits {
  /** One attempt of one request, body included. */
  timeoutMs: number;
  /** Retries after the first attempt, for network errors, timeouts, 429 and 5xx. */
  retries: number;
  /** The first backoff; each retry doubles it, up to 30 s. */
  backoffMs: number;
  /** A Retry-After asking for longer than this is not waited for. */
  maxRetryAfterS: number;
  /** Pages read from one listing at most; a listing with more is exit 2, never a partial read. */
  maxPages: number;
  /** One answer larger than this is not read. */
  maxBodyBytes: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 1_000,
  maxRetryAfterS: 60,
  maxPages: 1_000,
  maxBodyBytes: 32 * 1024 * 1024,
};

/** The environment variable that sets each limit, named in the messages that a limit ends a run. */
export const LIVE_LIMIT_VARIABLES: Record<keyof LiveLimits, string> = {
  timeoutMs: "DPIA_LIVE_TIMEOUT_MS",
  retries: "DPIA_LIVE_RETRIES",
  backoffMs: "DPIA_LIVE_BACKOFF_MS",
  maxRetryAfterS: "DPIA_LIVE_MAX_RETRY_AFTER_S",
  maxPages: "DPIA_LIVE_MAX_PAGES",
  maxBodyBytes: "DPIA_LIVE_MAX_BODY_BYTES",
};

const LOWEST: Record<keyof LiveLimits, number> = {
  timeoutMs: 1,
  retries: 0,
  backoffMs: 0,
  maxRetryAfterS: 0,
  maxPages: 1,
  maxBodyBytes: 1,
};

/** The limits set in the environment (DPIA_LIVE_*), each a whole number; anything else is exit 2. */
export function liveLimitsFrom(env: NodeJS.ProcessEnv): Partial<LiveLimits> {
  const limits: Partial<LiveLimits> = {};
  for (const [key, variable] of Object.entries(LIVE_LIMIT_VARIABLES) as Array<[keyof LiveLimits, string]>) {
    const raw = env[variable];
    if (raw === undefined || raw === "") continue;
    const value = /^\d{1,12}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!(value >= LOWEST[key]))
      throw new InputError([
        {
          file: variable,
          location: "",
          expected: `a whole number of at least ${LOWEST[key]}, got ${JSON.stringify(raw.slice(0, 40))}`,
        },
      ]);
    limits[key] = value;
  }
  return limits;
}
