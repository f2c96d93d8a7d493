import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { InputError } from "../validation/input-error";
import { jiraSignatureValid, serviceNowSignatureValid } from "./webhook-signature";
import type { TicketSystemName } from "./ticket-system";

export interface TicketWebhookOptions {
  host: string;
  port: number;
  /** The shared secrets, from the environment; a system without one is not listened for. */
  secrets: Partial<Record<TicketSystemName, string>>;
  /** Brings one ticket in step (the sync reads the ticket itself: a webhook's body is only a hint of which). */
  sync: (system: TicketSystemName, key: string) => Promise<string>;
  log: (line: string) => void;
}

export interface TicketWebhooks {
  url: string;
  /** Resolves when every accepted event so far has been synced. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const KEY = /^[A-Za-z][\w-]{0,49}$/;

function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", () => resolve(undefined));
  });
}

/** The ticket a verified body names: Jira's `issue.key`, or the business rule's `number`. */
function ticketKey(system: TicketSystemName, body: Buffer): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!value || typeof value !== "object") return undefined;
  const key =
    system === "jira" ? (value as { issue?: { key?: unknown } }).issue?.key : (value as { number?: unknown }).number;
  return typeof key === "string" && KEY.test(key) ? key : undefined;
}

function verified(system: TicketSystemName, request: http.IncomingMessage, body: Buffer, secret: string): boolean {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? undefined : value;
  };
  if (system === "jira") return jiraSignatureValid(body, header("x-hub-signature"), secret);
  return serviceNowSignatureValid(
    body,
    { signature: header("x-dpia-signature"), timestamp: header("x-dpia-timestamp") },
    secret,
  );
}

/** Listens, or says why not (address in use, not this machine's, no permission) as an InputError: exit 2, not an internal error. */
function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const where = `--listen ${host.includes(":") ? `[${host}]` : host}:${port}`;
      const why = { EADDRINUSE: "the address is in use", EADDRNOTAVAIL: "the address is not this machine's" }[
        error.code ?? ""
      ];
      reject(new InputError([{ file: where, location: "", expected: `cannot listen: ${why ?? error.message}` }]));
    });
    server.listen(port, host, () => resolve());
  });
}

/**
 * Receives Jira and ServiceNow webhooks at POST /jira and POST /servicenow, verifies each signature,
 * and syncs the ticket it names, one at a time. An unsigned or wrongly signed request is answered 401
 * and changes nothing; a replayed one only syncs again, which records nothing new.
 */
export async function startTicketWebhooks(options: TicketWebhookOptions): Promise<TicketWebhooks> {
  let queue = Promise.resolve();
  // The syncs queued and not yet started: a sync reads the ticket when it starts, so one queued covers every
  // later request for the same ticket (a burst of updates, or a captured delivery replayed: Jira signs no time).
  const waiting = new Set<string>();
  const server = http.createServer((request, response) => {
    const answer = (status: number, text: string) => {
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(`${text}\n`);
    };
    const system = ({ "/jira": "jira", "/servicenow": "servicenow" } as const)[request.url?.split("?")[0] ?? ""];
    const secret = system ? options.secrets[system] : undefined;
    if (request.method !== "POST" || !system || !secret) return answer(404, "not found");
    void readBody(request).then((body) => {
      if (!body) return answer(413, "body too large");
      if (!verified(system, request, body, secret)) {
        options.log(`refused a ${system} webhook from ${request.socket.remoteAddress}: its signature does not verify`);
        return answer(401, "signature does not verify");
      }
      const key = ticketKey(system, body);
      if (!key) return answer(400, "no ticket key in the body");
      const pending = `${system} ${key}`;
      if (waiting.has(pending)) return answer(202, "accepted");
      waiting.add(pending);
      queue = queue.then(async () => {
        waiting.delete(pending);
        try {
          options.log(await options.sync(system, key));
        } catch (error) {
          options.log(
            `could not sync ${key}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          );
        }
      });
      answer(202, "accepted");
    });
  });
  await listen(server, options.host, options.port);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`,
    idle: () => queue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
