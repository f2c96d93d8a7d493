import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { currentExceptions } from "../../src/register/exceptions";
import { withRegister } from "../../src/register/register";
import { syncNamedTicket } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import { verifyLog } from "../../src/register/verify-log";
import { requestForBlocked } from "./blocked-request";
import { startFakeJira, type FakeJira } from "./fake-jira";
import { registerWithTrustRoot } from "./trust-root-register";

/**
 * A Jira issue moved to another project gets a new key. Jira still answers GET /rest/api/3/issue/{old key}
 * with it ("if the identifier doesn't match an issue, a case-insensitive search and check for moved issues
 * is performed ... The issue key returned in the response is the key of the issue found": Jira Cloud REST
 * v3, Get issue), but its webhooks name it by the new key. A rejection after the move must still revoke.
 */
let jira: FakeJira;
const env = { JIRA_EMAIL: "gate@example.eu", JIRA_API_TOKEN: "jira-token" } as NodeJS.ProcessEnv;

beforeAll(async () => {
  jira = await startFakeJira({ email: "gate@example.eu", token: "jira-token", projects: ["PRIV", "SEC"] });
  env.JIRA_BASE_URL = jira.base;
});
afterAll(async () => jira?.close());

describe("a ticket moved to another project", () => {
  test("its webhook, naming the new key, still syncs it: the rejection revokes the exception, once", async () => {
    const at = await registerWithTrustRoot();
    const { link, exception } = await requestForBlocked("jira", at, env);
    const issue = jira.issues.get(link.key)!;
    issue.key = "SEC-9";
    jira.issues.set("SEC-9", issue);
    issue.status = { name: "Rejected", category: "done" };
    issue.resolution = "Won't Do";
    const sync = () =>
      withRegister({ env: at, write: true }, (register) =>
        syncNamedTicket(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env: {} }, "jira", "SEC-9"),
      );
    const [outcome] = await sync();
    expect(outcome).toMatchObject({ exception_id: exception.exception_id, key: link.key, revoked: true });
    expect(await sync()).toEqual([]);
    await withRegister({ env: at, write: false }, async (register) => {
      const records = await register.verifiedRecords();
      expect(currentExceptions(records).map((open) => open.exception_id)).not.toContain(exception.exception_id);
      expect(records.filter((record) => record.kind === "exception-revoked")).toHaveLength(1);
      expect(verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey)).toMatchObject({
        intact: true,
      });
    });
  });
});
