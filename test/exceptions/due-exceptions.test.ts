import { describe, expect, test } from "vitest";
import { dueExceptions, humanDuration } from "../../src/exceptions/due-exceptions";
import type { ExceptionRecord } from "../../src/exceptions/schema";

const NOW = new Date("2026-12-05T12:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");

function exception(id: string, endsInHours: number, extra: Partial<ExceptionRecord> = {}): ExceptionRecord {
  return {
    exception_id: id,
    dpia_id: "OAC-exporter-2c08fc",
    integration_name: "Exporter",
    subject_address: "genesyscloud_oauth_client.exporter",
    fingerprint: `sha256:${"a".repeat(64)}`,
    requester: "platform.oncall",
    reason: "The export must run before the contract renewal",
    ticket: "CHG-1",
    requested_at: at(endsInHours - 30),
    not_before: at(endsInHours - 24),
    not_after: at(endsInHours),
    signatures: [],
    ...extra,
  };
}

const window = { lookAheadMs: 24 * HOUR, lookBackMs: 7 * 24 * HOUR };

describe("dueExceptions: what a scheduled job acts on, expired first", () => {
  test("expired (longest ago first), then expiring (soonest first); outside both windows, nothing", () => {
    const due = dueExceptions(
      [
        exception("EXC-expiring-late", 20),
        exception("EXC-expired-recently", -1),
        exception("EXC-far-future", 49),
        exception("EXC-expiring-soon", 2),
        exception("EXC-expired-earlier", -50),
        exception("EXC-expired-long-ago", -24 * 30),
      ],
      NOW,
      window,
    );
    expect(due.map((entry) => [entry.exception.exception_id, entry.state, entry.distanceMs / HOUR])).toEqual([
      ["EXC-expired-earlier", "expired", 50],
      ["EXC-expired-recently", "expired", 1],
      ["EXC-expiring-soon", "expiring", 2],
      ["EXC-expiring-late", "expiring", 20],
    ]);
  });

  test("the window's end is the expiry: at not_after it has expired (the gate stops applying it then)", () => {
    expect(dueExceptions([exception("EXC-now", 0)], NOW, window)[0]).toMatchObject({ state: "expired", distanceMs: 0 });
  });

  test("an exception another one renews says so", () => {
    const due = dueExceptions([exception("EXC-old", -2), exception("EXC-new", 20, { renews: "EXC-old" })], NOW, window);
    expect(due.map((entry) => [entry.exception.exception_id, entry.renewedBy])).toEqual([
      ["EXC-old", "EXC-new"],
      ["EXC-new", undefined],
    ]);
  });

  test("an expiry that cannot be read is never listed as fine: it is not in the register's schema", () => {
    // The register's schema refuses a not_after that is not a date-time, so a NaN never reaches here;
    // the comparison would leave it out of both lists rather than call it valid.
    expect(dueExceptions([exception("EXC-nan", 1, { not_after: "not a date" })], NOW, window)).toEqual([]);
  });

  test.each([
    [0, "less than a minute"],
    [59_999, "less than a minute"],
    [45 * 60_000, "45m"],
    [3 * HOUR, "3h"],
    [3 * HOUR + 12 * 60_000, "3h 12m"],
    [48 * HOUR, "2d"],
    [52 * HOUR + 30 * 60_000, "2d 4h"],
  ])("humanDuration(%i) is %s", (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
