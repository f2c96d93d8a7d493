// Regression (hostile review H2/H3/H5/H6): audit events of entity types the triage says are assessed (or must be alerted), or a watched
// type spelled in another case, are dropped silently by the sources before the triage ever sees them.
import { afterEach, describe, expect, it } from "vitest";
import { changesFromEventBridgeEvent } from "../../src/watch/eventbridge-source";
import { entityTypeRole } from "../../src/watch/assessed-entity-types";
import { AuditQuerySource } from "../../src/watch/audit-query-source";
import { auditEvent } from "../helpers/fake-audit-trail";
import { startFakeNotificationsOrg, type FakeNotificationsOrg } from "../helpers/fake-notifications";
import { collect, type Collector } from "./sources/collect-changes";
import { clientOf, CLIENT, ORG_ID, ROLE_ID } from "./sources/stand-in-org";

const ORG = "23faea37-1117-4c0a-88a2-572c46780b03";
function ebEvent(entityType: string, entityId = "46a10c81-ca63-4bfe-bc9d-3fbf41ee06b5") {
  return {
    id: "e9938ff0-50e2-45f8-950f-000000000001",
    "detail-type": "v2.audits.entitytype.{id}.entityid.{id}",
    source: `aws.partner/genesys.com/cloud/${ORG}/quickstart`,
    detail: {
      topicName: `v2.audits.entitytype.${entityType}.entityid.${entityId}`,
      eventBody: {
        id: "128b506d-0a67-4e8c-a27c-fd3ed9566094",
        serviceName: "Integrations",
        eventTime: new Date().toISOString(),
        action: "Update",
        entityType,
        entity: { id: entityId },
      },
    },
  };
}

describe("EventBridge source drops what triage would assess or alert", () => {
  for (const type of [
    "Credential",
    "Policy",
    "Flow",
    "OAuthClientAuthorization",
    "ActionDraft",
    "ConfigurationVersion",
    "DataTable",
    "OAUTHCLIENT",
    "role",
  ]) {
    it(`${type}: triage role ${entityTypeRole(type).kind}`, () => {
      const changes = changesFromEventBridgeEvent(ebEvent(type));
      expect(entityTypeRole(type).kind).not.toBe("not-assessed");
      expect(changes.length).toBe(1); // the hole: dropped before the triage
    });
  }
});

let org: FakeNotificationsOrg | undefined;
let reader: Collector | undefined;
afterEach(async () => {
  await reader?.stop();
  await org?.close();
  reader = org = undefined;
});

describe("Audit Query source drops the same", () => {
  it("Credential / Policy / Flow / ROLE changes are never passed on", async () => {
    org = await startFakeNotificationsOrg({
      ...CLIENT,
      organizationId: ORG_ID,
      listings: {
        "/api/v2/oauth/clients": [],
        "/api/v2/authorization/roles": [],
        "/api/v2/integrations": [],
        "/api/v2/integrations/actions": [],
      },
      audit: {
        services: {
          PeoplePermissions: ["Role"],
          Integrations: ["Integration", "Credential"],
          Recording: ["Policy"],
          Architect: ["Flow"],
        },
        maxPageSize: 50,
      },
      heartbeatMs: 100,
    });
    const t = (m: number) => new Date(Date.now() - 20 * 60_000 + m * 60_000).toISOString();
    const ev = (n: number, serviceName: string, entityType: string) =>
      auditEvent({
        id: `a0000000-0000-4000-8000-00000000000${n}`,
        serviceName,
        entityType,
        entityId: ROLE_ID,
        action: "Update",
        eventTime: t(n),
        homeOrgId: ORG_ID,
      });
    org.record(ev(1, "Integrations", "Credential"));
    org.record(ev(2, "Recording", "Policy"));
    org.record(ev(3, "Architect", "Flow"));
    org.record(ev(4, "PeoplePermissions", "ROLE"));
    org.record(ev(5, "PeoplePermissions", "Role")); // control
    reader = collect(new AuditQuerySource({ client: clientOf(org), everyMs: 3600_000, timing: { pollMs: 5 } }), {
      id: "x",
      eventTime: t(0),
    });
    await reader.until(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(reader.got.map((c) => c.entityType)).toEqual(["Credential", "Policy", "Flow", "ROLE", "Role"]); // the hole: dropped before the triage
  });
});
