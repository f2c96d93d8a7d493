import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** A fault a stand-in answers instead of the real thing, for one call. */
type Fault = { status: number; body: string } | "timeout" | "malformed" | "drop";

export interface FakeRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeAnswer {
  status: number;
  json?: unknown;
}

export interface FakeServer {
  base: string;
  /** Every call, `METHOD /path`, in order. */
  calls: string[];
  /** Set to answer the next matching calls with a fault. */
  faults: Array<{ match: RegExp; fault: Fault; times?: number }>;
  close(): Promise<void>;
}

function applyFault(fault: Fault, response: http.ServerResponse): void {
  if (fault === "timeout") return; // never answers: the client's timeout ends it
  if (fault === "drop") return void response.socket?.destroy();
  if (fault === "malformed") {
    response.writeHead(200, { "content-type": "application/json" });
    return void response.end('{"key": "PRIV-');
  }
  response.writeHead(fault.status, { "content-type": "application/json" });
  response.end(fault.body);
}

/** An HTTP server on 127.0.0.1, port 0, handing each whole request to `handle`, with faults on demand. */
export async function startFakeServer(handle: (request: FakeRequest) => FakeAnswer): Promise<FakeServer> {
  const state: FakeServer = { base: "", calls: [], faults: [], close: async () => undefined };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const call = `${request.method} ${url.pathname}`;
      state.calls.push(call);
      const planned = state.faults.find((entry) => entry.match.test(call));
      if (planned) {
        if (planned.times !== undefined && --planned.times <= 0) state.faults.splice(state.faults.indexOf(planned), 1);
        return applyFault(planned.fault, response);
      }
      const answer = handle({
        method: request.method ?? "GET",
        url,
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      response.writeHead(answer.status, answer.json === undefined ? {} : { "content-type": "application/json" });
      response.end(answer.json === undefined ? "" : JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

export function jsonBody(request: FakeRequest): unknown {
  try {
    return JSON.parse(request.body.toString("utf8"));
  } catch {
    return undefined;
  }
}
