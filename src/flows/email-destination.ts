import type { Catalog } from "../catalog/schema";
import { analyzeUrl } from "../hosts/url-analysis";
import { parseTemplate } from "../inventory/expressions";
import { boolAt, findResource, stringAt } from "../inventory/lookup";
import type { Inventory } from "../inventory/model";
import { hasType } from "../inventory/resource-type";
import { isGenesysHost } from "./genesys-host";
import type { Destination } from "./model";

/** The domain part of an address, lower case; undefined when the address is not one. */
function mailDomain(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  const domain =
    at > 0
      ? address
          .slice(at + 1)
          .trim()
          .replace(/\.$/, "")
          .toLowerCase()
      : "";
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain) ? domain : undefined;
}

/**
 * The address as written, with references to a routing email domain (`${genesyscloud_routing_email_domain.x.domain_id}`,
 * as the provider's examples write it) replaced by that domain. Anything else that is not literal
 * leaves the address unknown. A Genesys subdomain (subdomain = true) is Genesys's whatever its name.
 */
function readAddress(address: string, inventory: Inventory): { text?: string; genesys: boolean } {
  let text = "";
  let genesys = false;
  for (const part of parseTemplate(address)) {
    if (part.kind === "literal") {
      text += part.text;
      continue;
    }
    if (part.kind !== "reference") return { genesys: false };
    const domain = findResource(inventory, part.address);
    const name =
      domain &&
      hasType(domain, "genesyscloud_routing_email_domain") &&
      ["domain_id", "name", "id"].includes(part.attribute)
        ? (stringAt(domain.attributes, "domain_id") ?? stringAt(domain.attributes, "name"))
        : undefined;
    if (!domain || name === undefined || parseTemplate(name).some((inner) => inner.kind !== "literal"))
      return { genesys: false };
    if (boolAt(domain.attributes, "subdomain") === true) genesys = true;
    text += name;
  }
  return { text, genesys };
}

/**
 * Where mail to an address goes: back into Genesys when its domain is a Genesys domain (an org's
 * routing subdomain), else to whoever runs that domain's mail. A custom domain counts as outside
 * even when the org routes it: its MX records, not the configuration, decide who receives the
 * mail, so the allow-list must name it. The address itself is never named, only its domain. Mail
 * has no URL: the domain is the host the allow-list matches, and whether SMTP uses TLS is the
 * receiving server's choice, so no scheme is claimed.
 */
export function emailDestination(
  address: string | undefined,
  attribute: string,
  inventory: Inventory,
  catalog: Catalog,
  purpose: string,
): Destination {
  if (address === undefined)
    return {
      name: "Unknown mailbox",
      kind: "unknown",
      attribute,
      unresolved: "no address is configured",
      unknownBecause: "unnamed",
    };
  const read = readAddress(address, inventory);
  if (read.text === undefined)
    return {
      name: "Unknown mailbox",
      kind: "unknown",
      attribute,
      unresolved: "the address is an expression that is not resolved before deployment",
      unknownBecause: "expression",
    };
  // On a Genesys subdomain the provider appends the region's mail domain to the name written.
  if (read.genesys)
    return {
      name: `${purpose} to a Genesys Cloud mailbox (routing subdomain)`,
      kind: "genesys_org",
      attribute,
      vendor: "Genesys",
    };
  const domain = mailDomain(read.text);
  const parsed = domain ? analyzeUrl(`https://${domain}/`) : undefined;
  if (!domain || !parsed?.ok)
    return {
      name: "Unknown mailbox",
      kind: "unknown",
      attribute,
      unresolved: "the value is not an email address",
      unknownBecause: "unparseable",
    };
  const host = parsed.url.host;
  if (isGenesysHost(host, catalog)) {
    return {
      name: `${purpose} to a Genesys Cloud mailbox (${parsed.url.unicodeHost ?? host})`,
      kind: "genesys_org",
      attribute,
      vendor: "Genesys",
    };
  }
  return {
    name: `${purpose} to a mailbox at ${parsed.url.unicodeHost ?? host}`,
    kind: "third_party",
    attribute,
    url: { ...parsed.url, warnings: parsed.url.warnings.filter((warning) => warning.kind !== "non_default_port") },
  };
}
