// Regression (hostile review H2/H3/H5/H6): one audit event on the socket dated in the future moves the source's ChangeMark forward,
// so every later sweep / gap catch-up of the Audit Query API asks from the future and misses real changes
// (new entities, and every watched type without a topic: Trigger, Deployment, Queue, Webhook...).
// Also: an event id reused with different content is dropped by the source's mark (keyed on id only).
import { afterEach, describe, expect, it } from "vitest";
import { NotificationsSource } from "../../src/watch/notifications-source";
import { auditEvent } from "../helpers/fake-audit-trail";
import type { FakeNotificationsOrg } from "../helpers/fake-notifications";
import { collect, type Collector } from "./sources/collect-changes";
import { clientOf, ORG_ID, ROLE_ID, roleWidened, startOrg } from "./sources/stand-in-org";

let org: FakeNotificationsOrg | undefined;
let reader: Collector | undefined;
afterEach(async () => {
  await reader?.stop();
  await org?.close();
  reader = org = undefined;
});

const source = (o: FakeNotificationsOrg) =>
  new NotificationsSource({
    client: clientOf(o),
    settings: {
      backoffMs: 10,
      maxBackoffMs: 50,
      heartbeatTimeoutMs: 60_000,
      openTimeoutMs: 20_000,
      reconnectAttempts: 3,
    },
    sweepEveryMs: 300,
    timing: { pollMs: 5 },
  });

describe("future eventTime on the socket", () => {
  it("blinds the Audit Query sweeps to a real Integration change", async () => {
    org = await startOrg();
    reader = collect(source(org));
    await org.socketOpenAfter(0);
    const future = auditEvent({
      id: "f0000000-0000-4000-8000-000000000001",
      serviceName: "PeoplePermissions",
      entityType: "Role",
      entityId: ROLE_ID,
      action: "Update",
      eventTime: new Date(Date.now() + 7 * 86400_000).toISOString(),
      homeOrgId: ORG_ID,
    });
    org.change(future);
    await reader.until(1);
    // A real change to an entity no topic covers (created after the channel): only a sweep can find it.
    const real = auditEvent({
      id: "b0000000-0000-4000-8000-000000000001",
      serviceName: "Integrations",
      entityType: "Integration",
      entityId: "c1d2e3f4-0000-4000-8000-000000000001",
      action: "Create",
      eventTime: new Date(Date.now() - 1000).toISOString(),
      homeOrgId: ORG_ID,
    });
    org.record(real);
    await new Promise((r) => setTimeout(r, 3000)); // ~10 sweeps
    expect(reader.got.map((c) => c.id)).toContain(real.id); // the hole: dropped before the triage
  });

  it("control: without the future event the sweep finds it", async () => {
    org = await startOrg();
    reader = collect(source(org));
    await org.socketOpenAfter(0);
    const real = auditEvent({
      id: "b0000000-0000-4000-8000-000000000002",
      serviceName: "Integrations",
      entityType: "Integration",
      entityId: "c1d2e3f4-0000-4000-8000-000000000001",
      action: "Create",
      eventTime: new Date(Date.now() - 1000).toISOString(),
      homeOrgId: ORG_ID,
    });
    org.record(real);
    await reader.until(1);
    expect(reader.got.map((c) => c.id)).toContain(real.id);
  });

  it("an id reused with other content: the real event is dropped by the source", async () => {
    org = await startOrg();
    reader = collect(source(org));
    await org.socketOpenAfter(0);
    const first = roleWidened(1);
    org.change(first);
    await reader.until(1);
    const reused = auditEvent({
      id: first.id,
      serviceName: "Integrations",
      entityType: "Integration",
      entityId: "c1d2e3f4-0000-4000-8000-000000000009",
      action: "Create",
      eventTime: new Date(Date.now() - 500).toISOString(),
      homeOrgId: ORG_ID,
    });
    org.record(reused);
    await new Promise((r) => setTimeout(r, 2000));
    expect(reader.got.map((c) => c.entityType)).toContain("Integration"); // fails = source dedups on id only
  });
});
