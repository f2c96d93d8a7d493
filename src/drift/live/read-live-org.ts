import type { GenesysResource, Inventory } from "../../inventory/model";
import { normalizeAttributes } from "../../inventory/normalize";
import { resourceSchema } from "../../inventory/provider-schema";
import { attributesOf } from "./from-api";
import { GenesysApiClient, LiveApiError } from "./genesys-api-client";

type Entity = Record<string, unknown>;

function label(entity: Entity): string {
  const name =
    String(entity.name ?? "unnamed")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "unnamed";
  return `${name}_${String(entity.id ?? "")
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 8)}`;
}

/** The provider keeps properties and advanced as JSON text; an empty object is the same as none. */
function jsonOrUndefined(value: unknown): string | undefined {
  return value && typeof value === "object" && Object.keys(value).length > 0 ? JSON.stringify(value) : undefined;
}

const ref = (type: string, entity: Entity) => `\${${type}.${label(entity)}.id}`;

/** The resource types read from the live org, their endpoints and how each is listed. */
const LISTED: Array<{
  type: string;
  path: string;
  paging: "pages" | "cursor" | "single";
  renames?: Record<string, string>;
}> = [
  { type: "genesyscloud_auth_role", path: "/api/v2/authorization/roles", paging: "pages" },
  {
    type: "genesyscloud_oauth_client",
    path: "/api/v2/oauth/clients",
    paging: "pages",
    renames: { scopes: "scope", registered_redirect_uris: "registeredRedirectUri" },
  },
  { type: "genesyscloud_integration_credential", path: "/api/v2/integrations/credentials/listing", paging: "cursor" },
  { type: "genesyscloud_integration", path: "/api/v2/integrations", paging: "pages" },
  {
    type: "genesyscloud_integration_action",
    path: "/api/v2/integrations/actions?includeAuthActions=false",
    paging: "pages",
  },
  { type: "genesyscloud_webdeployments_deployment", path: "/api/v2/webdeployments/deployments", paging: "single" },
  {
    type: "genesyscloud_webdeployments_configuration",
    path: "/api/v2/webdeployments/configurations",
    paging: "single",
  },
  { type: "genesyscloud_processautomation_trigger", path: "/api/v2/processautomation/triggers", paging: "cursor" },
  {
    type: "genesyscloud_recording_media_retention_policy",
    path: "/api/v2/recording/mediaretentionpolicies",
    paging: "pages",
  },
  {
    type: "genesyscloud_conversations_messaging_integrations_open",
    path: "/api/v2/conversations/messaging/integrations/open",
    paging: "pages",
  },
  { type: "genesyscloud_outbound_contact_list", path: "/api/v2/outbound/contactlists", paging: "pages" },
  { type: "genesyscloud_routing_queue", path: "/api/v2/routing/queues", paging: "pages" },
];

async function list(client: GenesysApiClient, entry: (typeof LISTED)[number]): Promise<Entity[]> {
  if (entry.paging === "pages") return client.listPages(entry.path);
  if (entry.paging === "cursor") return client.listCursor(entry.path);
  const body = (await client.get(entry.path)) as { entities?: unknown } | null;
  if (!body || !Array.isArray(body.entities))
    throw new LiveApiError(`GET ${entry.path}: expected a listing with an entities array`);
  return body.entities as Entity[];
}

/**
 * The deployed org as an inventory, read through the Platform API. Credentials are metadata only
 * (the API never returns their values); OAuth client secrets are not returned either.
 */
export async function readLiveOrg(
  client: GenesysApiClient,
  options: { awsRegion: string; domain: string },
): Promise<Inventory> {
  const entities = new Map<string, Entity[]>();
  for (const entry of LISTED) entities.set(entry.type, await list(client, entry));
  const byId = new Map<string, { type: string; entity: Entity }>();
  for (const [type, items] of entities)
    for (const entity of items) if (typeof entity.id === "string") byId.set(`${type}|${entity.id}`, { type, entity });
  const reference = (type: string, id: unknown) => {
    const found = typeof id === "string" ? byId.get(`${type}|${id}`) : undefined;
    return found ? ref(type, found.entity) : id;
  };

  // Integrations: the complete configuration lives at config/current (the provider reads it there too).
  const configs = new Map<string, Entity>();
  for (const integration of entities.get("genesyscloud_integration") ?? []) {
    configs.set(
      String(integration.id),
      (await client.get(`/api/v2/integrations/${encodeURIComponent(String(integration.id))}/config/current`)) as Entity,
    );
  }
  // Actions: the listing carries no contract; each action is read with its contract and config.
  const actions: Entity[] = [];
  for (const action of entities.get("genesyscloud_integration_action") ?? []) {
    actions.push(
      (await client.get(
        `/api/v2/integrations/actions/${encodeURIComponent(String(action.id))}?expand=contract&includeConfig=true`,
      )) as Entity,
    );
  }

  const resources: GenesysResource[] = [];
  const add = (type: string, entity: Entity, attributes: Record<string, unknown>) =>
    resources.push({
      mode: "managed",
      type,
      name: label(entity),
      address: `${type}.${label(entity)}`,
      attributes: normalizeAttributes(attributes, resourceSchema(type)),
      location: { file: `live org (${options.domain})`, constructPath: `${type}/${String(entity.id)}` },
    });

  for (const entry of LISTED) {
    const items = entry.type === "genesyscloud_integration_action" ? actions : (entities.get(entry.type) ?? []);
    for (const entity of items) {
      const attributes = attributesOf(entry.type, entity, entry.renames);
      switch (entry.type) {
        case "genesyscloud_oauth_client":
          attributes.roles = ((entity.roleDivisions as Entity[] | undefined) ?? []).map((grant) => ({
            role_id: reference("genesyscloud_auth_role", grant.roleId),
            division_id: grant.divisionId,
          }));
          if ((attributes.roles as unknown[]).length === 0) delete attributes.roles;
          break;
        case "genesyscloud_integration_credential":
          attributes.credential_type_name = (entity.type as Entity | undefined)?.name;
          break;
        case "genesyscloud_integration": {
          attributes.integration_type = (entity.integrationType as Entity | undefined)?.id;
          const config = configs.get(String(entity.id)) ?? {};
          const credentials = Object.fromEntries(
            Object.entries((config.credentials as Record<string, Entity> | undefined) ?? {}).map(([slot, info]) => [
              slot,
              reference("genesyscloud_integration_credential", info.id),
            ]),
          );
          attributes.config = [
            Object.fromEntries(
              Object.entries({
                name: config.name ?? entity.name,
                notes: config.notes === "node_dynamodb_empty_string" ? "" : config.notes,
                properties: jsonOrUndefined(config.properties),
                advanced: jsonOrUndefined(config.advanced),
                credentials: Object.keys(credentials).length > 0 ? credentials : undefined,
              }).filter(([, value]) => value !== undefined && value !== ""),
            ),
          ];
          break;
        }
        case "genesyscloud_integration_action": {
          const config = (entity.config as Entity | undefined) ?? {};
          const request = (config.request as Entity | undefined) ?? {};
          const response = (config.response as Entity | undefined) ?? {};
          const contract = (entity.contract as Entity | undefined) ?? {};
          attributes.integration_id = reference("genesyscloud_integration", entity.integrationId);
          if (typeof config.timeoutSeconds === "number") attributes.config_timeout_seconds = config.timeoutSeconds;
          const input = (contract.input as Entity | undefined)?.inputSchema;
          const output = (contract.output as Entity | undefined)?.successSchema;
          if (input) attributes.contract_input = JSON.stringify(input);
          if (output) attributes.contract_output = JSON.stringify(output);
          attributes.config_request = [
            Object.fromEntries(
              Object.entries({
                request_url_template: request.requestUrlTemplate,
                request_type: request.requestType,
                request_template: request.requestTemplate,
                headers: request.headers,
              }).filter(([, value]) => value !== undefined),
            ),
          ];
          attributes.config_response = [
            Object.fromEntries(
              Object.entries({
                translation_map: response.translationMap,
                translation_map_defaults: response.translationMapDefaults,
                success_template: response.successTemplate,
              }).filter(([, value]) => value !== undefined),
            ),
          ];
          break;
        }
      }
      add(entry.type, entity, attributes);
    }
  }
  return {
    origin: `live Genesys Cloud org (${options.domain})`,
    scope: `live org "${options.domain}"`,
    resources: resources.sort((a, b) => a.address.localeCompare(b.address)),
    providers: [{ attributes: { aws_region: options.awsRegion }, location: { file: `live org (${options.domain})` } }],
  };
}
