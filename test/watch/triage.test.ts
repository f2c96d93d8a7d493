import { describe, expect, test } from "vitest";
import { changeKey } from "../../src/watch/change-key";
import { triage } from "../../src/watch/triage";
import { auditChange } from "./memory-source";

const ORG = auditChange().organizationId;
const AT = new Date("2026-12-05T22:30:00Z");

describe("triage: each event once, another org's refused, nothing assessed passed over by a spelling", () => {
  test("an event forged under a handled event's id, with other content, is not taken for a duplicate", () => {
    const real = auditChange();
    const forged = auditChange({ entityType: "OAuthClient", entityId: "46a10c81-ca63-4bfe-bc9d-3fbf41ee06b5" });
    const sorted = triage([forged, real], new Set([changeKey(real)]), ORG, AT);
    expect(sorted.duplicates).toBe(1);
    expect(sorted.toAssess.map((item) => item.change.entityType)).toEqual(["OAuthClient"]);
  });

  test("the same event by another delivery (another via) is a duplicate", () => {
    const sorted = triage([auditChange(), auditChange({ via: "eventbridge" })], new Set(), ORG, AT);
    expect(sorted.duplicates).toBe(1);
    expect(sorted.toAssess).toHaveLength(1);
  });

  test("entity types in another case are still assessed (or alerted), never passed over", () => {
    const sorted = triage(
      [auditChange({ id: "1", entityType: "ROLE" }), auditChange({ id: "2", entityType: "webhook" })],
      new Set(),
      ORG,
      AT,
    );
    expect(sorted.toAssess.map((item) => item.change.id)).toEqual(["1"]);
    expect(sorted.alerts.map((record) => record.data.outcome)).toEqual(["not-read-live"]);
  });

  test("a malformed event is refused and recorded with its fields cut to a bounded length", () => {
    const huge = "x".repeat(100_000);
    const sorted = triage([auditChange({ id: huge, eventTime: "yesterday" })], new Set(), ORG, AT);
    expect(sorted.alerts.map((record) => record.data.outcome)).toEqual(["refused-malformed"]);
    expect(JSON.stringify(sorted.alerts).length).toBeLessThan(4000);
  });

  test("a malformed event that may be a watched change is also sent to the DPO; one of another type or org is not", () => {
    const sorted = triage(
      [
        auditChange({ id: "1", eventTime: "" }),
        auditChange({ id: "2", entityType: "" }),
        auditChange({ id: "3", entityType: "Webhook", action: "" }),
        auditChange({ id: "4", entityType: "WrapupCode", eventTime: "" }),
        auditChange({ id: "5", eventTime: "", organizationId: "7a1e4c2b-0000-4000-8000-000000000000" }),
      ],
      new Set(),
      ORG,
      AT,
    );
    const ids = (records: typeof sorted.alerts) => records.map((record) => record.subject);
    expect(sorted.alerts.map((record) => [record.data.outcome, record.data.needs_dpo])).toEqual([
      ["refused-malformed", true],
      ["refused-malformed", true],
      ["refused-malformed", true],
    ]);
    expect(ids(sorted.alerts)).toEqual(["1", "2", "3"]);
    expect(ids(sorted.records)).toEqual(["4", "5"]);
    expect(sorted.toAssess).toEqual([]);
  });
});
