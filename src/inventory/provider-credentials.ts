import { isLiteralText } from "./expressions";

/**
 * Whether a provider block, evaluated as its module package's author sees it (every input the package's caller sets
 * left unknown), still names its OAuth client (id and secret) or access token: the author chose the org, and no
 * caller can choose another.
 */
export function credentialsWrittenIn(body: Record<string, unknown>): boolean {
  return (
    (isLiteralText(body.oauthclient_id) && isLiteralText(body.oauthclient_secret)) || isLiteralText(body.access_token)
  );
}
