import { boundedBodyText } from "../../validation/bounded-body";
import { endpointOf, LiveApiError, oneLine } from "./live-api-error";
import { LIVE_LIMIT_VARIABLES, type LiveLimits } from "./live-limits";

/** One request to the Platform API or its login service. */
export interface ApiRequest {
  method: "GET" | "POST";
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** Asked once on a 401 for fresh headers (a renewed token); the request is then repeated. */
  renew?: () => Promise<Record<string, string>>;
  /** What a final status means for this request, added to the message (a refused login, a missing permission). */
  meaning?: (status: number) => string | undefined;
}

/** What the transport needs besides the request: its limits, a sleep (tests), the secrets never to print. */
export interface Transport {
  limits: LiveLimits;
  sleep: (ms: number) => Promise<void>;
  secrets: () => readonly string[];
}

type Outcome =
  | { kind: "answer"; status: number; headers: Headers; text: string }
  | { kind: "timeout" }
  | { kind: "network"; reason: string }
  | { kind: "oversized" };

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "connection closed by the server",
  UND_ERR_HEADERS_OVERFLOW: "headers too large",
};
const LONGEST_BACKOFF_MS = 30_000;
/** Deeper than any entity of the Platform API; deeper still would overflow the stack of the stages after. */
const DEEPEST = 64;

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code) return NETWORK_REASONS[code] ?? code;
  return String(cause?.message ?? (error as Error).message ?? error);
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown }).name;
  return name === "TimeoutError" || name === "AbortError";
}

/** One attempt: the answer, or what kept it from coming. The timeout covers the body too (a slow drip). */
async function attempt(request: ApiRequest, limits: LiveLimits): Promise<Outcome> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(limits.timeoutMs),
      redirect: "manual",
    });
    const text = await boundedBodyText(response, limits.maxBodyBytes);
    if (text === undefined) return { kind: "oversized" };
    return { kind: "answer", status: response.status, headers: response.headers, text };
  } catch (error) {
    return isTimeout(error) ? { kind: "timeout" } : { kind: "network", reason: networkReason(error) };
  }
}

/** Retry-After in seconds or as an HTTP date, in seconds; undefined when absent or unreadable. */
function retryAfterS(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function retryable(outcome: Outcome): boolean {
  if (outcome.kind === "timeout" || outcome.kind === "network") return true;
  return outcome.kind === "answer" && (outcome.status === 429 || outcome.status >= 500);
}

/** Genesys's error body (`message`, `code`) or the login's (`error`, `error_description`), if the text is one. */
function errorDetail(text: string): string {
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object") return "";
    body = parsed as Record<string, unknown>;
  } catch {
    return text.trim() ? ` (a body that is not JSON, ${Buffer.byteLength(text)} bytes)` : "";
  }
  const code = [body.code, body.error].find((value) => typeof value === "string" && value);
  const message = [body.message, body.error_description, body.description].find(
    (value) => typeof value === "string" && value,
  );
  return `${code ? ` ${String(code)}` : ""}${message ? `: ${String(message)}` : ""}`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function describe(outcome: Outcome, request: ApiRequest, limits: LiveLimits): string {
  if (outcome.kind === "timeout") return `no answer within ${seconds(limits.timeoutMs)}`;
  if (outcome.kind === "network") return `could not be reached (${outcome.reason})`;
  if (outcome.kind === "oversized")
    return `the answer is larger than ${limits.maxBodyBytes} bytes (${LIVE_LIMIT_VARIABLES.maxBodyBytes})`;
  if (outcome.status >= 300 && outcome.status < 400) {
    const location = outcome.headers.get("location");
    return `HTTP ${outcome.status}, a redirect${location ? ` to ${location}` : ""} that is not followed`;
  }
  const meaning = request.meaning?.(outcome.status);
  return `HTTP ${outcome.status}${errorDetail(outcome.text)}${meaning ? ` (${meaning})` : ""}`;
}

/** How long to wait before the next attempt, or undefined when there is none. */
function waitBefore(
  outcome: Outcome,
  retry: number,
  limits: LiveLimits,
  fail: (what: string) => never,
): number | undefined {
  if (!retryable(outcome) || retry > limits.retries) return undefined;
  const asked = outcome.kind === "answer" ? retryAfterS(outcome.headers.get("retry-after")) : undefined;
  if (asked !== undefined && asked > limits.maxRetryAfterS)
    fail(
      `HTTP ${(outcome as { status: number }).status}, asked to wait ${asked} s (Retry-After), longer than the ${limits.maxRetryAfterS} s waited at most (${LIVE_LIMIT_VARIABLES.maxRetryAfterS})`,
    );
  return asked !== undefined ? asked * 1000 : Math.min(limits.backoffMs * 2 ** (retry - 1), LONGEST_BACKOFF_MS);
}

/** Whether a parsed document nests deeper than `limit` arrays and objects (walked without recursion). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (!node || typeof node !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function parsed(text: string, headers: Headers, fail: (what: string) => never): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(
      `the answer is not JSON (${headers.get("content-type") ?? "no content type"}, ${Buffer.byteLength(text)} bytes)`,
    );
  }
  return nestsDeeperThan(value, DEEPEST) ? fail(`the answer nests deeper than ${DEEPEST} levels`) : value;
}

/**
 * The JSON answer of one request: retried with backoff on network errors, timeouts, 429 and 5xx
 * (Retry-After honoured up to a bound), repeated once with renewed headers on 401. Every other end
 * is a LiveApiError naming the endpoint and what happened, with no secret in it.
 */
export async function requestJson(request: ApiRequest, transport: Transport): Promise<unknown> {
  const { limits } = transport;
  const fail = (what: string): never => {
    const secrets = transport.secrets();
    throw new LiveApiError(endpointOf(request.method, request.url, secrets), oneLine(what, secrets));
  };
  let headers = request.headers;
  let renewed = !request.renew;
  for (let tries = 1; ; tries++) {
    const outcome = await attempt({ ...request, headers }, limits);
    if (outcome.kind === "answer" && outcome.status >= 200 && outcome.status < 300)
      return parsed(outcome.text, outcome.headers, fail);
    if (outcome.kind === "answer" && outcome.status === 401 && !renewed && request.renew) {
      renewed = true;
      headers = await request.renew();
      continue;
    }
    const wait = waitBefore(outcome, tries, limits, fail);
    if (wait === undefined)
      return fail(`${describe(outcome, request, limits)}${tries > 1 ? ` after ${tries} attempts` : ""}`);
    await transport.sleep(wait);
  }
}
