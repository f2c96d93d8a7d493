/** Why the live org could not be read; the message names the endpoint, never a secret. */
export class LiveApiError extends Error {}

export interface GenesysApiOptions {
  /** `https://api.<domain>` (a proxy or test server may stand in). */
  apiBase: string;
  /** `https://login.<domain>`. */
  loginBase: string;
  clientId: string;
  clientSecret: string;
  /** Retries for 429 and 5xx before giving up. */
  retries?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A Retry-After longer than this is not waited for. */
const MAX_RETRY_AFTER_S = 60;
const PAGE_SIZE = 100;
const MAX_PAGES = 1_000;

interface ErrorBody {
  message?: string;
  code?: string;
}

/**
 * A small client for the Genesys Cloud Platform API, for reading: client-credentials token (renewed
 * before it expires and once on a 401), page-number and cursor paging, 429 with Retry-After, backoff
 * on 5xx. The official SDK has no retry on 429, and the reader needs only GETs.
 */
export class GenesysApiClient {
  private token?: { value: string; expiresAt: number };
  private readonly retries: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GenesysApiOptions) {
    this.retries = options.retries ?? 5;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.sleep = options.sleep ?? realSleep;
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString("base64");
    let response: Response;
    try {
      response = await fetch(`${this.options.loginBase.replace(/\/+$/, "")}/oauth/token`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${basic}`,
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
        },
        body: "grant_type=client_credentials",
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: "error",
      });
    } catch (error) {
      throw new LiveApiError(
        `the login service could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as
      | {
          access_token?: unknown;
          expires_in?: unknown;
          error?: string;
          error_description?: string;
          description?: string;
        }
      | undefined;
    if (!response.ok)
      throw new LiveApiError(
        `the login service refused the client credentials (HTTP ${response.status}${body?.error ? `: ${body.error}` : ""}${body?.error_description ? `, ${body.error_description}` : ""})`,
      );
    if (typeof body?.access_token !== "string" || !body.access_token)
      throw new LiveApiError("the login service answered without an access_token");
    const seconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 86_400;
    // Renew a minute early (or at half-life for short tokens) so that no call races the expiry.
    this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(seconds * 500, (seconds - 60) * 1000) };
    return body.access_token;
  }

  private async bearer(): Promise<string> {
    return this.token && Date.now() < this.token.expiresAt ? this.token.value : this.fetchToken();
  }

  /** GET one document of the API; `path` starts with `/api/v2/`. */
  async get(path: string): Promise<unknown> {
    const url = path.startsWith("http") ? path : `${this.options.apiBase.replace(/\/+$/, "")}${path}`;
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      const token = await this.bearer();
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
          signal: AbortSignal.timeout(this.timeoutMs),
          redirect: "error",
        });
      } catch (error) {
        if (attempt < this.retries) {
          await this.sleep(500 * 2 ** attempt);
          continue;
        }
        throw new LiveApiError(
          `GET ${path}: the API could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`,
        );
      }
      const text = await response.text();
      if (response.ok) {
        try {
          return JSON.parse(text);
        } catch {
          throw new LiveApiError(
            `GET ${path}: the answer is not JSON (${response.headers.get("content-type") ?? "no content type"}, ${text.length} bytes)`,
          );
        }
      }
      const error = ((): ErrorBody => {
        try {
          return JSON.parse(text) as ErrorBody;
        } catch {
          return {};
        }
      })();
      const detail = `HTTP ${response.status}${error.code ? ` ${error.code}` : ""}${error.message ? `: ${error.message}` : ""}`;
      if (response.status === 401 && !renewed) {
        // The token expired or was revoked: renew once, then give up.
        renewed = true;
        this.token = undefined;
        continue;
      }
      if ((response.status === 429 || response.status >= 500) && attempt < this.retries) {
        const retryAfter = Number(response.headers.get("retry-after"));
        if (response.status === 429 && Number.isFinite(retryAfter) && retryAfter > MAX_RETRY_AFTER_S)
          throw new LiveApiError(`GET ${path}: rate limited, asked to wait ${retryAfter} s`);
        await this.sleep(
          response.status === 429 && Number.isFinite(retryAfter) && retryAfter >= 0
            ? retryAfter * 1000
            : 500 * 2 ** attempt,
        );
        continue;
      }
      throw new LiveApiError(`GET ${path}: ${detail}`);
    }
  }

  /** Every entity of a page-number listing (`entities`, `pageCount`), page by page. */
  async listPages(path: string): Promise<Array<Record<string, unknown>>> {
    const join = path.includes("?") ? "&" : "?";
    const first = envelope(await this.get(`${path}${join}pageSize=${PAGE_SIZE}&pageNumber=1`), path);
    const entities = [...first.entities];
    const pages = Math.min(typeof first.pageCount === "number" ? first.pageCount : 1, MAX_PAGES);
    for (let page = 2; page <= pages; page++)
      entities.push(
        ...envelope(await this.get(`${path}${join}pageSize=${PAGE_SIZE}&pageNumber=${page}`), path).entities,
      );
    return entities;
  }

  /** Every entity of a cursor listing: the last entity's id as `after`, until a page is empty or has no nextUri. */
  async listCursor(path: string): Promise<Array<Record<string, unknown>>> {
    const join = path.includes("?") ? "&" : "?";
    const entities: Array<Record<string, unknown>> = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = envelope(
        await this.get(`${path}${join}pageSize=${PAGE_SIZE}${after ? `&after=${encodeURIComponent(after)}` : ""}`),
        path,
      );
      entities.push(...body.entities);
      const last = body.entities.at(-1)?.id;
      if (body.entities.length === 0 || !body.nextUri || typeof last !== "string" || last === after) return entities;
      after = last;
    }
    throw new LiveApiError(`GET ${path}: more than ${MAX_PAGES} pages`);
  }
}

function envelope(
  body: unknown,
  path: string,
): { entities: Array<Record<string, unknown>>; pageCount?: unknown; nextUri?: unknown } {
  const value = body as { entities?: unknown; pageCount?: unknown; nextUri?: unknown } | null;
  if (
    !value ||
    typeof value !== "object" ||
    !Array.isArray(value.entities) ||
    !value.entities.every((entity) => entity && typeof entity === "object")
  ) {
    throw new LiveApiError(`GET ${path}: expected a listing with an entities array`);
  }
  return value as { entities: Array<Record<string, unknown>>; pageCount?: unknown; nextUri?: unknown };
}
