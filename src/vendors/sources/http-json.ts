/** Why an HTTP source gave no usable answer; the message is safe to print (no token, no body). */
export class VendorSourceError extends Error {}

export interface HttpJsonOptions {
  token?: string;
  timeoutMs: number;
  /** Retries after the first attempt, for network errors, timeouts, 5xx and 429. */
  retries: number;
  /** Injected for tests of the backoff; real sleeps otherwise. */
  sleep?: (ms: number) => Promise<void>;
}

/** The longest wait a Retry-After header may ask for before the source counts as unavailable. */
const MAX_RETRY_AFTER_MS = 30_000;
const BASE_BACKOFF_MS = 200;
/** A vendor answer larger than this is not a vendor record: stop reading rather than fill memory. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new VendorSourceError(`answered with more than ${MAX_BODY_BYTES / (1024 * 1024)} MB`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function retriable(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * GETs a JSON document with a timeout per attempt, exponential backoff, and `Retry-After` on 429.
 * Throws VendorSourceError with a reason a DPO can read when no attempt gives JSON.
 */
export async function getJson(url: string, options: HttpJsonOptions): Promise<unknown> {
  const sleep = options.sleep ?? realSleep;
  let lastReason = "no attempt was made";
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    let waitMs = BASE_BACKOFF_MS * 2 ** attempt;
    try {
      const response = await fetch(url, {
        headers: { Accept: "application/json", ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "error",
      });
      const text = await boundedText(response);
      if (response.ok) {
        try {
          return JSON.parse(text);
        } catch {
          const type = response.headers.get("content-type") ?? "no content type";
          throw new VendorSourceError(
            `answered ${response.status} with a body that is not JSON (${type}, ${text.length} bytes${text.length > 0 ? "; truncated?" : ""})`,
          );
        }
      }
      lastReason = `answered HTTP ${response.status}`;
      if (!retriable(response.status)) throw new VendorSourceError(lastReason);
      const asked = response.status === 429 ? retryAfterMs(response.headers.get("retry-after")) : undefined;
      if (asked !== undefined) {
        if (asked > MAX_RETRY_AFTER_MS)
          throw new VendorSourceError(
            `answered 429 and asked to wait ${Math.round(asked / 1000)} s, longer than ${MAX_RETRY_AFTER_MS / 1000} s`,
          );
        waitMs = asked;
      }
    } catch (error) {
      if (error instanceof VendorSourceError) throw error;
      const name = (error as Error).name;
      lastReason =
        name === "TimeoutError" || name === "AbortError"
          ? `did not answer within ${options.timeoutMs} ms`
          : `could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
    }
    if (attempt < options.retries) await sleep(waitMs);
  }
  throw new VendorSourceError(`${lastReason} after ${options.retries + 1} attempt${options.retries === 0 ? "" : "s"}`);
}
