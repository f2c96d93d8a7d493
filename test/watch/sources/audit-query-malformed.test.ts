import { describe, expect, it } from "vitest";
import { AuditQuerySource } from "../../../src/watch/audit-query-source";
import type { TopicAudit } from "../../helpers/fake-audit-trail";
import { collect } from "./collect-changes";
import { clientOf, endWhatEachTestStarts, ORG_ID, roleWidened, startOrg } from "./stand-in-org";

// Every field of the Audit Query's AuditLogMessage is optional in the Platform API's definition
// (purecloud-platform-client-v2 / platform-client-sdk-java build/docs/AuditLogMessage.md: `entity` [optional],
// and DomainEntityRef's `id` too). One such result, of any entity type of a service the watch queries, made
// the whole source fail: the watch exited 2, and every restart queried the same minutes and failed again.

endWhatEachTestStarts();

describe("an audit result of an unexpected shape", () => {
  it("is passed on as far as it can be read (for the triage to record), and the changes after it still come", async () => {
    const org = await startOrg();
    const odd = { ...roleWidened(24), entityType: "AuthUser", action: "Login", entity: { name: "no id" } };
    org.record(odd as unknown as TopicAudit);
    const noId = { ...roleWidened(25), id: undefined };
    org.record(noId as unknown as TopicAudit);
    const widened = roleWidened(26);
    org.record(widened);
    const reader = collect(new AuditQuerySource({ client: clientOf(org), everyMs: 3600_000, timing: { pollMs: 5 } }), {
      id: "before",
      eventTime: new Date(Date.parse(odd.eventTime) - 1000).toISOString(),
    });
    const got = await reader.until(3);
    expect(got).toEqual(
      expect.arrayContaining([
        {
          id: odd.id,
          organizationId: ORG_ID,
          serviceName: "PeoplePermissions",
          entityType: "AuthUser",
          entityId: "",
          action: "Login",
          eventTime: odd.eventTime,
          via: "audit-query",
        },
        expect.objectContaining({ id: "", eventTime: noId.eventTime, entityType: "Role" }),
        expect.objectContaining({ id: widened.id, entityType: "Role", eventTime: widened.eventTime }),
      ]),
    );
  });
});
