import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import { syncTickets } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import type { TicketSystemName } from "../../src/tickets/ticket-system";
import { tempDir } from "../helpers/stacks";
import { requestForBlocked } from "./blocked-request";
import { startFakeJira, type FakeJira } from "./fake-jira";
import { startFakeServiceNow, type FakeServiceNow } from "./fake-servicenow";
import { registerWithTrustRoot } from "./trust-root-register";

/**
 * Every fault of a ticket system is "could not assess" (an InputError, exit 2 at the CLI) whose one line
 * names the call and what happened, never a credential; and the register is left as it was and INTACT.
 */
const SECRETS = ["jira-secret-token-123", "sn-secret-password-456"];

let jira: FakeJira;
let serviceNow: FakeServiceNow;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  jira = await startFakeJira({ email: "gate@example.eu", token: SECRETS[0]!, projects: ["PRIV"] });
  serviceNow = await startFakeServiceNow({ user: "dpia.gate", password: SECRETS[1]! });
  env = {
    JIRA_BASE_URL: jira.base,
    JIRA_EMAIL: "gate@example.eu",
    JIRA_API_TOKEN: SECRETS[0],
    SERVICENOW_INSTANCE_URL: serviceNow.base,
    SERVICENOW_USER: "dpia.gate",
    SERVICENOW_PASSWORD: SECRETS[1],
    // The timeout fault waits this long: small, since the stand-in never answers.
    DPIA_TICKET_TIMEOUT_S: "2",
  };
});

afterAll(async () => {
  await jira?.close();
  await serviceNow?.close();
});

const registerEnv = () => ({ DPIA_REGISTER: path.join(tempDir("dpia-ticket-faults-"), "register.db") });

const request = (system: TicketSystemName, registerAt: NodeJS.ProcessEnv, systemEnv = env) =>
  requestForBlocked(system, registerAt, systemEnv);

async function registerState(registerAt: NodeJS.ProcessEnv) {
  return withRegister({ env: registerAt, write: false }, async (register) => ({
    kinds: (await register.verifiedRecords()).map((record) => record.kind),
    verdict: verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey),
  }));
}

async function expectFault(run: Promise<unknown>, ...expected: Array<string | RegExp>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, "the call should have failed").toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect((error as Error).name).toMatch(/InputError|TicketApiError/);
  expect(message.split("\n")).toHaveLength(1);
  for (const text of expected) expect(message).toMatch(text);
  for (const secret of SECRETS) expect(message).not.toContain(secret);
  expect(message).not.toContain("internal error");
  return message;
}

describe("a ticket system that fails never records half a request, nor approves", () => {
  const cases: Array<{
    name: string;
    system: TicketSystemName;
    match: RegExp;
    fault: Parameters<FakeJira["faults"]["push"]>[0]["fault"];
    expected: Array<string | RegExp>;
  }> = [
    {
      name: "Jira answers 500 to the new issue",
      system: "jira",
      match: /^POST \/rest\/api\/3\/issue$/,
      fault: { status: 500, body: JSON.stringify({ errorMessages: ["Internal server error"], errors: {} }) },
      expected: [
        /^Jira POST http:\/\/127\.0\.0\.1:\d+\/rest\/api\/3\/issue: answered HTTP 500: Internal server error$/,
      ],
    },
    {
      name: "Jira answers a body that is not JSON",
      system: "jira",
      match: /^POST \/rest\/api\/3\/issue$/,
      fault: "malformed",
      expected: ["/rest/api/3/issue", "a body that is not JSON"],
    },
    {
      name: "Jira never answers the attachment (timeout), after the issue was opened",
      system: "jira",
      match: /attachments$/,
      fault: "timeout",
      expected: ["/attachments", "timed out after 2 s", /ticket PRIV-\d+ was opened, but nothing was recorded/],
    },
    {
      name: "Jira drops the connection on the comment",
      system: "jira",
      match: /comment$/,
      fault: "drop",
      expected: ["/comment", "closed the connection"],
    },
    {
      name: "ServiceNow answers 500 with its error body",
      system: "servicenow",
      match: /^POST \/api\/now\/table\/change_request$/,
      fault: {
        status: 500,
        body: JSON.stringify({
          error: { message: "Transaction cancelled", detail: "maximum execution time exceeded" },
          status: "failure",
        }),
      },
      expected: [
        "ServiceNow POST",
        "/api/now/table/change_request: answered HTTP 500: Transaction cancelled (maximum execution time exceeded)",
      ],
    },
    {
      name: "ServiceNow refuses the attachment (403 ACL)",
      system: "servicenow",
      match: /attachment\/file$/,
      fault: {
        status: 403,
        body: JSON.stringify({ error: { message: "User Not Authorized", detail: "ACL" }, status: "failure" }),
      },
      expected: ["/api/now/attachment/file", "HTTP 403 (check the credentials", /ticket CHG\d+ was opened/],
    },
  ];
  for (const { name, system, match, fault, expected } of cases) {
    test(
      name,
      async () => {
        const server = system === "jira" ? jira : serviceNow;
        const at = registerEnv();
        await withRegister({ env: at, write: true }, async () => undefined);
        const before = await registerState(at);
        server.faults.push({ match, fault, times: 1 });
        await expectFault(request(system, at), ...expected);
        const after = await registerState(at);
        expect(after.kinds).toEqual(before.kinds);
        expect(after.verdict).toMatchObject({ intact: true });
      },
      60_000,
    );
  }

  test("wrong credentials: 401 named, the token never printed", async () => {
    const at = registerEnv();
    await expectFault(
      request("jira", at, { ...env, JIRA_API_TOKEN: "wrong-token-789" }),
      "HTTP 401 (check the credentials",
      "You are not authenticated",
    );
    await expectFault(
      request("servicenow", at, { ...env, SERVICENOW_PASSWORD: "wrong" }),
      "HTTP 401",
      "User Not Authenticated",
    );
  });

  test("a site that refuses connections, a missing or unsafe URL, missing credentials", async () => {
    const at = registerEnv();
    const closed = await startFakeJira({ email: "x", token: "y", projects: [] });
    await closed.close();
    await expectFault(
      request("jira", at, { ...env, JIRA_BASE_URL: closed.base }),
      "refused the connection (ECONNREFUSED)",
    );
    await expectFault(
      request("jira", at, { ...env, JIRA_BASE_URL: "http://jira.example.com" }),
      "JIRA_BASE_URL",
      "https",
    );
    await expectFault(
      request("jira", at, { ...env, JIRA_BASE_URL: `https://gate:${SECRETS[0]}@jira.example.com` }),
      "must not hold credentials",
    );
    await expectFault(
      request("servicenow", at, { ...env, SERVICENOW_PASSWORD: undefined }),
      "SERVICENOW_PASSWORD",
      "SERVICENOW_USER",
    );
  });

  test("sync: a status read that fails (500, not JSON, wrong shape) records nothing for that ticket; the next sync catches up", async () => {
    // A trust root in force: without one the sync has no use for the comments and does not read them.
    const at = await registerWithTrustRoot();
    const { link } = await request("jira", at);
    const before = await registerState(at);
    const syncAll = () =>
      withRegister({ env: at, write: true }, (register) =>
        syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env }),
      );
    // The ticket's failure comes back in its outcome (the others would still be synced): the same one line.
    const sync = async () => {
      const outcomes = await syncAll();
      const failed = outcomes[0]?.failed;
      if (failed) throw Object.assign(new Error(failed), { name: "TicketApiError" });
      return outcomes;
    };
    jira.faults.push({
      match: new RegExp(`^GET /rest/api/3/issue/${link.key}$`),
      fault: { status: 500, body: "{}" },
      times: 1,
    });
    await expectFault(sync(), `/rest/api/3/issue/${link.key}: answered HTTP 500`);
    jira.faults.push({ match: /comment$/, fault: "malformed", times: 1 });
    await expectFault(sync(), "/comment", "not JSON");
    jira.faults.push({ match: /comment$/, fault: { status: 200, body: '{"comments": "none"}' }, times: 1 });
    await expectFault(sync(), "/comment", "answered without a comments list");
    expect((await registerState(at)).kinds).toEqual(before.kinds);
    const [caughtUp] = await sync();
    expect(caughtUp).toMatchObject({ key: link.key, status: "To Do", revoked: false });
    expect((await registerState(at)).kinds).toEqual([...before.kinds, "ticket-status"]);
  });
});
