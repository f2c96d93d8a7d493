import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withRegister } from "../../src/register/register";
import type { RegisterRecord } from "../../src/register/record";
import { auditEvent, type TopicAudit } from "../helpers/fake-audit-trail";
import { startFakeNotificationsOrg, type FakeNotificationsOrg } from "../helpers/fake-notifications";
import { runDpiaAsync } from "../helpers/run-cli";
import { testEnv } from "../helpers/test-env";
import {
  approvedProject,
  CLIENT_ID,
  ORG_ID,
  reportingOrgListings,
  ROLE_ID,
  startWebhook,
} from "../watch/watch-fixture";

// The stand-in org speaks the Notifications API and the Audit Query API as test/helpers/fake-notifications.ts
// and fake-audit-trail.ts cite (purecloud-platform-client-v2: Channel, ChannelTopic, AuditTopicAuditLogMessage,
// AuditQueryExecution*; GET /api/v2/organizations/me answers the Organization), and the Platform API's listings
// as test/helpers/fake-genesys.ts does. The audit's service and entity type are the AuditLogMessage enums'.

const DPIA = path.resolve(__dirname, "../../bin/dpia.cjs");
const CREDENTIALS = { clientId: "watcher", clientSecret: "watch-s3cret-e2e" };

/** `dpia watch` as a service runs it: a child process, its output lines awaited, stopped by SIGTERM. */
function startWatch(args: string[], cwd: string, org: FakeNotificationsOrg, secret = CREDENTIALS.clientSecret) {
  const child = spawn(
    process.execPath,
    [DPIA, "watch", ...args, "--api-url", org.genesys.apiBase, "--login-url", org.genesys.loginBase],
    {
      cwd,
      env: testEnv({
        GENESYSCLOUD_OAUTHCLIENT_ID: CREDENTIALS.clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
        GENESYSCLOUD_REGION: "eu-west-1",
      }),
    },
  );
  let stdout = "";
  let stderr = "";
  let wake: Array<() => void> = [];
  const woken = () => {
    const waiting = wake;
    wake = [];
    for (const resolve of waiting) resolve();
  };
  child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk.toString("utf8")), woken()));
  child.stderr.on("data", (chunk: Buffer) => ((stderr += chunk.toString("utf8")), woken()));
  const ended = new Promise<number | null>((resolve) => child.on("close", (status) => (woken(), resolve(status))));
  return {
    output: () => stdout + stderr,
    /** Resolves when the output holds the fragment; rejects when the watch ends first. */
    seen: (fragment: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () =>
          (stdout + stderr).includes(fragment)
            ? resolve()
            : child.exitCode !== null
              ? reject(new Error(`the watch ended before "${fragment}": ${stdout}${stderr}`))
              : wake.push(check);
        check();
      }),
    /** The exit of a watch that ends by itself (a fault). */
    ended: async () => ({ status: await ended, stdout, stderr }),
    stop: async () => {
      child.kill("SIGTERM");
      return { status: await ended, stdout, stderr };
    },
  };
}

let sequence = 0;
/** The role widened, as its audit arrives (PeoplePermissions / Role / Update) `minutesAgo` minutes ago. */
function roleAudit(
  minutesAgo: number,
  overrides: Partial<{ homeOrgId: string; entityType: string; entityId: string }> = {},
): TopicAudit {
  sequence++;
  return auditEvent({
    id: `e2e00000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    serviceName: "PeoplePermissions",
    entityType: overrides.entityType ?? "Role",
    entityId: overrides.entityId ?? ROLE_ID,
    action: "Update",
    eventTime: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    homeOrgId: overrides.homeOrgId ?? ORG_ID,
  });
}

async function watchEvents(register: string): Promise<RegisterRecord[]> {
  return withRegister({ url: register, write: false }, (opened) => opened.verifiedRecords(["watch-event"]));
}

async function standInOrg() {
  const org = reportingOrgListings();
  const running = await startFakeNotificationsOrg({
    ...CREDENTIALS,
    organizationId: ORG_ID,
    listings: org.listings,
    cursorListings: org.cursorListings,
    audit: { services: { PeoplePermissions: ["OAuthClient", "Role"], Integrations: ["Integration", "Action"] } },
    heartbeatMs: 200,
  });
  return { running, widen: org.widen };
}

describe("dpia watch end to end: a stand-in org, the real CLI, a real SQLite register, the DPO's webhook", () => {
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  beforeAll(async () => {
    webhook = await startWebhook();
  });
  afterAll(async () => {
    await webhook?.close();
  });

  test("notifications: a role widened → re-assessed, recorded, alerted; twice → once; restart → resumes", async () => {
    const { dir, register } = await approvedProject();
    const { running: org, widen } = await standInOrg();
    try {
      const args = ["--register", register, "--alert-webhook", webhook.url];
      const first = startWatch(args, dir, org);
      await org.socketOpenAfter(0);
      widen();
      const widened = roleAudit(0);
      org.change(widened);
      await first.seen(`re-assessed ${widened.id} (alert sent)`);
      org.change(widened);
      const clientTouched = roleAudit(0, { entityType: "OAuthClient", entityId: CLIENT_ID });
      org.change(clientTouched);
      await first.seen(clientTouched.id);
      const stopped = await first.stop();
      expect(stopped.status, stopped.stdout + stopped.stderr).toBe(0);
      expect(stopped.stdout + stopped.stderr).not.toContain(CREDENTIALS.clientSecret);
      const alert = webhook.bodies.find((body) => JSON.stringify(body).includes(widened.id))!;
      expect(alert.kind).toBe("dpia-watch");
      expect(JSON.stringify(alert.subjects)).toContain("role_permission_added");
      expect(JSON.stringify(alert)).not.toContain(CREDENTIALS.clientSecret);
      expect(JSON.stringify(alert)).not.toContain("d7ff136e"); // the user who made the change

      // Down: a change happens that no socket hears. Started again, the watch reads the gap from the
      // Audit Query API (which also gives the changes already recorded: each is recorded once).
      const whileDown = roleAudit(0, { entityType: "OAuthClient", entityId: CLIENT_ID });
      org.record(whileDown);
      const second = startWatch(args, dir, org);
      await second.seen(`re-assessed ${whileDown.id}`);
      expect((await second.stop()).status).toBe(0);
      const subjects = (await watchEvents(register)).map((record) => record.subject);
      expect(subjects.sort()).toEqual([widened.id, clientTouched.id, whileDown.id].sort());
      const verify = await runDpiaAsync(["register", "verify", "--register", register], { cwd: dir });
      expect(verify.status, verify.output).toBe(0);
      expect(verify.stdout).toContain("INTACT");
    } finally {
      await org.close();
    }
  }, 300_000);

  test("poll mode gives the same outcome from the Audit Query API", async () => {
    const { dir, register } = await approvedProject();
    const { running: org, widen } = await standInOrg();
    try {
      widen();
      const widened = roleAudit(1);
      org.record(widened);
      org.record(widened);
      const alertsBefore = webhook.bodies.length;
      const watch = startWatch(
        ["--mode", "poll", "--poll-interval", "10", "--register", register, "--alert-webhook", webhook.url],
        dir,
        org,
      );
      await watch.seen(`re-assessed ${widened.id} (alert sent)`);
      await webhook.received(alertsBefore + 1);
      expect((await watch.stop()).status).toBe(0);
      expect(JSON.stringify(webhook.bodies[alertsBefore]!.subjects)).toContain("role_permission_added");
      const records = await watchEvents(register);
      expect(records.map((record) => [record.subject, record.data.outcome])).toEqual([[widened.id, "re-assessed"]]);
    } finally {
      await org.close();
    }
  }, 300_000);

  test("faults: a bad option and refused credentials are exit 2 with one line, no secret", async () => {
    const { running: org } = await standInOrg();
    try {
      const dir = process.cwd();
      const bad = await startWatch(["--mode", "websocket", "--register", "unused.db"], dir, org).ended();
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('--mode: one of notifications, poll, got "websocket"');
      const refused = await startWatch(["--register", "unused.db"], dir, org, "wrong-secret-value").ended();
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("refused the client credentials");
      expect(refused.stderr).toContain("/oauth/token");
      // Without a webhook the watch says at start that it records but does not send (then stops here: no approvals).
      const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "watch-nohook-")), "register.db");
      const unsent = await startWatch(["--register", empty], dir, org).ended();
      expect(unsent.stderr.split("\n").filter((line) => line.includes("--alert-webhook"))).toEqual([
        "warning: no --alert-webhook: privacy-relevant changes will be recorded in the register (alert: not-configured) but not sent to the DPO",
      ]);
      expect(unsent.status).toBe(2);
      // The webhook is checked at start, and never shown: its URL often holds its secret.
      const badHook = await startWatch(["--alert-webhook", "ftp://hooks.example.eu/hook-t0ken"], dir, org).ended();
      expect(badHook.status).toBe(2);
      expect(badHook.stderr).toContain("dpia: --alert-webhook: an http:// or https:// URL, not ftp:");
      expect(badHook.stderr).not.toContain("hook-t0ken");
      const notHook = await startWatch(["--alert-webhook", "hook-t0ken"], dir, org).ended();
      expect(notHook.status).toBe(2);
      expect(notHook.stderr).toContain("dpia: --alert-webhook: an http:// or https:// URL");
      expect(notHook.stderr).not.toContain("hook-t0ken");
      for (const result of [bad, refused, badHook, notHook]) {
        expect(result.stderr).not.toContain("internal error");
        expect(result.stderr).not.toContain("wrong-secret-value");
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      }
    } finally {
      await org.close();
    }
  }, 120_000);
});
