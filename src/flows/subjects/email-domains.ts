import { boolAt, resourcesOfType, stringAt } from "../../inventory/lookup";
import { hasUnresolved } from "../../inventory/expressions";
import type { Inventory } from "../../inventory/model";

/**
 * Mail domains the org receives for: every routing email domain of the configuration, as written
 * (subdomain = true appends the Genesys regional domain, which counts as Genesys anyway).
 */
export function orgMailDomains(inventory: Inventory): string[] {
  return resourcesOfType(inventory, "genesyscloud_routing_email_domain")
    .filter((domain) => boolAt(domain.attributes, "subdomain") !== true)
    .map((domain) => stringAt(domain.attributes, "domain_id") ?? "")
    .filter((domain) => domain !== "" && !hasUnresolved(domain))
    .map((domain) => domain.toLowerCase().replace(/\.$/, ""));
}
