import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import type { AuditChange, ChangeSource } from "./audit-change";
import type { AuditQueryTiming } from "./audit-query";
import { catchUpChanges, DEFAULT_OVERLAP_MS, prepareCatchUp, type AuditCatchUp } from "./audit-query-source";
import { ChangeInbox } from "./change-inbox";
import { ChangeMark } from "./change-mark";
import { NotificationSession, type SessionSettings } from "./notification-session";
import { listWatchedEntities, type WatchedEntity } from "./watched-entities";
import { defaultSocketFactory, type SocketFactory } from "./web-socket";

export interface NotificationsSourceOptions {
  client: GenesysApiClient;
  /** The entities to subscribe (default: every OAuth client, role, integration and data action, read live). */
  entities?: () => Promise<WatchedEntity[]>;
  settings?: Partial<SessionSettings>;
  /** How often the Audit Query API is swept for what no topic covers (new entities, other watched types). */
  sweepEveryMs?: number;
  overlapMs?: number;
  /** Changes waiting for the reader before they are dropped for one catch-up query. */
  capacity?: number;
  timing?: Partial<AuditQueryTiming>;
  openSocket?: SocketFactory;
  now?: () => number;
}

const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  heartbeatTimeoutMs: 75_000,
  renewBeforeMs: 3600_000,
  backoffMs: 1_000,
  maxBackoffMs: 60_000,
  reconnectAttempts: 10,
  openTimeoutMs: 30_000,
};
const DEFAULT_SWEEP_MS = 15 * 60_000;

async function* caughtUp(catchUp: AuditCatchUp, mark: ChangeMark, now: number): AsyncIterable<AuditChange> {
  for (const change of await catchUpChanges(catchUp, mark.from(), now)) if (mark.admit(change)) yield change;
}

/**
 * Changes as the Notifications API pushes them: a channel subscribed to the audit topic of each
 * watched entity, its WebSocket kept alive (heartbeats, renewal, reconnection with backoff). What
 * the socket cannot have seen is read from the Audit Query API: on a start with `after` (the gap
 * since the last recorded change), after every reopening, and every `sweepEveryMs`.
 */
export class NotificationsSource implements ChangeSource {
  constructor(private readonly options: NotificationsSourceOptions) {}

  /**
   * The socket pushes changes of entities it has topics for; a new entity, or a type with no topic, is
   * found by the next sweep only. So a stopped run may not yet have passed on a change made up to a
   * sweep interval (and the audits' indexing delay) before the last change it recorded.
   */
  get resumeReachMs(): number {
    return (this.options.sweepEveryMs ?? DEFAULT_SWEEP_MS) + (this.options.overlapMs ?? DEFAULT_OVERLAP_MS);
  }

  async *changes(options: {
    after?: { id: string; eventTime: string };
    signal: AbortSignal;
  }): AsyncIterable<AuditChange> {
    const { client } = this.options;
    const now = this.options.now ?? Date.now;
    const catchUp = await prepareCatchUp(client, this.options.timing);
    const mark = new ChangeMark(options.after, now, this.options.overlapMs ?? DEFAULT_OVERLAP_MS);
    const inbox = new ChangeInbox(this.options.capacity ?? 10_000);
    const session = new NotificationSession({
      client,
      organizationId: catchUp.organizationId,
      entities: this.options.entities ?? (() => listWatchedEntities(client)),
      openSocket: this.options.openSocket ?? defaultSocketFactory(),
      inbox,
      settings: { ...DEFAULT_SESSION_SETTINGS, ...this.options.settings },
      now,
    });
    await session.start();
    const sweep = setInterval(() => inbox.gap("a periodic sweep"), this.options.sweepEveryMs ?? DEFAULT_SWEEP_MS);
    try {
      if (options.after) yield* caughtUp(catchUp, mark, now());
      for (let item = await inbox.next(options.signal); item; item = await inbox.next(options.signal)) {
        if (item.kind === "fault") throw item.error;
        if (item.kind === "gap") yield* caughtUp(catchUp, mark, now());
        else if (mark.admit(item.change, "pushed")) yield item.change;
      }
    } finally {
      clearInterval(sweep);
      session.close();
    }
  }
}
