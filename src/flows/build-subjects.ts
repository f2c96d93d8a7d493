import { integrationType } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import { integrationProperties } from "../inventory/attributes/integration-properties";
import { hasUnresolved } from "../inventory/expressions";
import { allBlocks, firstBlock, resolveReference, stringAt, stringListAt } from "../inventory/lookup";
import type { GenesysResource, Inventory } from "../inventory/model";
import { ACTION_TYPES, entryFor, hasType } from "../inventory/resource-type";
import type { EffectivePolicy } from "../policy/load-policy";
import type { SubjectBuilder } from "./subjects/subject-builder";
import { approveDestination } from "./approve-destination";
import { relationsOf } from "./inventory-relations";
import { readEndpoint } from "./endpoint";
import type { AssessmentSubject, DataFlow, Destination } from "./model";
import { referencedHosts } from "./referenced-hosts";
import { catalogSubject } from "./subjects/catalog-subject";
import { providerSubjects } from "./subjects/provider-subject";
import { withVolume } from "./scale";
import { SUBJECT_BUILDERS } from "./subjects/registry";
import {
  elementsOf,
  literalName,
  providerFor,
  sourceName,
  type SubjectContext,
  type SubjectDraft,
} from "./subjects/subject-context";
import { evaluateTransfers } from "./transfers";
import { urlDestination } from "./url-destination";

const STANDALONE_TYPES = new Set([
  "genesyscloud_processautomation_trigger",
  "genesyscloud_recording_media_retention_policy",
  "genesyscloud_webdeployments_configuration",
  "genesyscloud_externalcontacts_contact",
]);
/** Credential fields that name the third party's service. */
const CREDENTIAL_URL_FIELDS = ["baseUrl", "orgWebAddress", "loginUrl", "instanceUrl", "url"];

type Context = SubjectContext;
type Draft = SubjectDraft;

function credentialsOf(
  integration: GenesysResource | undefined,
  inventory: Inventory,
): { fields: Record<string, unknown>; credentials: GenesysResource[] } {
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

function actionDestination(
  action: GenesysResource,
  integration: GenesysResource | undefined,
  fields: Record<string, unknown>,
  catalog: Catalog,
): Destination {
  const typeId = stringAt(integration?.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const template = stringAt(firstBlock(action.attributes, "config_request"), "request_url_template");
  const attribute = "config_request.request_url_template";
  if (
    typeId === "function-data-actions" ||
    /function[ _-]data[ _-]action/i.test(stringAt(action.attributes, "category") ?? "")
  ) {
    return {
      name: "Function data action code run by Genesys (may call any service)",
      kind: "third_party",
      attribute: "function_config",
      middleware: "a function may pass the data anywhere",
    };
  }
  const endpoint = readEndpoint(template, fields);
  if (endpoint.kind === "relative") {
    if (typeId === "purecloud-data-actions")
      return { name: "Genesys Cloud Platform API (same org)", kind: "genesys_org", attribute, vendor: "Genesys" };
    const credentialUrl = CREDENTIAL_URL_FIELDS.map((field) => fields[field]).find(
      (value): value is string => typeof value === "string",
    );
    if (credentialUrl)
      return urlDestination(credentialUrl, "credential fields", fields, type?.recipient ?? "Integration's service");
    return {
      name: type?.recipient ?? "Integration's own service",
      kind: type?.third_party === "no" ? "genesys_org" : "unknown",
      attribute,
      unresolved: "the action's URL is relative and no credential names the service's host",
      unknownBecause: "unnamed",
    };
  }
  return urlDestination(template, attribute, fields, type?.recipient ?? "Web service");
}

function integrationOwnDestination(integration: GenesysResource, catalog: Catalog, inventory?: Inventory): Destination {
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  if (!type)
    return {
      name: "Unknown destination",
      kind: "unknown",
      attribute: "integration_type",
      unresolved: typeId ? `integration type "${typeId}" is unknown` : "integration_type is not set",
      unknownBecause: hasUnresolved(typeId) ? "expression" : "unnamed",
    };
  const properties = integrationProperties(integration).value ?? {};
  if (typeId === "amazon-eventbridge-source") {
    const account = properties.awsAccountId;
    const awsRegion = properties.awsAccountRegion;
    const known =
      typeof account === "string" &&
      typeof awsRegion === "string" &&
      !hasUnresolved(account) &&
      !hasUnresolved(awsRegion);
    return known
      ? {
          name: `AWS EventBridge partner event bus in account ${account} (${awsRegion})`,
          kind: "customer_cloud",
          attribute: "config.properties",
          awsAccount: account,
          awsRegion,
          vendor: "Amazon Web Services",
        }
      : {
          name: "AWS EventBridge partner event bus",
          kind: "unknown",
          attribute: "config.properties",
          unresolved: "awsAccountId or awsAccountRegion is not resolved before deployment",
          unknownBecause: "expression",
        };
  }
  if (type.direction === "internal" || type.direction === "inbound")
    return { name: type.recipient, kind: "genesys_org", attribute: "integration_type", vendor: "Genesys" };
  if (typeof properties.url === "string")
    return urlDestination(properties.url, "config.properties.url", {}, type.recipient);
  if (type.vendor) {
    // The type names its recipient; the credential may name the host (instance URL).
    const fields = inventory ? credentialsOf(integration, inventory).fields : {};
    const url = CREDENTIAL_URL_FIELDS.map((field) => fields[field]).find(
      (value): value is string => typeof value === "string",
    );
    const fromCredential = url ? urlDestination(url, "credential fields", fields, type.recipient) : undefined;
    if (fromCredential?.url) return { ...fromCredential, vendor: type.vendor };
    return { name: type.recipient, kind: "third_party", attribute: "integration_type", vendor: type.vendor };
  }
  return {
    name: type.recipient,
    kind: type.third_party === "no" ? "genesys_org" : "unknown",
    attribute: "integration_type",
    unresolved: "the recipients are named by actions that this configuration does not define",
    unknownBecause: "unnamed",
  };
}

function integrationSubject(integration: GenesysResource, context: Context): Draft {
  const { inventory, catalog } = context;
  const provider = providerFor(integration, inventory);
  const source = sourceName(provider, catalog);
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const relations = relationsOf(inventory);
  const actions = relations.actionsOf.get(integration.address) ?? [];
  const { fields, credentials } = credentialsOf(integration, inventory);
  const exports = relations.exportsTo.get(integration.address) ?? [];
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
      destination: integrationOwnDestination(integration, catalog, inventory),
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
      data_elements: elementsOf(context, policy.address).filter(
        (id) => id !== "contact_pii" && id !== "employee_monitoring",
      ),
      processing_nature: "Bulk export of recordings (retention policy integration_export)",
      frequency: "Batch",
      via: policy.address,
    });
  }
  return {
    kind: "integration",
    primary: integration,
    members: [integration, ...actions, ...credentials, ...exports],
    name: literalName(stringAt(firstBlock(integration.attributes, "config"), "name"), integration.name),
    provider,
    flows,
  };
}

/** A client whose id and secret feed a Genesys data-actions credential is used by Genesys itself. */
function usedByGenesysDataActions(client: GenesysResource, inventory: Inventory): GenesysResource | undefined {
  const relations = relationsOf(inventory);
  return relations.credentialsOfClient
    .get(client.address)
    ?.find((credential) => relations.usedByGenesysDataActions.has(credential.address));
}

function oauthClientSubject(client: GenesysResource, context: Context): Draft {
  const { inventory, catalog } = context;
  const provider = providerFor(client, inventory);
  const roles = allBlocks(client.attributes, "roles")
    .map((grant) => resolveReference(inventory, grant.role_id).resource)
    .filter((role): role is GenesysResource => role?.type === "genesyscloud_auth_role" && role.mode === "managed");
  const name = literalName(stringAt(client.attributes, "name"), client.name);
  const grant = stringAt(client.attributes, "authorized_grant_type");
  const internalUse = usedByGenesysDataActions(client, inventory);
  const redirects = stringListAt(client.attributes, "registered_redirect_uris").map((uri) => readEndpoint(uri));
  const redirect = redirects.find((endpoint) => endpoint.kind === "absolute")?.url;
  const destination: Destination = internalUse
    ? {
        name: `Genesys Cloud Data Actions of this org (credential ${internalUse.address})`,
        kind: "genesys_org",
        attribute: "client_id",
        vendor: "Genesys",
      }
    : {
        name: `API client "${name}"${redirect ? ` (${redirect.unicodeHost ?? redirect.host})` : ""}`,
        kind: "api_client",
        attribute: "registered_redirect_uris",
        ...(redirect ? { url: redirect } : {}),
      };
  return {
    kind: "oauth_client",
    primary: client,
    members: [client, ...new Map(roles.map((role) => [role.address, role])).values()],
    name,
    provider,
    flows: [
      {
        source: sourceName(provider, catalog),
        destination,
        data_elements: elementsOf(context, client.address),
        processing_nature: `API access by an OAuth client (${grant ? `${grant} grant` : "grant type not set"})`,
        frequency: "On demand",
        via: client.address,
      },
    ],
  };
}

function standaloneSubject(resource: GenesysResource, context: Context, kind: AssessmentSubject["kind"]): Draft {
  const provider = providerFor(resource, context.inventory);
  const isContact = resource.type === "genesyscloud_externalcontacts_contact";
  const destination: Destination = isContact
    ? {
        name: "Terraform configuration and state (personal data written into infrastructure code)",
        kind: "configuration",
      }
    : kind === "data_action"
      ? actionDestination(resource, undefined, {}, context.catalog)
      : { name: "Genesys Cloud CX org", kind: "genesys_org", vendor: "Genesys" };
  const fallbackName = isContact ? `external contact ${resource.name}` : resource.name;
  const extraFlows: DataFlow[] = [];
  const auth = firstBlock(resource.attributes, "authentication_settings");
  const identityProvider = auth ? resolveReference(context.inventory, auth.integration_id).resource : undefined;
  if (identityProvider?.type === "genesyscloud_integration") {
    extraFlows.push({
      source: sourceName(provider, context.catalog),
      destination: integrationOwnDestination(identityProvider, context.catalog),
      data_elements: [],
      processing_nature: `Authentication of messaging users through ${identityProvider.address}`,
      frequency: "Per session",
      via: resource.address,
    });
  }
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
      ...extraFlows,
    ],
  };
}

function addOwned(resource: GenesysResource, builder: SubjectBuilder, context: Context, drafts: Draft[]): void {
  const draft = builder.build(resource, context, drafts);
  if (draft) drafts.push(draft);
}

/** A resource that feeds other DPIAs' subjects joins them; otherwise it gets a DPIA of its own. */
function addStandalone(resource: GenesysResource, builder: SubjectBuilder, context: Context, drafts: Draft[]): void {
  const joins = builder.join?.(resource, context, drafts) ?? [];
  if (joins.length === 0) return addOwned(resource, builder, context, drafts);
  for (const { draft, flows } of joins) {
    draft.members.push(resource);
    draft.flows.push(...flows);
  }
}

/**
 * Groups the inventory into what DPIAs are written for and traces where each one's data goes:
 * an integration with its actions, credentials and recording exports; an OAuth client with its
 * roles; an action whose integration is outside the configuration; other personal-data resources.
 * Each destination is checked against the allow-list and each transfer against Chapter V.
 */
export function buildSubjects(
  inventory: Inventory,
  classifications: Map<string, ResourceClassification>,
  policy: EffectivePolicy,
): AssessmentSubject[] {
  const catalog = policy.catalog;
  const context: Context = { inventory, classifications, catalog, policy };
  const drafts: Draft[] = [];
  for (const resource of inventory.resources.filter((r) => r.mode === "managed")) {
    if (resource.type === "genesyscloud_integration") drafts.push(integrationSubject(resource, context));
    else if (resource.type === "genesyscloud_oauth_client") drafts.push(oauthClientSubject(resource, context));
    else if (entryFor(SUBJECT_BUILDERS, resource.type)?.pass === "owner")
      addOwned(resource, entryFor(SUBJECT_BUILDERS, resource.type)!, context, drafts);
  }
  const covered = new Set(drafts.flatMap((draft) => draft.members.map((member) => member.address)));
  for (const resource of inventory.resources.filter((r) => r.mode === "managed" && !covered.has(r.address))) {
    if (hasType(resource, ...ACTION_TYPES)) drafts.push(standaloneSubject(resource, context, "data_action"));
    else if (STANDALONE_TYPES.has(resource.type)) drafts.push(standaloneSubject(resource, context, "resource"));
    else if (
      entryFor(SUBJECT_BUILDERS, resource.type)?.pass === "standalone" &&
      !entryFor(SUBJECT_BUILDERS, resource.type)!.join
    )
      addOwned(resource, entryFor(SUBJECT_BUILDERS, resource.type)!, context, drafts);
  }
  // Joiners last, so that every DPIA they may join exists whatever the order of the resources.
  for (const resource of inventory.resources.filter((r) => r.mode === "managed" && !covered.has(r.address))) {
    const builder = entryFor(SUBJECT_BUILDERS, resource.type);
    if (builder?.pass === "standalone" && builder.join) addStandalone(resource, builder, context, drafts);
  }
  // What no dedicated builder covers (a builder may decide a resource processes no personal data) is assessed from the catalog.
  const assessed = new Set(drafts.flatMap((draft) => draft.members.map((member) => member.address)));
  const dedicated = (type: string) =>
    type === "genesyscloud_integration" ||
    type === "genesyscloud_oauth_client" ||
    (ACTION_TYPES as readonly string[]).includes(type) ||
    STANDALONE_TYPES.has(type) ||
    !!entryFor(SUBJECT_BUILDERS, type);
  for (const resource of inventory.resources.filter(
    (r) => r.mode === "managed" && !assessed.has(r.address) && !dedicated(r.type),
  )) {
    const draft = catalogSubject(resource, context);
    if (draft) drafts.push(draft);
  }
  drafts.push(...providerSubjects(inventory, drafts));
  return drafts
    .map((draft) => {
      const approved = draft.flows.map((flow) => ({
        ...flow,
        destination: approveDestination(
          flow.destination,
          policy.destinations,
          catalog,
          draft.kind === "oauth_client" ? draft.name : undefined,
        ),
      }));
      const flows = withVolume(approved, [draft.name, draft.primary.address], { inventory, classifications, policy });
      const { transfers, notes } = evaluateTransfers(flows, draft.provider, catalog, policy.controller?.country);
      return {
        ...draft,
        flows,
        transfers,
        transferNotes: notes,
        referencedHosts: referencedHosts(draft.members, draft.provider, policy.destinations, catalog),
      };
    })
    .sort((a, b) => a.primary.address.localeCompare(b.primary.address));
}
