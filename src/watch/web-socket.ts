import { InputError } from "../validation/input-error";

/** What the watch uses of a WebSocket: the WHATWG interface, which both Node's global and `ws` give. */
export interface WatchSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open", listener: () => void): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "close", listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
}

export type SocketFactory = (url: URL) => WatchSocket;

/** One message larger than this closes the socket (ws) or is refused when read (Node's WebSocket). */
export const LARGEST_MESSAGE_BYTES = 4 * 1024 * 1024;

type SocketClass = new (url: string, options?: { maxPayload: number }) => WatchSocket;

function loadWs(): SocketClass {
  try {
    return (require("ws") as { WebSocket: SocketClass }).WebSocket;
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code !== "MODULE_NOT_FOUND" || !/'ws'/.test(String(message))) throw error;
    throw new InputError([
      {
        file: "dpia watch --mode notifications",
        location: "",
        expected: `a WebSocket client, but this Node.js (${process.version}) has none built in (Node.js 22 and later have it) and the ws package is not installed: run on Node.js 22 or 24, or install ws beside genesys-dpia-gate (npm install ws@8)`,
      },
    ]);
  }
}

/**
 * Node's own WebSocket where it has one (22 and later), else the `ws` package, an optional peer
 * dependency: a project that never watches installs nothing for it.
 */
export function defaultSocketFactory(): SocketFactory {
  const native = (globalThis as { WebSocket?: SocketClass }).WebSocket;
  if (native) return (url) => new native(url.href);
  const ws = loadWs();
  return (url) => new ws(url.href, { maxPayload: LARGEST_MESSAGE_BYTES });
}
