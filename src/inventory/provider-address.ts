import type { ProviderConfig } from "./model";

/** How a DPIA names a provider configuration: `provider.genesyscloud.eu`, `module.a.provider.genesyscloud`. */
export function providerAddress(provider: ProviderConfig | undefined): string {
  const own = provider?.alias ? `provider.genesyscloud.${provider.alias}` : "provider.genesyscloud";
  return provider?.module ? `${provider.module}.${own}` : own;
}
