import type { AuditChange } from "./audit-change";

/** Changes dropped because the queue was full: recorded as a gap, and the whole org re-assessed instead. */
export interface QueueGap {
  dropped: number;
  firstEventTime: string;
  last: { id: string; eventTime: string };
}

export interface QueueBatch {
  changes: AuditChange[];
  gap?: QueueGap;
}

/**
 * The changes waiting to be handled, at most `capacity` of them. A source is never held up (a
 * WebSocket cannot be told to wait): when the queue is full a change is dropped and counted in a
 * gap, and the next batch re-assesses the whole org, which covers every change dropped. So memory
 * stays bounded and nothing is lost, only handled more coarsely.
 */
export class ChangeQueue {
  private changes: AuditChange[] = [];
  private gap?: QueueGap;
  private wake?: () => void;
  private closed = false;

  constructor(private readonly capacity: number) {}

  push(change: AuditChange): void {
    if (this.changes.length < this.capacity) this.changes.push(change);
    else
      this.gap = {
        dropped: (this.gap?.dropped ?? 0) + 1,
        firstEventTime: this.gap?.firstEventTime ?? change.eventTime,
        last: { id: change.id, eventTime: change.eventTime },
      };
    this.wake?.();
  }

  /** No change will come any more: take() answers what is left, then undefined. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Wakes a take() that is waiting, e.g. when an exception's expiry is due. */
  nudge(): void {
    this.wake?.();
  }

  /** Everything waiting (possibly nothing, when woken by a nudge or the timeout); undefined once closed and empty. */
  async take(timeoutMs: number): Promise<QueueBatch | undefined> {
    if (this.changes.length === 0 && !this.gap && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    if (this.closed && this.changes.length === 0 && !this.gap) return undefined;
    const batch: QueueBatch = { changes: this.changes, ...(this.gap ? { gap: this.gap } : {}) };
    this.changes = [];
    this.gap = undefined;
    return batch;
  }
}
