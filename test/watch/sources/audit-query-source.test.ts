import { describe, expect, it } from "vitest";
import { AuditQuerySource } from "../../../src/watch/audit-query-source";
import { auditEvent } from "../../helpers/fake-audit-trail";
import type { FakeNotificationsOrg } from "../../helpers/fake-notifications";
import { collect, type Collector } from "./collect-changes";
import { clientOf, endWhatEachTestStarts, ORG_ID, ROLE_ID, roleWidened, startOrg } from "./stand-in-org";

// The Audit Query API as test/helpers/fake-audit-trail.ts cites it: POST /api/v2/audits/query, its state
// (Queued, Running, Succeeded, Failed, Cancelled) at GET …/{transactionId}, AuditLogMessage results with `cursor`
// paging at GET …/{transactionId}/results, the services at GET …/servicemapping (purecloud-platform-client-v2).

endWhatEachTestStarts();
let org: FakeNotificationsOrg | undefined;
let reader: Collector | undefined;

const poller = (running: FakeNotificationsOrg, everyMs = 3600_000) =>
  new AuditQuerySource({ client: clientOf(running), everyMs, timing: { pollMs: 5 } });

describe("the Audit Query API source (polling mode)", () => {
  it("passes on the watched entity types' audits of every service that audits them, oldest first, across result pages", async () => {
    org = await startOrg();
    const widened = [roleWidened(3), roleWidened(1), roleWidened(2)];
    for (const audit of widened) org.record(audit);
    const integration = auditEvent({
      id: "b0000000-0000-4000-8000-000000000001",
      serviceName: "Integrations",
      entityType: "Integration",
      entityId: "c1d2e3f4-0000-4000-8000-000000000001",
      action: "Update",
      eventTime: widened[2]!.eventTime,
      homeOrgId: "a-partner-org-whose-user-made-the-change",
    });
    org.record(integration);
    // A type the gate does not assess, in a service that audits a watched one: passed on all the same,
    // for the watch's triage to record as not assessed (a source drops nothing unrecorded).
    const wrapup = {
      ...roleWidened(2),
      entityType: "WrapupCode",
      serviceName: "Routing",
      id: "c0000000-0000-4000-8000-000000000009",
    };
    org.record(wrapup);
    reader = collect(poller(org), {
      id: "before-all",
      eventTime: new Date(Date.parse(widened[1]!.eventTime) - 1000).toISOString(),
    });
    const got = await reader.until(5);
    expect(got.map((change) => [change.id, change.entityType, change.via])).toEqual([
      [widened[1]!.id, "Role", "audit-query"],
      [widened[2]!.id, "Role", "audit-query"],
      [integration.id, "Integration", "audit-query"],
      [wrapup.id, "WrapupCode", "audit-query"],
      [widened[0]!.id, "Role", "audit-query"],
    ]);
    // The org is the one whose token reads the audits, not the home org of the user who made the change.
    expect(got[2]).toMatchObject({
      organizationId: ORG_ID,
      serviceName: "Integrations",
      entityId: integration.entity.id,
    });
    expect(got[0]).toMatchObject({ entityId: ROLE_ID, action: "Update", eventTime: widened[1]!.eventTime });
    expect(org.trail.queries.map((query) => query.serviceName).sort()).toEqual([
      "Integrations",
      "PeoplePermissions",
      "Routing",
    ]);
  });

  it("polls again from its last change: what came since, and nothing twice; a restart resumes after the mark", async () => {
    org = await startOrg();
    const first = roleWidened(1);
    org.record(first);
    const start = roleWidened(0);
    reader = collect(poller(org, 50), { id: start.id, eventTime: start.eventTime });
    await reader.until(1);
    const second = roleWidened(2);
    org.record(second);
    await reader.until(2);
    const queries = org.trail.queries.length;
    while (org.trail.queries.length < queries + 6) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reader.got.map((change) => change.id)).toEqual([first.id, second.id]);
    await reader.stop();
    const third = roleWidened(3);
    org.record(third);
    reader = collect(poller(org), { id: second.id, eventTime: second.eventTime });
    expect((await reader.until(1)).map((change) => change.id)).toEqual([third.id]);
  });

  it("passes on an audit of an unexpected shape as far as it can be read, of any type, for the triage to record", async () => {
    org = await startOrg();
    // AuditLogMessage's fields are all optional in the SDK's model: audits without their entity's id, of a
    // type the gate does not assess and of a watched one. Neither may end the catch-up (a restart would
    // query the same minutes and end again, blind to every later change).
    const odd = { ...roleWidened(1), serviceName: "Routing", entityType: "WrapupCode", entity: { id: "" } };
    const widened = roleWidened(2);
    const oddRole = { ...roleWidened(3), entity: { id: "" } };
    for (const audit of [odd, widened, oddRole]) org.record(audit);
    const before = { id: "before", eventTime: new Date(Date.parse(odd.eventTime) - 1000).toISOString() };
    reader = collect(poller(org), before);
    expect((await reader.until(3)).map((change) => [change.id, change.entityType, change.entityId])).toEqual([
      [odd.id, "WrapupCode", ""],
      [widened.id, "Role", ROLE_ID],
      [oddRole.id, "Role", ""],
    ]);
  });
});
