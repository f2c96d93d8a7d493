import { z } from "zod";
import type { GenesysApiClient } from "../drift/live/genesys-api-client";
import { LiveApiError } from "../drift/live/live-api-error";
import { shapeProblem } from "../drift/live/paged-listing";

const ORGANIZATION = z.looseObject({ id: z.string().min(1).max(128) });

/**
 * The id of the org the client's token belongs to (`GET /api/v2/organizations/me`). Audit events
 * read through that token (a channel it opened, a query it ran) are that org's: their own
 * `userHomeOrgId` is the home org of whoever made the change, another org for a partner's (trustee's) user.
 */
export async function readOrganizationId(client: GenesysApiClient): Promise<string> {
  const path = "/api/v2/organizations/me";
  const parsed = ORGANIZATION.safeParse(await client.get(path));
  if (!parsed.success) throw new LiveApiError(client.endpoint(path), shapeProblem(parsed.error));
  return parsed.data.id;
}
