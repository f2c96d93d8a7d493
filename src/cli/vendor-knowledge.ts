import { hostsNamedIn } from "../flows/hosts-in-inventory";
import type { Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import type { VendorKnowledge } from "../vendors/model";
import { resolveVendorKnowledge } from "../vendors/sources/resolve";

/** Asks the policy's vendor sources about every host the inventories name, once for the whole run. */
export function vendorKnowledgeFor(
  inventories: readonly Inventory[],
  policy: EffectivePolicy,
  now: Date,
): Promise<VendorKnowledge> {
  const hosts = () => inventories.flatMap((inventory) => hostsNamedIn(inventory, policy.catalog));
  return resolveVendorKnowledge(policy.vendors, hosts, { now });
}
