import { callTicketApi, TicketApiError, TicketTooLargeError, type TicketConnection } from "./ticket-http";
import type { NewTicket, TicketComment, TicketLink, TicketState, TicketSystem } from "./ticket-system";

/** ServiceNow's error body: {"error":{"message","detail"},"status":"failure"}. */
export function serviceNowErrorText(body: unknown): string | undefined {
  const error = body && typeof body === "object" ? (body as { error?: unknown }).error : undefined;
  if (!error || typeof error !== "object") return undefined;
  const { message, detail } = error as { message?: unknown; detail?: unknown };
  const parts = [message, detail].filter((part): part is string => typeof part === "string" && part.length > 0);
  return parts.length > 0 ? parts.join(" (") + (parts.length > 1 ? ")" : "") : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object";
const SYS_ID = /^[0-9a-f]{32}$/;
/** A table name as ServiceNow spells them (change_request, sn_grc_issue, u_dpia_exception). */
export const TABLE_NAME = /^[a-z][a-z0-9_]{0,79}$/;
/** change_request's states Closed (3) and Canceled (4); every table derived from task has `active` and `approval`. */
const CHANGE_ENDED_STATES = new Set(["3", "4"]);
const MAX_COMMENTS = 5000;

function result(answer: unknown, endpoint: string): Record<string, unknown> {
  const value = isRecord(answer) ? answer.result : undefined;
  if (!isRecord(value) || Array.isArray(value)) throw new TicketApiError(endpoint, "answered without a result record");
  return value;
}

/**
 * The ServiceNow Table API: a record per exception in a table derived from task (change_request by
 * default), the DPIA's HTML page attached (Attachment API), comments through the journal, and its
 * state read back: rejected, cancelled, closed or inactive ends it.
 */
export class ServiceNowTickets implements TicketSystem {
  readonly name = "servicenow" as const;
  constructor(private readonly connection: TicketConnection) {}

  private endpoint(method: string, path: string): string {
    return `ServiceNow ${method} ${this.connection.baseUrl}${path}`;
  }

  async open(ticket: NewTicket): Promise<TicketLink> {
    const path = `/api/now/table/${ticket.container}`;
    const record = result(
      await callTicketApi(this.connection, {
        method: "POST",
        path,
        json: { short_description: ticket.summary, description: ticket.description.join("\n") },
      }),
      this.endpoint("POST", path),
    );
    const sysId = record.sys_id;
    const number = record.number;
    if (typeof sysId !== "string" || !SYS_ID.test(sysId) || typeof number !== "string" || !/^[\w-]{1,40}$/.test(number))
      throw new TicketApiError(this.endpoint("POST", path), "answered without a sys_id and number");
    return {
      system: "servicenow",
      key: number,
      locator: `${ticket.container}/${sysId}`,
      url: `${this.connection.baseUrl}/nav_to.do?uri=${ticket.container}.do%3Fsys_id%3D${sysId}`,
    };
  }

  async attach(link: TicketLink, fileName: string, content: string, contentType: string): Promise<void> {
    const [table, sysId] = link.locator.split("/");
    const query = new URLSearchParams({ table_name: table!, table_sys_id: sysId!, file_name: fileName });
    await callTicketApi(this.connection, {
      method: "POST",
      path: `/api/now/attachment/file?${query}`,
      raw: { body: Buffer.from(content, "utf8"), contentType },
    });
  }

  async comment(link: TicketLink, text: string): Promise<void> {
    // `comments` is a journal field: writing it adds an entry, it never replaces the earlier ones.
    await callTicketApi(this.connection, {
      method: "PATCH",
      path: `/api/now/table/${link.locator}`,
      json: { comments: text },
    });
  }

  async status(link: TicketLink): Promise<TicketState> {
    const [table] = link.locator.split("/");
    const path = `/api/now/table/${link.locator}`;
    let answer: unknown;
    try {
      answer = await callTicketApi(this.connection, {
        method: "GET",
        path: `${path}?sysparm_fields=number,state,approval,active`,
      });
    } catch (error) {
      // The Table API answers 404 {"error":{"message":"No Record found",…}} for a deleted record and for one an
      // ACL now hides. A 404 without that body (a proxy, a wrong instance URL) is a fault, not a deleted ticket.
      const answered = error instanceof TicketApiError ? error.answered : undefined;
      if (answered?.status === 404 && /no record found/i.test(answered.said ?? ""))
        return { status: "gone (ServiceNow answered HTTP 404: No Record found)", ended: true, gone: true };
      throw error;
    }
    const record = result(answer, this.endpoint("GET", path));
    const state = String(record.state ?? "");
    const approval = String(record.approval ?? "");
    const ended =
      approval === "rejected" ||
      String(record.active) === "false" ||
      (table === "change_request" && CHANGE_ENDED_STATES.has(state));
    return { status: `state ${state || "?"}, approval ${approval || "?"}`, ended };
  }

  async comments(link: TicketLink): Promise<TicketComment[]> {
    const sysId = link.locator.split("/")[1]!;
    const path = "/api/now/table/sys_journal_field";
    const query = new URLSearchParams({
      sysparm_query: `element_id=${sysId}^element=comments^ORDERBYsys_created_on`,
      sysparm_fields: "sys_id,value,sys_created_by",
      // One more than the cap: a full page means there may be more, and a signature among them unread.
      sysparm_limit: String(MAX_COMMENTS + 1),
    });
    const answer = await callTicketApi(this.connection, { method: "GET", path: `${path}?${query}` });
    const entries = isRecord(answer) ? answer.result : undefined;
    if (!Array.isArray(entries)) throw new TicketApiError(this.endpoint("GET", path), "answered without a result list");
    if (entries.length > MAX_COMMENTS)
      throw new TicketTooLargeError(this.endpoint("GET", path), `has more than ${MAX_COMMENTS} comments`);
    return entries.map((entry) => {
      if (!isRecord(entry) || typeof entry.sys_id !== "string" || typeof entry.value !== "string")
        throw new TicketApiError(this.endpoint("GET", path), "answered a journal entry without sys_id and value");
      return { id: entry.sys_id, author: String(entry.sys_created_by ?? "unknown"), text: entry.value };
    });
  }
}
