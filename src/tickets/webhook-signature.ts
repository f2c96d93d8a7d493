import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a ServiceNow webhook's timestamp may be from now: a replay later than this is refused. */
const SERVICENOW_TOLERANCE_S = 300;

function sameDigest(header: string | undefined, expected: string): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]!.toLowerCase(), "hex");
  return timingSafeEqual(given, Buffer.from(expected, "hex"));
}

/**
 * Jira Cloud's admin webhooks with a secret: `X-Hub-Signature: sha256=<hex>`, the HMAC-SHA256 of the
 * raw body keyed with the secret (the WebSub method=signature form).
 */
export function jiraSignatureValid(body: Buffer, header: string | undefined, secret: string): boolean {
  return sameDigest(header, createHmac("sha256", secret).update(body).digest("hex"));
}

/** What a ServiceNow business rule sends: the HMAC-SHA256 of `<timestamp>.<raw body>`, and the timestamp. */
export function serviceNowSignature(body: Buffer | string, timestamp: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")}`;
}

/**
 * ServiceNow has no signed outbound webhook of its own: the business rule in docs/exceptions.md sends
 * `X-DPIA-Timestamp` (Unix seconds) and `X-DPIA-Signature: sha256=<hex>` over `<timestamp>.<body>`,
 * so that a captured request cannot be replayed after the tolerance.
 */
export function serviceNowSignatureValid(
  body: Buffer,
  headers: { signature?: string; timestamp?: string },
  secret: string,
  now = Date.now(),
): boolean {
  const timestamp = headers.timestamp?.trim() ?? "";
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > SERVICENOW_TOLERANCE_S) return false;
  const expected = serviceNowSignature(body, timestamp, secret).slice("sha256=".length);
  return sameDigest(headers.signature, expected);
}
