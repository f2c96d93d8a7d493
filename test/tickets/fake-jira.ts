import { jsonBody, startFakeServer, type FakeAnswer, type FakeRequest, type FakeServer } from "./fake-ticket-server";

/**
 * A local stand-in for Jira Cloud REST v3, its paths and shapes from Atlassian's reference
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/): POST /rest/api/3/issue answers
 * 201 {id, key, self}; POST …/issue/{key}/attachments takes multipart `file` and requires
 * `X-Atlassian-Token: no-check`; POST/GET …/comment with ADF bodies and {startAt, maxResults, total,
 * comments}; GET …/issue/{key} with fields.status {name, statusCategory {key}} and fields.resolution;
 * GET/POST …/transitions; errors as {"errorMessages": [], "errors": {}}.
 */
interface FakeIssue {
  key: string;
  fields: Record<string, unknown>;
  status: { name: string; category: "new" | "indeterminate" | "done" };
  resolution: string | null;
  attachments: Array<{ filename: string; mimeType: string; content: string }>;
  comments: Array<{ id: string; accountId: string; body: unknown }>;
}

export interface FakeJira extends FakeServer {
  issues: Map<string, FakeIssue>;
  /** A person's comment, as the Jira UI would post it (plain text in ADF paragraphs). */
  postComment(key: string, accountId: string, text: string): void;
}

const TRANSITIONS = [
  { id: "21", name: "In Review", to: { name: "In Review", category: "indeterminate" as const }, resolution: null },
  { id: "31", name: "Reject", to: { name: "Rejected", category: "done" as const }, resolution: "Won't Do" },
  { id: "41", name: "Done", to: { name: "Done", category: "done" as const }, resolution: "Done" },
];

const jiraError = (status: number, errorMessages: string[], errors: Record<string, string> = {}): FakeAnswer => ({
  status,
  json: { errorMessages, errors },
});

function adfParagraphs(text: string): unknown {
  return {
    type: "doc",
    version: 1,
    content: text
      .split("\n")
      .map((line) => ({ type: "paragraph", content: line ? [{ type: "text", text: line }] : [] })),
  };
}

async function multipartFile(
  request: FakeRequest,
): Promise<{ filename: string; mimeType: string; content: string } | undefined> {
  const parsed = new Request("http://x/", {
    method: "POST",
    headers: { "content-type": String(request.headers["content-type"]) },
    body: new Uint8Array(request.body),
  });
  const form = await parsed.formData().catch(() => undefined);
  const file = form?.get("file");
  if (!file || typeof file === "string") return undefined;
  return { filename: file.name, mimeType: file.type, content: await file.text() };
}

export async function startFakeJira(options: { email: string; token: string; projects: string[] }): Promise<FakeJira> {
  const issues = new Map<string, FakeIssue>();
  let nextId = 10000;
  const pendingUploads: Array<Promise<void>> = [];
  const expected = `Basic ${Buffer.from(`${options.email}:${options.token}`).toString("base64")}`;
  const route = (request: FakeRequest): FakeAnswer => {
    if (request.headers.authorization !== expected)
      return jiraError(401, ["You are not authenticated. Authentication required to perform this operation."]);
    const path = request.url.pathname;
    if (request.method === "POST" && path === "/rest/api/3/issue") {
      const fields = (jsonBody(request) as { fields?: Record<string, unknown> } | undefined)?.fields ?? {};
      const project = (fields.project as { key?: string } | undefined)?.key ?? "";
      if (!options.projects.includes(project)) return jiraError(400, [], { project: "valid project is required" });
      if (typeof fields.summary !== "string" || !fields.summary)
        return jiraError(400, [], { summary: "You must specify a summary of the issue." });
      if ((fields.description as { type?: string; version?: number } | undefined)?.version !== 1)
        return jiraError(400, [], {
          description: "Operation value must be an Atlassian Document (see the Atlassian Document Format)",
        });
      const key = `${project}-${issues.size + 1}`;
      issues.set(key, {
        key,
        fields,
        status: { name: "To Do", category: "new" },
        resolution: null,
        attachments: [],
        comments: [],
      });
      return { status: 201, json: { id: String(nextId++), key, self: `${state.base}/rest/api/3/issue/${key}` } };
    }
    const match = /^\/rest\/api\/3\/issue\/([^/]+)(?:\/(attachments|comment|transitions))?$/.exec(path);
    const issue = match ? issues.get(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !issue) return jiraError(404, ["Issue does not exist or you do not have permission to see it."]);
    const part = match[2];
    if (part === "attachments" && request.method === "POST") {
      if (request.headers["x-atlassian-token"] !== "no-check") return jiraError(403, ["XSRF check failed"]);
      pendingUploads.push(
        multipartFile(request).then((file) => {
          if (file) issue.attachments.push(file);
        }),
      );
      return { status: 200, json: [{ id: String(nextId++), self: `${state.base}/rest/api/3/attachment/${nextId}` }] };
    }
    if (part === "comment" && request.method === "POST") {
      const body = (jsonBody(request) as { body?: { version?: number } } | undefined)?.body;
      if (body?.version !== 1) return jiraError(400, [], { comment: "Comment body can not be empty!" });
      const comment = { id: String(nextId++), accountId: "gate-service-account", body };
      issue.comments.push(comment);
      return { status: 201, json: { id: comment.id, author: { accountId: comment.accountId }, body } };
    }
    if (part === "comment" && request.method === "GET") {
      const startAt = Number(request.url.searchParams.get("startAt") ?? 0);
      const maxResults = Math.min(Number(request.url.searchParams.get("maxResults") ?? 50), 2);
      const page = issue.comments.slice(startAt, startAt + maxResults);
      return {
        status: 200,
        json: {
          startAt,
          maxResults,
          total: issue.comments.length,
          comments: page.map((c) => ({
            id: c.id,
            author: { accountId: c.accountId, displayName: "A Person" },
            body: c.body,
            created: "2026-12-05T23:00:00.000+0000",
          })),
        },
      };
    }
    if (part === "transitions" && request.method === "GET")
      return {
        status: 200,
        json: { transitions: TRANSITIONS.map((t) => ({ id: t.id, name: t.name, to: { name: t.to.name } })) },
      };
    if (part === "transitions" && request.method === "POST") {
      const id = (jsonBody(request) as { transition?: { id?: string } } | undefined)?.transition?.id;
      const transition = TRANSITIONS.find((t) => t.id === id);
      if (!transition) return jiraError(400, ["Transition id '" + String(id) + "' is not valid for this issue."]);
      issue.status = { ...transition.to };
      issue.resolution = transition.resolution;
      return { status: 204 };
    }
    if (!part && request.method === "GET")
      return {
        status: 200,
        json: {
          id: "1",
          key: issue.key,
          fields: {
            status: { name: issue.status.name, statusCategory: { key: issue.status.category } },
            resolution: issue.resolution ? { name: issue.resolution } : null,
          },
        },
      };
    return jiraError(405, ["Method not allowed"]);
  };
  const server = await startFakeServer(route);
  const state: FakeJira = Object.assign(server, {
    issues,
    postComment(key: string, accountId: string, text: string) {
      issues.get(key)!.comments.push({ id: String(nextId++), accountId, body: adfParagraphs(text) });
    },
  });
  const close = state.close;
  state.close = async () => {
    await Promise.all(pendingUploads);
    await close();
  };
  return state;
}
