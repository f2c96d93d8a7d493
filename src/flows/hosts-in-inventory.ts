import type { Catalog } from "../catalog/schema";
import type { Inventory } from "../inventory/model";
import { referencedHosts } from "./referenced-hosts";

/** Every host outside Genesys that the configuration names: what vendor sources are asked about. */
export function hostsNamedIn(inventory: Inventory, catalog: Catalog): string[] {
  const hosts = referencedHosts(inventory.resources, undefined, [], catalog).map((entry) => entry.host?.toLowerCase());
  return [...new Set(hosts.filter((host): host is string => !!host))].sort();
}
