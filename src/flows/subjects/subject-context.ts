import { configurationKeyParts } from "../../inventory/hcl/provider-scope";
import type { Catalog } from "../../catalog/schema";
import { seenOnlyInResponse, type ResourceClassification } from "../../classify/model";
import { hasUnresolved } from "../../inventory/expressions";
import type { GenesysResource, Inventory, ProviderConfig } from "../../inventory/model";
import type { EffectivePolicy } from "../../policy/load-policy";
import { sourceJurisdiction } from "../jurisdiction";
import type { AssessmentSubject } from "../model";

/** What every subject builder reads: the whole inventory, how each resource was classified, the catalog and the policy. */
export interface SubjectContext {
  inventory: Inventory;
  classifications: Map<string, ResourceClassification>;
  catalog: Catalog;
  policy: EffectivePolicy;
}

/** A subject before the allow-list, volumes and transfers are applied to its flows. */
export type SubjectDraft = Omit<AssessmentSubject, "transfers" | "referencedHosts" | "transferNotes">;

/**
 * The configuration a resource is deployed with, as its reader resolved it (`genesyscloud.eu`, or a module's own
 * `module.a:genesyscloud`); undefined when the inventory holds none of that name.
 */
export function providerFor(resource: GenesysResource, inventory: Inventory): ProviderConfig | undefined {
  const { module, alias } = configurationKeyParts(resource.provider ?? "genesyscloud");
  return inventory.providers.find((provider) => provider.alias === alias && provider.module === module);
}

export function sourceName(provider: ProviderConfig | undefined, catalog: Catalog): string {
  const source = sourceJurisdiction(provider, catalog);
  const region = catalog.regions.find((entry) => entry.aws_region === source.awsRegion);
  const from = provider?.region_from ? `, from ${provider.region_from}` : "";
  return region
    ? `Genesys Cloud CX org (${region.name}, ${region.aws_region}${from})`
    : "Genesys Cloud CX org (region unknown)";
}

/** The flows' source for a resource: its org, named by the provider it is deployed with. */
export function sourceOf(resource: GenesysResource, context: SubjectContext): string {
  return sourceName(providerFor(resource, context.inventory), context.catalog);
}

export function literalName(value: string | undefined, fallback: string): string {
  return value && !hasUnresolved(value) ? value : fallback;
}

/**
 * The elements only a data action's response describes, across these resources' classifications: what the org
 * receives from the destination, never what it sends there.
 */
export function receivedOnlyOf(context: SubjectContext, ...addresses: string[]): string[] {
  const elements = addresses.flatMap((address) => context.classifications.get(address)?.elements ?? []);
  const ids = [...new Set(elements.map((item) => item.element))];
  return ids.filter((id) => elements.filter((item) => item.element === id).every(seenOnlyInResponse)).sort();
}

/** A flow's `received_only`, when there is any. */
export function receivedOnly(ids: string[]): { received_only?: string[] } {
  return ids.length > 0 ? { received_only: ids } : {};
}

export function elementsOf(context: SubjectContext, ...addresses: string[]): string[] {
  const ids = addresses.flatMap(
    (address) => context.classifications.get(address)?.elements.map((item) => item.element) ?? [],
  );
  return [...new Set(ids)].sort();
}
