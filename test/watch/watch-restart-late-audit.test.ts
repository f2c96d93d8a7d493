import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GenesysApiClient } from "../../src/drift/live/genesys-api-client";
import { readLiveOrg } from "../../src/drift/live/read-live-org";
import { loadPolicy } from "../../src/policy/load-policy";
import { withRegister } from "../../src/register/register";
import { AuditQuerySource } from "../../src/watch/audit-query-source";
import { watchOrg } from "../../src/watch/watch-org";
import { auditEvent } from "../helpers/fake-audit-trail";
import { startFakeNotificationsOrg, type FakeNotificationsOrg } from "../helpers/fake-notifications";
import { approvedProject, ORG_ID, reportingOrgListings, ROLE_ID } from "./watch-fixture";

// The Audit Query API as test/helpers/fake-audit-trail.ts cites it (purecloud-platform-client-v2: AuditQueryExecution*,
// AuditLogMessage), the org's listings as test/helpers/fake-genesys.ts does.

const CREDENTIALS = { clientId: "watcher", clientSecret: "watch-s3cret-late" };

/** A role changed (PeoplePermissions / Role / Update) `minutesAgo` minutes ago. */
const roleAudit = (id: string, minutesAgo: number) =>
  auditEvent({
    id,
    serviceName: "PeoplePermissions",
    entityType: "Role",
    entityId: ROLE_ID,
    action: "Update",
    eventTime: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    homeOrgId: ORG_ID,
  });

describe("a restart of the watch and an audit indexed late", () => {
  let org: FakeNotificationsOrg;
  let project: { register: string };
  beforeAll(async () => {
    project = await approvedProject();
    const { listings, cursorListings } = reportingOrgListings();
    org = await startFakeNotificationsOrg({
      ...CREDENTIALS,
      organizationId: ORG_ID,
      listings,
      cursorListings,
      audit: { services: { PeoplePermissions: ["OAuthClient", "Role"] } },
    });
  }, 240_000);
  afterAll(async () => org?.close());

  /** One run of the watch in poll mode until `until` is recorded; the lines it told. */
  async function run(until: string): Promise<string[]> {
    const client = new GenesysApiClient({
      apiBase: org.genesys.apiBase,
      loginBase: org.genesys.loginBase,
      ...CREDENTIALS,
      limits: { retries: 0, timeoutMs: 20_000 },
    });
    const stop = new AbortController();
    const lines: string[] = [];
    // Stopped by the line awaited, or after enough polls for it to have come (a lost audit never does).
    const queried = org.trail.queries.length;
    const polls = setInterval(() => {
      if (org.trail.queries.length > queried + 20) stop.abort();
    }, 20);
    await watchOrg({
      source: new AuditQuerySource({ client, everyMs: 50, timing: { pollMs: 5 } }),
      organizationId: ORG_ID,
      readOrg: () => readLiveOrg(client, { awsRegion: "eu-west-1", domain: "mypurecloud.ie" }),
      policy: loadPolicy({}),
      register: project.register,
      signal: stop.signal,
      onLine: (line) => {
        lines.push(line);
        if (line.includes(until)) stop.abort();
      },
    }).finally(() => clearInterval(polls));
    return lines;
  }

  test("an audit older than the last one recorded, reaching the Audit Query after a restart, is still handled, once", async () => {
    const recorded = roleAudit("1a7e0000-0000-4000-8000-000000000001", 2);
    org.record(recorded);
    expect(await run(recorded.id)).toEqual([expect.stringMatching(`^re-assessed ${recorded.id}`)]);
    // The watch was restarted; meanwhile an audit made a minute BEFORE the one recorded is indexed (audits
    // reach the query late, as audit-query-source.ts says: it reaches back 10 minutes for them).
    const late = roleAudit("1a7e0000-0000-4000-8000-000000000002", 3);
    org.record(late);
    expect(await run(late.id)).toEqual([expect.stringMatching(`^re-assessed ${late.id}`)]);
    const events = await withRegister({ url: project.register, write: false }, (register) =>
      register.verifiedRecords(["watch-event"]),
    );
    expect(events.map((event) => event.subject)).toEqual([recorded.id, late.id]);
  }, 240_000);
});
