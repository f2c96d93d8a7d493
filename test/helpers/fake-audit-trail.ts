import type * as http from "node:http";

/**
 * The audit trail of a stand-in org, and the Audit Query API over it, on fake-genesys.ts's server
 * (through its `intercept` hook). Shapes are the Platform API's (purecloud-platform-client-v2 and
 * its generated docs): POST /api/v2/audits/query takes AuditQueryRequest {interval, serviceName,
 * filters, sort} and answers AuditQueryExecutionStatusResponse {id, state, startDate, interval,
 * serviceName}; `state` is Queued, Running, Succeeded, Failed or Cancelled; GET …/{transactionId}
 * answers the same; GET …/{transactionId}/results?cursor&pageSize answers
 * AuditQueryExecutionResultsResponse {id, pageSize, cursor, entities: AuditLogMessage[]}; GET
 * …/servicemapping answers AuditQueryServiceMapping {services: [{name, entities: [{name, actions}]}]}.
 */

/** One audit, as the audit topic's payload gives it (AuditTopicAuditLogMessage). */
export interface TopicAudit {
  id: string;
  serviceName: string;
  entityType: string;
  entity: { id: string; name?: string };
  action: string;
  eventTime: string;
  [more: string]: unknown;
}

/** An audit of the stand-in org, with the fields the real payload carries (the EventBridge blueprint's sample). */
export function auditEvent(fields: {
  id: string;
  serviceName: string;
  entityType: string;
  entityId: string;
  action: string;
  eventTime: string;
  homeOrgId: string;
}): TopicAudit {
  return {
    id: fields.id,
    userId: "d7ff136e-8f5a-4878-a0ae-e2138ad0345d",
    userHomeOrgId: fields.homeOrgId,
    username: { id: "" },
    clientId: { id: "46a10c81-ca63-4bfe-bc9d-3fbf41ee06b5" },
    serviceName: fields.serviceName,
    eventTime: fields.eventTime,
    action: fields.action,
    entityType: fields.entityType,
    entity: { id: fields.entityId, name: "changed entity" },
    propertyChanges: [{ property: "permissionPolicies", newValues: ["integrations:integration:edit"] }],
  };
}

/** The same audit as the Audit Query API's results give it (AuditLogMessage: `eventDate`, `user`, `client`, `level`). */
function asAuditLogMessage(audit: TopicAudit): Record<string, unknown> {
  return {
    id: audit.id,
    userHomeOrgId: audit.userHomeOrgId,
    user: { id: audit.userId, selfUri: `/api/v2/users/${String(audit.userId)}` },
    client: { id: (audit.clientId as { id?: string } | undefined)?.id ?? "" },
    remoteIp: ["203.0.113.7"],
    serviceName: audit.serviceName,
    level: "USER",
    eventDate: audit.eventTime,
    action: audit.action,
    entity: { id: audit.entity.id },
    entityType: audit.entityType,
    status: "SUCCESS",
    application: "",
    initiatingAction: {},
    transactionInitiator: false,
    propertyChanges: audit.propertyChanges ?? [],
    context: {},
    entityChanges: [],
  };
}

export interface FakeAuditQueryOptions {
  /** The services and their entity types, as /servicemapping gives them. */
  services: Record<string, string[]>;
  /** How many status reads answer Running before Succeeded. */
  runningReads?: number;
  /** The state a query ends in (default Succeeded). */
  endState?: "Succeeded" | "Failed" | "Cancelled";
  /** Results per page at most (the API's own maximum is 500). */
  maxPageSize?: number;
  /** Answers a results page with this raw body. */
  garbageResults?: string;
}

interface Query {
  id: string;
  interval: string;
  serviceName: string;
  reads: number;
}

function json(response: http.ServerResponse, status: number, body: unknown): true {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
  return true;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
  });
}

/** The audit trail and its query API: `audits` grows as the test changes the org. */
export class FakeAuditTrail {
  readonly audits: TopicAudit[] = [];
  readonly queries: Array<{ serviceName: string; interval: string }> = [];
  private readonly running = new Map<string, Query>();

  constructor(private readonly options: FakeAuditQueryOptions) {}

  /** Answers the Audit Query API's paths; false for any other (fake-genesys.ts answers those). */
  intercept(request: http.IncomingMessage, response: http.ServerResponse, url: URL): boolean {
    if (!url.pathname.startsWith("/api/v2/audits/query")) return false;
    if (!/^Bearer token-\d+$/.test(request.headers.authorization ?? ""))
      return json(response, 401, {
        message: "No authentication bearer token specified in authorization header.",
        code: "authentication.required",
        status: 401,
      });
    if (url.pathname === "/api/v2/audits/query/servicemapping") return this.serviceMapping(response);
    if (url.pathname === "/api/v2/audits/query" && request.method === "POST") {
      void readBody(request).then((body) => this.create(response, body));
      return true;
    }
    const [, id, results] = /^\/api\/v2\/audits\/query\/([^/]+)(\/results)?$/.exec(url.pathname) ?? [];
    const query = id ? this.running.get(decodeURIComponent(id)) : undefined;
    if (!query) return json(response, 404, { message: "transaction not found", code: "not.found", status: 404 });
    return results ? this.results(response, query, url) : this.status(response, query);
  }

  private serviceMapping(response: http.ServerResponse): true {
    const services = Object.entries(this.options.services).map(([name, entities]) => ({
      name,
      entities: entities.map((entity) => ({ name: entity, actions: ["Create", "Update", "Delete"] })),
    }));
    return json(response, 200, { services });
  }

  private create(response: http.ServerResponse, text: string): void {
    const body = JSON.parse(text) as { interval?: unknown; serviceName?: unknown };
    if (typeof body.interval !== "string" || typeof body.serviceName !== "string" || !body.interval.includes("/")) {
      json(response, 400, { message: "interval and serviceName are required", code: "bad.request", status: 400 });
      return;
    }
    const query: Query = {
      id: `tx-${this.running.size + 1}`,
      interval: body.interval,
      serviceName: body.serviceName,
      reads: 0,
    };
    this.running.set(query.id, query);
    this.queries.push({ serviceName: query.serviceName, interval: query.interval });
    json(response, 200, { ...this.describe(query), state: "Queued" });
  }

  private describe(query: Query): Record<string, unknown> {
    return {
      id: query.id,
      startDate: new Date().toISOString(),
      interval: query.interval,
      serviceName: query.serviceName,
    };
  }

  private status(response: http.ServerResponse, query: Query): true {
    query.reads++;
    const state = query.reads <= (this.options.runningReads ?? 1) ? "Running" : (this.options.endState ?? "Succeeded");
    return json(response, 200, { ...this.describe(query), state });
  }

  private results(response: http.ServerResponse, query: Query, url: URL): true {
    if (this.options.garbageResults !== undefined) {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(this.options.garbageResults);
      return true;
    }
    const [start, end] = query.interval.split("/").map((part) => Date.parse(part));
    const matching = this.audits
      .filter((audit) => audit.serviceName === query.serviceName)
      .filter((audit) => Date.parse(audit.eventTime) >= (start ?? 0) && Date.parse(audit.eventTime) < (end ?? 0))
      .map(asAuditLogMessage);
    const size = Math.min(Number(url.searchParams.get("pageSize") ?? 25), this.options.maxPageSize ?? 500);
    const cursor = url.searchParams.get("cursor");
    const offset = cursor ? Number(Buffer.from(cursor, "base64url").toString().replace("offset:", "")) : 0;
    const next =
      offset + size < matching.length ? Buffer.from(`offset:${offset + size}`).toString("base64url") : undefined;
    return json(response, 200, {
      id: query.id,
      pageSize: size,
      entities: matching.slice(offset, offset + size),
      ...(next ? { cursor: next } : {}),
    });
  }
}
