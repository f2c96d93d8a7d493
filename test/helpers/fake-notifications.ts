import type * as http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { FakeAuditTrail, type FakeAuditQueryOptions, type TopicAudit } from "./fake-audit-trail";
import { startFakeGenesys, type FakeGenesys, type FakeGenesysOptions } from "./fake-genesys";

/**
 * A stand-in Genesys Cloud org for the watch: fake-genesys.ts (login, listings) plus the
 * Notifications API and the Audit Query API (fake-audit-trail.ts), on 127.0.0.1.
 *
 * The Notifications API as the Platform API defines it (purecloud-platform-client-v2: Channel,
 * ChannelTopic, ChannelTopicEntityListing) and as its SDKs' NotificationHandler speak it:
 * POST /api/v2/notifications/channels answers Channel {id, connectUri, expires}; POST
 * …/channels/{channelId}/subscriptions takes [{id: topic}] and answers {entities: [{id}]}; a channel
 * takes 1,000 topics at most (400 past it); the connectUri is a WebSocket on another host that
 * needs no token; every message is {topicName, version, eventBody, metadata}; "channel.metadata"
 * carries {message: "WebSocket Heartbeat"} every 30 s (here `heartbeatMs`) and answers
 * {"message":"ping"} with {message: "pong"}; "v2.system.socket_closing" warns that the service closes
 * the socket; an audit arrives on v2.audits.entitytype.{entityType}.entityid.{entityId} with the
 * AuditTopicAuditLogMessage payload. Channels live 24 hours (here until `expireChannels()`).
 */
export interface FakeNotificationsOptions extends Omit<FakeGenesysOptions, "intercept"> {
  organizationId: string;
  audit: FakeAuditQueryOptions;
  heartbeatMs?: number;
  /** A request this returns true for is answered by it (a fault), before anything else. */
  fault?: (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => boolean;
}

interface Channel {
  id: string;
  topics: Set<string>;
  expired: boolean;
  sockets: Set<WebSocket>;
}

export interface FakeNotificationsOrg {
  genesys: FakeGenesys;
  trail: FakeAuditTrail;
  channels: Channel[];
  /** An audit happens: it joins the trail and goes to every open socket subscribed to its topic. */
  change(audit: TopicAudit): void;
  /** An audit that joins the trail only (it happened while no socket listened). */
  record(audit: TopicAudit): void;
  /** A raw text message to every open socket. */
  sendRaw(text: string): void;
  /** Every open socket torn down without a close frame (a dropped connection). */
  dropSockets(): void;
  /** Every channel expires: its sockets close and it takes no new one. */
  expireChannels(): void;
  /** "v2.system.socket_closing" to every open socket. */
  announceClosing(): void;
  /** Heartbeats stop (a silent socket). */
  silence(): void;
  /** Every socket opened from now on is closed at once (1011), before anything is sent on it. */
  dropNewSockets(): void;
  /** Resolves when a socket is open on a channel created after `channels` had `count` entries. */
  socketOpenAfter(count: number): Promise<void>;
  openSockets(): number;
  close(): Promise<void>;
}

const topicOf = (audit: TopicAudit) => `v2.audits.entitytype.${audit.entityType}.entityid.${audit.entity.id}`;

function json(response: http.ServerResponse, status: number, body: unknown): true {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
  return true;
}

function notificationsApi(channels: Channel[], socketBase: () => string) {
  return (request: http.IncomingMessage, response: http.ServerResponse, url: URL): boolean => {
    if (!url.pathname.startsWith("/api/v2/notifications/channels")) return false;
    if (!/^Bearer token-\d+$/.test(request.headers.authorization ?? ""))
      return json(response, 401, {
        message: "No authentication bearer token specified in authorization header.",
        code: "authentication.required",
        status: 401,
      });
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => {
      if (url.pathname === "/api/v2/notifications/channels" && request.method === "POST") {
        const channel: Channel = {
          id: `streaming-0-${channels.length + 1}`,
          topics: new Set(),
          expired: false,
          sockets: new Set(),
        };
        channels.push(channel);
        json(response, 200, {
          connectUri: `${socketBase()}/channels/${channel.id}`,
          id: channel.id,
          expires: new Date(Date.now() + 24 * 3600_000).toISOString(),
        });
        return;
      }
      const [, id] = /^\/api\/v2\/notifications\/channels\/([^/]+)\/subscriptions$/.exec(url.pathname) ?? [];
      const channel = channels.find((candidate) => candidate.id === id);
      if (!channel || request.method !== "POST")
        return void json(response, 404, { message: "channel not found", code: "not.found", status: 404 });
      const topics = JSON.parse(text) as Array<{ id: string }>;
      if (channel.topics.size + topics.length > 1000)
        return void json(response, 400, {
          message: "Only 1000 topics are allowed per channel",
          code: "bad.request",
          status: 400,
        });
      for (const { id: topic } of topics) channel.topics.add(topic);
      json(response, 200, { entities: [...channel.topics].map((topic) => ({ id: topic })) });
    });
    return true;
  };
}

export async function startFakeNotificationsOrg(options: FakeNotificationsOptions): Promise<FakeNotificationsOrg> {
  const channels: Channel[] = [];
  const trail = new FakeAuditTrail(options.audit);
  const sockets = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => sockets.once("listening", () => resolve()));
  const socketBase = `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}`;
  const api = notificationsApi(channels, () => socketBase);
  const genesys = await startFakeGenesys({
    ...options,
    documents: {
      "/api/v2/organizations/me": { id: options.organizationId, name: "Stand-in org" },
      ...options.documents,
    },
    intercept: (request, response, url) =>
      (options.fault?.(request, response, url) ?? false) ||
      trail.intercept(request, response, url) ||
      api(request, response, url),
  });
  let beating = true;
  let dropping = false;
  const waiters: Array<{ after: number; resolve: () => void }> = [];
  sockets.on("connection", (socket, request) => {
    const id = (request.url ?? "").replace(/^\/channels\//, "");
    const channel = channels.find((candidate) => candidate.id === id);
    if (!channel || channel.expired) return socket.close(4000, "channel not found");
    if (dropping) return socket.close(1011, "internal error");
    channel.sockets.add(socket);
    socket.on("close", () => channel.sockets.delete(socket));
    socket.on("message", (data) => {
      if (String(data) === JSON.stringify({ message: "ping" }))
        socket.send(JSON.stringify({ topicName: "channel.metadata", eventBody: { message: "pong" } }));
    });
    const index = channels.indexOf(channel);
    for (const waiter of waiters.filter((candidate) => index >= candidate.after)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  const everyOpen = () => channels.flatMap((channel) => [...channel.sockets].map((socket) => ({ channel, socket })));
  const heartbeat = setInterval(() => {
    if (!beating) return;
    for (const { socket } of everyOpen())
      socket.send(JSON.stringify({ topicName: "channel.metadata", eventBody: { message: "WebSocket Heartbeat" } }));
  }, options.heartbeatMs ?? 200);
  return {
    genesys,
    trail,
    channels,
    change(audit) {
      trail.audits.push(audit);
      const message = {
        topicName: topicOf(audit),
        version: "2",
        eventBody: audit,
        metadata: { CorrelationId: `${audit.id}-c` },
      };
      for (const { channel, socket } of everyOpen())
        if (channel.topics.has(topicOf(audit))) socket.send(JSON.stringify(message));
    },
    record: (audit) => void trail.audits.push(audit),
    sendRaw: (text) => everyOpen().forEach(({ socket }) => socket.send(text)),
    dropSockets: () => everyOpen().forEach(({ socket }) => socket.terminate()),
    expireChannels() {
      for (const channel of channels) channel.expired = true;
      everyOpen().forEach(({ socket }) => socket.close(1000, "channel expired"));
    },
    announceClosing: () =>
      everyOpen().forEach(({ socket }) =>
        socket.send(JSON.stringify({ topicName: "v2.system.socket_closing", eventBody: { message: "closing" } })),
      ),
    silence: () => void (beating = false),
    dropNewSockets: () => void (dropping = true),
    socketOpenAfter: (count) =>
      new Promise<void>((resolve) => {
        if (channels.slice(count).some((channel) => channel.sockets.size > 0)) return resolve();
        waiters.push({ after: count, resolve });
      }),
    openSockets: () => everyOpen().length,
    close: async () => {
      clearInterval(heartbeat);
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await genesys.close();
    },
  };
}
