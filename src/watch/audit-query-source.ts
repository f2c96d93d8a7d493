import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { abortableSleep } from "./abortable-sleep";
import type { AuditChange, ChangeSource } from "./audit-change";
import { WATCHED_ENTITY_TYPES } from "./assessed-entity-types";
import { AuditEventError, changeFromAuditLogMessage, readableAuditChange } from "./audit-event";
import { queryAudits, servicesAuditing, type AuditQueryTiming } from "./audit-query";
import { ChangeMark } from "./change-mark";
import { readOrganizationId } from "./organization-id";
import { compareText } from "../text-order";

/** What a catch-up needs: the client, the org its token reads, the services to ask, and the query's timing. */
export interface AuditCatchUp {
  client: GenesysApiClient;
  organizationId: string;
  services: readonly string[];
  timing: AuditQueryTiming;
}

const DEFAULT_QUERY_TIMING: Omit<AuditQueryTiming, "sleep"> = { pollMs: 2_000, maxWaitMs: 300_000 };
/** Audits reach the query some time after they happen: each query reaches back this far over the last change. */
export const DEFAULT_OVERLAP_MS = 10 * 60_000;

/** Where the source reads and how: the org's client, how often it polls, the clock (tests). */
export interface AuditQuerySourceOptions {
  client: GenesysApiClient;
  /** Between two polls. */
  everyMs: number;
  overlapMs?: number;
  timing?: Partial<AuditQueryTiming>;
  now?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The change an audit result says; one of an unexpected shape is passed on as far as it can be read. */
function readableChange(message: unknown, organizationId: string, from: string): AuditChange {
  try {
    return changeFromAuditLogMessage(message, organizationId, from);
  } catch (error) {
    if (!(error instanceof AuditEventError)) throw error;
    return readableAuditChange(message, organizationId);
  }
}

/**
 * Every audit of the services that audit a watched entity type, from `from` to `until`, oldest
 * first. None is passed over here: the watch's triage decides and records what it does not assess,
 * so nothing is dropped unrecorded (and no second list of types can drift from the triage's).
 */
export async function catchUpChanges(catchUp: AuditCatchUp, from: number, until: number): Promise<AuditChange[]> {
  const interval = `${new Date(from).toISOString()}/${new Date(until).toISOString()}`;
  const changes: AuditChange[] = [];
  for (const serviceName of catchUp.services) {
    const messages = await queryAudits(catchUp.client, { serviceName, interval }, catchUp.timing);
    const from = `live org: the audit query of ${serviceName} over ${interval}`;
    for (const message of messages) changes.push(readableChange(message, catchUp.organizationId, from));
  }
  return changes.sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime) || compareText(a.id, b.id));
}

/** The org, the services that audit the watched types, and the query's timing: read once when a source starts. */
export async function prepareCatchUp(
  client: GenesysApiClient,
  timing: Partial<AuditQueryTiming> | undefined,
): Promise<AuditCatchUp> {
  return {
    client,
    organizationId: await readOrganizationId(client),
    services: await servicesAuditing(client, WATCHED_ENTITY_TYPES),
    timing: { ...DEFAULT_QUERY_TIMING, sleep: realSleep, ...timing },
  };
}

/**
 * The polling mode, for orgs that allow neither a WebSocket nor EventBridge: every `everyMs` it asks
 * the Audit Query API for the watched entity types' audits since the last change it passed on
 * (reaching back `overlapMs`, since audits are indexed late), and passes on each one once, oldest first.
 */
export class AuditQuerySource implements ChangeSource {
  constructor(private readonly options: AuditQuerySourceOptions) {}

  /** Audits reach the query late: a stopped run may not have seen one made up to the overlap before its last. */
  get resumeReachMs(): number {
    return this.options.overlapMs ?? DEFAULT_OVERLAP_MS;
  }

  async *changes(options: {
    after?: { id: string; eventTime: string };
    signal: AbortSignal;
  }): AsyncIterable<AuditChange> {
    const now = this.options.now ?? Date.now;
    const catchUp = await prepareCatchUp(this.options.client, this.options.timing);
    const mark = new ChangeMark(options.after, now, this.options.overlapMs ?? DEFAULT_OVERLAP_MS);
    while (!options.signal.aborted) {
      for (const change of await catchUpChanges(catchUp, mark.from(), now())) {
        if (options.signal.aborted) return;
        if (mark.admit(change)) yield change;
      }
      await abortableSleep(this.options.everyMs, options.signal);
    }
  }
}
