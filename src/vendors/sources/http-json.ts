import { boundedBodyText } from "../../validation/bounded-body";
import { InputError } from "../../validation/input-error";
import { jsonSyntaxError } from "../../validation/json-syntax";
import { assertNestingDepth, MAX_NESTING_DEPTH } from "../../validation/nesting-depth";

/**
 * Why an HTTP source gave no usable answer, in one line a DPO can read: the status, the timeout, the
 * size, the place where the body stops being JSON. Safe to print: no token, no body, no URL (the
 * caller names the source).
 */
export class VendorSourceError extends Error {}

export interface HttpJsonOptions {
  token?: string;
  /** For one request, the whole answer included: a source that drips a byte a second still ends. */
  timeoutMs: number;
  /** Retries after the first attempt, for network errors, timeouts, 5xx and 429. */
  retries: number;
  /** The longest Retry-After a 429 or 503 may ask for and be waited out; a longer one fails the source. */
  maxRetryAfterMs: number;
  /** All a source's requests, retries and waits for one lookup together (`deadline_s`): every page of fides included. */
  deadlineMs: number;
  /** When this lookup must be done (Date.now() based); set by startLookup. */
  deadlineAt?: number;
  /** Injected for tests of the backoff; real sleeps otherwise. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 60_000;
const BASE_BACKOFF_MS = 200;
/** A vendor answer larger than this is not a vendor record: stop reading rather than fill memory. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const TOO_LARGE = `answered more than ${MAX_BODY_BYTES} bytes (the limit for one answer)`;

/** What one attempt gave: the parsed JSON, or a reason worth another attempt (after `waitMs` when the server asked). */
type Attempt = { json: unknown } | { retry: string; waitMs?: number };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d{1,12}\s*$/.test(header)) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The media type of an answer, for a message: only its plain `type/subtype`, never raw header text. */
function mediaType(response: Response): string {
  const match = /^\s*([\w.+-]{1,60}\/[\w.+-]{1,60})/.exec(response.headers.get("content-type") ?? "");
  return match ? match[1]! : "no content type";
}

/** The body as JSON, or where and why it is not: the byte offset (and line and column) of the first error. */
function parseBody(text: string, response: Response): unknown {
  const what = `answered HTTP ${response.status} (${mediaType(response)}) with`;
  if (text.trim() === "") throw new VendorSourceError(`${what} an empty body, not JSON`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const found = jsonSyntaxError(text);
    const where = found ? byteOffset(text, found.line, found.column) : 0;
    const detail = found ? ` (line ${found.line}, column ${found.column}: ${found.reason})` : "";
    throw new VendorSourceError(`${what} a body that is not JSON at byte ${where}${detail}`);
  }
  try {
    return assertNestingDepth(value, "answer");
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new VendorSourceError(
      `${what} JSON nested deeper than ${MAX_NESTING_DEPTH} levels (at ${error.problems[0]?.location || "the top"})`,
    );
  }
}

function byteOffset(text: string, line: number, column: number): number {
  let index = 0;
  for (let current = 1; current < line; current++) index = text.indexOf("\n", index) + 1;
  return Buffer.byteLength(text.slice(0, index + column - 1), "utf8");
}

/** What a status other than 2xx means: a reason to try again (5xx, 429), or the end. */
function failedStatus(response: Response, options: HttpJsonOptions): Attempt {
  const status = response.status;
  const reason = `answered HTTP ${status}${status >= 300 && status < 400 ? " (a redirect, not followed)" : ""}`;
  if (status !== 429 && status < 500) throw new VendorSourceError(reason);
  const header = response.headers.get("retry-after");
  const asked = status === 429 || status === 503 ? retryAfterMs(header) : undefined;
  if (asked === undefined) return { retry: reason };
  const limit = options.maxRetryAfterMs;
  if (asked > limit)
    throw new VendorSourceError(
      `${reason} with Retry-After ${Math.ceil(asked / 1000)} s, longer than the ${limit / 1000} s the source may be waited for (max_retry_after_s)`,
    );
  return { retry: `${reason} (Retry-After ${Math.ceil(asked / 1000)} s)`, waitMs: asked };
}

/** Why a request did not complete, from the error fetch threw: its code, never its message (which may hold the URL). */
function networkReason(error: unknown, options: HttpJsonOptions): string {
  const name = (error as Error).name;
  if (name === "TimeoutError" || name === "AbortError")
    return `timed out after ${options.timeoutMs / 1000} s (timeout_ms ${options.timeoutMs}, for the whole answer)`;
  const code = String((error as { cause?: { code?: unknown } }).cause?.code ?? "");
  if (code === "ECONNREFUSED") return "refused the connection (ECONNREFUSED)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `has a host name that does not resolve (${code})`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || (error as Error).message === "terminated")
    return `closed the connection before the answer was complete (${code || "terminated"})`;
  const cause = String((error as { cause?: { message?: unknown } }).cause?.message ?? "");
  return `could not be reached (${/^[A-Z_]{2,40}$/.test(code) ? code : /^[\w .-]{1,40}$/.test(cause) ? cause : name})`;
}

/** The options for one lookup of a source: its deadline starts now. */
export function startLookup(options: HttpJsonOptions): HttpJsonOptions {
  return { ...options, deadlineAt: Date.now() + options.deadlineMs };
}

function pastDeadline(options: HttpJsonOptions): VendorSourceError {
  return new VendorSourceError(
    `took longer than the ${options.deadlineMs / 1000} s a source may take for one run (deadline_s ${options.deadlineMs / 1000})`,
  );
}

/** The time one request may take: its timeout, or less when the lookup's deadline comes first. */
function requestLimitMs(options: HttpJsonOptions): number {
  const left = (options.deadlineAt ?? Infinity) - Date.now();
  if (left <= 0) throw pastDeadline(options);
  return Math.min(options.timeoutMs, left);
}

async function attempt(url: string, options: HttpJsonOptions): Promise<Attempt> {
  const limit = requestLimitMs(options);
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      signal: AbortSignal.timeout(limit),
      redirect: "manual",
    });
    if (!response.ok) {
      await response.body?.cancel();
      return failedStatus(response, options);
    }
    const text = await boundedBodyText(response, MAX_BODY_BYTES);
    if (text === undefined) throw new VendorSourceError(TOO_LARGE);
    return { json: parseBody(text, response) };
  } catch (error) {
    if (error instanceof VendorSourceError) throw error;
    if (limit < options.timeoutMs && ["TimeoutError", "AbortError"].includes((error as Error).name))
      throw pastDeadline(options);
    return { retry: networkReason(error, options) };
  }
}

/**
 * GETs a JSON document: a timeout over each whole answer, exponential backoff, and Retry-After on 429
 * and 503 within the source's bound. Throws VendorSourceError with a reason a DPO can read when no
 * attempt gives JSON.
 */
export async function getJson(url: string, options: HttpJsonOptions): Promise<unknown> {
  const sleep = options.sleep ?? realSleep;
  for (let tried = 1; ; tried++) {
    const result = await attempt(url, options);
    if ("json" in result) return result.json;
    if (tried > options.retries)
      throw new VendorSourceError(`${result.retry} after ${tried} attempt${tried === 1 ? "" : "s"}`);
    const wait = result.waitMs ?? BASE_BACKOFF_MS * 2 ** (tried - 1);
    if (Date.now() + wait >= (options.deadlineAt ?? Infinity)) throw pastDeadline(options);
    await sleep(wait);
  }
}
