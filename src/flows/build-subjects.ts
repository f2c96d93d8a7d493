import { integrationType, region as regionOf } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import { integrationProperties } from "../classify/resources/classify-integration";
import { hasUnresolved } from "../inventory/expressions";
import { allBlocks, firstBlock, resolveReference, stringAt, stringListAt } from "../inventory/lookup";
import type { GenesysResource, Inventory, ProviderConfig } from "../inventory/model";
import { readEndpoint } from "./endpoint";
import type { AssessmentSubject, DataFlow, Destination } from "./model";

const ACTION_TYPES = new Set(["genesyscloud_integration_action", "genesyscloud_integration_custom_auth_action"]);
const STANDALONE_TYPES = new Set([
  "genesyscloud_processautomation_trigger",
  "genesyscloud_recording_media_retention_policy",
  "genesyscloud_webdeployments_configuration",
  "genesyscloud_externalcontacts_contact",
]);

interface Context {
  inventory: Inventory;
  classifications: Map<string, ResourceClassification>;
  catalog: Catalog;
}

function providerFor(resource: GenesysResource, inventory: Inventory): ProviderConfig | undefined {
  const alias = resource.provider?.split(".")[1];
  return inventory.providers.find((provider) => provider.alias === alias) ?? (alias ? undefined : inventory.providers[0]);
}

export function sourceName(provider: ProviderConfig | undefined, catalog: Catalog): string {
  const awsRegion = stringAt(provider?.attributes, "aws_region");
  const known = awsRegion && !hasUnresolved(awsRegion) ? regionOf(catalog, awsRegion) : undefined;
  return known ? `Genesys Cloud CX org (${known.name}, ${known.aws_region})` : "Genesys Cloud CX org (region unknown)";
}

function literalName(value: string | undefined, fallback: string): string {
  return value && !hasUnresolved(value) ? value : fallback;
}

function elementsOf(context: Context, ...addresses: string[]): string[] {
  const ids = addresses.flatMap((address) => context.classifications.get(address)?.elements.map((item) => item.element) ?? []);
  return [...new Set(ids)].sort();
}

function credentialFieldsOf(integration: GenesysResource | undefined, inventory: Inventory): { fields: Record<string, unknown>; credentials: GenesysResource[] } {
  const credentials: GenesysResource[] = [];
  const fields: Record<string, unknown> = {};
  const slots = (firstBlock(integration?.attributes, "config")?.credentials ?? {}) as Record<string, unknown>;
  for (const reference of Object.values(slots)) {
    const credential = resolveReference(inventory, reference).resource;
    if (credential?.type === "genesyscloud_integration_credential") {
      credentials.push(credential);
      Object.assign(fields, (credential.attributes.fields ?? {}) as Record<string, unknown>);
    }
  }
  return { fields, credentials };
}

function actionDestination(action: GenesysResource, integration: GenesysResource | undefined, fields: Record<string, unknown>, catalog: Catalog): Destination {
  const typeId = stringAt(integration?.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const url = stringAt(firstBlock(action.attributes, "config_request"), "request_url_template");
  const attribute = "config_request.request_url_template";
  if (typeId === "function-data-actions" || /function[ _-]data[ _-]action/i.test(stringAt(action.attributes, "category") ?? "")) {
    return { name: "Function data action code run by Genesys (may call any service)", kind: "third_party", attribute: "function_config" };
  }
  const endpoint = readEndpoint(url, fields);
  if (endpoint.kind === "relative") {
    return typeId === "purecloud-data-actions"
      ? { name: "Genesys Cloud Platform API (same org)", kind: "genesys_org", attribute }
      : { name: type?.recipient ?? "Integration's own service", kind: type?.third_party === "no" ? "genesys_org" : "third_party", attribute };
  }
  if (endpoint.kind === "lambda_arn") {
    return { name: `AWS Lambda in account ${endpoint.account} (${endpoint.region})`, kind: "customer_cloud", host: endpoint.host, scheme: endpoint.scheme, attribute };
  }
  if (endpoint.kind === "absolute") {
    return { name: type && type.third_party !== "no" ? `${type.recipient} (${endpoint.host})` : endpoint.host!, kind: "third_party", host: endpoint.host, scheme: endpoint.scheme, attribute };
  }
  return { name: "Unknown destination", kind: "unknown", attribute, unresolved: endpoint.reason };
}

function integrationOwnDestination(integration: GenesysResource, catalog: Catalog): Destination {
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  if (!type) return { name: "Unknown destination", kind: "unknown", attribute: "integration_type", unresolved: `integration type "${typeId}" is unknown` };
  const properties = integrationProperties(integration).value ?? {};
  if (typeId === "amazon-eventbridge-source") {
    const account = properties.awsAccountId;
    const awsRegion = properties.awsAccountRegion;
    const known = typeof account === "string" && typeof awsRegion === "string" && !hasUnresolved(account) && !hasUnresolved(awsRegion);
    return known
      ? { name: `AWS EventBridge partner event bus in account ${account} (${awsRegion})`, kind: "customer_cloud", host: `events.${awsRegion}.amazonaws.com`, attribute: "config.properties" }
      : { name: "AWS EventBridge partner event bus", kind: "unknown", attribute: "config.properties", unresolved: "awsAccountId or awsAccountRegion is not resolved before deployment" };
  }
  if (type.direction === "internal" || type.direction === "inbound") return { name: type.recipient, kind: "genesys_org", attribute: "integration_type" };
  const url = typeof properties.url === "string" ? readEndpoint(properties.url) : undefined;
  if (url?.kind === "absolute") return { name: `${type.recipient} (${url.host})`, kind: "third_party", host: url.host, scheme: url.scheme, attribute: "config.properties.url" };
  return { name: type.recipient, kind: type.third_party === "no" ? "genesys_org" : "third_party", attribute: "integration_type" };
}

function integrationSubject(integration: GenesysResource, context: Context): AssessmentSubject {
  const { inventory, catalog } = context;
  const provider = providerFor(integration, inventory);
  const source = sourceName(provider, catalog);
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const actions = inventory.resources.filter(
    (resource) => ACTION_TYPES.has(resource.type) && resolveReference(inventory, resource.attributes.integration_id).address === integration.address,
  );
  const { fields, credentials } = credentialFieldsOf(integration, inventory);
  const exports = inventory.resources.filter(
    (resource) =>
      resource.type === "genesyscloud_recording_media_retention_policy" &&
      allBlocks(resource.attributes, "actions").some((actions) =>
        allBlocks(actions, "integration_export").some((exp) => resolveReference(inventory, exp.integration_id).address === integration.address),
      ),
  );
  const frequency = typeId === "amazon-eventbridge-source" ? "Real-time" : "Per interaction";
  const flows: DataFlow[] = actions.map((action) => ({
    source,
    destination: actionDestination(action, integration, fields, catalog),
    data_elements: elementsOf(context, action.address, integration.address),
    processing_nature: `${type?.processing_nature ?? "Unknown integration"}: ${literalName(stringAt(action.attributes, "name"), action.name)}`,
    frequency: action.type === "genesyscloud_integration_custom_auth_action" ? "On token expiry" : frequency,
    via: action.address,
  }));
  if (actions.length === 0) {
    flows.push({
      source,
      destination: integrationOwnDestination(integration, catalog),
      data_elements: elementsOf(context, integration.address),
      processing_nature: type?.processing_nature ?? "Unknown integration",
      frequency,
      via: integration.address,
    });
  }
  for (const policy of exports) {
    flows.push({
      source,
      destination: integrationOwnDestination(integration, catalog),
      data_elements: elementsOf(context, policy.address).filter((id) => id !== "contact_pii" && id !== "employee_monitoring"),
      processing_nature: "Bulk export of recordings (retention policy integration_export)",
      frequency: "Batch",
      via: policy.address,
    });
  }
  const config = firstBlock(integration.attributes, "config");
  return {
    kind: "integration",
    primary: integration,
    members: [integration, ...actions, ...credentials, ...exports],
    name: literalName(stringAt(config, "name"), integration.name),
    provider,
    flows,
  };
}

function oauthClientSubject(client: GenesysResource, context: Context): AssessmentSubject {
  const { inventory, catalog } = context;
  const provider = providerFor(client, inventory);
  const roles = allBlocks(client.attributes, "roles")
    .map((grant) => resolveReference(inventory, grant.role_id).resource)
    .filter((role): role is GenesysResource => role?.type === "genesyscloud_auth_role" && role.mode === "managed");
  const name = literalName(stringAt(client.attributes, "name"), client.name);
  const redirectHosts = stringListAt(client.attributes, "registered_redirect_uris")
    .map((uri) => readEndpoint(uri))
    .filter((endpoint) => endpoint.kind === "absolute")
    .map((endpoint) => endpoint.host!);
  const grant = stringAt(client.attributes, "authorized_grant_type") ?? "unknown grant";
  return {
    kind: "oauth_client",
    primary: client,
    members: [client, ...new Map(roles.map((role) => [role.address, role])).values()],
    name,
    provider,
    flows: [
      {
        source: sourceName(provider, catalog),
        destination: {
          name: redirectHosts.length > 0 ? `API client "${name}" (${[...new Set(redirectHosts)].join(", ")})` : `API client "${name}"`,
          kind: "api_client",
          host: redirectHosts[0],
          attribute: "registered_redirect_uris",
        },
        data_elements: elementsOf(context, client.address),
        processing_nature: `API access by an OAuth client (${grant} grant)`,
        frequency: "On demand",
        via: client.address,
      },
    ],
  };
}

function standaloneSubject(resource: GenesysResource, context: Context, kind: AssessmentSubject["kind"]): AssessmentSubject {
  const provider = providerFor(resource, context.inventory);
  const isContact = resource.type === "genesyscloud_externalcontacts_contact";
  const destination: Destination = isContact
    ? { name: "Terraform configuration and state (personal data written into infrastructure code)", kind: "configuration" }
    : kind === "data_action"
      ? actionDestination(resource, undefined, {}, context.catalog)
      : { name: "Genesys Cloud CX org", kind: "genesys_org" };
  const fallbackName = isContact ? `external contact ${resource.name}` : resource.name;
  return {
    kind,
    primary: resource,
    members: [resource],
    name: isContact ? fallbackName : literalName(stringAt(resource.attributes, "name"), fallbackName),
    provider,
    flows: [
      {
        source: sourceName(provider, context.catalog),
        destination,
        data_elements: elementsOf(context, resource.address),
        processing_nature: resource.type.replace(/^genesyscloud_/, "").replace(/_/g, " "),
        frequency: resource.type === "genesyscloud_processautomation_trigger" ? "Real-time" : "Continuous",
        via: resource.address,
      },
    ],
  };
}

/**
 * Groups the inventory into what DPIAs are written for, and traces each one's data flows:
 * an integration with its actions, credentials and recording exports; an OAuth client with its
 * roles; an action whose integration is outside the configuration; other personal-data resources.
 */
export function buildSubjects(inventory: Inventory, classifications: Map<string, ResourceClassification>, catalog: Catalog): AssessmentSubject[] {
  const context: Context = { inventory, classifications, catalog };
  const subjects: AssessmentSubject[] = [];
  const covered = new Set<string>();
  for (const resource of inventory.resources.filter((r) => r.mode === "managed")) {
    if (resource.type === "genesyscloud_integration") subjects.push(integrationSubject(resource, context));
    else if (resource.type === "genesyscloud_oauth_client") subjects.push(oauthClientSubject(resource, context));
  }
  subjects.forEach((subject) => subject.members.forEach((member) => covered.add(member.address)));
  for (const resource of inventory.resources.filter((r) => r.mode === "managed" && !covered.has(r.address))) {
    if (ACTION_TYPES.has(resource.type)) subjects.push(standaloneSubject(resource, context, "data_action"));
    else if (STANDALONE_TYPES.has(resource.type)) subjects.push(standaloneSubject(resource, context, "resource"));
  }
  return subjects.sort((a, b) => a.primary.address.localeCompare(b.primary.address));
}
