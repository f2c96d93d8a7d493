import { z } from "zod";
import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { endpointOf, LiveApiError } from "../drift/live/live-api-error";
import { LIVE_LIMIT_VARIABLES } from "../drift/live/live-limits";
import { shapeProblem } from "../drift/live/paged-listing";

const QUERY_PATH = "/api/v2/audits/query";
/** The largest page the results give (the SDK: "The maximum page size is 500"). */
const RESULTS_PAGE_SIZE = 500;

/** AuditQueryExecutionStatusResponse; `state` is Queued, Running, Succeeded, Failed or Cancelled. */
const STATUS = z.looseObject({ id: z.string().min(1), state: z.string().min(1) });
/** AuditQueryExecutionResultsResponse: a page of AuditLogMessage, `cursor` to the next one while there is one. */
const RESULTS = z.looseObject({ entities: z.array(z.unknown()).nullish(), cursor: z.string().nullish() });
/** AuditQueryServiceMapping: the services, each with the entity types it audits. */
const SERVICE_MAPPING = z.looseObject({
  services: z.array(
    z.looseObject({ name: z.string().min(1), entities: z.array(z.looseObject({ name: z.string() })).nullish() }),
  ),
});

export interface AuditQueryTiming {
  /** Between two reads of the query's state. */
  pollMs: number;
  /** How long a query may stay Queued or Running before the source gives up (exit 2). */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

function parsed<T>(client: GenesysApiClient, path: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new LiveApiError(client.endpoint(path), shapeProblem(result.error));
  return result.data;
}

/**
 * The services whose audits carry any of the entity types, as the org's own service mapping says
 * (matched without case: a mapping that spells `ROLE` still names the roles' service).
 */
export async function servicesAuditing(client: GenesysApiClient, entityTypes: readonly string[]): Promise<string[]> {
  const path = `${QUERY_PATH}/servicemapping`;
  const mapping = parsed(client, path, SERVICE_MAPPING, await client.get(path));
  const wanted = new Set(entityTypes.map((name) => name.toLowerCase()));
  const services = mapping.services
    .filter((service) => (service.entities ?? []).some((entity) => wanted.has(entity.name.toLowerCase())))
    .map((service) => service.name);
  if (services.length === 0)
    throw new LiveApiError(
      client.endpoint(path),
      `no audited service names any of the watched entity types (${entityTypes.join(", ")})`,
    );
  return [...new Set(services)].sort();
}

async function awaitSucceeded(client: GenesysApiClient, id: string, timing: AuditQueryTiming): Promise<void> {
  const path = `${QUERY_PATH}/${encodeURIComponent(id)}`;
  for (let waited = 0; ; waited += timing.pollMs) {
    const { state } = parsed(client, path, STATUS, await client.get(path));
    if (state === "Succeeded") return;
    if (state !== "Queued" && state !== "Running")
      throw new LiveApiError(client.endpoint(path), `the audit query ended ${state}, not Succeeded`);
    if (waited >= timing.maxWaitMs)
      throw new LiveApiError(
        client.endpoint(path),
        `the audit query is still ${state} after ${Math.round(waited / 1000)} s (DPIA_WATCH_QUERY_WAIT_MS)`,
      );
    await timing.sleep(timing.pollMs);
  }
}

async function readResults(client: GenesysApiClient, id: string): Promise<unknown[]> {
  const base = `${QUERY_PATH}/${encodeURIComponent(id)}/results?pageSize=${RESULTS_PAGE_SIZE}`;
  const messages: unknown[] = [];
  const cursors = new Set<string>();
  for (let path = base; ;) {
    if (cursors.size >= client.limits.maxPages)
      throw new LiveApiError(
        client.endpoint(path),
        `the results still lead on after ${cursors.size} pages, the most read (${LIVE_LIMIT_VARIABLES.maxPages}): the audits were not read whole`,
      );
    const page = parsed(client, path, RESULTS, await client.get(path));
    messages.push(...(page.entities ?? []));
    if (!page.cursor) return messages;
    if (cursors.has(page.cursor))
      throw new LiveApiError(client.endpoint(path), "its cursor repeats an earlier page's: the results do not advance");
    cursors.add(page.cursor);
    path = `${base}&cursor=${encodeURIComponent(page.cursor)}`;
  }
}

/**
 * The audit messages of one service in an interval (`start/end`, ISO 8601): the query is created,
 * its state read until Succeeded, and its results read page by page to the last cursor. Any other
 * end (Failed, Cancelled, too long, a misshapen answer) is a LiveApiError (exit 2), never a part.
 */
export async function queryAudits(
  client: GenesysApiClient,
  query: { serviceName: string; interval: string },
  timing: AuditQueryTiming,
): Promise<unknown[]> {
  const answer = await client.post(QUERY_PATH, query);
  const created = STATUS.safeParse(answer);
  const endpoint = endpointOf("POST", client.url(QUERY_PATH));
  if (!created.success) throw new LiveApiError(endpoint, shapeProblem(created.error));
  if (created.data.state === "Failed" || created.data.state === "Cancelled")
    throw new LiveApiError(endpoint, `the audit query ended ${created.data.state}, not Succeeded`);
  if (created.data.state !== "Succeeded") await awaitSucceeded(client, created.data.id, timing);
  return readResults(client, created.data.id);
}
