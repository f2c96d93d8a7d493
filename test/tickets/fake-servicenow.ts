import { randomBytes } from "node:crypto";
import { jsonBody, startFakeServer, type FakeAnswer, type FakeRequest, type FakeServer } from "./fake-ticket-server";

/**
 * A local stand-in for the ServiceNow Table API and Attachment API, its paths and shapes from the REST
 * API reference (https://developer.servicenow.com/dev.do#!/reference/api/latest/rest/c_TableAPI and
 * c_AttachmentAPI): POST /api/now/table/{table} answers 201 {"result": {sys_id, number, state, approval,
 * active, …}} (every value a string); PATCH /api/now/table/{table}/{sys_id} writing the `comments`
 * journal field adds a sys_journal_field entry (element_id, element "comments", value); POST
 * /api/now/attachment/file?table_name&table_sys_id&file_name with the raw file; errors as
 * {"error": {"message", "detail"}, "status": "failure"}.
 */
interface FakeChange {
  sys_id: string;
  table: string;
  fields: Record<string, string>;
  attachments: Array<{ file_name: string; content_type: string; content: string }>;
}

export interface FakeServiceNow extends FakeServer {
  records: Map<string, FakeChange>;
  journal: Array<{ sys_id: string; element_id: string; element: string; value: string; sys_created_by: string }>;
  /** A comment as a person adds it in the UI. */
  postComment(number: string, user: string, text: string): void;
  /** Sets fields as a workflow would (state, approval, active). */
  update(number: string, fields: Record<string, string>): void;
}

const snError = (status: number, message: string, detail: string): FakeAnswer => ({
  status,
  json: { error: { message, detail }, status: "failure" },
});

const sysId = () => randomBytes(16).toString("hex");

export async function startFakeServiceNow(options: { user: string; password: string }): Promise<FakeServiceNow> {
  const records = new Map<string, FakeChange>();
  const journal: FakeServiceNow["journal"] = [];
  let counter = 30000;
  const expected = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString("base64")}`;
  const byNumber = (number: string) => [...records.values()].find((r) => r.fields.number === number)!;
  const view = (record: FakeChange) => ({ ...record.fields, sys_id: record.sys_id });
  const route = (request: FakeRequest): FakeAnswer => {
    if (request.headers.authorization !== expected)
      return snError(401, "User Not Authenticated", "Required to provide Auth information");
    const path = request.url.pathname;
    if (request.method === "POST" && path === "/api/now/attachment/file") {
      const record = records.get(request.url.searchParams.get("table_sys_id") ?? "");
      if (!record) return snError(400, "Invalid table or sys_id", "table_sys_id does not name a record");
      const file = {
        file_name: request.url.searchParams.get("file_name") ?? "",
        content_type: String(request.headers["content-type"]),
        content: request.body.toString("utf8"),
      };
      record.attachments.push(file);
      return {
        status: 201,
        json: { result: { sys_id: sysId(), ...file, content: undefined, size_bytes: String(request.body.length) } },
      };
    }
    if (request.method === "GET" && path === "/api/now/table/sys_journal_field") {
      const query = request.url.searchParams.get("sysparm_query") ?? "";
      const elementId = /element_id=([0-9a-f]{32})/.exec(query)?.[1];
      const limit = Number(request.url.searchParams.get("sysparm_limit") ?? 10_000);
      const entries = journal.filter((e) => e.element_id === elementId && e.element === "comments");
      return { status: 200, json: { result: entries.slice(0, limit) } };
    }
    const match = /^\/api\/now\/table\/([a-z_]+)(?:\/([0-9a-f]{32}))?$/.exec(path);
    if (!match) return snError(400, "Requested URI does not represent any resource", `${path}`);
    const [, table, id] = match;
    if (request.method === "POST" && !id) {
      const body = (jsonBody(request) ?? {}) as Record<string, unknown>;
      if (typeof body.short_description !== "string")
        return snError(400, "Exception while reading request", "short_description missing");
      const record: FakeChange = {
        sys_id: sysId(),
        table: table!,
        fields: {
          number: `CHG00${counter++}`,
          short_description: body.short_description,
          description: String(body.description ?? ""),
          state: "-5",
          approval: "not requested",
          active: "true",
        },
        attachments: [],
      };
      records.set(record.sys_id, record);
      return { status: 201, json: { result: view(record) } };
    }
    const record = id ? records.get(id) : undefined;
    if (!record || record.table !== table)
      return snError(404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval");
    if (request.method === "PATCH") {
      const body = (jsonBody(request) ?? {}) as Record<string, string>;
      if (body.comments)
        journal.push({
          sys_id: sysId(),
          element_id: record.sys_id,
          element: "comments",
          value: body.comments,
          sys_created_by: options.user,
        });
      return { status: 200, json: { result: view(record) } };
    }
    if (request.method === "GET") {
      const fields = request.url.searchParams.get("sysparm_fields")?.split(",");
      const all = view(record) as Record<string, string>;
      return { status: 200, json: { result: fields ? Object.fromEntries(fields.map((f) => [f, all[f] ?? ""])) : all } };
    }
    return snError(405, "Method not Supported", `${request.method}`);
  };
  const server = await startFakeServer(route);
  return Object.assign(server, {
    records,
    journal,
    postComment(number: string, user: string, text: string) {
      journal.push({
        sys_id: sysId(),
        element_id: byNumber(number).sys_id,
        element: "comments",
        value: text,
        sys_created_by: user,
      });
    },
    update(number: string, fields: Record<string, string>) {
      Object.assign(byNumber(number).fields, fields);
    },
  });
}
