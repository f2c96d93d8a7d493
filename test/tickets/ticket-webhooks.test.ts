import { createHmac } from "node:crypto";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withRegister } from "../../src/register/register";
import { syncTickets } from "../../src/tickets/sync-tickets";
import { ticketSystemFromEnv } from "../../src/tickets/ticket-config";
import { startTicketWebhooks, type TicketWebhooks } from "../../src/tickets/webhook-server";
import { serviceNowSignature } from "../../src/tickets/webhook-signature";
import { InputError } from "../../src/validation/input-error";
import { tempDir } from "../helpers/stacks";
import { requestForBlocked } from "./blocked-request";
import { startFakeJira, type FakeJira } from "./fake-jira";

/**
 * Webhooks: Jira Cloud's admin webhook with a secret signs the raw body with HMAC-SHA256 and sends
 * `X-Hub-Signature: sha256=<hex>` (WebSub method=signature; Atlassian's "Secure admin webhooks",
 * https://developer.atlassian.com/cloud/jira/platform/webhooks/#secure-admin-webhooks); its body holds
 * `webhookEvent` and `issue.key`. ServiceNow's is the business rule docs/exceptions.md defines:
 * `X-DPIA-Timestamp` and `X-DPIA-Signature: sha256=HMAC(secret, "<timestamp>.<body>")`, body {number, sys_id, table}.
 */
const JIRA_SECRET = "jira-webhook-secret-abc";
const SN_SECRET = "sn-webhook-secret-def";

let jira: FakeJira;
let hooks: TicketWebhooks;
const synced: string[] = [];
const logged: string[] = [];
const registerAt = { DPIA_REGISTER: path.join(tempDir("dpia-ticket-webhooks-"), "register.db") };
const env = { JIRA_BASE_URL: "", JIRA_EMAIL: "gate@example.eu", JIRA_API_TOKEN: "jira-token" } as NodeJS.ProcessEnv;

beforeAll(async () => {
  jira = await startFakeJira({ email: "gate@example.eu", token: "jira-token", projects: ["PRIV"] });
  env.JIRA_BASE_URL = jira.base;
  hooks = await startTicketWebhooks({
    host: "127.0.0.1",
    port: 0,
    secrets: { jira: JIRA_SECRET, servicenow: SN_SECRET },
    log: (line) => logged.push(line),
    sync: async (system, key) => {
      synced.push(`${system} ${key}`);
      const outcomes = await withRegister({ env: registerAt, write: true }, (register) =>
        syncTickets(register, { systemFor: (name) => ticketSystemFromEnv(name, env), only: key, env: {} }),
      );
      return outcomes.map((outcome) => `${outcome.key} revoked=${outcome.revoked}`).join(", ") || `${key}: none`;
    },
  });
});

afterAll(async () => {
  await hooks?.close();
  await jira?.close();
});

const jiraSignature = (body: string, secret = JIRA_SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

function post(route: string, body: string, headers: Record<string, string>) {
  return fetch(`${hooks.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

describe("ticket webhooks: verified by their signatures, then only a hint of which ticket to sync", () => {
  test("a signed Jira webhook for a rejected issue revokes its exception, once; a replay records nothing new", async () => {
    const { link, exception } = await requestForBlocked("jira", registerAt, env);
    const issue = jira.issues.get(link.key)!;
    Object.assign(issue, { status: { name: "Rejected", category: "done" }, resolution: "Won't Do" });
    const body = JSON.stringify({
      timestamp: 1764975600000,
      webhookEvent: "jira:issue_updated",
      issue: { id: "10000", key: link.key },
    });
    for (let delivery = 0; delivery < 2; delivery++) {
      const answer = await post("/jira", body, { "X-Hub-Signature": jiraSignature(body) });
      expect(answer.status).toBe(202);
    }
    await hooks.idle();
    expect(logged.slice(-2)).toEqual([`${link.key} revoked=true`, `${link.key}: none`]);
    const kinds = await withRegister({ env: registerAt, write: false }, async (register) =>
      (await register.verifiedRecords())
        .filter((record) => record.subject === exception.exception_id)
        .map((record) => record.kind),
    );
    expect(kinds).toEqual(["exception-requested", "ticket-opened", "ticket-status", "exception-revoked"]);
  }, 60_000);

  test("unsigned, wrongly signed, another secret's, or a signature of another body: 401, nothing synced", async () => {
    const body = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { key: "PRIV-99" } });
    const before = synced.length;
    const variants: Array<Record<string, string>> = [
      {},
      { "X-Hub-Signature": "sha256=" + "0".repeat(64) },
      { "X-Hub-Signature": jiraSignature(body, "guessed-secret") },
      { "X-Hub-Signature": jiraSignature(body + " ") },
      { "X-Hub-Signature": jiraSignature(body).replace("sha256=", "sha1=") },
    ];
    for (const headers of variants) {
      const answer = await post("/jira", body, headers);
      expect(answer.status).toBe(401);
    }
    expect(synced.length).toBe(before);
    expect(logged.join("\n")).not.toContain(JIRA_SECRET);
  });

  test("ServiceNow: signed and fresh is accepted; a replay after five minutes, a bad signature or a missing timestamp is refused", async () => {
    const body = JSON.stringify({ number: "CHG0030001", sys_id: "0".repeat(32), table: "change_request" });
    const now = Math.floor(Date.now() / 1000);
    const fresh = await post("/servicenow", body, {
      "X-DPIA-Timestamp": String(now),
      "X-DPIA-Signature": serviceNowSignature(body, String(now), SN_SECRET),
    });
    expect(fresh.status).toBe(202);
    // The digest in base64, as ServiceNow's GlideCertificateEncryption.generateMac returns it.
    const base64 = `sha256=${Buffer.from(serviceNowSignature(body, String(now), SN_SECRET).slice(7), "hex").toString("base64")}`;
    expect(
      (await post("/servicenow", body, { "X-DPIA-Timestamp": String(now), "X-DPIA-Signature": base64 })).status,
    ).toBe(202);
    const stale = String(now - 600);
    const replay = await post("/servicenow", body, {
      "X-DPIA-Timestamp": stale,
      "X-DPIA-Signature": serviceNowSignature(body, stale, SN_SECRET),
    });
    expect(replay.status).toBe(401);
    const moved = await post("/servicenow", body, {
      "X-DPIA-Timestamp": String(now + 1),
      "X-DPIA-Signature": serviceNowSignature(body, String(now), SN_SECRET),
    });
    expect(moved.status).toBe(401);
    expect(
      (await post("/servicenow", body, { "X-DPIA-Signature": serviceNowSignature(body, "", SN_SECRET) })).status,
    ).toBe(401);
    await hooks.idle();
    expect(synced.filter((entry) => entry === "servicenow CHG0030001")).toHaveLength(2);
  });

  test("malformed: no key in a signed body, a body that is not JSON, too large, another path or method", async () => {
    const noKey = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { key: "../../etc" } });
    expect((await post("/jira", noKey, { "X-Hub-Signature": jiraSignature(noKey) })).status).toBe(400);
    expect((await post("/jira", "{", { "X-Hub-Signature": jiraSignature("{") })).status).toBe(400);
    const huge = "x".repeat(2 * 1024 * 1024);
    const tooLarge = await post("/jira", huge, { "X-Hub-Signature": jiraSignature(huge) }).then(
      (answer) => answer.status,
      () => 413,
    );
    expect(tooLarge).toBe(413);
    expect((await post("/other", "{}", {})).status).toBe(404);
    expect((await fetch(`${hooks.url}/jira`)).status).toBe(404);
  });

  test("a burst of deliveries for one ticket (or one captured delivery replayed: Jira signs no time) queues one sync, not one each", async () => {
    let syncs = 0;
    let release: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (release = resolve));
    const burst = await startTicketWebhooks({
      host: "127.0.0.1",
      port: 0,
      secrets: { jira: JIRA_SECRET },
      log: () => undefined,
      sync: async () => {
        await running;
        syncs++;
        return "";
      },
    });
    const body = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { id: "10000", key: "PRIV-77" } });
    for (let i = 0; i < 50; i++) {
      const answer = await fetch(`${burst.url}/jira`, {
        method: "POST",
        headers: { "X-Hub-Signature": jiraSignature(body) },
        body,
      });
      expect(answer.status).toBe(202);
    }
    release();
    await burst.idle();
    await burst.close();
    // The first sync had started (it reads the ticket from then on); one more covers every later delivery.
    expect(syncs).toBe(2);
  });

  test("an address it cannot listen on (in use) is a one-line input error naming it, not an internal error", async () => {
    const port = Number(new URL(hooks.url).port);
    const second = startTicketWebhooks({
      host: "127.0.0.1",
      port,
      secrets: { jira: JIRA_SECRET },
      log: () => undefined,
      sync: async () => "",
    });
    await expect(second).rejects.toBeInstanceOf(InputError);
    await expect(second).rejects.toThrow(`--listen 127.0.0.1:${port}: cannot listen: the address is in use`);
  });
});
