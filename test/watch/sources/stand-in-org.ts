import { afterEach } from "vitest";
import { GenesysApiClient } from "../../../src/drift/live/genesys-api-client";
import { auditEvent, type TopicAudit } from "../../helpers/fake-audit-trail";
import {
  startFakeNotificationsOrg,
  type FakeNotificationsOptions,
  type FakeNotificationsOrg,
} from "../../helpers/fake-notifications";
import { stopCollectors } from "./collect-changes";

export const ORG_ID = "23faea37-1117-4c0a-88a2-572c46780b03";
export const CLIENT = { clientId: "watch-client", clientSecret: "watch-secret-value-42" };
export const ROLE_ID = "5b7a2c1e-0d3f-4e6a-9b8c-1f2e3d4c5b6a";
export const OAUTH_CLIENT_ID = "46a10c81-ca63-4bfe-bc9d-3fbf41ee06b5";

/**
 * Services and their entity types as /api/v2/audits/query/servicemapping names them; the entity
 * types and service names are the EntityType and ServiceName enums of the audit topic's payload
 * (AuditTopicAuditLogMessage, purecloud-platform-client-v2), OAuthClient under PeoplePermissions as
 * in Genesys's EventBridge blueprint (aws-eventbridge-oauth-client-delete-blueprint, events/OAuthClientDelete.json).
 */
export const SERVICES = {
  PeoplePermissions: ["OAuthClient", "Role", "AuthUser"],
  Integrations: ["Integration", "Action"],
  Routing: ["Queue", "WrapupCode"],
};

/** Every org started and not yet closed by the hook of endWhatEachTestStarts(). */
const started: FakeNotificationsOrg[] = [];

/**
 * Registers, for the calling test file, the end of what each test starts: after each test, whatever its
 * end, every reader is stopped and then every org closed, so that no socket or timer outlives its test.
 */
export function endWhatEachTestStarts(): void {
  afterEach(async () => {
    await stopCollectors();
    for (const org of started.splice(0)) await org.close();
  });
}

export async function startOrg(extra: Partial<FakeNotificationsOptions> = {}): Promise<FakeNotificationsOrg> {
  const org = await startFakeNotificationsOrg({
    ...CLIENT,
    organizationId: ORG_ID,
    listings: {
      "/api/v2/oauth/clients": [{ id: OAUTH_CLIENT_ID, name: "Exporter" }],
      "/api/v2/authorization/roles": [{ id: ROLE_ID, name: "Exporter role" }],
      "/api/v2/integrations": [],
      "/api/v2/integrations/actions": [],
    },
    audit: { services: SERVICES, maxPageSize: 2 },
    heartbeatMs: 100,
    ...extra,
  });
  started.push(org);
  return org;
}

export function clientOf(org: FakeNotificationsOrg): GenesysApiClient {
  return new GenesysApiClient({
    apiBase: org.genesys.apiBase,
    loginBase: org.genesys.loginBase,
    ...CLIENT,
    limits: { retries: 1, backoffMs: 5, timeoutMs: 20_000 },
  });
}

let sequence = 0;
const base = Date.now() - 30 * 60_000;

/** A role widened (PeoplePermissions / Role / Update), `minute` minutes into the test's half hour. */
export function roleWidened(minute: number, entityId = ROLE_ID): TopicAudit {
  sequence++;
  return auditEvent({
    id: `a0000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    serviceName: "PeoplePermissions",
    entityType: "Role",
    entityId,
    action: "Update",
    eventTime: new Date(base + minute * 60_000).toISOString(),
    homeOrgId: ORG_ID,
  });
}
