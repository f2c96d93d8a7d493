import { providerAddress } from "../../inventory/provider-address";
import type { GenesysResource, Inventory, ProviderConfig } from "../../inventory/model";
import type { AssessmentSubject } from "../model";

type Draft = Omit<AssessmentSubject, "transfers" | "referencedHosts" | "transferNotes">;

/** The provider block as a member of its own DPIA; its attributes are fingerprinted through `provider`. */
function providerResource(provider: ProviderConfig): GenesysResource {
  const address = providerAddress(provider);
  return {
    mode: "managed",
    type: "genesyscloud",
    name: provider.alias ?? "genesyscloud",
    address,
    attributes: {},
    location: provider.location,
  };
}

function providerLabel(provider: ProviderConfig): string {
  const parts = [provider.alias, provider.module && `in ${provider.module}`].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/**
 * A DPIA of each provider configuration (or of its absence, when no provider block names the org),
 * where debug logging, literal secrets, gateways and the org's region are reported once, for every
 * integration deployed with it, and even in a folder without integrations or OAuth clients. The
 * engine keeps it only when the provider rules find something.
 */
export function providerSubjects(inventory: Inventory): Draft[] {
  const configs: ProviderConfig[] =
    inventory.providers.length === 0 ? [{ attributes: {}, location: {} }] : inventory.providers;
  return configs.map((provider) => {
    const primary = providerResource(provider);
    return {
      kind: "resource",
      primary,
      members: [primary],
      name: `Genesys Cloud provider configuration${providerLabel(provider)}`,
      provider,
      flows: [],
      assessedFrom: "provider" as const,
    };
  });
}
