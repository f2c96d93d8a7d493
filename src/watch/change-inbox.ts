import type { AuditChange } from "./audit-change";

/** What arrives between a source's callbacks and its reader: a change, a gap to fill by a query, or a fault. */
export type InboxItem =
  { kind: "change"; change: AuditChange } | { kind: "gap"; why: string } | { kind: "fault"; error: unknown };

/**
 * A bounded inbox: a socket cannot be slowed down, so when the reader falls `capacity` changes
 * behind, the changes waiting are dropped for one gap, which the reader fills from the Audit Query
 * API. Nothing is lost, and memory stays bounded.
 */
export class ChangeInbox {
  private items: InboxItem[] = [];
  private waiting = 0;
  private wake?: () => void;

  constructor(private readonly capacity: number) {}

  push(change: AuditChange): void {
    if (this.waiting >= this.capacity) {
      this.items = this.items.filter((item) => item.kind !== "change");
      this.waiting = 0;
      this.gap(`more than ${this.capacity} changes waited`);
      return;
    }
    this.waiting++;
    this.add({ kind: "change", change });
  }

  gap(why: string): void {
    if (!this.items.some((item) => item.kind === "gap")) this.add({ kind: "gap", why });
    else this.wake?.();
  }

  fail(error: unknown): void {
    this.add({ kind: "fault", error });
  }

  /** The next item, or undefined once the signal aborts. */
  async next(signal: AbortSignal): Promise<InboxItem | undefined> {
    while (this.items.length === 0) {
      if (signal.aborted) return undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        signal.addEventListener("abort", () => resolve(), { once: true });
      });
      this.wake = undefined;
    }
    if (signal.aborted) return undefined;
    const item = this.items.shift();
    if (item?.kind === "change") this.waiting--;
    return item;
  }

  private add(item: InboxItem): void {
    this.items.push(item);
    this.wake?.();
  }
}
