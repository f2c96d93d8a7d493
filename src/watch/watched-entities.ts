import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { readPageNumberListing } from "../drift/live/paged-listing";

export interface WatchedEntity {
  entityType: string;
  entityId: string;
}

/**
 * The listings whose entities get an audit topic of their own on the channel (the topic names one
 * entity: it has no wildcard). The other watched types, and entities created since the channel was
 * opened, reach the watch through the Audit Query sweeps.
 */
const SUBSCRIBED_LISTINGS = [
  { entityType: "OAuthClient", path: "/api/v2/oauth/clients" },
  { entityType: "Role", path: "/api/v2/authorization/roles" },
  { entityType: "Integration", path: "/api/v2/integrations" },
  { entityType: "Action", path: "/api/v2/integrations/actions?includeAuthActions=false" },
];

/** Every OAuth client, role, integration and data action of the org, each read whole (or exit 2). */
export async function listWatchedEntities(client: GenesysApiClient): Promise<WatchedEntity[]> {
  const entities: WatchedEntity[] = [];
  for (const { entityType, path } of SUBSCRIBED_LISTINGS)
    for (const entity of await readPageNumberListing(client, path))
      entities.push({ entityType, entityId: String(entity.id) });
  return entities;
}
