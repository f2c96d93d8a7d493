import type * as http from "node:http";
import { describe, expect, it } from "vitest";
import { GenesysApiClient } from "../../../src/drift/live/genesys-api-client";
import { InputError } from "../../../src/validation/input-error";
import { AuditQuerySource } from "../../../src/watch/audit-query-source";
import type { ChangeSource } from "../../../src/watch/audit-change";
import { NotificationsSource } from "../../../src/watch/notifications-source";
import type { FakeAuditQueryOptions } from "../../helpers/fake-audit-trail";
import type { FakeNotificationsOrg } from "../../helpers/fake-notifications";
import { collect, type Collector } from "./collect-changes";
import { CLIENT, clientOf, endWhatEachTestStarts, ROLE_ID, roleWidened, SERVICES, startOrg } from "./stand-in-org";

// Faults at each edge of the sources, on the stand-ins of test/helpers/fake-notifications.ts and
// fake-audit-trail.ts. The error bodies are the Platform API's ErrorBody {message, code, status}.

endWhatEachTestStarts();
let org: FakeNotificationsOrg | undefined;
let reader: Collector | undefined;

const settings = {
  backoffMs: 5,
  maxBackoffMs: 20,
  heartbeatTimeoutMs: 60_000,
  openTimeoutMs: 20_000,
  reconnectAttempts: 2,
};
const notifications = (running: FakeNotificationsOrg, client = clientOf(running)) =>
  new NotificationsSource({ client, settings, sweepEveryMs: 3600_000, timing: { pollMs: 5 } });
const poller = (running: FakeNotificationsOrg) =>
  new AuditQuerySource({ client: clientOf(running), everyMs: 3600_000, timing: { pollMs: 5 } });

/** The error a source ends with: an InputError (exit 2) of one line, with no secret and no channel id in it. */
async function failureOf(source: ChangeSource, running: FakeNotificationsOrg): Promise<string> {
  reader = collect(source, { id: "mark", eventTime: roleWidened(0).eventTime });
  const error = await reader.failure();
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message).not.toMatch(/internal error|\n/);
  expect(message).not.toContain(CLIENT.clientSecret);
  expect(message).not.toMatch(/token-\d/);
  for (const channel of running.channels) expect(message).not.toContain(channel.id);
  return message;
}

const answer =
  (path: RegExp, status: number, body: string, method = "POST") =>
  (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => {
    if (request.method !== method || !path.test(url.pathname)) return false;
    response.writeHead(status, { "content-type": "application/json" });
    response.end(body);
    return true;
  };

describe("the sources' faults: each ends the watch with one line naming the endpoint and what happened (exit 2)", () => {
  it("a login that refuses the client", async () => {
    org = await startOrg();
    const client = new GenesysApiClient({
      ...clientOf(org),
      apiBase: org.genesys.apiBase,
      loginBase: org.genesys.loginBase,
      clientId: CLIENT.clientId,
      clientSecret: "wrong-secret-value",
      limits: { retries: 0 },
    });
    const message = await failureOf(notifications(org, client), org);
    expect(message).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/oauth\/token: HTTP 400 invalid_client.*refused the client credentials/,
    );
    expect(message).not.toContain("wrong-secret-value");
  });

  it("a channel the Notifications API will not create (500)", async () => {
    org = await startOrg({
      fault: answer(
        /^\/api\/v2\/notifications\/channels$/,
        500,
        '{"message":"boom","code":"internal.server.error","status":500}',
      ),
    });
    expect(await failureOf(notifications(org), org)).toMatch(
      /live org: POST http:\/\/127\.0\.0\.1:\d+\/api\/v2\/notifications\/channels: HTTP 500 internal\.server\.error: boom after 2 attempts/,
    );
  });

  it("a channel whose connectUri is not a WebSocket URL", async () => {
    org = await startOrg({
      fault: answer(
        /^\/api\/v2\/notifications\/channels$/,
        200,
        '{"id":"streaming-9","connectUri":"https://elsewhere.example/x"}',
      ),
    });
    expect(await failureOf(notifications(org), org)).toMatch(
      /notifications\/channels: the channel's connectUri is not a wss:\/\/ URL/,
    );
  });

  it("more audit topics than a channel takes (1,000)", async () => {
    org = await startOrg();
    const many = Array.from({ length: 1001 }, (_, index) => ({ entityType: "Role", entityId: `role-${index}` }));
    const source = new NotificationsSource({ client: clientOf(org), entities: async () => many, settings });
    const message = await failureOf(source, org);
    expect(message).toMatch(
      /\/notifications\/channels\/\[channel\]\/subscriptions: 1001 audit topics to subscribe, more than the 1000 a channel takes/,
    );
  });

  it("subscriptions the API refuses (400), without the channel id in the message", async () => {
    org = await startOrg({
      fault: answer(/\/subscriptions$/, 400, '{"message":"bad topic","code":"bad.request","status":400}'),
    });
    expect(await failureOf(notifications(org), org)).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/api\/v2\/notifications\/channels\/\[channel\]\/subscriptions: HTTP 400 bad\.request: bad topic/,
    );
  });

  it("a socket message that is not JSON", async () => {
    org = await startOrg();
    reader = collect(notifications(org));
    await org.socketOpenAfter(0);
    org.sendRaw("<html>gateway</html>");
    const error = (await reader.failure()) as Error;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^live org: WebSocket ws:\/\/127\.0\.0\.1:\d+\/channels\/\[channel\]: a message that is not JSON \(20 characters\)$/,
    );
  });

  it("an audit event of another shape, or of another entity than its topic names", async () => {
    org = await startOrg();
    reader = collect(notifications(org));
    await org.socketOpenAfter(0);
    const topicName = `v2.audits.entitytype.Role.entityid.${ROLE_ID}`;
    org.sendRaw(JSON.stringify({ topicName, eventBody: { ...roleWidened(1), eventTime: "yesterday" } }));
    expect(((await reader.failure()) as Error).message).toMatch(
      /WebSocket .*\[channel\]: an audit event of an unexpected shape \(eventBody\.eventTime: expected an ISO 8601 date and time\)/,
    );
    await reader.stop();
    reader = collect(notifications(org));
    await org.socketOpenAfter(1);
    org.sendRaw(JSON.stringify({ topicName, eventBody: { ...roleWidened(1), entity: { id: "another-role" } } }));
    expect(((await reader.failure()) as Error).message).toMatch(
      /an audit event of Role another-role on the topic of Role /,
    );
  });

  it("a socket that drops and cannot be reopened", async () => {
    let refuse = false;
    org = await startOrg({
      fault: (request, response, url) =>
        refuse &&
        answer(
          /^\/api\/v2\/notifications\/channels$/,
          503,
          '{"message":"down","code":"service.unavailable","status":503}',
        )(request, response, url),
    });
    reader = collect(notifications(org));
    await org.socketOpenAfter(0);
    refuse = true;
    org.dropSockets();
    const error = (await reader.failure()) as Error;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^live org: WebSocket ws:\/\/127\.0\.0\.1:\d+\/channels\/\[channel\]: the socket closed \(code 1006\), and it could not be reopened in 2 attempts \(last: POST .*\/notifications\/channels: HTTP 503 service\.unavailable: down after 2 attempts\)$/,
    );
  });

  it("a service that accepts each new socket and drops it at once: backed off, then given up", async () => {
    org = await startOrg();
    reader = collect(notifications(org));
    await org.socketOpenAfter(0);
    // A change came on the first socket: it was a working one, so the first reopening is not held against the service.
    org.change(roleWidened(1));
    await reader.until(1);
    org.dropNewSockets();
    org.dropSockets();
    const error = (await reader.failure()) as Error;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^live org: WebSocket ws:\/\/127\.0\.0\.1:\d+\/channels\/\[channel\]: the socket closed \(code 1011\), and it could not be reopened in 2 attempts \(last: each new socket closed before anything came on it\)$/,
    );
    expect(org.channels.length).toBe(3);
  });

  const queryFaults: Array<[string, Partial<FakeAuditQueryOptions>, RegExp]> = [
    [
      "ends Failed",
      { endState: "Failed" },
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/audits\/query\/tx-1: the audit query ended Failed, not Succeeded/,
    ],
    [
      "answers results that are not JSON",
      { garbageResults: "<html>" },
      /audits\/query\/tx-1\/results\?pageSize=500: the answer is not JSON \(text\/html, 6 bytes\)/,
    ],
    [
      "has no service that audits a watched type",
      { services: { Telephony: ["Trunk"] } },
      /audits\/query\/servicemapping: no audited service names any of the watched entity types/,
    ],
  ];
  for (const [fault, audit, expected] of queryFaults)
    it(`an audit query that ${fault}`, async () => {
      org = await startOrg({ audit: { services: SERVICES, ...audit } });
      expect(await failureOf(poller(org), org)).toMatch(expected);
    });

  it("a resume mark whose eventTime is not a time (it would pass nothing on, silently)", async () => {
    org = await startOrg();
    reader = collect(poller(org), { id: "mark", eventTime: "last tuesday" });
    const error = (await reader.failure()) as Error;
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'the change the watch resumes after: an eventTime that is not an ISO 8601 date and time ("last tuesday")',
    );
  });

  it("an audit query the OAuth client may not run (403 missing.permissions)", async () => {
    org = await startOrg({
      fault: answer(
        /^\/api\/v2\/audits\/query$/,
        403,
        '{"message":"You are missing the following permission(s): audits:audit:view","code":"missing.permissions","status":403}',
      ),
    });
    expect(await failureOf(poller(org), org)).toMatch(
      /live org: POST http:\/\/127\.0\.0\.1:\d+\/api\/v2\/audits\/query: HTTP 403 missing\.permissions: You are missing the following permission\(s\): audits:audit:view \(the OAuth client lacks a permission/,
    );
  });
});
