import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import type { FakeGenesysOptions } from "../helpers/fake-genesys";
import type { TestEnv } from "../helpers/test-env";
import {
  approvedOrg,
  approvedProject,
  driftLive,
  expectCouldNotAssess,
  expectRegisterUnchanged,
  platformError,
  withFake,
} from "./live-org";

/**
 * Issue 25, items 2 and 8 for `dpia drift live`: every failure of the Platform API or its login is
 * exit 2 with one line naming the endpoint (method, host, path) and what happened, never an
 * "internal error", never a secret, and nothing recorded in the register.
 */
type Intercept = NonNullable<FakeGenesysOptions["intercept"]>;
const CLIENTS = "/api/v2/oauth/clients";
const HOST = String.raw`http://127\.0\.0\.1:\d+`;
const CLIENTS_PAGE_1 = new RegExp(String.raw`GET ${HOST}/api/v2/oauth/clients\?pageSize=100&pageNumber=1: `);
const LOGIN = new RegExp(String.raw`POST ${HOST}/oauth/token: `);

/** Answers `path` (every call to it) with a fault; every other request is the approved org. */
function on(path: string, fault: (response: http.ServerResponse, request: http.IncomingMessage) => void): Intercept {
  return (request, response, url) => {
    if (url.pathname !== path) return false;
    fault(response, request);
    return true;
  };
}

/** Never answers: the request hangs until the client gives up. */
const hang = () => undefined;

const FAULTS: Array<{ name: string; intercept: Intercept; env?: TestEnv; endpoint: RegExp; reason: RegExp }> = [
  {
    name: "500 on every attempt",
    intercept: on(CLIENTS, (response) => platformError(response, 500, "internal.server.error", "The server failed")),
    endpoint: CLIENTS_PAGE_1,
    reason: /HTTP 500 internal\.server\.error: The server failed after 3 attempts$/,
  },
  {
    name: "503 with a Retry-After longer than the bound",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(503, { "content-type": "application/json", "retry-after": "3600" });
      response.end(JSON.stringify({ message: "Service Unavailable", code: "service.unavailable", status: 503 }));
    }),
    endpoint: CLIENTS_PAGE_1,
    reason:
      /HTTP 503, asked to wait 3600 s \(Retry-After\), longer than the 1 s waited at most \(DPIA_LIVE_MAX_RETRY_AFTER_S\)$/,
  },
  {
    name: "429 on every attempt",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
      response.end(JSON.stringify({ message: "Rate limit exceeded", code: "too.many.requests", status: 429 }));
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /HTTP 429 too\.many\.requests: Rate limit exceeded after 3 attempts$/,
  },
  {
    name: "401 on the API, also after renewing the token",
    intercept: on(CLIENTS, (response) => platformError(response, 401, "bad.credentials", "Invalid login credentials.")),
    endpoint: CLIENTS_PAGE_1,
    reason:
      /HTTP 401 bad\.credentials: Invalid login credentials\. \(the token was refused, also after renewing it\) after 2 attempts$/,
  },
  {
    name: "403 missing permission",
    intercept: on(CLIENTS, (response) =>
      platformError(
        response,
        403,
        "missing.permissions",
        "You are missing the following permission(s): oauth:client:view",
      ),
    ),
    endpoint: CLIENTS_PAGE_1,
    reason:
      /HTTP 403 missing\.permissions: You are missing the following permission\(s\): oauth:client:view \(the OAuth client lacks a permission the reader needs\)$/,
  },
  {
    name: "404",
    intercept: on(CLIENTS, (response) =>
      platformError(response, 404, "not.found", "The requested resource was not found"),
    ),
    endpoint: CLIENTS_PAGE_1,
    reason:
      /HTTP 404 not\.found: The requested resource was not found \(deleted while the org was read, or --api-url is not the org's Platform API\)$/,
  },
  {
    name: "an HTML maintenance page with 200",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><body>Down for maintenance</body></html>");
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /the answer is not JSON \(text\/html, 46 bytes\)$/,
  },
  {
    name: "truncated JSON",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"entities":[{"id":"9a1b2c3d-0000-4000-8000-000000000002","name":"Rep');
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /the answer is not JSON \(application\/json, 69 bytes\)$/,
  },
  {
    name: "a 502 from a proxy with an HTML body",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end("<html>Bad Gateway</html>");
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /HTTP 502 \(a body that is not JSON, 24 bytes\) after 3 attempts$/,
  },
  {
    name: "a listing without entities",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ pageSize: 100, pageNumber: 1, total: 1, pageCount: 1 }));
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /unexpected shape: entities: Invalid input: expected array, received undefined$/,
  },
  {
    name: "an entity without an id",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ entities: [{ name: "Reporting" }], pageSize: 100, pageNumber: 1, total: 1, pageCount: 1 }),
      );
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /unexpected shape: entities\[0\]\.id: Invalid input: expected string, received undefined$/,
  },
  {
    name: "an OAuth client whose roleDivisions is not a list",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const client = { id: "9a1b2c3d-0000-4000-8000-000000000002", name: "Reporting", roleDivisions: "*" };
      response.end(JSON.stringify({ entities: [client], pageSize: 100, pageNumber: 1, total: 1, pageCount: 1 }));
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /unexpected shape: entities\[0\]\.roleDivisions: Invalid input: expected array, received string$/,
  },
  {
    name: "an answer nested 100,000 deep",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      response.end(`{"entities":[{"id":"x","name":${deep}}],"pageSize":100,"pageNumber":1,"total":1,"pageCount":1}`);
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /the answer nests deeper than 64 levels$/,
  },
  {
    name: "the API hangs",
    intercept: on(CLIENTS, hang),
    env: { DPIA_LIVE_TIMEOUT_MS: "3000", DPIA_LIVE_RETRIES: "1" },
    endpoint: CLIENTS_PAGE_1,
    reason: /no answer within 3 s after 2 attempts$/,
  },
  {
    name: "the API drips its answer a byte at a time",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const body = JSON.stringify({ entities: [], pageSize: 100, pageNumber: 1, total: 0, pageCount: 0 });
      let sent = 0;
      const drip = setInterval(() => {
        if (response.destroyed || sent >= body.length) return clearInterval(drip);
        response.write(body[sent++]);
      }, 200);
    }),
    env: { DPIA_LIVE_TIMEOUT_MS: "3000", DPIA_LIVE_RETRIES: "0" },
    endpoint: CLIENTS_PAGE_1,
    reason: /no answer within 3 s$/,
  },
  {
    name: "the connection is cut in the middle of the answer",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      response.write('{"entities":[');
      setTimeout(() => response.socket?.destroy(), 50);
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /could not be reached \(.+\) after 3 attempts$/,
  },
  {
    name: "an answer over the size limit",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ entities: [], padding: "x".repeat(5000) }));
    }),
    env: { DPIA_LIVE_MAX_BODY_BYTES: "4096" },
    endpoint: CLIENTS_PAGE_1,
    reason: /the answer is larger than 4096 bytes \(DPIA_LIVE_MAX_BODY_BYTES\)$/,
  },
  {
    name: "a redirect to another host",
    intercept: on(CLIENTS, (response) => {
      response.writeHead(302, { location: "https://collector.example.net/steal" });
      response.end();
    }),
    endpoint: CLIENTS_PAGE_1,
    reason: /HTTP 302, a redirect to https:\/\/collector\.example\.net\/steal that is not followed$/,
  },
  {
    name: "an error message that echoes the token, with escape sequences and new lines",
    intercept: on(CLIENTS, (response, request) =>
      platformError(
        response,
        400,
        "bad.request",
        `Token ${String(request.headers.authorization)} rejected\n\u001b[32mAPPROVED\u001b[0m`,
      ),
    ),
    endpoint: CLIENTS_PAGE_1,
    reason: /HTTP 400 bad\.request: Token Bearer \[redacted\] rejected \[32mAPPROVED \[0m$/,
  },
  {
    name: "the login refuses the client credentials",
    intercept: on("/oauth/token", (response) => {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          error: "invalid_client",
          description: "client not found",
          error_description: "client not found",
        }),
      );
    }),
    endpoint: LOGIN,
    reason: /HTTP 400 invalid_client: client not found \(the login service refused the client credentials\)$/,
  },
  {
    name: "the login hangs",
    intercept: on("/oauth/token", hang),
    env: { DPIA_LIVE_TIMEOUT_MS: "3000", DPIA_LIVE_RETRIES: "1" },
    endpoint: LOGIN,
    reason: /no answer within 3 s after 2 attempts$/,
  },
  {
    name: "the login answers 503",
    intercept: on("/oauth/token", (response) => platformError(response, 503, "service.unavailable", "Try later")),
    endpoint: LOGIN,
    reason: /HTTP 503 service\.unavailable: Try later after 3 attempts$/,
  },
  {
    name: "the login answers without a token",
    intercept: on("/oauth/token", (response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ token_type: "bearer", expires_in: 86400 }));
    }),
    endpoint: LOGIN,
    reason: /the login answered without an access_token \(expected \{access_token, token_type, expires_in\}\)$/,
  },
];

describe("dpia drift live: every fault of the Platform API is exit 2 with a plain message", () => {
  let project: { dir: string; register: string };
  beforeAll(async () => {
    project = await approvedProject();
  }, CLI);

  test(
    "the approved org, served whole, is as approved (exit 0): the faults below are the only change",
    async () => {
      const result = await withFake(approvedOrg(), (fake) => driftLive(project, fake));
      expect(result.status, result.output).toBe(0);
      expect(result.stdout).toMatch(/OK {7}genesyscloud_oauth_client\.reporting_9a1b2c3d "Reporting": as approved/);
    },
    CLI,
  );

  test.each(FAULTS)(
    "$name",
    async ({ intercept, env, endpoint, reason }) => {
      const result = await withFake(approvedOrg({ intercept }), (fake) => driftLive(project, fake, env));
      expectCouldNotAssess(result, endpoint, reason);
    },
    CLI,
  );

  test(
    "the API refuses connections",
    async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const result = await withFake(approvedOrg(), (fake) =>
        driftLive(project, { apiBase: `http://127.0.0.1:${port}`, loginBase: fake.loginBase }),
      );
      expectCouldNotAssess(
        result,
        new RegExp(String.raw`GET http://127\.0\.0\.1:${port}/api/v2/authorization/roles\?pageSize=100&pageNumber=1: `),
        /could not be reached \(connection refused\) after 3 attempts$/,
      );
    },
    CLI,
  );

  test(
    "nothing was recorded by the faults, and the register is intact",
    async () => {
      // The approval of the gate run (its DPIA's content record, then the assessment of its 2 subjects), and
      // the one clean drift run above.
      await expectRegisterUnchanged(project, 4);
    },
    CLI,
  );
});
