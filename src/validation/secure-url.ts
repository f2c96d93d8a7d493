/**
 * The one rule for a URL a credential is sent to (a ticket system's site, a vendor source with a
 * token): https, or plain http only to this machine, where a local stand-in or a TLS proxy listens.
 * Anything else would carry the credential across the network in clear.
 */
export const SECURE_URL_RULE = "an https URL (plain http only to this machine: localhost, 127.0.0.0/8 or [::1])";

/** localhost, 127.0.0.0/8 or ::1, as URL.hostname spells them (IPv4 normalised, IPv6 in brackets). */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host === "localhost" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** True when a credential may be sent to this URL: https, or http to a loopback host. */
export function carriesCredentialsSafely(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
}
