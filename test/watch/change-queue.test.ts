import { describe, expect, test } from "vitest";
import { ChangeQueue } from "../../src/watch/change-queue";
import { auditChange } from "./memory-source";

describe("ChangeQueue: bounded, and a full queue records a gap rather than losing a change silently", () => {
  test("beyond its capacity a change is counted in a gap with the first time and the last change", async () => {
    const queue = new ChangeQueue(2);
    for (let n = 1; n <= 5; n++) queue.push(auditChange({ id: `id-${n}`, eventTime: `2026-12-05T22:0${n}:00Z` }));
    const batch = await queue.take(0);
    expect(batch?.changes.map((change) => change.id)).toEqual(["id-1", "id-2"]);
    expect(batch?.gap).toEqual({
      dropped: 3,
      firstEventTime: "2026-12-05T22:03:00Z",
      last: { id: "id-5", eventTime: "2026-12-05T22:05:00Z" },
    });
    queue.push(auditChange({ id: "id-6" }));
    expect((await queue.take(0))?.gap).toBeUndefined();
  });

  test("a waiting take is woken by a change or by close; after close and empty it answers undefined", async () => {
    const queue = new ChangeQueue(10);
    const waiting = queue.take(60_000);
    queue.push(auditChange());
    expect((await waiting)?.changes).toHaveLength(1);
    const closing = queue.take(60_000);
    queue.close();
    expect(await closing).toBeUndefined();
  });
});
