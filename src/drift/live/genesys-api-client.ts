import { requestJson, type ApiRequest, type Transport } from "./api-request";
import { endpointOf, LiveApiError, oneLine } from "./live-api-error";
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from "./live-limits";

export interface GenesysApiOptions {
  /** `https://api.<domain>` (a proxy or test server may stand in). */
  apiBase: string;
  /** `https://login.<domain>`. */
  loginBase: string;
  clientId: string;
  clientSecret: string;
  /** Timeouts, retries, backoff, Retry-After bound, page cap, body cap (DEFAULT_LIVE_LIMITS where not set). */
  limits?: Partial<LiveLimits>;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function baseUrl(base: string, option: string): URL {
  try {
    const url = new URL(base.replace(/\/+$/, ""));
    if ((url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password) return url;
  } catch {
    // reported below
  }
  // The value is not printed: a URL with a password in it would put the password in a CI log.
  throw new LiveApiError(option, "expected an http(s) URL without a user or password");
}

function loginMeaning(status: number): string | undefined {
  return status >= 400 && status < 500 && status !== 429
    ? "the login service refused the client credentials"
    : undefined;
}

function apiMeaning(status: number): string | undefined {
  if (status === 401) return "the token was refused, also after renewing it";
  if (status === 403) return "the OAuth client lacks a permission the reader needs";
  if (status === 404) return "deleted while the org was read, or --api-url is not the org's Platform API";
  return undefined;
}

/**
 * A small client for the Genesys Cloud Platform API, for reading: client-credentials token (renewed
 * before it expires and once on a 401), bounded retries with backoff on 429, 5xx, timeouts and
 * network errors. The official SDK has no retry on 429, and the reader needs only GETs.
 */
export class GenesysApiClient {
  readonly limits: LiveLimits;
  private token?: { value: string; expiresAt: number };
  private readonly issued: string[] = [];
  private readonly api: URL;
  private readonly login: URL;
  private readonly transport: Transport;

  constructor(private readonly options: GenesysApiOptions) {
    this.limits = { ...DEFAULT_LIVE_LIMITS, ...options.limits };
    this.api = baseUrl(options.apiBase, "--api-url");
    this.login = baseUrl(options.loginBase, "--login-url");
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64");
    this.transport = {
      limits: this.limits,
      sleep: options.sleep ?? realSleep,
      secrets: () => [options.clientSecret, basic, ...this.issued],
    };
  }

  private async fetchToken(): Promise<string> {
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString("base64");
    const request: ApiRequest = {
      method: "POST",
      url: new URL(`${this.login.href.replace(/\/+$/, "")}/oauth/token`),
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: "grant_type=client_credentials",
      meaning: loginMeaning,
    };
    const body = (await requestJson(request, this.transport)) as { access_token?: unknown; expires_in?: unknown };
    if (!body || typeof body !== "object" || typeof body.access_token !== "string" || !body.access_token)
      throw new LiveApiError(
        endpointOf("POST", request.url),
        "the login answered without an access_token (expected {access_token, token_type, expires_in})",
      );
    this.issued.push(body.access_token);
    const seconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 86_400;
    // Renew a minute early (or at half-life for short tokens) so that no call races the expiry.
    this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(seconds * 500, (seconds - 60) * 1000) };
    return body.access_token;
  }

  private async headers(): Promise<Record<string, string>> {
    const token = this.token && Date.now() < this.token.expiresAt ? this.token.value : await this.fetchToken();
    return { Authorization: `Bearer ${token}`, Accept: "application/json" };
  }

  /** The URL of a path (`/api/v2/…`) or of a `nextUri`; a URI to another host never gets the token. */
  url(pathOrUri: string): URL {
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(pathOrUri);
    let url: URL;
    try {
      url = absolute ? new URL(pathOrUri) : new URL(`${this.api.href.replace(/\/+$/, "")}${pathOrUri}`);
    } catch {
      throw new LiveApiError(`GET ${oneLine(pathOrUri)}`, "a link that is not a URL: not followed");
    }
    if (url.origin !== this.api.origin || url.username || url.password)
      throw new LiveApiError(
        endpointOf("GET", url),
        `a link to another origin than the API's (${this.api.origin}): not followed, the token is not sent there`,
      );
    return url;
  }

  /** The JSON document at a path (`/api/v2/…`) or `nextUri` of the API. */
  async get(pathOrUri: string): Promise<unknown> {
    const request: ApiRequest = {
      method: "GET",
      url: this.url(pathOrUri),
      headers: await this.headers(),
      renew: async () => {
        this.token = undefined;
        return this.headers();
      },
      meaning: apiMeaning,
    };
    return requestJson(request, this.transport);
  }

  /**
   * The JSON answer of a POST of a JSON body to a path of the API (an audit query, a notification
   * channel or its subscriptions: the watch's writes, which only create what it reads from).
   */
  async post(path: string, body: unknown): Promise<unknown> {
    const json = { "Content-Type": "application/json" };
    const request: ApiRequest = {
      method: "POST",
      url: this.url(path),
      headers: { ...(await this.headers()), ...json },
      body: JSON.stringify(body),
      renew: async () => {
        this.token = undefined;
        return { ...(await this.headers()), ...json };
      },
      meaning: apiMeaning,
    };
    return requestJson(request, this.transport);
  }

  /** How an endpoint is named in messages. */
  endpoint(pathOrUri: string): string {
    return endpointOf("GET", this.url(pathOrUri), this.transport.secrets());
  }
}
