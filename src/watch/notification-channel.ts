import { z } from "zod";
import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { endpointOf, LiveApiError } from "../drift/live/live-api-error";
import { shapeProblem } from "../drift/live/paged-listing";

const CHANNELS_PATH = "/api/v2/notifications/channels";
/** "Each WebSocket connection is limited to 1,000 topics": the service answers 400 past it. */
const MOST_TOPICS = 1000;
/** Channels live 24 hours; one that does not say when it expires is taken to expire then. */
const CHANNEL_LIFETIME_MS = 24 * 3600_000;

/** Channel: `connectUri` is the WebSocket to open, `expires` when the channel stops (ISO 8601). */
const CHANNEL = z.looseObject({
  id: z.string().min(1).max(256),
  connectUri: z.string().min(1).max(2048),
  expires: z.string().nullish(),
});

export interface NotificationChannel {
  id: string;
  connectUri: URL;
  /** When the channel expires (ms since the epoch). */
  expiresAt: number;
}

/** A connectUri the watch opens: wss (or ws when the API itself is plain http: a local stand-in or proxy). */
function socketUrl(client: GenesysApiClient, raw: string, endpoint: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  const plain = client.url("/").protocol === "http:";
  if (!url || !(url.protocol === "wss:" || (plain && url.protocol === "ws:")) || url.username || url.password)
    throw new LiveApiError(endpoint, "the channel's connectUri is not a wss:// URL");
  return url;
}

/** A new notification channel (`POST /api/v2/notifications/channels`). */
export async function createChannel(client: GenesysApiClient, now: number): Promise<NotificationChannel> {
  const endpoint = endpointOf("POST", client.url(CHANNELS_PATH));
  const parsed = CHANNEL.safeParse(await client.post(CHANNELS_PATH, {}));
  if (!parsed.success) throw new LiveApiError(endpoint, shapeProblem(parsed.error));
  const expires = parsed.data.expires ? Date.parse(parsed.data.expires) : Number.NaN;
  return {
    id: parsed.data.id,
    connectUri: socketUrl(client, parsed.data.connectUri, endpoint),
    expiresAt: Number.isNaN(expires) ? now + CHANNEL_LIFETIME_MS : expires,
  };
}

/** The channel's subscriptions (`POST …/channels/{channelId}/subscriptions`, a list of ChannelTopic `{id}`). */
export async function subscribe(
  client: GenesysApiClient,
  channel: NotificationChannel,
  topics: string[],
): Promise<void> {
  const path = `${CHANNELS_PATH}/${encodeURIComponent(channel.id)}/subscriptions`;
  if (topics.length > MOST_TOPICS)
    throw new LiveApiError(
      endpointOf("POST", client.url(path)),
      `${topics.length} audit topics to subscribe, more than the ${MOST_TOPICS} a channel takes: watch this org through EventBridge or the audit poller (--mode poll)`,
    );
  await client.post(
    path,
    topics.map((id) => ({ id })),
  );
}
