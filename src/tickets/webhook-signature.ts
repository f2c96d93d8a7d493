import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a ServiceNow webhook's timestamp may be from now: a replay later than this is refused. */
const SERVICENOW_TOLERANCE_S = 300;

/** `sha256=<digest>`, the digest in hex (Jira) or base64 (what ServiceNow's generateMac returns), compared in constant time. */
function sameDigest(header: string | undefined, expected: Buffer): boolean {
  const text = /^sha256=(.+)$/i.exec(header?.trim() ?? "")?.[1] ?? "";
  const given = /^[0-9a-f]{64}$/i.test(text)
    ? Buffer.from(text, "hex")
    : /^[A-Za-z0-9+/]{43}=$/.test(text)
      ? Buffer.from(text, "base64")
      : undefined;
  return !!given && given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Jira Cloud's admin webhooks with a secret: `X-Hub-Signature: sha256=<hex>`, the HMAC-SHA256 of the
 * raw body keyed with the secret (the WebSub method=signature form).
 */
export function jiraSignatureValid(body: Buffer, header: string | undefined, secret: string): boolean {
  return sameDigest(header, createHmac("sha256", secret).update(body).digest());
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
  const expected = createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
  return sameDigest(headers.signature, expected);
}
