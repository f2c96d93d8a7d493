// Acceptance 1 of issue 25 for the vendor-risk API: the seed's 365-versus-90-day example, its
// vendor record served by a real HTTP server on 127.0.0.1, through the real `dpia gate`. Blocked when
// the source answers the 365-day record; approved only when the record keeps the data no longer
// than needed; exit 2 naming the source, the host and the reason for every fault; a Critical
// finding (exit 1) when the policy says so; never an approval.
import * as fs from "node:fs";
import type * as http from "node:http";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpiaAsync, type RunResult } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import {
  exampleWith,
  expectApproved,
  expectBlockedByRetention,
  expectCouldNotAssess,
  gate,
  HOST,
  json,
  record365,
  record60,
  serve,
  type Handler,
} from "./vendor-source-fixture";

/** The API's contract: GET <base>/vendors?host=<host> answers {"vendors": [record…]}. */
function answering(vendors: unknown[]): Handler {
  return (_request, response) => json(response, 200, { vendors });
}

/** The example asking the API at `url` (under /v1), failing fast: one attempt, a short timeout. */
function exampleAsking(url: string, settings: Record<string, unknown> = {}): string {
  return exampleWith({ api: { url: `${url}/v1`, retries: 0, timeout_ms: 2_000, ...settings } });
}

describe("the vendor-risk API answers: the verdict follows the vendor's record", () => {
  test(
    "the 365-day record: blocked by GC-VEN-2 (exit 1), the API asked about the host",
    async () => {
      const server = await serve(answering([record365()]));
      expectBlockedByRetention(await gate(exampleAsking(server.url)));
      expect(server.requests).toEqual([`/v1/vendors?host=${HOST}`]);
    },
    CLI,
  );

  test(
    "a record keeping the data no longer than needed (60 days): approved (exit 0)",
    async () => {
      const server = await serve(answering([record60()]));
      expectApproved(await gate(exampleAsking(server.url)));
    },
    CLI,
  );

  test(
    "no vendor for this host, from an API that answered: GC-VEN-1 High, as before",
    async () => {
      const server = await serve(answering([]));
      const out = tempDir("vendor-fault-out-");
      const result = await gate(exampleAsking(server.url), ["--out", out]);
      expect(result.status, result.output).toBe(0);
      expect(result.stdout).toMatch(/APPROVED High +INT-marketing-platform-\w+ +"Marketing platform" \(1 finding\)/);
      const written = fs
        .readdirSync(out)
        .find((file) => file.startsWith("INT-marketing-platform") && file.endsWith(".json"));
      const dpia = JSON.parse(fs.readFileSync(path.join(out, written!), "utf8"));
      expect(dpia.findings).toEqual([
        expect.objectContaining({
          rule_id: "GC-VEN-1",
          severity: "High",
          message: `vendor capability of ${HOST} is unknown: no vendor record names ${HOST} (asked vendor-risk API ${server.url}/v1)`,
        }),
      ]);
    },
    CLI,
  );

  test(
    "429 with a Retry-After within the bound, then the record: waited out, blocked (exit 1)",
    async () => {
      let calls = 0;
      const server = await serve((request, response) =>
        ++calls === 1
          ? json(response, 429, { message: "slow down" }, { "retry-after": "1" })
          : answering([record365()])(request, response),
      );
      expectBlockedByRetention(await gate(exampleAsking(server.url, { retries: 1, max_retry_after_s: 2 })));
      expect(server.requests).toHaveLength(2);
    },
    CLI,
  );
});

/** Writes `size` bytes of spaces in 1 MB chunks, minding back-pressure. */
function stream(response: http.ServerResponse, size: number): void {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const push = () => {
    while (sent < size && response.write(chunk.subarray(0, Math.min(chunk.length, size - sent)))) sent += chunk.length;
    if (sent < size) response.once("drain", push);
    else response.end();
  };
  push();
}

const LOGIN_PAGE = "<!doctype html><html><body><form action=/login>Sign in</form></body></html>";

/** Each fault: what the server does, the source's settings, and the reason the message must give. */
const FAULTS: Array<[string, Handler, Record<string, unknown>, string | RegExp]> = [
  [
    "500 on every attempt",
    (_q, r) => json(r, 500, { message: "boom" }),
    { retries: 1 },
    "answered HTTP 500 after 2 attempts",
  ],
  [
    "503 on every attempt, asking for no wait",
    (_q, r) => json(r, 503, {}, { "retry-after": "0" }),
    { retries: 2 },
    "answered HTTP 503 (Retry-After 0 s) after 3 attempts",
  ],
  ["401 (a token refused)", (_q, r) => json(r, 401, {}), {}, "answered HTTP 401; the flow cannot be assessed"],
  [
    "a timeout (never answers)",
    () => undefined,
    { timeout_ms: 300 },
    "timed out after 0.3 s (timeout_ms 300, for the whole answer)",
  ],
  [
    "a slow drip (a byte every 50 ms, never ending): the deadline is for the whole answer, not per chunk",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json" });
      r.write("{");
      const timer = setInterval(() => r.write(" "), 50);
      r.on("close", () => clearInterval(timer));
    },
    { timeout_ms: 600 },
    "timed out after 0.6 s (timeout_ms 600, for the whole answer)",
  ],
  [
    "truncated JSON",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json" });
      r.end(JSON.stringify({ vendors: [record365()] }).slice(0, 60));
    },
    {},
    /answered HTTP 200 \(application\/json\) with a body that is not JSON at byte 60 \(line 1, column 61: .*truncated/,
  ],
  [
    "an HTML login page with 200",
    (_q, r) => {
      r.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      r.end(LOGIN_PAGE);
    },
    {},
    "answered HTTP 200 (text/html) with a body that is not JSON at byte 0",
  ],
  [
    "a redirect to a login page",
    (_q, r) => {
      r.writeHead(302, { location: "https://sso.example.com/login?token=SECRET-IN-LOCATION" });
      r.end();
    },
    {},
    "answered HTTP 302 (a redirect, not followed); the flow cannot be assessed",
  ],
  [
    "429 with a long Retry-After",
    (_q, r) => json(r, 429, {}, { "retry-after": "3600" }),
    { max_retry_after_s: 5 },
    "answered HTTP 429 with Retry-After 3600 s, longer than the 5 s the source may be waited for (max_retry_after_s)",
  ],
  [
    "429 with a long Retry-After as an HTTP date",
    (_q, r) => json(r, 429, {}, { "retry-after": new Date(Date.now() + 86_400_000).toUTCString() }),
    { max_retry_after_s: 5 },
    /answered HTTP 429 with Retry-After 86\d{3} s, longer than the 5 s/,
  ],
  [
    "more than 16 MB, streamed",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json" });
      stream(r, 17 * 1024 * 1024);
    },
    {},
    "answered more than 16777216 bytes (the limit for one answer)",
  ],
  [
    "more than 16 MB, announced by Content-Length",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json", "content-length": String(40 * 1024 * 1024) });
      stream(r, 40 * 1024 * 1024);
    },
    {},
    "answered more than 16777216 bytes (the limit for one answer)",
  ],
  [
    "the connection dropped mid-answer",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
      r.write('{"vendors": [');
      setTimeout(() => r.socket?.destroy(), 50);
    },
    {},
    /closed the connection before the answer was complete/,
  ],
  [
    "JSON of the wrong shape",
    (_q, r) => json(r, 200, { items: [record365()] }),
    {},
    "answered JSON that is not in the documented shape: vendors:",
  ],
  [
    "a record that does not validate (retention as a number)",
    (_q, r) => {
      const record = record365();
      const capability = record.vendor_data_capability as Record<string, unknown>;
      json(r, 200, { vendors: [{ ...record, vendor_data_capability: { ...capability, retention: { live: 365 } } }] });
    },
    {},
    "answered a vendor record that does not validate: vendors[0].vendor_data_capability.retention.live: expected string",
  ],
  [
    "a record missing its capability",
    (_q, r) => json(r, 200, { vendors: [{ fides_key: "x", name: "X" }] }),
    {},
    "vendors[0].vendor_data_capability: required, missing",
  ],
  [
    "two vendors for one host",
    (_q, r) => json(r, 200, { vendors: [record365(), record60()] }),
    {},
    `answered 2 vendors for ${HOST}, where one is expected`,
  ],
  [
    "JSON nested 100,000 deep",
    (_q, r) => {
      r.writeHead(200, { "content-type": "application/json" });
      r.end(`{"vendors": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    },
    {},
    "JSON nested deeper than 256 levels",
  ],
];

describe("every fault of the vendor-risk API: exit 2 naming the source, the host and the reason", () => {
  test.each(FAULTS)(
    "%s",
    async (_name, handler, settings, reason) => {
      const server = await serve(handler);
      const dir = exampleAsking(server.url, settings);
      expectCouldNotAssess(await gate(dir), dir, `vendor-risk API ${server.url}/v1`, reason);
    },
    CLI,
  );

  test(
    "a refused connection (nothing listens on the port)",
    async () => {
      const server = await serve(() => undefined);
      await server.close();
      const dir = exampleAsking(server.url, { retries: 1 });
      expectCouldNotAssess(
        await gate(dir),
        dir,
        `vendor-risk API ${server.url}/v1`,
        "refused the connection (ECONNREFUSED) after 2 attempts",
      );
    },
    CLI,
  );

  test(
    "the token's environment variable is not set: nothing sent, exit 2 saying which",
    async () => {
      const server = await serve(answering([record60()]));
      const dir = exampleAsking(server.url, { token_env: "DPIA_VENDOR_RISK_TOKEN" });
      expectCouldNotAssess(
        await gate(dir),
        dir,
        `vendor-risk API ${server.url}/v1`,
        "was not asked: the environment variable DPIA_VENDOR_RISK_TOKEN that holds its token is not set",
      );
      expect(server.requests).toEqual([]);
    },
    CLI,
  );

  test(
    "an API key in the URL's query is never printed",
    async () => {
      const server = await serve((_q, r) => json(r, 500, {}));
      const dir = exampleWith({ api: { url: `${server.url}/v1?api_key=SECRET-KEY-123`, retries: 0 } });
      const result = await gate(dir);
      expect(result.status, result.output).toBe(2);
      expect(result.output).not.toContain("SECRET-KEY-123");
      expect(result.stderr).toContain(`vendor source vendor-risk API ${server.url}/v1?api_key=***`);
    },
    CLI,
  );

  test(
    "a password in the URL is refused by the policy (exit 2), and not printed",
    async () => {
      const dir = exampleWith({ api: { url: "https://user:HUNTER2-PASSWORD@vendor-risk.example.eu/v1" } });
      const result = await gate(dir);
      expect(result.status, result.output).toBe(2);
      expect(result.output).not.toContain("internal error");
      expect(result.output).not.toContain("HUNTER2-PASSWORD");
      expect(result.stderr).toContain("vendors.api.url: a URL without a user name or password in it");
    },
    CLI,
  );
});

describe("the judged repository cannot choose which secret is sent, nor send it in clear", () => {
  /** Exit 2 before any request, naming the policy file, the JSON path and what is expected. */
  function expectPolicyRefused(result: RunResult, jsonPath: string, expected: string): void {
    expect(result.status, result.output).toBe(2);
    expect(result.output).not.toContain("APPROVED");
    expect(result.output).not.toContain("internal error");
    expect(result.stderr).toContain(`dpia.policy.json: ${jsonPath}: `);
    expect(result.stderr).toContain(expected);
  }

  test(
    "token_env naming another secret of the job (JIRA_API_TOKEN, GENESYSCLOUD_OAUTHCLIENT_SECRET): refused, nothing sent",
    async () => {
      const server = await serve(answering([record60()]));
      for (const [key, variable] of [
        ["api", "JIRA_API_TOKEN"],
        ["fides", "GENESYSCLOUD_OAUTHCLIENT_SECRET"],
      ] as const) {
        const dir = exampleWith({ [key]: { url: `${server.url}/v1`, retries: 0, token_env: variable } });
        const result = await runDpiaAsync(["gate", "."], { cwd: dir, env: { [variable]: "SECRET-OF-THE-JOB-4711" } });
        expectPolicyRefused(result, `vendors.${key}.token_env`, "an environment variable named DPIA_VENDOR_");
        expect(result.output).not.toContain("SECRET-OF-THE-JOB-4711");
      }
      expect(server.requests).toEqual([]);
    },
    CLI,
  );

  test(
    "a token sent over plain http to another machine: refused; https, or http to this machine, is accepted",
    async () => {
      for (const url of ["http://192.0.2.10:8080/v1", "http://vendor-risk.example.eu/v1", "http://10.0.0.1/v1"]) {
        const dir = exampleWith({ api: { url, retries: 0, token_env: "DPIA_VENDOR_RISK_TOKEN" } });
        const result = await runDpiaAsync(["gate", "."], { cwd: dir, env: { DPIA_VENDOR_RISK_TOKEN: "t0k3n-4711" } });
        expectPolicyRefused(result, "vendors.api.url", "an https URL (plain http only to this machine");
        expect(result.output).not.toContain("t0k3n-4711");
      }
      // With a token, this machine's stand-in is asked over plain http, as before.
      const server = await serve(answering([record60()]));
      const dir = exampleAsking(server.url, { token_env: "DPIA_VENDOR_RISK_TOKEN" });
      const asked = await runDpiaAsync(["gate", "."], { cwd: dir, env: { DPIA_VENDOR_RISK_TOKEN: "t0k3n-4711" } });
      expectApproved(asked);
      expect(server.requests).toEqual([`/v1/vendors?host=${HOST}`]);
    },
    CLI,
  );
  // A source's answers decide findings: plain http only to this machine, token or not.
  test(
    "plain http to another machine, without a token: refused before any request (exit 2), for the API and fides",
    async () => {
      for (const key of ["api", "fides"] as const) {
        const dir = exampleWith({ [key]: { url: "http://vendor-risk.example.eu/v1", retries: 0 } });
        const result = await runDpiaAsync(["gate", "."], { cwd: dir });
        expectPolicyRefused(result, `vendors.${key}.url`, "an https URL (plain http only to this machine");
      }
    },
    CLI,
  );
});

describe('vendors.on_source_failure "critical": the fault is a Critical finding that blocks, never an approval', () => {
  test(
    "500 from the API: blocked (exit 1) by GC-VEN-8 naming the source, the host and the reason",
    async () => {
      const server = await serve((_q, r) => json(r, 500, {}));
      const dir = exampleWith({
        api: { url: `${server.url}/v1`, retries: 0 },
        on_source_failure: "critical",
      });
      const result = await gate(dir);
      expect(result.status, result.output).toBe(1);
      expect(result.output).not.toContain("internal error");
      expect(result.stdout).toContain(
        `GC-VEN-8 Critical main.tf:62 config_request.request_url_template: VENDOR_SOURCE_FAILED: vendor source vendor-risk API ${server.url}/v1 gave no answer for receiving host ${HOST}: answered HTTP 500 after 1 attempt`,
      );
      expect(result.stdout).toContain("BLOCKED  Critical INT-marketing-platform");
    },
    CLI,
  );

  test(
    "and with on_mismatch warn as well: still Critical, still blocked",
    async () => {
      const server = await serve(() => undefined);
      const dir = exampleWith({
        api: { url: `${server.url}/v1`, retries: 0, timeout_ms: 300 },
        on_source_failure: "critical",
        on_mismatch: "warn",
      });
      const result = await gate(dir);
      expect(result.status, result.output).toBe(1);
      expect(result.stdout).toContain("GC-VEN-8 Critical");
    },
    CLI,
  );
});
