import type { AuditChange, ChangeSource } from "../../src/watch/audit-change";

/** An in-memory ChangeSource: the test pushes changes; each start of the watch is remembered with its `after`. */
export class MemorySource implements ChangeSource {
  /** `resumeReachMs`: how far before its last recorded change a restart resumes it (the sources' own, or none). */
  constructor(readonly resumeReachMs?: number) {}

  readonly starts: Array<{ id: string; eventTime: string } | undefined> = [];
  private waiting: AuditChange[] = [];
  private wake?: () => void;
  private fault?: Error;

  push(...changes: AuditChange[]): void {
    this.waiting.push(...changes);
    this.wake?.();
  }

  /** The source fails (a dropped connection it cannot recover from). */
  fail(error: Error): void {
    this.fault = error;
    this.wake?.();
  }

  async *changes(options: {
    after?: { id: string; eventTime: string };
    signal: AbortSignal;
  }): AsyncGenerator<AuditChange> {
    this.starts.push(options.after);
    const aborted = new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve()));
    while (!options.signal.aborted) {
      if (this.fault) throw this.fault;
      const next = this.waiting.shift();
      if (next) {
        yield next;
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), aborted]);
    }
  }
}

/** An audit change of the reporting org, with the fields as the Platform API's AuditLogMessage names them. */
export function auditChange(overrides: Partial<AuditChange> = {}): AuditChange {
  return {
    id: "a7e1c0de-0000-4000-8000-00000000aa01",
    organizationId: "0c1d2e3f-0000-4000-8000-0000000000aa",
    serviceName: "PeoplePermissions",
    entityType: "Role",
    entityId: "6f3d1c2a-0000-4000-8000-000000000001",
    action: "Update",
    eventTime: "2026-12-05T22:00:00.000Z",
    via: "notifications",
    ...overrides,
  };
}
