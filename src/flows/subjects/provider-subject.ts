import type { GenesysResource, Inventory, ProviderConfig } from "../../inventory/model";
import type { AssessmentSubject } from "../model";

type Draft = Omit<AssessmentSubject, "transfers" | "referencedHosts" | "transferNotes">;

/** The provider block as a member of its own DPIA; its attributes are fingerprinted through `provider`. */
function providerResource(provider: ProviderConfig): GenesysResource {
  const address = provider.alias ? `provider.genesyscloud.${provider.alias}` : "provider.genesyscloud";
  return {
    mode: "managed",
    type: "genesyscloud",
    name: provider.alias ?? "genesyscloud",
    address,
    attributes: {},
    location: provider.location,
  };
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
      name: provider.alias
        ? `Genesys Cloud provider configuration (${provider.alias})`
        : "Genesys Cloud provider configuration",
      provider,
      flows: [],
      assessedFrom: "provider" as const,
    };
  });
}
