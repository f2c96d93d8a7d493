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
 * A DPIA of each provider configuration that no other DPIA covers, so that debug logging, literal
 * secrets and gateways are reported even in a folder without integrations or OAuth clients. The
 * engine keeps it only when the provider rules find something.
 */
export function providerSubjects(inventory: Inventory, covered: Array<{ provider?: ProviderConfig }>): Draft[] {
  const used = new Set(
    covered.map((draft) => draft.provider).filter((provider): provider is ProviderConfig => !!provider),
  );
  // Required versions alone (no provider block, no other DPIA) still need a place to be reported.
  const configs =
    inventory.providers.length === 0 && covered.length === 0 && (inventory.genesysVersionConstraints?.length ?? 0) > 0
      ? [{ attributes: {}, location: {} }]
      : inventory.providers;
  return configs
    .filter((provider) => !used.has(provider))
    .map((provider) => {
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
