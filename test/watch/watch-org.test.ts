import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import { loadPolicy } from "../../src/policy/load-policy";
import { recordException } from "../../src/register/exceptions";
import { withRegister } from "../../src/register/register";
import type { RegisterRecord } from "../../src/register/record";
import { InputError } from "../../src/validation/input-error";
import { EventBridgeSource } from "../../src/watch/eventbridge-source";
import { watchOrg, type WatchOrgOptions } from "../../src/watch/watch-org";
import { auditEvent } from "../helpers/fake-audit-trail";
import { auditChange, MemorySource } from "./memory-source";
import { approvedProject, ORG_ID, ROLE_ID, startReportingOrg, startWebhook } from "./watch-fixture";

/** The watch's output lines, and a way to wait for one. */
function lineLog() {
  const lines: string[] = [];
  let waiting: Array<() => void> = [];
  return {
    lines,
    onLine: (line: string) => {
      lines.push(line);
      if (process.env.WATCH_DEBUG) process.stderr.write(`${line}\n`);
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    },
    seen: (fragment: string) =>
      new Promise<void>((resolve) => {
        const check = () => (lines.some((line) => line.includes(fragment)) ? resolve() : waiting.push(check));
        check();
      }),
  };
}

async function watchRecords(register: string): Promise<RegisterRecord[]> {
  return withRegister({ url: register, write: false }, (opened) => opened.verifiedRecords(["watch-event"]));
}

describe("watchOrg: audit changes re-assessed live against the register, recorded once, alerted", () => {
  let project: { dir: string; register: string };
  let org: Awaited<ReturnType<typeof startReportingOrg>>;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  const policy = loadPolicy({});
  beforeAll(async () => {
    project = await approvedProject();
    org = await startReportingOrg();
    webhook = await startWebhook();
  }, 240_000);
  afterAll(async () => {
    await org?.fake.close();
    await webhook?.close();
  });

  function start(source: MemorySource, extra: Partial<WatchOrgOptions> = {}) {
    const stop = new AbortController();
    const log = lineLog();
    const done = watchOrg({
      source,
      organizationId: ORG_ID,
      readOrg: org.readOrg,
      policy,
      register: project.register,
      alertWebhook: webhook.url,
      signal: stop.signal,
      onLine: log.onLine,
      ...extra,
    });
    return { stop, log, done };
  }

  test("a role widened: re-assessed, recorded and alerted; the same event twice, another org's, a restart", async () => {
    org.widen();
    const source = new MemorySource();
    const first = start(source);
    const widened = auditChange();
    source.push(widened, { ...widened, via: "audit-query" });
    // The alert is posted before the batch's line is told; a webhook that failed would be a warning line.
    await first.log.seen(`re-assessed ${widened.id} (alert sent)`);
    expect(first.log.lines.filter((line) => line.startsWith("warning:"))).toEqual([]);
    const alert = webhook.bodies[0]!;
    expect(alert.kind).toBe("dpia-watch");
    expect(JSON.stringify(alert.subjects)).toContain("role_permission_added");
    expect(JSON.stringify(alert)).not.toContain("watch-s3cret");
    source.push(auditChange({ id: "b0000000-0000-4000-8000-0000000000bb", organizationId: "another-org" }));
    await first.log.seen("refused-other-org");
    first.stop.abort();
    const summary = await first.done;
    expect(summary.duplicates).toBe(1);

    const records = await watchRecords(project.register);
    expect(records.map((record) => record.data.outcome)).toEqual(["re-assessed", "refused-other-org"]);
    const [reassessed, refused] = records as [RegisterRecord, RegisterRecord];
    expect(reassessed.subject).toBe(widened.id);
    expect(reassessed.data).toMatchObject({ needs_dpo: true, alert: "sent" });
    expect(refused.data.needs_dpo).toBe(false);
    expect(refused.data.alert).toBeUndefined();
    expect(reassessed.data.subjects).toEqual([
      expect.objectContaining({
        subject: "genesyscloud_oauth_client.reporting_9a1b2c3d",
        state: "drifted",
        failed: true,
        kinds: expect.arrayContaining(["role_permission_added"]),
      }),
    ]);
    expect(refused.data.reason).toContain("another-org");
    expect(webhook.bodies).toHaveLength(1);

    // A restart resumes from the last change recorded (not the refused one), and what the source
    // delivers again is recognised from the register: nothing is recorded twice.
    const again = new MemorySource(25 * 60_000);
    const second = start(again);
    const later = auditChange({ id: "c0000000-0000-4000-8000-0000000000cc", eventTime: "2026-12-05T22:05:00Z" });
    again.push(widened, later);
    await second.log.seen(later.id);
    second.stop.abort();
    expect((await second.done).duplicates).toBe(1);
    // It resumes as far before it as the source says it may have held changes back (the notifications
    // source: a sweep interval and the audits' indexing delay): an older change may reach the source late.
    const reachBefore = new Date(Date.parse(widened.eventTime) - 25 * 60_000).toISOString();
    expect(again.starts).toEqual([{ id: widened.id, eventTime: reachBefore }]);
    const after = await watchRecords(project.register);
    expect(after.map((record) => record.subject)).toEqual([
      widened.id,
      "b0000000-0000-4000-8000-0000000000bb",
      later.id,
    ]);
  }, 120_000);

  test("an exception that expires is re-assessed and alerted when it does, and once only across restarts", async () => {
    const approved = await withRegister({ url: project.register, write: false }, (opened) =>
      opened.verifiedRecords(["assessment"]),
    );
    const dpia = approved.find((record) => String(record.subject).startsWith("OAC-"))!.data.dpia as Dpia;
    const soon = new Date(Date.now() + 1500).toISOString();
    await withRegister({ url: project.register, write: true }, async (opened) => {
      await recordException(opened, "exception-approved", exceptionOf(dpia, "EXC-reporting-soon", soon), "test");
      // Expired while no watch ran: handled at the next start.
      await recordException(
        opened,
        "exception-approved",
        exceptionOf(dpia, "EXC-reporting-past", "2026-01-01T00:00:00Z"),
        "test",
      );
    });
    const alertsBefore = webhook.bodies.length;
    const source = new MemorySource();
    const watching = start(source, { rescanMs: 60_000 });
    await watching.log.seen("EXC-reporting-past");
    await watching.log.seen("EXC-reporting-soon");
    watching.stop.abort();
    await watching.done;
    const expiryAlerts = webhook.bodies.slice(alertsBefore).map((body) => JSON.stringify(body.triggers));
    expect(expiryAlerts.join()).toContain("EXC-reporting-soon");
    expect(expiryAlerts.join()).toContain("EXC-reporting-past");
    const expiries = (await watchRecords(project.register)).filter(
      (record) => record.data.outcome === "exception-expired",
    );
    expect(expiries.map((record) => record.subject).sort()).toEqual(["EXC-reporting-past", "EXC-reporting-soon"]);
    expect(expiries[0]!.data.subjects).toEqual([
      expect.objectContaining({ subject: "genesyscloud_oauth_client.reporting_9a1b2c3d" }),
    ]);

    const restarted = start(new MemorySource(), { rescanMs: 60_000 });
    restarted.stop.abort();
    await restarted.done;
    expect((await watchRecords(project.register)).filter((r) => r.data.outcome === "exception-expired")).toHaveLength(
      2,
    );
  }, 120_000);

  test("faults: the live API failing stops the watch (nothing recorded, the event handled after a restart); malformed and unassessed changes", async () => {
    const failing = await startReportingOrg({
      intercept: (request, response, url) => {
        if (url.pathname !== "/api/v2/authorization/roles") return false;
        response.writeHead(503, { "content-type": "application/json" });
        response.end(JSON.stringify({ message: "Service Unavailable", code: "service.unavailable", status: 503 }));
        return true;
      },
    });
    const before = (await watchRecords(project.register)).length;
    const source = new MemorySource();
    const event = auditChange({ id: "d0000000-0000-4000-8000-0000000000dd", eventTime: "2026-12-05T22:10:00Z" });
    source.push(event);
    const outcome = watchOrg({
      source,
      organizationId: ORG_ID,
      readOrg: failing.readOrg,
      policy,
      register: project.register,
      signal: new AbortController().signal,
    });
    const error = (await outcome.then(
      () => undefined,
      (caught: unknown) => caught,
    )) as InputError;
    await failing.fake.close();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain("/api/v2/authorization/roles");
    expect(error.message).toContain("HTTP 503");
    expect(error.message).not.toContain("watch-s3cret");
    expect(await watchRecords(project.register)).toHaveLength(before);

    const again = new MemorySource(25 * 60_000);
    const watching = start(again);
    again.push(
      event,
      auditChange({ id: "e0000000-0000-4000-8000-0000000000ee", eventTime: "not a time" }),
      auditChange({ id: "f0000000-0000-4000-8000-0000000000ff", entityType: "WrapupCode" }),
      auditChange({ id: "a1000000-0000-4000-8000-0000000000a1", entityType: "Webhook" }),
    );
    await watching.log.seen("a1000000");
    watching.stop.abort();
    await watching.done;
    // Sorted: how the five changes fall into batches depends on when the watch takes them.
    const outcomes = (await watchRecords(project.register))
      .slice(before)
      .map((r) => [r.subject, r.data.outcome])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(outcomes).toEqual([
      ["a1000000-0000-4000-8000-0000000000a1", "not-read-live"],
      [event.id, "re-assessed"],
      ["e0000000-0000-4000-8000-0000000000ee", "refused-malformed"],
      ["f0000000-0000-4000-8000-0000000000ff", "not-assessed"],
    ]);
  }, 120_000);

  test("an alert not delivered is recorded and told as such: a webhook that fails, no webhook, a webhook that is not a URL", async () => {
    // A port that was open and is closed: the POST is refused.
    const closed = await startWebhook();
    await closed.close();
    const cases = [
      { id: "a2000000-0000-4000-8000-0000000000a2", alertWebhook: closed.url, alert: "failed" },
      { id: "a3000000-0000-4000-8000-0000000000a3", alertWebhook: undefined, alert: "not-configured" },
    ];
    for (const { id, alertWebhook, alert } of cases) {
      const source = new MemorySource();
      // Not read live: recorded and needing the DPO without a live read.
      source.push(auditChange({ id, entityType: "Webhook" }));
      const watching = start(source, { alertWebhook });
      await watching.log.seen(`not-read-live ${id} (alert ${alert})`);
      watching.stop.abort();
      expect((await watching.done).alerts).toBe(0);
      const warnings = watching.log.lines.filter((line) => line.startsWith("warning:"));
      if (alert === "failed") expect(warnings).toEqual([expect.stringContaining("the DPO was not alerted")]);
      else expect(warnings).toEqual([]);
      const record = (await watchRecords(project.register)).find((r) => r.subject === id)!;
      expect(record.data).toMatchObject({ outcome: "not-read-live", needs_dpo: true, alert });
    }
    const before = (await watchRecords(project.register)).length;
    const refused = await start(new MemorySource(), { alertWebhook: "mailto:dpo-t0ken@example.eu" }).done.then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(refused).toBeInstanceOf(InputError);
    expect(refused?.message).toContain("--alert-webhook: an http:// or https:// URL, not mailto:");
    expect(refused?.message).not.toContain("t0ken");
    expect(await watchRecords(project.register)).toHaveLength(before);
  }, 120_000);

  test("EventBridge: the org is the partner event source's; another org's event is refused, a redelivery is once", async () => {
    // The event as the Genesys EventBridge integration delivers it: detail-type the topic filter, source
    // the partner event source naming the org, detail the audit topic's notification (docs/watch-sources.md).
    const delivered = (org: string, id: string) => ({
      version: "0",
      id: `eb-${id}`,
      "detail-type": "v2.audits.entitytype.{id}.entityid.{id}",
      source: `aws.partner/genesys.com/cloud/${org}/dpia-watch`,
      account: "123456789012",
      time: "2026-12-05T22:20:00Z",
      region: "eu-west-1",
      resources: [],
      detail: {
        topicName: `v2.audits.entitytype.Role.entityid.${ROLE_ID}`,
        version: "2",
        eventBody: auditEvent({
          id,
          serviceName: "PeoplePermissions",
          entityType: "Role",
          entityId: ROLE_ID,
          action: "Update",
          eventTime: "2026-12-05T22:20:00.000Z",
          homeOrgId: org,
        }),
        metadata: { CorrelationId: `${id}-c` },
      },
    });
    const ours = "eb000000-0000-4000-8000-000000000001";
    const theirs = "eb000000-0000-4000-8000-000000000002";
    const other = "99999999-0000-4000-8000-000000000099";
    const before = (await watchRecords(project.register)).length;
    const summary = await watchOrg({
      source: new EventBridgeSource([delivered(ORG_ID, ours), delivered(other, theirs), delivered(ORG_ID, ours)]),
      organizationId: ORG_ID,
      readOrg: org.readOrg,
      policy,
      register: project.register,
      signal: new AbortController().signal,
    });
    expect(summary.duplicates).toBe(1);
    const added = (await watchRecords(project.register)).slice(before);
    expect(added.map((record) => [record.subject, record.data.outcome, record.data.event])).toEqual([
      [ours, "re-assessed", expect.objectContaining({ via: "eventbridge", organization_id: ORG_ID })],
      [theirs, "refused-other-org", expect.objectContaining({ organization_id: other })],
    ]);
  }, 120_000);

  test("a register with no approval to compare with: refused before anything is read", async () => {
    const empty = `${project.dir}/empty.db`;
    const error = await watchOrg({
      source: new MemorySource(),
      organizationId: ORG_ID,
      readOrg: org.readOrg,
      policy,
      register: empty,
      signal: new AbortController().signal,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("empty.db");
    expect((error as InputError).message).toContain("at least one approved DPIA");
  });
});

function exceptionOf(dpia: Dpia, id: string, notAfter: string): ExceptionRecord {
  return {
    exception_id: id,
    dpia_id: dpia.dpia_id,
    integration_name: dpia.integration_name,
    subject_address: dpia.subject.address,
    fingerprint: dpia.fingerprint,
    requester: "platform-team",
    reason: "Reporting client kept while the vendor review completes",
    ticket: "DPO-1",
    requested_at: "2025-12-01T00:00:00Z",
    not_before: "2025-12-01T00:00:00Z",
    not_after: notAfter,
    signatures: [{ approver_id: "dpo", signed_at: "2025-12-01T00:00:00Z", signature: "c2lnbmF0dXJl" }],
  };
}
