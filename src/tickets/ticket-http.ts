import { escapeControlCharacters } from "../report/safe-text";
import { boundedBodyText } from "../validation/bounded-body";
import { InputError } from "../validation/input-error";

/**
 * Why a governance tool (Jira, ServiceNow) gave no usable answer: one line naming the system, the
 * method and the URL (never a credential: they travel in headers only) and what happened. Exit 2.
 */
export class TicketApiError extends InputError {
  constructor(
    endpoint: string,
    reason: string,
    /** The HTTP status the system answered, and what its own error body said (if it had one), when it answered. */
    readonly answered?: { status: number; said?: string },
  ) {
    super([{ file: endpoint, location: "", expected: reason }]);
    this.name = "TicketApiError";
  }
}

/** The ticket's answer is over the gate's caps (bytes or comments): it could not be read in full. */
export class TicketTooLargeError extends TicketApiError {
  constructor(endpoint: string, reason: string) {
    super(endpoint, reason);
    this.name = "TicketTooLargeError";
  }
}

export interface TicketRequest {
  method: "GET" | "POST" | "PATCH" | "PUT";
  /** Path and query below the base URL, e.g. `/rest/api/3/issue`. */
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: FormData;
  raw?: { body: Buffer; contentType: string };
}

export interface TicketConnection {
  /** "Jira" or "ServiceNow", for messages. */
  system: string;
  baseUrl: string;
  /** The Authorization header's value, from the environment; never printed. */
  authorization: string;
  /** For one request, the whole answer included. */
  timeoutMs: number;
  /** What one error body says, in one line (each system has its own error shape). */
  errorText: (body: unknown) => string | undefined;
}

/** An answer larger than this is no ticket: stop reading rather than fill memory. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const TOO_LARGE = `answered more than ${MAX_BODY_BYTES} bytes`;

function networkReason(error: unknown, timeoutMs: number): string {
  const name = (error as Error).name;
  if (name === "TimeoutError" || name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const code = String((error as { cause?: { code?: unknown } }).cause?.code ?? "");
  if (code === "ECONNREFUSED") return "refused the connection (ECONNREFUSED)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `has a host name that does not resolve (${code})`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || (error as Error).message === "terminated")
    return `closed the connection before the answer was complete (${code || "terminated"})`;
  return `could not be reached (${/^[A-Z_]{2,40}$/.test(code) ? code : name})`;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the server's own error body says, short and printable, or nothing. */
function serverSays(connection: TicketConnection, text: string): string {
  const said = connection.errorText(parsed(text));
  return said ? `: ${escapeControlCharacters(said.replace(/\s+/g, " ").slice(0, 200))}` : "";
}

/** What `fetch` takes as a body (named through `fetch` itself: the build's libraries declare no BodyInit). */
type FetchBody = NonNullable<Parameters<typeof fetch>[1]>["body"];

function bodyOf(request: TicketRequest): { body?: FetchBody; contentType?: string } {
  if (request.json !== undefined) return { body: JSON.stringify(request.json), contentType: "application/json" };
  if (request.form) return { body: request.form };
  if (request.raw) return { body: new Uint8Array(request.raw.body), contentType: request.raw.contentType };
  return {};
}

/**
 * One call to the ticket system's REST API, its JSON answer parsed. Every failure (status, timeout,
 * refused connection, a body that is not JSON, an oversized body) is a TicketApiError naming the call.
 */
export async function callTicketApi(connection: TicketConnection, request: TicketRequest): Promise<unknown> {
  const endpoint = `${connection.system} ${request.method} ${connection.baseUrl}${request.path.split("?")[0]}`;
  const { body, contentType } = bodyOf(request);
  let response: Response;
  let text: string | undefined;
  try {
    response = await fetch(`${connection.baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        accept: "application/json",
        authorization: connection.authorization,
        ...(contentType ? { "content-type": contentType } : {}),
        ...request.headers,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
    text = await boundedBodyText(response, MAX_BODY_BYTES);
  } catch (error) {
    throw new TicketApiError(endpoint, networkReason(error, connection.timeoutMs));
  }
  if (text === undefined) throw new TicketTooLargeError(endpoint, TOO_LARGE);
  if (!response.ok) {
    const why =
      response.status === 401 || response.status === 403 ? " (check the credentials and their permissions)" : "";
    throw new TicketApiError(endpoint, `answered HTTP ${response.status}${why}${serverSays(connection, text)}`, {
      status: response.status,
      said: connection.errorText(parsed(text)),
    });
  }
  if (text.trim() === "") return {};
  const value = parsed(text);
  if (value === undefined)
    throw new TicketApiError(endpoint, `answered HTTP ${response.status} with a body that is not JSON`);
  return value;
}
