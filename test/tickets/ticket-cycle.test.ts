import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runDpiaAsync } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import type { TestEnv } from "../helpers/test-env";
import { startFakeJira, type FakeJira } from "./fake-jira";
import { startFakeServiceNow, type FakeServiceNow } from "./fake-servicenow";

/**
 * The acceptance of issue 27 item 2, through the real CLI against the Jira Cloud and ServiceNow stand-ins:
 * request → ticket with the DPIA attached → two approvers' signatures posted in comments (with a forged
 * one and a malformed one beside them) → sync → exception valid, gate passes → ticket rejected → sync →
 * exception revoked, gate blocks; every step in the register, which stays INTACT.
 */
const root = path.resolve(__dirname, "../..");
const BLOCKED_INPUT = path.join(root, "test", "fixtures", "twins", "p-execute-crm-action", "dangerous");
const BLOCKED_ID = "INT-genesys-cloud-data-actions-1b8185";
const REASON = "The CRM note action must ship for the audit deadline before masking lands";
const CLI_TIMEOUT = 240_000;

let dir: string;
let jira: FakeJira;
let serviceNow: FakeServiceNow;
const env: TestEnv = {};
const dpia = (...args: string[]) => runDpiaAsync(args, { cwd: dir, env, timeout: CLI_TIMEOUT });

async function ok(...args: string[]) {
  const result = await dpia(...args);
  expect(result.status, result.output).toBe(0);
  return result;
}

async function gateExit(): Promise<number | null> {
  return (await dpia("gate", BLOCKED_INPUT, "--out", "out", "--compact")).status;
}

async function kinds(): Promise<string[]> {
  const records = JSON.parse((await ok("register", "export", "--format", "records")).stdout) as Array<{ kind: string }>;
  return records.map((record) => record.kind).filter((kind) => kind !== "content" && kind !== "assessment");
}

beforeAll(async () => {
  dir = tempDir("dpia-tickets-");
  jira = await startFakeJira({ email: "gate@example.eu", token: "jira-secret-token-123", projects: ["PRIV"] });
  serviceNow = await startFakeServiceNow({ user: "dpia.gate", password: "sn-secret-password-456" });
  Object.assign(env, {
    DPIA_REGISTER: path.join(dir, "register.db"),
    JIRA_BASE_URL: jira.base,
    JIRA_EMAIL: "gate@example.eu",
    JIRA_API_TOKEN: "jira-secret-token-123",
    SERVICENOW_INSTANCE_URL: serviceNow.base,
    SERVICENOW_USER: "dpia.gate",
    SERVICENOW_PASSWORD: "sn-secret-password-456",
  });
  const approvers = [];
  for (const [id, role] of [
    ["dpo.anna", "DPO"],
    ["sec.ben", "SECURITY_LEAD"],
    ["eve", "DPO"],
  ] as const) {
    const made = await ok(
      "keygen",
      "--id",
      id,
      "--role",
      role,
      "--name",
      id,
      "--out",
      id === "eve" ? "intruder" : "keys",
    );
    if (id !== "eve") approvers.push(JSON.parse(made.stdout.slice(made.stdout.indexOf("{"))));
  }
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify({ version: 1, approvers }, null, 2));
  await ok("trust", "init");
  await ok("trust", "sign", "dpia.trust-root.json", "--key", "keys/dpo.anna.key");
  await ok("trust", "sign", "dpia.trust-root.json", "--key", "keys/sec.ben.key");
  const rotated = await ok("trust", "rotate", "dpia.trust-root.json");
  env.DPIA_TRUST_ROOT = /DPIA_TRUST_ROOT=(sha256:[0-9a-f]{64})/.exec(rotated.stdout)![1];
  expect(await gateExit()).toBe(1);
}, 600_000);

afterAll(async () => {
  await jira?.close();
  await serviceNow?.close();
});

/** Both approvers sign and post; beside them a forged block (eve's key, not in the root) and a broken one. */
async function postSignatures(id: string, post: (author: string, text: string) => void): Promise<void> {
  const anna = (await ok("exception", "sign", id, "--key", "keys/dpo.anna.key")).stdout;
  expect(anna).toContain("-----BEGIN DPIA EXCEPTION APPROVAL-----");
  const refused = await dpia("exception", "sign", id, "--key", "intruder/eve.key");
  expect(refused.status).toBe(2);
  expect(refused.output).toContain("EXC-APPROVER-KNOWN");
  // Eve copies Anna's block and puts her own signature of another text in it: it does not verify.
  const forged = anna.replace(/signature: \S+/, `signature: ${Buffer.alloc(64, 7).toString("base64")}`);
  post("eve", `Approved by the DPO:\n${forged}`);
  post("anna", `Approved.\n${anna}`);
  post(
    "someone",
    "-----BEGIN DPIA EXCEPTION APPROVAL-----\nexception: nonsense\n-----END DPIA EXCEPTION APPROVAL-----",
  );
  post("ben", (await ok("exception", "sign", id, "--key", "keys/sec.ben.key")).stdout);
}

describe("exceptions through Jira Cloud and ServiceNow: raised, shown and revoked there, granted only by signatures", () => {
  test("Jira: request → issue with the DPIA attached → two signatures in comments → gate passes → rejected → revoked, gate blocks", async () => {
    // A ticket API that answers 500: exit 2, one line naming the call, nothing recorded (the kinds below).
    jira.faults.push({
      match: /^POST \/rest\/api\/3\/issue$/,
      fault: { status: 500, body: '{"errorMessages":["Internal server error"],"errors":{}}' },
      times: 1,
    });
    const failed = await dpia("exception", "request", `out/${BLOCKED_ID}.json`, "--jira", "PRIV", "--reason", REASON);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(
      /^dpia: Jira POST http:\/\/127\.0\.0\.1:\d+\/rest\/api\/3\/issue: answered HTTP 500: Internal server error\n$/,
    );
    const requested = await ok(
      "exception",
      "request",
      `out/${BLOCKED_ID}.json`,
      "--jira",
      "PRIV",
      "--reason",
      REASON,
      "--hours",
      "24",
      "--requester",
      "platform.oncall",
    );
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;
    expect(requested.stdout).toContain("in PRIV-1");
    const issue = jira.issues.get("PRIV-1")!;
    expect(issue.attachments.map((a) => [a.filename, a.mimeType])).toEqual([[`${BLOCKED_ID}.html`, "text/html"]]);
    expect(issue.attachments[0]!.content).toContain("Genesys Cloud Data Actions");
    expect(JSON.stringify(issue.comments[0]!.body)).toContain(id);
    expect(requested.output).not.toContain("jira-secret-token-123");

    // Before any signature, the ticket grants nothing: it is still blocked.
    expect(await gateExit()).toBe(1);
    await postSignatures(id, (author, text) => jira.postComment("PRIV-1", author, text));
    const synced = await ok("exception", "sync");
    expect(synced.stdout).toContain("signature(s) of dpo.anna, sec.ben verified and recorded");
    expect(synced.stdout).toMatch(/refused \d+#0: EXC-SIGNATURE/);
    expect(synced.stdout).toContain("not an approval block");
    expect(await gateExit()).toBe(0);
    expect((await ok("exception", "sync", "PRIV-1")).stdout).toContain("nothing new");

    // Rejected through Jira's own transitions API, as a reviewer's click does.
    const transitions = await fetch(`${jira.base}/rest/api/3/issue/PRIV-1/transitions`, {
      headers: { authorization: `Basic ${Buffer.from("gate@example.eu:jira-secret-token-123").toString("base64")}` },
    });
    const reject = (
      (await transitions.json()) as { transitions: Array<{ id: string; name: string }> }
    ).transitions.find((t) => t.name === "Reject")!;
    await fetch(`${jira.base}/rest/api/3/issue/PRIV-1/transitions`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from("gate@example.eu:jira-secret-token-123").toString("base64")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ transition: { id: reject.id } }),
    });
    const revoked = await ok("exception", "sync");
    expect(revoked.stdout).toContain("Rejected (Won't Do)");
    expect(revoked.stdout).toContain("REVOKED");
    expect(await gateExit()).toBe(1);

    expect(await kinds()).toEqual([
      "register-created",
      "trust-root",
      "exception-requested",
      "ticket-opened",
      // The gate run before any signature: the exception the ticket raised grants nothing yet.
      "exception-rejected",
      "ticket-status",
      "ticket-approval-refused",
      "exception-approved",
      "ticket-approval-refused",
      "exception-approved",
      "exception-applied",
      "ticket-status",
      "exception-revoked",
    ]);
    expect((await ok("register", "verify")).stdout).toContain("INTACT");
    // Revoked is final: the exception is gone from sync and from signing.
    expect((await ok("exception", "sync")).stdout).toContain("no open exception");
  }, 900_000);

  test("ServiceNow: request → change request with the DPIA attached → two signatures in comments → gate passes → rejected → revoked, gate blocks", async () => {
    const before = (await kinds()).length;
    const requested = await ok(
      "exception",
      "request",
      `out/${BLOCKED_ID}.json`,
      "--servicenow",
      "--reason",
      REASON,
      "--hours",
      "24",
    );
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;
    const [change] = [...serviceNow.records.values()];
    expect(requested.stdout).toContain(`in ${change!.fields.number}`);
    expect(change!.table).toBe("change_request");
    expect(change!.attachments.map((a) => [a.file_name, a.content_type])).toEqual([
      [`${BLOCKED_ID}.html`, "text/html"],
    ]);
    expect(serviceNow.journal[0]!.value).toContain(id);

    await postSignatures(id, (author, text) => serviceNow.postComment(change!.fields.number!, author, text));
    const synced = await ok("exception", "sync", id);
    expect(synced.stdout).toContain("signature(s) of dpo.anna, sec.ben verified and recorded");
    expect(synced.stdout).toContain("EXC-SIGNATURE");
    expect(await gateExit()).toBe(0);

    serviceNow.update(change!.fields.number!, { approval: "rejected", state: "4", active: "false" });
    const revoked = await ok("exception", "sync");
    expect(revoked.stdout).toContain("REVOKED");
    expect(await gateExit()).toBe(1);
    expect((await kinds()).slice(before)).toEqual([
      "exception-requested",
      "ticket-opened",
      "ticket-status",
      "ticket-approval-refused",
      "exception-approved",
      "ticket-approval-refused",
      "exception-approved",
      "exception-applied",
      "ticket-status",
      "exception-revoked",
    ]);
    expect((await ok("register", "verify")).stdout).toContain("INTACT");
  }, 900_000);
});
