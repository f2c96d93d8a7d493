import { z } from "zod";
import type { GenesysApiClient } from "./genesys-api-client";
import { LiveApiError } from "./live-api-error";
import { shapeProblem, type Entity } from "./paged-listing";

/**
 * The fields of API entities the reader relies on, as the SDK (purecloud-platform-client-v2 262)
 * defines them; anything else passes through to the schema-guided mapping of from-api.ts.
 */
const object = z.looseObject({});
const text = z.string().nullish();

export const OAUTH_CLIENT = z.looseObject({
  roleDivisions: z.array(z.looseObject({ roleId: text, divisionId: text })).nullish(),
});
export const CREDENTIAL_INFO = z.looseObject({ type: z.looseObject({ name: text }).nullish() });
export const INTEGRATION = z.looseObject({ integrationType: z.looseObject({ id: text }).nullish() });

/** GET /api/v2/integrations/{id}/config/current: IntegrationConfiguration. */
const INTEGRATION_CONFIGURATION = z.looseObject({
  credentials: z.record(z.string(), z.looseObject({ id: z.string() })).nullish(),
  properties: object.nullish(),
  advanced: object.nullish(),
});

/** GET /api/v2/integrations/actions/{id}?expand=contract&includeConfig=true: Action. */
const ACTION = z.looseObject({
  id: z.string().min(1),
  integrationId: text,
  config: z
    .looseObject({
      request: object.nullish(),
      response: object.nullish(),
      timeoutSeconds: z.number().nullish(),
    })
    .nullish(),
  contract: z
    .looseObject({
      input: z.looseObject({ inputSchema: object.nullish() }).nullish(),
      output: z.looseObject({ successSchema: object.nullish() }).nullish(),
    })
    .nullish(),
});

/** One document of the API, checked against the fields the reader relies on. */
async function readDocument(client: GenesysApiClient, path: string, shape: z.ZodType): Promise<Entity> {
  const parsed = shape.safeParse(await client.get(path));
  if (!parsed.success) throw new LiveApiError(client.endpoint(path), shapeProblem(parsed.error));
  return parsed.data as Entity;
}

export function readIntegrationConfiguration(client: GenesysApiClient, id: string): Promise<Entity> {
  return readDocument(
    client,
    `/api/v2/integrations/${encodeURIComponent(id)}/config/current`,
    INTEGRATION_CONFIGURATION,
  );
}

export function readActionWithContract(client: GenesysApiClient, id: string): Promise<Entity> {
  return readDocument(
    client,
    `/api/v2/integrations/actions/${encodeURIComponent(id)}?expand=contract&includeConfig=true`,
    ACTION,
  );
}
