import { adfDocument, adfText } from "./adf";
import { callTicketApi, TicketApiError, TicketTooLargeError, type TicketConnection } from "./ticket-http";
import type { NewTicket, TicketComment, TicketLink, TicketState, TicketSystem } from "./ticket-system";

/** Jira's error body: {"errorMessages":[…],"errors":{field: message}}. */
export function jiraErrorText(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const { errorMessages, errors } = body as { errorMessages?: unknown; errors?: unknown };
  const messages = Array.isArray(errorMessages) ? errorMessages.filter((m) => typeof m === "string") : [];
  const fields =
    errors && typeof errors === "object"
      ? Object.entries(errors).map(([field, message]) => `${field}: ${String(message)}`)
      : [];
  const all = [...messages, ...fields];
  return all.length > 0 ? all.join("; ") : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object";

function field<T>(value: unknown, test: (v: unknown) => v is T, endpoint: string, what: string): T {
  if (!test(value)) throw new TicketApiError(endpoint, `answered without ${what}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === "string" && value.length > 0;
/** A Jira issue key: the project key, a dash, a number. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,49}-\d{1,12}$/;
const isIssueKey = (value: unknown): value is string => typeof value === "string" && ISSUE_KEY.test(value);

/** Comments read per page; Jira caps a page at 100 whatever is asked. */
const PAGE = 100;
/** More comments than this on one ticket is not a review: stop rather than page forever. */
const MAX_COMMENTS = 5000;

/**
 * Jira Cloud REST v3: an issue per exception (ADF description), the DPIA's HTML page attached, comments
 * both ways, and the issue's status read back (statusCategory "done" or a rejecting status ends it).
 */
export class JiraTickets implements TicketSystem {
  readonly name = "jira" as const;
  constructor(
    private readonly connection: TicketConnection,
    private readonly issueType = "Task",
  ) {}

  async open(ticket: NewTicket): Promise<TicketLink> {
    const path = "/rest/api/3/issue";
    const created = await callTicketApi(this.connection, {
      method: "POST",
      path,
      json: {
        fields: {
          project: { key: ticket.container },
          issuetype: { name: this.issueType },
          summary: ticket.summary,
          description: adfDocument(ticket.description),
        },
      },
    });
    const key = field(
      isRecord(created) ? created.key : undefined,
      isIssueKey,
      `Jira POST ${this.connection.baseUrl}${path}`,
      "an issue key",
    );
    return { system: "jira", key, locator: key, url: `${this.connection.baseUrl}/browse/${key}` };
  }

  async attach(link: TicketLink, fileName: string, content: string, contentType: string): Promise<void> {
    const form = new FormData();
    form.append("file", new Blob([content], { type: contentType }), fileName);
    await callTicketApi(this.connection, {
      method: "POST",
      path: `/rest/api/3/issue/${encodeURIComponent(link.locator)}/attachments`,
      // Jira refuses an upload without it (XSRF protection), as its REST v3 reference says.
      headers: { "X-Atlassian-Token": "no-check" },
      form,
    });
  }

  async comment(link: TicketLink, text: string): Promise<void> {
    const lines = text.split("\n");
    await callTicketApi(this.connection, {
      method: "POST",
      path: `/rest/api/3/issue/${encodeURIComponent(link.locator)}/comment`,
      json: { body: adfDocument(lines.slice(0, 1), lines.slice(1).join("\n") || undefined) },
    });
  }

  async status(link: TicketLink): Promise<TicketState> {
    const key = encodeURIComponent(link.locator);
    const path = `/rest/api/3/issue/${key}?fields=status,resolution`;
    const endpoint = `Jira GET ${this.connection.baseUrl}/rest/api/3/issue/${key}`;
    let issue: unknown;
    try {
      issue = await callTicketApi(this.connection, { method: "GET", path });
    } catch (error) {
      // Jira answers 404, with its own error body, for a deleted issue and for one the account may no longer
      // see; 410 is gone for good. A bare 404 (a proxy, a wrong base URL) is a fault, not a deleted ticket.
      const answered = error instanceof TicketApiError ? error.answered : undefined;
      if (answered && ((answered.status === 404 && answered.said) || answered.status === 410))
        return {
          status: `gone (Jira answered HTTP ${answered.status}: deleted or hidden from the gate)`,
          ended: true,
          gone: true,
        };
      throw error;
    }
    const fields = isRecord(issue) && isRecord(issue.fields) ? issue.fields : {};
    const status = isRecord(fields.status) ? fields.status : undefined;
    const name = field(status?.name, isString, endpoint, "fields.status.name");
    const category = isRecord(status?.statusCategory) ? status.statusCategory.key : undefined;
    const resolution =
      isRecord(fields.resolution) && typeof fields.resolution.name === "string" ? fields.resolution.name : "";
    const ended = category === "done" || /reject|declin|cancel|won.?t/i.test(`${name} ${resolution}`);
    return { status: resolution ? `${name} (${resolution})` : name, ended };
  }

  async comments(link: TicketLink): Promise<TicketComment[]> {
    const key = encodeURIComponent(link.locator);
    const endpoint = `Jira GET ${this.connection.baseUrl}/rest/api/3/issue/${key}/comment`;
    const all: TicketComment[] = [];
    for (let startAt = 0; ;) {
      const page = await callTicketApi(this.connection, {
        method: "GET",
        path: `/rest/api/3/issue/${key}/comment?startAt=${startAt}&maxResults=${PAGE}&orderBy=created`,
      });
      const comments = field(isRecord(page) ? page.comments : undefined, Array.isArray, endpoint, "a comments list");
      for (const comment of comments) {
        if (!isRecord(comment) || !isString(comment.id))
          throw new TicketApiError(endpoint, "answered a comment without an id");
        const author =
          isRecord(comment.author) && typeof comment.author.accountId === "string"
            ? comment.author.accountId
            : "unknown";
        all.push({ id: comment.id, author, text: adfText(comment.body) });
      }
      const total = isRecord(page) && typeof page.total === "number" ? page.total : all.length;
      startAt += comments.length;
      if (comments.length === 0 || startAt >= total) return all;
      if (startAt >= MAX_COMMENTS) throw new TicketTooLargeError(endpoint, `has more than ${MAX_COMMENTS} comments`);
    }
  }
}
