import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { LiveApiError } from "../drift/live/live-api-error";
import { changeFromTopicBody } from "./audit-event";
import type { ChangeInbox } from "./change-inbox";
import { createChannel, subscribe, type NotificationChannel } from "./notification-channel";
import { LARGEST_MESSAGE_BYTES, type SocketFactory, type WatchSocket } from "./web-socket";
import { auditTopic, parseAuditTopic, sameEntity } from "./audit-topic";
import type { WatchedEntity } from "./watched-entities";

/** How the session keeps its channel: heartbeats, renewal, reconnection. */
export interface SessionSettings {
  /** Heartbeats come every 30 s: silence this long means the socket is dead, and it is reopened. */
  heartbeatTimeoutMs: number;
  /** A channel is renewed (a new one, subscribed, opened, then the old one closed) this long before it expires. */
  renewBeforeMs: number;
  /** The first wait before reopening a dropped socket, doubled at each failed attempt up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Failed attempts in a row before the watch gives up (exit 2). */
  reconnectAttempts: number;
  /** How long a socket may take to open. */
  openTimeoutMs: number;
}

export interface SessionDeps {
  client: GenesysApiClient;
  organizationId: string;
  entities: () => Promise<WatchedEntity[]>;
  openSocket: SocketFactory;
  inbox: ChangeInbox;
  settings: SessionSettings;
  now: () => number;
}

interface Connection {
  channel: NotificationChannel;
  socket: WatchSocket;
  lastHeard: number;
  /** Whether anything (a heartbeat at least) came on it: a socket dropped before that counts toward giving up. */
  heard: boolean;
  /** Closed by the service or the network (not by the watch). */
  dropped: boolean;
  closeCode?: number;
  retired: boolean;
  opened: boolean;
}

/** How a socket is named in messages: its host and path without the channel id, which lets anyone listen. */
function socketName(channel: NotificationChannel): string {
  const shown = new URL(channel.connectUri.href);
  shown.pathname = shown.pathname.split(channel.id).join("[channel]");
  shown.search = "";
  return `WebSocket ${shown.href}`;
}

/**
 * One notification channel at a time, kept open: created and subscribed to the watched entities'
 * audit topics, its WebSocket opened, heartbeats watched, renewed before it expires, and reopened
 * on a new channel (with backoff) when the socket drops, goes silent or is announced closing. Each
 * reopening leaves a gap in the inbox, which the reader fills from the Audit Query API.
 */
export class NotificationSession {
  private current?: Connection;
  private closed = false;
  private reconnecting = false;
  /** Reopenings in a row whose socket brought nothing: a service that accepts sockets and drops them at once. */
  private streak = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  private renewal?: NodeJS.Timeout;

  constructor(private readonly deps: SessionDeps) {}

  async start(): Promise<void> {
    const connection = await this.connect();
    this.attach(connection);
    if (connection.dropped) this.reopen(`the socket closed (code ${connection.closeCode})`);
    const every = Math.max(10, Math.floor(this.deps.settings.heartbeatTimeoutMs / 4));
    this.timers.push(setInterval(() => this.checkHeartbeat(), every));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    clearTimeout(this.renewal);
    this.retire(this.current);
  }

  private async connect(): Promise<Connection> {
    const topics = (await this.deps.entities()).map(({ entityType, entityId }) => auditTopic(entityType, entityId));
    const channel = await createChannel(this.deps.client, this.deps.now());
    await this.subscribe(channel, topics);
    return this.open(channel);
  }

  private async subscribe(channel: NotificationChannel, topics: string[]): Promise<void> {
    try {
      await subscribe(this.deps.client, channel, topics);
    } catch (error) {
      if (!(error instanceof LiveApiError)) throw error;
      // The channel id in the path lets anyone listen to the channel: it is not printed.
      throw new LiveApiError(
        `POST ${this.deps.client.url("/api/v2/notifications/channels").href}/[channel]/subscriptions`,
        (error.problems[0]?.expected ?? "").split(channel.id).join("[channel]"),
      );
    }
  }

  /** The channel's socket, listened to from the start: events can come with the frame that opens it. */
  private open(channel: NotificationChannel): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = this.deps.openSocket(channel.connectUri);
      const connection: Connection = {
        channel,
        socket,
        lastHeard: this.deps.now(),
        heard: false,
        dropped: false,
        retired: false,
        opened: false,
      };
      const fail = (what: string) => {
        clearTimeout(timer);
        connection.retired = true;
        socket.close();
        reject(new LiveApiError(socketName(channel), what));
      };
      const timer = setTimeout(
        () => fail(`did not open within ${this.deps.settings.openTimeoutMs / 1000} s`),
        this.deps.settings.openTimeoutMs,
      );
      socket.addEventListener("message", ({ data }) => this.receive(connection, data));
      socket.addEventListener("open", () => {
        clearTimeout(timer);
        connection.opened = true;
        resolve(connection);
      });
      socket.addEventListener("error", () => {
        if (!connection.opened) fail("could not be opened");
      });
      socket.addEventListener("close", ({ code }) => {
        if (!connection.opened) return fail(`closed before it opened (code ${code})`);
        connection.dropped = true;
        connection.closeCode = code;
        if (!connection.retired && connection === this.current) this.reopen(`the socket closed (code ${code})`);
      });
    });
  }

  private attach(connection: Connection): void {
    this.current = connection;
    clearTimeout(this.renewal);
    const renewIn = connection.channel.expiresAt - this.deps.settings.renewBeforeMs - this.deps.now();
    // setTimeout holds 32-bit milliseconds (24.8 days): a later expiry is renewed at that bound.
    this.renewal = setTimeout(() => this.renew(), Math.min(Math.max(renewIn, 0), 2 ** 31 - 1));
  }

  private retire(connection: Connection | undefined): void {
    if (!connection || connection.retired) return;
    connection.retired = true;
    connection.socket.close(1000, "renewed or stopped");
  }

  private receive(connection: Connection, data: unknown): void {
    if (connection.retired || this.closed) return;
    connection.lastHeard = this.deps.now();
    connection.heard = true;
    try {
      this.handle(connection, data);
    } catch (error) {
      this.deps.inbox.fail(error);
    }
  }

  private handle(connection: Connection, data: unknown): void {
    const from = `live org: ${socketName(connection.channel)}`;
    if (typeof data !== "string" || data.length > LARGEST_MESSAGE_BYTES)
      throw new LiveApiError(socketName(connection.channel), "a message that is not text, or larger than 4 MiB");
    let message: { topicName?: unknown; eventBody?: unknown };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      throw new LiveApiError(socketName(connection.channel), `a message that is not JSON (${data.length} characters)`);
    }
    const topicName = typeof message?.topicName === "string" ? message.topicName : "";
    if (topicName === "v2.system.socket_closing") return this.reopen("the service announced it closes the socket");
    const topic = parseAuditTopic(topicName);
    // channel.metadata (heartbeats, pongs) and topics the channel did not ask for carry no change.
    if (!topic) return;
    const change = changeFromTopicBody(message.eventBody, this.deps.organizationId, "notifications", from);
    if (!sameEntity(change, topic))
      throw new LiveApiError(
        socketName(connection.channel),
        `an audit event of ${change.entityType} ${change.entityId} on the topic of ${topic.entityType} ${topic.entityId}`,
      );
    this.deps.inbox.push(change);
  }

  private checkHeartbeat(): void {
    const connection = this.current;
    if (!connection || connection.retired || this.reconnecting) return;
    const silent = this.deps.now() - connection.lastHeard;
    if (silent > this.deps.settings.heartbeatTimeoutMs) this.reopen(`no heartbeat for ${Math.round(silent / 1000)} s`);
  }

  private renew(): void {
    if (this.closed || this.reconnecting) return;
    this.reopen("the channel expires soon");
  }

  /** A new channel and socket in place of the current one, retried with backoff; then a gap to fill. */
  private reopen(why: string): void {
    if (this.closed || this.reconnecting) return;
    this.reconnecting = true;
    void this.reopenWithBackoff(why).finally(() => {
      this.reconnecting = false;
      // A socket that dropped while the new one was being put in place: its close found the session busy.
      const current = this.current;
      if (current?.dropped && !current.retired) this.reopen(`the socket closed (code ${current.closeCode})`);
    });
  }

  private async reopenWithBackoff(why: string): Promise<void> {
    const { settings } = this.deps;
    const old = this.current;
    const backoff = (attempt: number) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(settings.backoffMs * 2 ** (attempt - 1), settings.maxBackoffMs)),
      );
    this.streak = old && !old.heard ? this.streak + 1 : 0;
    if (this.streak > 0) await backoff(this.streak);
    let last: unknown = "each new socket closed before anything came on it";
    for (let attempt = this.streak + 1; attempt <= settings.reconnectAttempts && !this.closed; attempt++) {
      try {
        const connection = await this.connect();
        if (this.closed) return this.retire(connection);
        if (connection.dropped) {
          this.retire(connection);
          throw new Error("each new socket closed before anything came on it");
        }
        this.attach(connection);
        this.retire(old);
        return this.deps.inbox.gap(why);
      } catch (error) {
        last = error;
        await backoff(attempt);
      }
    }
    if (this.closed) return;
    this.retire(old);
    const reason = last instanceof Error ? last.message.replace(/^live org: /, "") : String(last);
    this.deps.inbox.fail(
      new LiveApiError(
        old ? socketName(old.channel) : "notification channel",
        `${why}, and it could not be reopened in ${settings.reconnectAttempts} attempts (last: ${reason})`,
      ),
    );
  }
}
