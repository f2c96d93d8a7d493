import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { currentExceptions } from "../../src/register/exceptions";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import { requestThroughTicket } from "../../src/tickets/request-ticket";
import { syncTickets } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import type { TicketSystemName } from "../../src/tickets/ticket-system";
import { runDpiaAsync } from "../helpers/run-cli";
import { startFakeJira, type FakeJira } from "./fake-jira";
import { startFakeServiceNow, type FakeServiceNow } from "./fake-servicenow";
import { registerWithTrustRoot } from "./trust-root-register";

/**
 * A ticket that ended revokes its exception even when it cannot be read in full (a comment flood, an
 * oversized journal), or no longer exists; and one ticket that cannot be read never keeps the others
 * from being synced. Error shapes: Jira Cloud REST v3 answers a missing or hidden issue with HTTP 404
 * {"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}
 * (developer.atlassian.com, "Get issue"); the ServiceNow Table API answers GET /api/now/table/{table}/{sys_id}
 * of a missing record with HTTP 404 {"error":{"message":"No Record found","detail":"Record doesn't exist or
 * ACL restricts the record retrieval"},"status":"failure"} (ServiceNow Table API reference, "GET record").
 */
const golden = path.resolve(
  __dirname,
  "../golden/test_fixtures_twins_p-execute-crm-action_dangerous.defaults.gate.json",
);
const blocked = (JSON.parse(fs.readFileSync(golden, "utf8")) as { dpias: Dpia[] }).dpias[1]!;
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
  };
});
afterAll(async () => {
  await jira?.close();
  await serviceNow?.close();
});

const request = (system: TicketSystemName, at: NodeJS.ProcessEnv) =>
  withRegister({ env: at, write: true }, (register) =>
    requestThroughTicket(register, ticketSystemFromEnv(system, env), {
      dpia: blocked,
      container: system === "jira" ? "PRIV" : "change_request",
      html: "<p>DPIA</p>",
      requester: "platform.oncall",
      reason: "The CRM note action must ship for the audit deadline before masking lands",
      notBefore: new Date(),
      hours: 24,
      maxHours: 72,
      requestedAt: new Date(),
    }),
  );

const sync = (at: NodeJS.ProcessEnv, only?: string) =>
  withRegister({ env: at, write: true }, (register) =>
    syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env: {}, ...(only ? { only } : {}) }),
  );

async function registerState(at: NodeJS.ProcessEnv) {
  return withRegister({ env: at, write: false }, async (register) => {
    const records = await register.verifiedRecords();
    return {
      records,
      open: currentExceptions(records).map((exception) => exception.exception_id),
      verdict: verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey),
    };
  });
}

const emptyComment = (id: number) => ({
  id: String(id),
  accountId: "mallory",
  body: { type: "doc", version: 1, content: [] },
});

describe("a ticket that ended revokes its exception, whatever its comments weigh", () => {
  test("Jira: rejected and flooded with 5,002 comments → revoked, comments never read", async () => {
    const at = await registerWithTrustRoot();
    const { link, exception } = await request("jira", at);
    const issue = jira.issues.get(link.key)!;
    Object.assign(issue, { status: { name: "Rejected", category: "done" }, resolution: "Won't Do" });
    for (let i = 0; i < 5002; i++) issue.comments.push(emptyComment(900_000 + i));
    const callsBefore = jira.calls.length;
    const [outcome] = await sync(at, link.key);
    expect(outcome).toMatchObject({ key: link.key, revoked: true, status: "Rejected (Won't Do)" });
    expect(outcome?.failed).toBeUndefined();
    expect(jira.calls.slice(callsBefore).filter((call) => call.includes("/comment"))).toEqual([]);
    const after = await registerState(at);
    expect(after.open).not.toContain(exception.exception_id);
    expect(after.records.slice(-2).map((r) => r.kind)).toEqual(["ticket-status", "exception-revoked"]);
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);

  test("ServiceNow: rejected with 9 MiB of journal → revoked, journal never read", async () => {
    const at = await registerWithTrustRoot();
    const { link, exception } = await request("servicenow", at);
    serviceNow.update(link.key, { approval: "rejected", state: "4", active: "false" });
    for (let i = 0; i < 3; i++) serviceNow.postComment(link.key, "mallory", "x".repeat(3 * 1024 * 1024));
    const callsBefore = serviceNow.calls.length;
    const [outcome] = await sync(at, link.key);
    expect(outcome).toMatchObject({ key: link.key, revoked: true, status: "state 4, approval rejected" });
    expect(serviceNow.calls.slice(callsBefore).filter((call) => call.includes("sys_journal_field"))).toEqual([]);
    const after = await registerState(at);
    expect(after.open).not.toContain(exception.exception_id);
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);
});

describe("a ticket that no longer exists revokes its exception, recorded with that reason", () => {
  test("Jira issue deleted or hidden (404) and ServiceNow record deleted (404 No Record found)", async () => {
    const at = await registerWithTrustRoot();
    const jiraTicket = await request("jira", at);
    const snTicket = await request("servicenow", at);
    jira.issues.delete(jiraTicket.link.key);
    const snRecord = [...serviceNow.records.entries()].find(([, r]) => r.fields.number === snTicket.link.key)!;
    serviceNow.records.delete(snRecord[0]);
    const outcomes = await sync(at);
    expect(outcomes.map((o) => [o.key, o.revoked, o.failed])).toEqual([
      [jiraTicket.link.key, true, undefined],
      [snTicket.link.key, true, undefined],
    ]);
    const after = await registerState(at);
    expect(after.open).toEqual([]);
    const revoked = after.records.filter((r) => r.kind === "exception-revoked").map((r) => r.data.reason);
    expect(revoked).toEqual([
      expect.stringMatching(new RegExp(`^ticket ${jiraTicket.link.key} is gone \\(Jira answered HTTP 404`)),
      expect.stringMatching(
        new RegExp(`^ticket ${snTicket.link.key} is gone \\(ServiceNow answered HTTP 404: No Record found`),
      ),
    ]);
    const statuses = after.records.filter((r) => r.kind === "ticket-status").map((r) => r.data);
    expect(statuses).toEqual([
      expect.objectContaining({ key: jiraTicket.link.key, ended: true, gone: true }),
      expect.objectContaining({ key: snTicket.link.key, ended: true, gone: true }),
    ]);
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);
});

test("a bare 404 without the system's own error body (a proxy, a wrong base URL) is a fault, not a deleted ticket", async () => {
  const at = await registerWithTrustRoot();
  const jiraTicket = await request("jira", at);
  const snTicket = await request("servicenow", at);
  jira.faults.push({
    match: /^GET \/rest\/api\/3\/issue\/[^/]+$/,
    fault: { status: 404, body: "<h1>Not Found</h1>" },
    times: 1,
  });
  serviceNow.faults.push({
    match: /^GET \/api\/now\/table\/change_request\/[0-9a-f]{32}$/,
    fault: { status: 404, body: "{}" },
    times: 1,
  });
  const outcomes = await sync(at);
  expect(outcomes.map((o) => [o.key, o.revoked])).toEqual([
    [jiraTicket.link.key, false],
    [snTicket.link.key, false],
  ]);
  expect(outcomes[0]?.failed).toMatch(/^Jira GET .*answered HTTP 404$/);
  expect(outcomes[1]?.failed).toMatch(/^ServiceNow GET .*answered HTTP 404$/);
  const after = await registerState(at);
  expect(after.open).toEqual([jiraTicket.exception.exception_id, snTicket.exception.exception_id]);
});

describe("an open ticket whose comments are over the caps", () => {
  test("its signatures are not collected in this run, recorded as such, and its status change still is", async () => {
    const at = await registerWithTrustRoot();
    const { link, exception } = await request("jira", at);
    const issue = jira.issues.get(link.key)!;
    issue.status = { name: "In Review", category: "indeterminate" };
    for (let i = 0; i < 5002; i++) issue.comments.push(emptyComment(800_000 + i));
    const [outcome] = await sync(at, link.key);
    expect(outcome).toMatchObject({ revoked: false, approved: [], status: "In Review" });
    expect(outcome?.pending).toMatch(/signatures not collected in this run: .*has more than 5000 comments/);
    const after = await registerState(at);
    expect(after.open).toContain(exception.exception_id);
    expect(after.records.at(-1)).toMatchObject({
      kind: "ticket-status",
      data: {
        status: "In Review",
        ended: false,
        signatures_not_collected: expect.stringContaining("more than 5000 comments"),
      },
    });
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);

  test("ServiceNow: more journal entries than the cap are not read as if complete", async () => {
    const at = await registerWithTrustRoot();
    const { link } = await request("servicenow", at);
    for (let i = 0; i < 5001; i++) serviceNow.postComment(link.key, "mallory", `note ${i}`);
    const [outcome] = await sync(at, link.key);
    expect(outcome).toMatchObject({ revoked: false, approved: [] });
    expect(outcome?.pending).toMatch(/sys_journal_field: has more than 5000 comments/);
    // Synced again (a scheduled run, or a webhook per comment of the flood): told again, not recorded again.
    const recorded = (await registerState(at)).records.length;
    const [again] = await sync(at, link.key);
    expect(again?.pending).toMatch(/sys_journal_field: has more than 5000 comments/);
    const after = await registerState(at);
    expect(after.records.length).toBe(recorded);
    expect(after.records.at(-1)).toMatchObject({
      kind: "ticket-status",
      data: { signatures_not_collected: expect.stringContaining("more than 5000 comments") },
    });
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);
});

describe("one ticket that fails never stops the others", () => {
  test("`dpia exception sync`: the Jira ticket answers 500, the ServiceNow rejection is still recorded; exit 2 naming the failed ticket", async () => {
    const at = await registerWithTrustRoot();
    const jiraTicket = await request("jira", at);
    const snTicket = await request("servicenow", at);
    serviceNow.update(snTicket.link.key, { approval: "rejected", state: "4", active: "false" });
    jira.faults.push({
      match: new RegExp(`^GET /rest/api/3/issue/${jiraTicket.link.key}$`),
      fault: { status: 500, body: JSON.stringify({ errorMessages: ["Internal server error"], errors: {} }) },
      times: 1,
    });
    const run = await runDpiaAsync(["exception", "sync"], { env: { ...env, ...at }, timeout: 120_000 });
    expect(run.status, run.output).toBe(2);
    expect(run.stdout).toContain(
      `${snTicket.link.key} (state 4, approval rejected) ${snTicket.exception.exception_id}:`,
    );
    expect(run.stdout).toContain("exception REVOKED");
    const failedLines = run.stderr.split("\n").filter((line) => line.includes("could not be synced"));
    expect(failedLines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^dpia: ${jiraTicket.link.key} ${jiraTicket.exception.exception_id}: could not be synced: Jira GET http://127\\.0\\.0\\.1:\\d+/rest/api/3/issue/${jiraTicket.link.key}.*answered HTTP 500: Internal server error$`,
        ),
      ),
    ]);
    expect(run.output).not.toContain("internal error");
    for (const secret of SECRETS) expect(run.output).not.toContain(secret);
    const after = await registerState(at);
    expect(after.open).toEqual([jiraTicket.exception.exception_id]);
    expect(after.verdict).toMatchObject({ intact: true });
  }, 180_000);
});
