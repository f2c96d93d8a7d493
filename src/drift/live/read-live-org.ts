import type { GenesysResource, Inventory } from "../../inventory/model";
import { normalizeAttributes } from "../../inventory/normalize";
import { resourceSchema } from "../../inventory/provider-schema";
import type { ResourceType } from "../../inventory/resource-type";
import { attributesOf } from "./from-api";
import type { z } from "zod";
import type { GenesysApiClient } from "./genesys-api-client";
import {
  CREDENTIAL_INFO,
  INTEGRATION,
  OAUTH_CLIENT,
  readActionWithContract,
  readIntegrationConfiguration,
} from "./live-shapes";
import { readCursorListing, readPageNumberListing } from "./paged-listing";
import { compareText } from "../../text-order";

type Entity = Record<string, unknown>;
type Attributes = Record<string, unknown>;
/** How an entity names another resource: Terraform's reference when that resource was read, else the id. */
type Reference = (type: ResourceType, id: unknown) => unknown;

/** A live entity in full, and what else the provider reads for it (an integration's current config). */
interface ReadEntity {
  entity: Entity;
  extra?: Entity;
}

/**
 * How one resource type is read from the live org. `paging` is how the Platform API pages the
 * listing (purecloud-platform-client-v2 262): `pages` takes pageNumber/pageSize and answers an
 * …EntityListing with pageCount and total; `cursor` takes after/pageSize and answers nextUri.
 */
interface LiveType {
  type: ResourceType;
  path: string;
  paging: "pages" | "cursor";
  /** The fields of a listed entity the reader relies on. */
  shape?: z.ZodType;
  renames?: Record<string, string>;
  /** Reads what the listing leaves out, after every type is listed. */
  read?: (client: GenesysApiClient, listed: Entity) => Promise<ReadEntity>;
  /** Sets the attributes the provider does not read from the entity's own fields of the same name. */
  complete?: (attributes: Attributes, read: ReadEntity, reference: Reference) => void;
}

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

/** The entries of an object whose value is set (and, with `nonEmpty`, not the empty string). */
function definedEntries(values: Record<string, unknown>, nonEmpty = false): Entity {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && (!nonEmpty || value !== "")),
  );
}

const ref = (type: string, entity: Entity) => `\${${type}.${label(entity)}.id}`;

function completeOAuthClient(attributes: Attributes, { entity }: ReadEntity, reference: Reference): void {
  attributes.roles = ((entity.roleDivisions as Entity[] | undefined) ?? []).map((grant) => ({
    role_id: reference("genesyscloud_auth_role", grant.roleId),
    division_id: grant.divisionId,
  }));
  if ((attributes.roles as unknown[]).length === 0) delete attributes.roles;
}

/** Integrations: the complete configuration lives at config/current (the provider reads it there too). */
async function readIntegration(client: GenesysApiClient, integration: Entity): Promise<ReadEntity> {
  return { entity: integration, extra: await readIntegrationConfiguration(client, String(integration.id)) };
}

function completeIntegration(attributes: Attributes, { entity, extra }: ReadEntity, reference: Reference): void {
  attributes.integration_type = (entity.integrationType as Entity | undefined)?.id;
  const config = extra ?? {};
  const credentials = Object.fromEntries(
    Object.entries((config.credentials as Record<string, Entity> | undefined) ?? {}).map(([slot, info]) => [
      slot,
      reference("genesyscloud_integration_credential", info.id),
    ]),
  );
  attributes.config = [
    definedEntries(
      {
        name: config.name ?? entity.name,
        notes: config.notes === "node_dynamodb_empty_string" ? "" : config.notes,
        properties: jsonOrUndefined(config.properties),
        advanced: jsonOrUndefined(config.advanced),
        credentials: Object.keys(credentials).length > 0 ? credentials : undefined,
      },
      true,
    ),
  ];
}

/** Actions: the listing carries no contract; each action is read with its contract and config. */
async function readAction(client: GenesysApiClient, action: Entity): Promise<ReadEntity> {
  return { entity: await readActionWithContract(client, String(action.id)) };
}

function completeAction(attributes: Attributes, { entity }: ReadEntity, reference: Reference): void {
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
    definedEntries({
      request_url_template: request.requestUrlTemplate,
      request_type: request.requestType,
      request_template: request.requestTemplate,
      headers: request.headers,
    }),
  ];
  attributes.config_response = [
    definedEntries({
      translation_map: response.translationMap,
      translation_map_defaults: response.translationMapDefaults,
      success_template: response.successTemplate,
    }),
  ];
}

/** The resource types read from the live org, their endpoints, how each is listed and what is read beyond. */
const LIVE_TYPES: LiveType[] = [
  { type: "genesyscloud_auth_role", path: "/api/v2/authorization/roles", paging: "pages" },
  {
    type: "genesyscloud_oauth_client",
    // The SDK gives this listing no paging parameters; it answers the page-number envelope, so its
    // pageCount and total are checked like any other (a server that ignores pageNumber repeats page 1).
    path: "/api/v2/oauth/clients",
    paging: "pages",
    shape: OAUTH_CLIENT,
    renames: { scopes: "scope", registered_redirect_uris: "registeredRedirectUri" },
    complete: completeOAuthClient,
  },
  {
    type: "genesyscloud_integration_credential",
    path: "/api/v2/integrations/credentials/listing",
    paging: "cursor",
    shape: CREDENTIAL_INFO,
    complete: (attributes, { entity }) => {
      attributes.credential_type_name = (entity.type as Entity | undefined)?.name;
    },
  },
  {
    type: "genesyscloud_integration",
    path: "/api/v2/integrations",
    paging: "pages",
    shape: INTEGRATION,
    read: readIntegration,
    complete: completeIntegration,
  },
  {
    type: "genesyscloud_integration_action",
    path: "/api/v2/integrations/actions?includeAuthActions=false",
    paging: "pages",
    read: readAction,
    complete: completeAction,
  },
  { type: "genesyscloud_webdeployments_deployment", path: "/api/v2/webdeployments/deployments", paging: "cursor" },
  {
    type: "genesyscloud_webdeployments_configuration",
    path: "/api/v2/webdeployments/configurations",
    paging: "cursor",
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

function list(client: GenesysApiClient, entry: LiveType): Promise<Entity[]> {
  return entry.paging === "pages"
    ? readPageNumberListing(client, entry.path, entry.shape)
    : readCursorListing(client, entry.path, entry.shape);
}

/** Terraform's reference to a listed entity by type and id, so that resources point at each other as in code. */
function referencesAmong(listed: Map<LiveType, Entity[]>): Reference {
  const byId = new Map<string, Entity>();
  for (const [{ type }, items] of listed)
    for (const entity of items) if (typeof entity.id === "string") byId.set(`${type}|${entity.id}`, entity);
  return (type, id) => {
    const found = typeof id === "string" ? byId.get(`${type}|${id}`) : undefined;
    return found ? ref(type, found) : id;
  };
}

/** What each listing leaves out, read after every type is listed, in the order of the types. */
async function readBeyondListings(
  client: GenesysApiClient,
  listed: Map<LiveType, Entity[]>,
): Promise<Map<LiveType, ReadEntity[]>> {
  const read = new Map<LiveType, ReadEntity[]>();
  for (const [entry, items] of listed) {
    const full: ReadEntity[] = [];
    for (const entity of items) full.push(entry.read ? await entry.read(client, entity) : { entity });
    read.set(entry, full);
  }
  return read;
}

function liveResource(entry: LiveType, read: ReadEntity, reference: Reference, domain: string): GenesysResource {
  const { type } = entry;
  const attributes = attributesOf(type, read.entity, entry.renames);
  entry.complete?.(attributes, read, reference);
  return {
    mode: "managed",
    type,
    name: label(read.entity),
    address: `${type}.${label(read.entity)}`,
    attributes: normalizeAttributes(attributes, resourceSchema(type)),
    location: { file: `live org (${domain})`, constructPath: `${type}/${String(read.entity.id)}` },
  };
}

/**
 * The deployed org as an inventory, read through the Platform API. Credentials are metadata only
 * (the API never returns their values); OAuth client secrets are not returned either.
 */
export async function readLiveOrg(
  client: GenesysApiClient,
  options: { awsRegion: string; domain: string },
): Promise<Inventory> {
  const listed = new Map<LiveType, Entity[]>();
  for (const entry of LIVE_TYPES) listed.set(entry, await list(client, entry));
  const reference = referencesAmong(listed);
  const resources: GenesysResource[] = [];
  for (const [entry, items] of await readBeyondListings(client, listed))
    for (const item of items) resources.push(liveResource(entry, item, reference, options.domain));
  return {
    origin: `live Genesys Cloud org (${options.domain})`,
    scope: `live org "${options.domain}"`,
    resources: resources.sort((a, b) => compareText(a.address, b.address)),
    providers: [{ attributes: { aws_region: options.awsRegion }, location: { file: `live org (${options.domain})` } }],
  };
}
