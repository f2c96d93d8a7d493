import * as http from "node:http";
import type { AddressInfo } from "node:net";

type Entity = Record<string, unknown>;

/**
 * A local stand-in for the Genesys Cloud Platform API on 127.0.0.1, speaking its wire format:
 * client-credentials tokens at /oauth/token, page-number envelopes (entities, pageSize, pageNumber,
 * total, pageCount, …Uri), cursor listings (entities, nextUri) with `after`, ErrorBody errors, 429
 * with Retry-After, and tokens that stop working after a number of calls (an expiry).
 */
export interface FakeGenesysOptions {
  clientId: string;
  clientSecret: string;
  listings: Record<string, Entity[]>;
  /** Cursor-paged listings, by path. */
  cursorListings?: Record<string, Entity[]>;
  /** Single documents, by path (config/current, actions with contract). */
  documents?: Record<string, unknown>;
  /** Answer the first N calls to a path with 429 and this Retry-After. */
  rateLimit?: { path: string; times: number; retryAfter: string };
  /** A token is refused (401) after this many API calls. */
  tokenCalls?: number;
  /** Paths that answer 403 missing.permissions. */
  forbidden?: string[];
  /** Paths that answer this raw body with status 200. */
  garbage?: Record<string, string>;
  /** The largest page the server gives, whatever pageSize asks (the Platform API caps some listings). */
  maxPageSize?: number;
  /** Answers a request itself (a fault) when it returns true; `seen` counts the requests to the path so far. */
  intercept?: (request: http.IncomingMessage, response: http.ServerResponse, url: URL, seen: number) => boolean;
}

export interface FakeGenesys {
  apiBase: string;
  loginBase: string;
  requests: string[];
  tokensIssued: number;
  close(): Promise<void>;
}

function errorBody(
  response: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify({ message, code, status, contextId: "00000000-test", details: [], errors: [] }));
}

export async function startFakeGenesys(options: FakeGenesysOptions): Promise<FakeGenesys> {
  const tokens = new Map<string, number>();
  const limited = new Map<string, number>();
  const seen = new Map<string, number>();
  const state: FakeGenesys = {
    apiBase: "",
    loginBase: "",
    requests: [],
    tokensIssued: 0,
    close: async () => undefined,
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    state.requests.push(`${request.method} ${url.pathname}${url.search}`);
    seen.set(url.pathname, (seen.get(url.pathname) ?? 0) + 1);
    if (options.intercept?.(request, response, url, seen.get(url.pathname) ?? 0)) return;
    if (url.pathname === "/oauth/token") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64")}`;
        if (
          request.method !== "POST" ||
          request.headers.authorization !== expected ||
          body !== "grant_type=client_credentials"
        ) {
          response.writeHead(400, { "content-type": "application/json" });
          response.end(
            JSON.stringify({
              error: "invalid_client",
              description: "bad credentials",
              error_description: "bad credentials",
            }),
          );
          return;
        }
        const token = `token-${++state.tokensIssued}`;
        tokens.set(token, 0);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ access_token: token, token_type: "bearer", expires_in: 86400 }));
      });
      return;
    }
    const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    const used = tokens.get(token);
    if (used === undefined || (options.tokenCalls !== undefined && used >= options.tokenCalls)) {
      errorBody(
        response,
        401,
        "authentication.required",
        "No authentication bearer token specified in authorization header.",
      );
      return;
    }
    tokens.set(token, used + 1);
    const path = url.pathname;
    if (options.forbidden?.includes(path))
      return errorBody(
        response,
        403,
        "missing.permissions",
        "You are missing the following permission(s): integrations:integration:view",
      );
    if (options.rateLimit?.path === path && (limited.get(path) ?? 0) < options.rateLimit.times) {
      limited.set(path, (limited.get(path) ?? 0) + 1);
      return errorBody(
        response,
        429,
        "too.many.requests.retry.after",
        `Rate limit exceeded the maximum. Retry the request in [${options.rateLimit.retryAfter}] seconds`,
        { "retry-after": options.rateLimit.retryAfter },
      );
    }
    if (options.garbage?.[path] !== undefined) {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(options.garbage[path]);
      return;
    }
    const json = (body: unknown) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const sizeOf = (asked: string | null) => Math.min(Number(asked ?? 25), options.maxPageSize ?? Infinity);
    const listing = options.listings[path];
    if (listing) {
      const pageSize = sizeOf(url.searchParams.get("pageSize"));
      const pageNumber = Number(url.searchParams.get("pageNumber") ?? 1);
      const pageCount = Math.max(1, Math.ceil(listing.length / pageSize));
      const page = (n: number) => `${path}?pageSize=${pageSize}&pageNumber=${n}`;
      return json({
        entities: listing.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
        pageSize,
        pageNumber,
        total: listing.length,
        pageCount,
        firstUri: page(1),
        lastUri: page(pageCount),
        selfUri: page(pageNumber),
        ...(pageNumber < pageCount ? { nextUri: page(pageNumber + 1) } : {}),
        ...(pageNumber > 1 ? { previousUri: page(pageNumber - 1) } : {}),
      });
    }
    const cursor = options.cursorListings?.[path];
    if (cursor) {
      // The cursor is opaque, as the API's is: the reader follows nextUri and never builds one.
      const pageSize = sizeOf(url.searchParams.get("pageSize"));
      const after = url.searchParams.get("after");
      const start = after ? Number(Buffer.from(after, "base64url").toString().replace("cursor:", "")) : 0;
      const entities = cursor.slice(start, start + pageSize);
      const more = start + pageSize < cursor.length;
      const next = Buffer.from(`cursor:${start + pageSize}`).toString("base64url");
      return json({
        entities,
        selfUri: `${path}?pageSize=${pageSize}`,
        ...(more ? { nextUri: `${path}?pageSize=${pageSize}&after=${next}` } : {}),
      });
    }
    const document = options.documents?.[path];
    if (document !== undefined) return json(document);
    return errorBody(response, 404, "not.found", `${path} was not found`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.apiBase = base;
  state.loginBase = base;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
