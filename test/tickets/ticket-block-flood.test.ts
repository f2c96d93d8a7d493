import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withRegister } from "../../src/register/register";
import { verifyLog } from "../../src/register/verify-log";
import { syncTickets } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import { requestForBlocked } from "./blocked-request";
import { startFakeJira, type FakeJira } from "./fake-jira";
import { registerWithTrustRoot } from "./trust-root-register";

/**
 * Anyone who may comment on the ticket could stuff a comment with empty approval blocks: a Jira Cloud
 * comment holds up to 32,767 characters (~420 empty blocks), a ticket up to the 5,000 comments the sync
 * reads. One register record per block would be two million records in one append; a stuffed comment is
 * refused whole, once.
 */
const EMPTY_BLOCK = "-----BEGIN DPIA EXCEPTION APPROVAL-----\n-----END DPIA EXCEPTION APPROVAL-----\n";
let jira: FakeJira;
const env = { JIRA_EMAIL: "gate@example.eu", JIRA_API_TOKEN: "jira-token" } as NodeJS.ProcessEnv;

beforeAll(async () => {
  jira = await startFakeJira({ email: "gate@example.eu", token: "jira-token", projects: ["PRIV"] });
  env.JIRA_BASE_URL = jira.base;
});
afterAll(async () => jira?.close());

describe("a ticket's comments stuffed with approval blocks", () => {
  test("each stuffed comment is one refusal, recorded once; a comment with one bad block is still refused by itself", async () => {
    const at = await registerWithTrustRoot();
    const { link } = await requestForBlocked("jira", at, env);
    const perComment = Math.floor(32_767 / EMPTY_BLOCK.length);
    for (let i = 0; i < 3; i++) jira.postComment(link.key, "mallory", EMPTY_BLOCK.repeat(perComment));
    jira.postComment(link.key, "someone", EMPTY_BLOCK);
    const sync = () =>
      withRegister({ env: at, write: true }, (register) =>
        syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), env: {} }),
      );
    const [first] = await sync();
    expect(first!.refused).toHaveLength(4);
    expect(first!.refused.slice(0, 3)).toEqual(
      Array.from({ length: 3 }, () =>
        expect.stringMatching(new RegExp(`^\\d+#\\*: a comment with ${perComment} approval blocks, none read`)),
      ),
    );
    expect(first!.refused[3]).toMatch(/^\d+#0: not an approval block: the field exception is missing$/);
    const [second] = await sync();
    expect(second!.refused).toEqual([]);
    await withRegister({ env: at, write: false }, async (register) => {
      const records = await register.verifiedRecords();
      expect(records.filter((record) => record.kind === "ticket-approval-refused")).toHaveLength(4);
      expect(verifyLog(await register.rows(), await register.currentMeta(), register.verifierKey)).toMatchObject({
        intact: true,
      });
    });
  });
});
