import type { Catalog } from "../catalog/schema";
import { analyzeUrl } from "../hosts/url-analysis";
import { hasUnresolved } from "../inventory/expressions";
import { isGenesysHost } from "./approve-destination";
import type { Destination } from "./model";

/** The domain part of an address, lower case; undefined when the address is not one. */
export function mailDomain(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  const domain = at > 0 ? address.slice(at + 1).trim().replace(/\.$/, "").toLowerCase() : "";
  return /^[^\s@/\\?#:]+\.[^\s@/\\?#:]+$/.test(domain) ? domain : undefined;
}

/**
 * Where mail to an address goes: back into Genesys when its domain is a Genesys domain (an org's
 * routing subdomain), else to whoever runs that domain's mail. A custom domain counts as outside
 * even when the org routes it: its MX records, not the configuration, decide who receives the
 * mail, so the allow-list must name it. The address itself is never named, only its domain. Mail
 * has no URL: the domain is the host the allow-list matches, and whether SMTP uses TLS is the
 * receiving server's choice, so no scheme is claimed.
 */
export function emailDestination(address: string | undefined, attribute: string, catalog: Catalog, purpose: string): Destination {
  if (address === undefined || hasUnresolved(address)) {
    return { name: "Unknown mailbox", kind: "unknown", attribute, unresolved: address === undefined ? "no address is configured" : "the address is an expression that is not resolved before deployment", unknownBecause: address === undefined ? "unnamed" : "expression" };
  }
  const domain = mailDomain(address);
  const parsed = domain ? analyzeUrl(`https://${domain}/`) : undefined;
  if (!domain || !parsed?.ok) return { name: "Unknown mailbox", kind: "unknown", attribute, unresolved: "the value is not an email address", unknownBecause: "unparseable" };
  const host = parsed.url.host;
  if (isGenesysHost(host, catalog)) {
    return { name: `${purpose} to a Genesys Cloud mailbox (${parsed.url.unicodeHost ?? host})`, kind: "genesys_org", attribute, vendor: "Genesys" };
  }
  return { name: `${purpose} to a mailbox at ${parsed.url.unicodeHost ?? host}`, kind: "third_party", attribute, url: { ...parsed.url, warnings: parsed.url.warnings.filter((warning) => warning.kind !== "non_default_port") } };
}
