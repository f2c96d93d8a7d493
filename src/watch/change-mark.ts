import type { AuditChange } from "./audit-change";
import { isAfter, markTime } from "./audit-event";

/**
 * Where a source stands: the last change it passed on, and the ids it passed on lately, so that a
 * query reaching back over the same minutes (audits are indexed late) passes none on twice.
 */
export class ChangeMark {
  private last?: { id: string; eventTime: string };
  private readonly passed = new Map<string, number>();

  constructor(
    private readonly after: { id: string; eventTime: string } | undefined,
    private readonly startedAt: number,
    private readonly overlapMs: number,
  ) {
    if (after) markTime(after);
    this.last = after;
  }

  /** Whether to pass the change on: after the resume mark, and not passed on already. */
  admit(change: AuditChange): boolean {
    if (!isAfter(change, this.after) || this.passed.has(change.id)) return false;
    const at = Date.parse(change.eventTime);
    this.passed.set(change.id, at);
    if (!this.last || at >= Date.parse(this.last.eventTime)) this.last = { id: change.id, eventTime: change.eventTime };
    this.forgetBefore(Date.parse(this.last.eventTime) - 2 * this.overlapMs);
    return true;
  }

  /** Where a catch-up query starts: the overlap before the last change (or before the start). */
  from(): number {
    const last = this.last ? Date.parse(this.last.eventTime) : this.startedAt;
    return last - this.overlapMs;
  }

  private forgetBefore(time: number): void {
    for (const [id, at] of this.passed) if (at < time) this.passed.delete(id);
  }
}
