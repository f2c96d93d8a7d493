import { isLiteralText } from "./expressions";

/**
 * Whether a provider block, as written (before any variable is evaluated), names its OAuth client (id and secret) or
 * access token itself: whoever wrote the block chose the org, and no caller can choose another.
 */
export function credentialsWrittenIn(body: Record<string, unknown>): boolean {
  return (
    (isLiteralText(body.oauthclient_id) && isLiteralText(body.oauthclient_secret)) || isLiteralText(body.access_token)
  );
}
