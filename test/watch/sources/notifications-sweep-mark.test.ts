import { describe, expect, it } from "vitest";
import { NotificationsSource } from "../../../src/watch/notifications-source";
import { auditEvent } from "../../helpers/fake-audit-trail";
import type { FakeNotificationsOrg } from "../../helpers/fake-notifications";
import { collect } from "./collect-changes";
import { clientOf, endWhatEachTestStarts, ORG_ID, roleWidened, startOrg } from "./stand-in-org";

// The stand-in speaks the Notifications API and the Audit Query API as test/helpers/fake-notifications.ts and
// fake-audit-trail.ts cite (purecloud-platform-client-v2's Channel, AuditTopicAuditLogMessage, AuditQuery* models).
//
// A socket carries the audit topics of the subscribed entities only; a change to any other (a new integration,
// a type with no topic) reaches the watch through an Audit Query catch-up alone. The catch-up used to start
// the overlap (10 min) before the last change the SOCKET brought: a change at minute 1, a role widened on the
// socket at minute 12, and the sweep due at minute 15 asked from minute 2; the new integration was never
// passed on, recorded or alerted.

endWhatEachTestStarts();

const waitFor = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
};

/** The entity types the source passed on, with or without a role widened on the socket at minute 12. */
async function passedOn(org: FakeNotificationsOrg, roleOnTheSocket: boolean): Promise<string[]> {
  const resumeAt = roleWidened(0);
  const reader = collect(
    new NotificationsSource({
      client: clientOf(org),
      settings: { backoffMs: 10, maxBackoffMs: 50, heartbeatTimeoutMs: 60_000, openTimeoutMs: 20_000 },
      sweepEveryMs: 3600_000,
      timing: { pollMs: 5 },
    }),
    { id: resumeAt.id, eventTime: resumeAt.eventTime },
  );
  await org.socketOpenAfter(0);
  // The catch-up since minute 0 (one query per service of the stand-in) is done before the org changes.
  await waitFor(() => org.trail.queries.length >= 3);
  if (roleOnTheSocket) {
    org.change(roleWidened(12));
    await reader.until(1);
  }
  org.record(
    auditEvent({
      id: "b0000000-0000-4000-8000-0000000000aa",
      serviceName: "Integrations",
      entityType: "Integration",
      entityId: "c1d2e3f4-0000-4000-8000-0000000000aa",
      action: "Create",
      eventTime: new Date(Date.parse(resumeAt.eventTime) + 60_000).toISOString(),
      homeOrgId: ORG_ID,
    }),
  );
  // The next catch-up (after a dropped socket: the same query a periodic sweep makes), then one more change
  // on the new socket: the source takes it after the catch-up's changes.
  const channels = org.channels.length;
  org.dropSockets();
  await org.socketOpenAfter(channels);
  await waitFor(() => org.trail.queries.length >= 6);
  const last = roleWidened(20);
  org.change(last);
  await waitFor(() => reader.got.some((change) => change.id === last.id));
  return reader.got.map((change) => change.entityType);
}

describe("the Notifications API source's catch-ups", () => {
  it("read back a change no topic covers, dated before a later change the socket brought", async () => {
    const org = await startOrg();
    expect(await passedOn(org, true)).toEqual(["Role", "Integration", "Role"]);
  });

  it("read it back without a change on the socket too", async () => {
    const org = await startOrg();
    expect(await passedOn(org, false)).toEqual(["Integration", "Role"]);
  });

  it("ask a restarted watch to resume a sweep interval and the indexing delay before its last change", () => {
    // What the source had not yet passed on when the watch stopped is after that point: a change only a sweep
    // finds (up to a sweep interval late), indexed up to the overlap late (watch-org.ts reachedBack).
    const source = (options: { sweepEveryMs?: number; overlapMs?: number }) =>
      new NotificationsSource({ client: undefined as never, settings: {}, ...options });
    expect(source({}).resumeReachMs).toBe(25 * 60_000);
    expect(source({ sweepEveryMs: 60_000, overlapMs: 30_000 }).resumeReachMs).toBe(90_000);
  });
});
