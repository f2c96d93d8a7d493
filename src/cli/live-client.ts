import type { Catalog } from "../catalog/schema";
import { GenesysApiClient } from "../drift/live/genesys-api-client";
import { liveLimitsFrom } from "../drift/live/live-limits";
import { UsageError } from "./exit";

export interface LiveOrgOptions {
  region?: string;
  apiUrl?: string;
  loginUrl?: string;
}

/**
 * A client of the live org: its region (--region, else GENESYSCLOUD_REGION, as the provider reads
 * it), the Platform API and login bases of that region unless given, and the client credentials
 * from GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET only.
 */
export function liveOrgClient(
  options: LiveOrgOptions,
  catalog: Catalog,
  env: NodeJS.ProcessEnv,
): { client: GenesysApiClient; awsRegion: string; domain: string } {
  const awsRegion = options.region ?? env.GENESYSCLOUD_REGION;
  if (!awsRegion) throw new UsageError("live: the org's region is needed (--region or GENESYSCLOUD_REGION)");
  const region = catalog.regions.find((entry) => entry.aws_region === awsRegion);
  if (!region) throw new UsageError(`--region: a Genesys Cloud region such as eu-west-1, got "${awsRegion}"`);
  const clientId = env.GENESYSCLOUD_OAUTHCLIENT_ID;
  const clientSecret = env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
  if (!clientId || !clientSecret)
    throw new UsageError(
      "live: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (a client-credentials client with read permissions); secrets are read only from the environment",
    );
  const client = new GenesysApiClient({
    apiBase: options.apiUrl ?? `https://api.${region.domain}`,
    loginBase: options.loginUrl ?? `https://login.${region.domain}`,
    clientId,
    clientSecret,
    limits: liveLimitsFrom(env),
  });
  return { client, awsRegion, domain: region.domain };
}
