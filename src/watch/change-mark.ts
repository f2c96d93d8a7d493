import type { AuditChange } from "./audit-change";
import { isAfter, markTime } from "./audit-event";
import { changeKey } from "./change-key";

/**
 * How far past the clock an event's time may be and still move the mark (as for the restart point
 * in watch-state.ts): an event dated later, forged or from a skewed clock, would otherwise start
 * every later catch-up in the future and blind it to the real changes in between.
 */
const LARGEST_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Where a source stands: the last change it passed on, and the changes it passed on lately, so that
 * a query reaching back over the same minutes (audits are indexed late) passes none on twice.
 */
export class ChangeMark {
  private last?: { id: string; eventTime: string };
  private readonly passed = new Map<string, number>();
  private readonly startedAt: number;

  constructor(
    private readonly after: { id: string; eventTime: string } | undefined,
    private readonly now: () => number,
    private readonly overlapMs: number,
  ) {
    if (after) markTime(after);
    this.last = after;
    this.startedAt = now();
  }

  /**
   * Whether to pass the change on: after the resume mark, and not passed on already. Keyed as the
   * watch keys events (id and content, change-key.ts): an event forged or misrouted under a real
   * event's id cannot make the real one look passed on.
   */
  admit(change: AuditChange): boolean {
    const key = changeKey(change);
    if (!isAfter(change, this.after) || this.passed.has(key)) return false;
    const at = Date.parse(change.eventTime);
    this.passed.set(key, at);
    const believable = at <= this.now() + LARGEST_CLOCK_SKEW_MS;
    if (believable && (!this.last || at >= Date.parse(this.last.eventTime)))
      this.last = { id: change.id, eventTime: change.eventTime };
    this.forgetBefore(this.from() - this.overlapMs);
    return true;
  }

  /** Where a catch-up query starts: the overlap before the last change (or the start), never after now. */
  from(): number {
    const last = this.last ? Date.parse(this.last.eventTime) : this.startedAt;
    return Math.min(last, this.now()) - this.overlapMs;
  }

  private forgetBefore(time: number): void {
    for (const [key, at] of this.passed) if (at < time) this.passed.delete(key);
  }
}
