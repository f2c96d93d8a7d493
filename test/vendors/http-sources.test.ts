import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { resolveVendorKnowledge, type VendorSettings } from "../../src/vendors/sources/resolve";
import type { VendorPolicy } from "../../src/vendors/schema";
import { FIDES_META_KEY } from "../../src/vendors/sources/fides-source";
import { vendorRecord } from "../helpers/vendors";
import { carriesCredentialsSafely } from "../../src/validation/secure-url";

const HOST = "api.marketing.example.eu";
const NOW = new Date("2026-01-15T09:30:00Z");

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const servers: http.Server[] = [];

/** A real HTTP server on 127.0.0.1 that records every request it gets. */
async function serve(handler: Handler): Promise<{ url: string; requests: http.IncomingMessage[] }> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

function json(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

function settings(policy: VendorPolicy): VendorSettings {
  return {
    policy,
    records: [],
    purposeRetention: [],
    cacheFile: path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dpia-vendor-cache-")), "cache.json"),
  };
}

const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
};

async function lookup(policy: VendorPolicy, env: NodeJS.ProcessEnv = {}, base?: VendorSettings) {
  const knowledge = await resolveVendorKnowledge({ ...(base ?? settings(policy)), policy }, [HOST], {
    now: NOW,
    env,
    sleep,
  });
  return knowledge.lookups.get(HOST)!;
}

describe("vendor-risk API source (GET <base>/vendors?host=<host>)", () => {
  test("a vendor that matches: found, with the bearer token from the environment variable", async () => {
    const api = await serve((request, response) => json(response, 200, { vendors: [vendorRecord()] }));
    const result = await lookup(
      { api: { url: `${api.url}/v1`, token_env: "DPIA_VENDOR_VRA_TOKEN" } },
      { DPIA_VENDOR_VRA_TOKEN: "s3cret-token" },
    );
    expect(result).toMatchObject({ status: "found", record: { fides_key: "example_marketing" } });
    expect(api.requests[0]!.url).toBe(`/v1/vendors?host=${HOST}`);
    expect(api.requests[0]!.headers.authorization).toBe("Bearer s3cret-token");
  });

  test("no vendor for the host: not found", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [] }));
    expect((await lookup({ api: { url: api.url } })).status).toBe("not_found");
  });

  test("the API is down (connection refused): unavailable after the retries, never found", async () => {
    const api = await serve(() => undefined);
    const url = api.url;
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    waits.length = 0;
    const result = await lookup({ api: { url, retries: 2 } });
    expect(result.status).toBe("unavailable");
    expect(result.status === "unavailable" && result.reason).toMatch(
      /refused the connection \(ECONNREFUSED\) after 3 attempts/,
    );
    expect(waits).toEqual([200, 400]);
  });

  test("a slow API (answers after the timeout): unavailable, said so", async () => {
    const api = await serve((_request, response) =>
      setTimeout(() => json(response, 200, { vendors: [vendorRecord()] }), 1_500),
    );
    const result = await lookup({ api: { url: api.url, timeout_ms: 200, retries: 1 } });
    expect(result.status === "unavailable" && result.reason).toContain(
      "timed out after 0.2 s (timeout_ms 200, for the whole answer) after 2 attempts",
    );
    expect(api.requests).toHaveLength(2);
  });

  test("429 with Retry-After, then 200: waits as asked and finds the vendor", async () => {
    let calls = 0;
    const api = await serve((_request, response) =>
      ++calls === 1
        ? json(response, 429, { error: "slow down" }, { "retry-after": "2" })
        : json(response, 200, { vendors: [vendorRecord()] }),
    );
    waits.length = 0;
    expect((await lookup({ api: { url: api.url } })).status).toBe("found");
    expect(waits).toEqual([2_000]);
    expect(api.requests).toHaveLength(2);
  });

  test("429 asking to wait longer than 30 s: unavailable at once", async () => {
    const api = await serve((_request, response) => json(response, 429, {}, { "retry-after": "3600" }));
    const result = await lookup({ api: { url: api.url } });
    expect(result.status === "unavailable" && result.reason).toBe(
      "answered HTTP 429 with Retry-After 3600 s, longer than the 30 s the source may be waited for (max_retry_after_s)",
    );
    expect(api.requests).toHaveLength(1);
  });

  test("500 on every attempt: unavailable after the retries", async () => {
    const api = await serve((_request, response) => json(response, 500, { error: "boom" }));
    const result = await lookup({ api: { url: api.url, retries: 3 } });
    expect(result.status === "unavailable" && result.reason).toContain("answered HTTP 500 after 4 attempts");
  });

  test("401 is not retried and is unavailable", async () => {
    const api = await serve((_request, response) => json(response, 401, {}));
    expect((await lookup({ api: { url: api.url } })).status).toBe("unavailable");
    expect(api.requests).toHaveLength(1);
  });

  test.each([
    ["an HTML page", "text/html", "<html><body>Login</body></html>", "not JSON"],
    ["a truncated body", "application/json", '{"vendors": [{"fides_key": "x"', "not JSON"],
    ["wrong top-level shape", "application/json", JSON.stringify({ items: [] }), "not in the documented shape"],
    [
      "a record of wrong types",
      "application/json",
      JSON.stringify({
        vendors: [
          {
            ...vendorRecord(),
            vendor_data_capability: { ...vendorRecord().vendor_data_capability, retention: { live: 90 } },
          },
        ],
      }),
      "vendor_data_capability.retention.live",
    ],
    [
      "a record missing fields",
      "application/json",
      JSON.stringify({ vendors: [{ fides_key: "x", name: "X" }] }),
      "vendors[0].vendor_data_capability",
    ],
    [
      "a record of a newer extension version",
      "application/json",
      JSON.stringify({
        vendors: [
          { ...vendorRecord(), vendor_data_capability: { ...vendorRecord().vendor_data_capability, version: 2 } },
        ],
      }),
      "vendor_data_capability.version",
    ],
  ])("garbage: %s is unavailable, never a pass", async (_name, type, body, reason) => {
    const api = await serve((_request, response) => {
      response.writeHead(200, { "content-type": type });
      response.end(body);
    });
    const result = await lookup({ api: { url: api.url } });
    expect(result.status).toBe("unavailable");
    expect(result.status === "unavailable" && result.reason).toContain(reason);
  });

  test("an endless answer is cut off at 16 MB and is unavailable, not read into memory", async () => {
    const api = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        while (sent < 40 && response.write(chunk)) sent++;
        if (sent < 40) response.once("drain", push);
        else response.end();
      };
      push();
    });
    const result = await lookup({ api: { url: api.url, retries: 0 } });
    expect(result.status === "unavailable" && result.reason).toContain("answered more than 16777216 bytes");
  });

  test("the token's environment variable is not set: unavailable, and nothing is sent", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [vendorRecord()] }));
    const result = await lookup({ api: { url: api.url, token_env: "DPIA_VENDOR_VRA_TOKEN" } }, {});
    expect(result.status === "unavailable" && result.reason).toContain("DPIA_VENDOR_VRA_TOKEN");
    expect(api.requests).toHaveLength(0);
  });

  test("a token is only read from DPIA_VENDOR_* and only sent over https or to this machine, even past the policy's schema", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [vendorRecord()] }));
    const other = await lookup(
      { api: { url: api.url, token_env: "JIRA_API_TOKEN" } },
      { JIRA_API_TOKEN: "jira-secret" },
    );
    expect(other.status === "unavailable" && other.reason).toContain("is not named DPIA_VENDOR_");
    expect(api.requests).toHaveLength(0);
    const clear = await lookup(
      { api: { url: "http://192.0.2.10:9/v1", token_env: "DPIA_VENDOR_VRA_TOKEN", retries: 0, timeout_ms: 100 } },
      { DPIA_VENDOR_VRA_TOKEN: "s3cret-token" },
    );
    expect(clear.status === "unavailable" && clear.reason).toContain("its token is only sent to an https URL");
    for (const host of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]"])
      expect(carriesCredentialsSafely(new URL(`http://${host}:8080/`)), host).toBe(true);
    for (const url of [
      "http://192.0.2.10/",
      "http://127.0.0.1.nip.io/",
      "http://localhost.example.eu/",
      "ftp://127.0.0.1/",
    ])
      expect(carriesCredentialsSafely(new URL(url)), url).toBe(false);
    expect(carriesCredentialsSafely(new URL("https://vendor-risk.example.eu/v1"))).toBe(true);
  });

  test("the cache answers within its freshness limit, and not after it", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [vendorRecord()] }));
    const base = settings({});
    const policy: VendorPolicy = { api: { url: api.url, retries: 0 }, cache: { max_age_hours: 24 } };
    expect(
      (await resolveVendorKnowledge({ ...base, policy }, [HOST], { now: NOW, sleep })).lookups.get(HOST)?.status,
    ).toBe("found");
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const later = (hours: number) =>
      resolveVendorKnowledge({ ...base, policy }, [HOST], { now: new Date(NOW.getTime() + hours * 3_600_000), sleep });
    expect((await later(23)).lookups.get(HOST)?.status).toBe("found");
    expect((await later(25)).lookups.get(HOST)?.status).toBe("unavailable");
  });

  test("a corrupt cache file is ignored, not trusted", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [] }));
    const base = settings({});
    fs.writeFileSync(base.cacheFile, '{"version": 1, "entries": {"x": 1');
    expect(
      (
        await resolveVendorKnowledge({ ...base, policy: { api: { url: api.url } } }, [HOST], { now: NOW, sleep })
      ).lookups.get(HOST)?.status,
    ).toBe("not_found");
  });
});

describe("fides adapter (GET <base>/api/v1/system)", () => {
  const fidesSystem = (overrides: Record<string, unknown> = {}, extension: Record<string, unknown> = {}) => {
    const { retention: _retention, ...capability } = vendorRecord().vendor_data_capability;
    return {
      fides_key: "example_marketing",
      name: "Example Marketing GmbH",
      organization_fides_key: "default_organization",
      responsibility: ["Processor"],
      dpa_progress: "signed",
      privacy_declarations: [
        {
          name: "Campaign analytics",
          data_use: "marketing.insights",
          data_categories: ["user.content"],
          data_subjects: ["customer"],
          retention_period: "400",
          cookies: [],
        },
      ],
      meta: { [FIDES_META_KEY]: { ...capability, ...extension } },
      ...overrides,
    };
  };

  test("a system with the extension in meta: found, retention taken from its privacy declarations", async () => {
    const fides = await serve((request, response) =>
      json(response, 200, [fidesSystem(), { fides_key: "unrelated", name: "No extension", meta: null }]),
    );
    const result = await lookup(
      { fides: { url: fides.url, token_env: "DPIA_VENDOR_FIDES_TOKEN" } },
      { DPIA_VENDOR_FIDES_TOKEN: "t0k" },
    );
    expect(result.status).toBe("found");
    expect(result.status === "found" && result.record.vendor_data_capability.retention.live).toBe("P400D");
    expect(fides.requests[0]!.url).toBe("/api/v1/system?page=1&size=100");
    expect(fides.requests[0]!.headers.authorization).toBe("Bearer t0k");
  });

  test("paginated answers are followed to the last page", async () => {
    const fides = await serve((request, response) =>
      request.url?.includes("page=2")
        ? json(response, 200, { items: [fidesSystem()], total: 2, page: 2, size: 1, pages: 2 })
        : json(response, 200, {
            items: [{ fides_key: "first", name: "First", meta: {} }],
            total: 2,
            page: 1,
            size: 1,
            pages: 2,
          }),
    );
    expect((await lookup({ fides: { url: fides.url } })).status).toBe("found");
    expect(fides.requests.map((request) => request.url)).toEqual([
      "/api/v1/system?page=1&size=100",
      "/api/v1/system?page=2&size=1",
    ]);
  });

  test("a system whose extension does not validate leaves the host unknown", async () => {
    const fides = await serve((_request, response) =>
      json(response, 200, [fidesSystem({}, { deletion: { mode: "shredded", api: true } })]),
    );
    const result = await lookup({ fides: { url: fides.url } });
    expect(result.status === "unavailable" && result.reason).toBe(
      'answered system "example_marketing" ([0]), which may claim api.marketing.example.eu, but does not validate as a vendor record: [0].meta.vendor_data_capability.deletion.mode: expected one of "hard", "soft", "crypto-shred", "none"',
    );
  });

  test("control characters a source sends (in a key, in a property name) reach the reason escaped", async () => {
    const fides = await serve((_request, response) =>
      json(response, 200, [fidesSystem({ fides_key: "evil\u001b[31m\u009b2J" }, { "\u001b]0;owned\u0007": 1 })]),
    );
    const result = await lookup({ fides: { url: fides.url } });
    expect(result.status).toBe("unavailable");
    const reason = result.status === "unavailable" ? result.reason : "";
    expect(reason).toContain("evil\\u001b[31m\\u009b2J");
    expect(reason).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  test("fides down: unavailable", async () => {
    const fides = await serve((_request, response) => json(response, 503, {}));
    const result = await lookup({ fides: { url: fides.url, retries: 1 } });
    expect(result.status === "unavailable" && result.reason).toContain("answered HTTP 503");
  });

  test("policy records come first; the API is asked only about hosts they do not know", async () => {
    const api = await serve((_request, response) => json(response, 200, { vendors: [] }));
    const base = { ...settings({}), records: [vendorRecord()] };
    const knowledge = await resolveVendorKnowledge(
      { ...base, policy: { api: { url: api.url } } },
      [HOST, "api.unknown.example.eu"],
      { now: NOW, sleep },
    );
    expect(knowledge.lookups.get(HOST)).toMatchObject({ status: "found", source: "policy vendor records" });
    expect(knowledge.lookups.get("api.unknown.example.eu")?.status).toBe("not_found");
    expect(api.requests.map((request) => request.url)).toEqual(["/vendors?host=api.unknown.example.eu"]);
  });
});
