import { describe, expect, it } from "vitest";
import { NotificationsSource, type NotificationsSourceOptions } from "../../../src/watch/notifications-source";
import type { FakeNotificationsOrg } from "../../helpers/fake-notifications";
import { collect, type Collector } from "./collect-changes";
import {
  clientOf,
  endWhatEachTestStarts,
  OAUTH_CLIENT_ID,
  ORG_ID,
  ROLE_ID,
  roleWidened,
  startOrg,
} from "./stand-in-org";

// The stand-in speaks the Notifications API and the Audit Query API as test/helpers/fake-notifications.ts and
// fake-audit-trail.ts cite (purecloud-platform-client-v2's Channel, ChannelTopic, AuditTopicAuditLogMessage,
// AuditQuery* models; the SDKs' NotificationHandler for channel.metadata heartbeats and v2.system.socket_closing).

endWhatEachTestStarts();
let org: FakeNotificationsOrg | undefined;
let reader: Collector | undefined;

function source(running: FakeNotificationsOrg, options: Partial<NotificationsSourceOptions> = {}): NotificationsSource {
  return new NotificationsSource({
    client: clientOf(running),
    settings: {
      backoffMs: 10,
      maxBackoffMs: 50,
      heartbeatTimeoutMs: 60_000,
      openTimeoutMs: 20_000,
      reconnectAttempts: 3,
    },
    sweepEveryMs: 3600_000,
    timing: { pollMs: 5 },
    ...options,
  });
}

describe("the Notifications API source", () => {
  it("subscribes each watched entity's audit topic and passes on the audit events the socket brings", async () => {
    org = await startOrg();
    reader = collect(source(org));
    await org.socketOpenAfter(0);
    expect([...(org.channels[0]?.topics ?? [])].sort()).toEqual([
      `v2.audits.entitytype.OAuthClient.entityid.${OAUTH_CLIENT_ID}`,
      `v2.audits.entitytype.Role.entityid.${ROLE_ID}`,
    ]);
    const widened = roleWidened(1);
    org.change(widened);
    const [change] = await reader.until(1);
    expect(change).toEqual({
      id: widened.id,
      organizationId: ORG_ID,
      serviceName: "PeoplePermissions",
      entityType: "Role",
      entityId: ROLE_ID,
      action: "Update",
      eventTime: widened.eventTime,
      via: "notifications",
    });
  });

  it("started after a recorded change, it first reads the gap from the Audit Query API, then listens", async () => {
    org = await startOrg();
    const [recorded, missed1, missed2, live] = [roleWidened(2), roleWidened(3), roleWidened(4), roleWidened(5)];
    org.record(roleWidened(1));
    org.record(recorded!);
    org.record(missed1!);
    org.record(missed2!);
    reader = collect(source(org), { id: recorded!.id, eventTime: recorded!.eventTime });
    await reader.until(2);
    await org.socketOpenAfter(0);
    org.change(live!);
    const got = await reader.until(3);
    expect(got.map((change) => [change.id, change.via])).toEqual([
      [missed1!.id, "audit-query"],
      [missed2!.id, "audit-query"],
      [live!.id, "notifications"],
    ]);
    expect(org.trail.queries.map((query) => query.serviceName).sort()).toEqual([
      "Integrations",
      "PeoplePermissions",
      "Routing",
    ]);
  });

  for (const [fault, cause] of [
    ["a dropped socket", (running: FakeNotificationsOrg) => running.dropSockets()],
    ["an expired channel", (running: FakeNotificationsOrg) => running.expireChannels()],
    ["the service announcing it closes the socket", (running: FakeNotificationsOrg) => running.announceClosing()],
  ] as const)
    it(`after ${fault}, it reopens on a new channel and reads what it missed: nothing lost, nothing twice`, async () => {
      org = await startOrg();
      reader = collect(source(org));
      await org.socketOpenAfter(0);
      const before = roleWidened(1);
      org.change(before);
      await reader.until(1);
      const lost = roleWidened(2);
      org.record(lost);
      const channels = org.channels.length;
      cause(org);
      await org.socketOpenAfter(channels);
      await reader.until(2);
      const after = roleWidened(3);
      org.change(after);
      const got = await reader.until(3);
      expect(got.map((change) => change.id)).toEqual([before.id, lost.id, after.id]);
      expect(new Set(reader.got.map((change) => change.id)).size).toBe(reader.got.length);
    });

  it("renews its channel before it expires: a new channel opened and subscribed, then the old one closed, no change lost", async () => {
    org = await startOrg();
    // Channels live 24 hours: renewing a second before that falls due as soon as the first is open.
    reader = collect(source(org, { settings: { renewBeforeMs: 24 * 3600_000 - 1_000, backoffMs: 10 } }));
    await org.socketOpenAfter(1);
    expect(org.channels[1]?.topics).toEqual(org.channels[0]?.topics);
    const widened = roleWidened(1);
    org.change(widened);
    expect((await reader.until(1)).map((change) => change.id)).toEqual([widened.id]);
    // The old socket is closed by the watch (a close handshake: awaited, not timed).
    while (org.channels[0]?.sockets.size) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(org.channels[0]?.sockets.size).toBe(0);
  });

  it("a socket that goes silent (no heartbeat) is reopened", async () => {
    org = await startOrg();
    reader = collect(source(org, { settings: { heartbeatTimeoutMs: 1_500, backoffMs: 10, reconnectAttempts: 3 } }));
    await org.socketOpenAfter(0);
    const channels = org.channels.length;
    org.silence();
    await org.socketOpenAfter(channels);
    expect(org.channels.length).toBeGreaterThan(channels);
  });
});
