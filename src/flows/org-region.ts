import type { Inventory, ProviderConfig } from "../inventory/model";

/** Where the org's region may be named outside the provider block, in the order they apply. */
export interface OrgRegionSources {
  /** `GENESYSCLOUD_REGION`, which the provider itself reads when `aws_region` is not set. */
  environment?: string;
  /** `dpia gate --region`. */
  option?: string;
  /** The policy's `org_region`. */
  policy?: string;
}

function fallback(sources: OrgRegionSources): { region: string; from: string } | undefined {
  if (sources.environment?.trim()) return { region: sources.environment.trim(), from: "GENESYSCLOUD_REGION" };
  if (sources.option?.trim()) return { region: sources.option.trim(), from: "--region" };
  if (sources.policy?.trim()) return { region: sources.policy.trim(), from: "the policy's org_region" };
  return undefined;
}

/**
 * Fills `aws_region` of every provider configuration that does not set it, the way the provider
 * does at deploy time (from the environment), else from `--region` or the policy. When no default
 * (unaliased) configuration is declared, Terraform uses an empty one for resources that name no
 * provider; it is added here so that its region, too, can come from the environment. A region the
 * block sets, even as an unresolved expression, is never replaced.
 */
export function withOrgRegion(inventory: Inventory, sources: OrgRegionSources): Inventory {
  const named = fallback(sources);
  if (!named) return inventory;
  const fill = (provider: ProviderConfig): ProviderConfig =>
    provider.attributes.aws_region === undefined
      ? { ...provider, attributes: { ...provider.attributes, aws_region: named.region }, region_from: named.from }
      : provider;
  const providers = inventory.providers.map(fill);
  if (!providers.some((provider) => provider.alias === undefined && !provider.module))
    providers.push(fill({ attributes: {}, location: {}, implicit: true }));
  return { ...inventory, providers };
}
