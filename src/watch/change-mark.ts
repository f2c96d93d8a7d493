import type { AuditChange } from "./audit-change";
import { isAfter, markTime } from "./audit-event";
import { changeKey } from "./change-key";

/**
 * How far past the clock an event's time may be and still move the mark (as for the restart point
 * in watch-state.ts): an event dated later, forged or from a skewed clock, would otherwise start
 * every later catch-up in the future and blind it to the real changes in between.
 */
const LARGEST_CLOCK_SKEW_MS = 5 * 60_000;

/** How a change reached the source: read back by an Audit Query catch-up, or pushed on a socket. */
type ChangeArrival = "swept" | "pushed";

/**
 * Where a source stands: the last change it passed on, how far its Audit Query catch-ups have read,
 * and the changes it passed on lately, so that a query reaching back over the same minutes (audits
 * are indexed late) passes none on twice.
 */
export class ChangeMark {
  private last?: { id: string; eventTime: string };
  /** The latest change a catch-up read back (or where the source started): what every type is read up to. */
  private swept: number;
  private readonly passed = new Map<string, number>();
  private readonly startedAt: number;

  constructor(
    private readonly after: { id: string; eventTime: string } | undefined,
    private readonly now: () => number,
    private readonly overlapMs: number,
  ) {
    this.last = after;
    this.startedAt = now();
    this.swept = after ? markTime(after) : this.startedAt;
  }

  /**
   * Whether to pass the change on: after the resume mark, and not passed on already. Keyed as the
   * watch keys events (id and content, change-key.ts): an event forged or misrouted under a real
   * event's id cannot make the real one look passed on. Only a `swept` change moves where the next
   * catch-up starts: a socket carries the subscribed entities only, and a change it pushes says
   * nothing of the other types' changes before it, which only a catch-up can read.
   */
  admit(change: AuditChange, arrival: ChangeArrival = "swept"): boolean {
    if (!isAfter(change, this.after)) return false;
    const at = Date.parse(change.eventTime);
    const believable = at <= this.now() + LARGEST_CLOCK_SKEW_MS;
    // A change read back again still shows how far the catch-ups have read.
    if (arrival === "swept" && believable) this.swept = Math.max(this.swept, at);
    const key = changeKey(change);
    if (this.passed.has(key)) return false;
    this.passed.set(key, at);
    if (believable && (!this.last || at >= Date.parse(this.last.eventTime)))
      this.last = { id: change.id, eventTime: change.eventTime };
    this.forgetBefore(this.from() - this.overlapMs);
    return true;
  }

  /**
   * Where a catch-up query starts: the overlap before the last change and before what the catch-ups
   * have read (or the start), never after now.
   */
  from(): number {
    const last = this.last ? Date.parse(this.last.eventTime) : this.startedAt;
    return Math.min(last, this.swept, this.now()) - this.overlapMs;
  }

  private forgetBefore(time: number): void {
    for (const [key, at] of this.passed) if (at < time) this.passed.delete(key);
  }
}
