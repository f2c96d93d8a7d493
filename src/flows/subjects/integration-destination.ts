import { integrationType } from "../../catalog/lookup";
import { setOwnMember } from "../../validation/own-member";
import type { Catalog } from "../../catalog/schema";
import { integrationProperties } from "../../inventory/attributes/integration-properties";
import { hasUnresolved } from "../../inventory/expressions";
import { firstBlock, resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { ofType } from "../../inventory/resource-type";
import { readEndpoint } from "../endpoint";
import { platformApiDestination, type ExecutedActionDestination } from "../platform-api-destination";
import type { Destination } from "../model";
import { urlDestination } from "../url-destination";
import { isGenesysHost } from "../genesys-host";

/** Credential fields that name the third party's service. */
const CREDENTIAL_URL_FIELDS = ["baseUrl", "orgWebAddress", "loginUrl", "instanceUrl", "url"];

/** The credentials an integration's config names, and their fields merged. */
export function credentialsOf(
  integration: GenesysResource | undefined,
  inventory: Inventory,
): { fields: Record<string, unknown>; credentials: GenesysResource[] } {
  const credentials: GenesysResource[] = [];
  const fields: Record<string, unknown> = {};
  const slots = (firstBlock(integration?.attributes, "config")?.credentials ?? {}) as Record<string, unknown>;
  for (const reference of Object.values(slots)) {
    const credential = ofType(resolveReference(inventory, reference).resource, "genesyscloud_integration_credential");
    if (credential) {
      credentials.push(credential);
      // Copied member by member: Object.assign would make a member named __proto__ the prototype of `fields`.
      for (const [name, value] of Object.entries((credential.attributes.fields ?? {}) as Record<string, unknown>))
        setOwnMember(fields, name, value);
    }
  }
  return { fields, credentials };
}

/** The service a credential names in one of its URL fields. */
function credentialUrl(fields: Record<string, unknown>): string | undefined {
  return CREDENTIAL_URL_FIELDS.map((field) => fields[field]).find(
    (value): value is string => typeof value === "string",
  );
}

/** An EventBridge source sends events to a partner event bus in the AWS account and region its properties name. */
function eventBusDestination(properties: Record<string, unknown>): Destination {
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

/**
 * The AWS accounts of the IAM role ARNs a recording export's credentials or properties hold
 * (`arn:aws:iam::123456789012:role/…`), whatever the fields are called; the China partition (`arn:aws-cn:`) is run by
 * local operators.
 */
const IAM_ROLE_ARN = /^arn:(aws(?:-cn|-us-gov)?):iam::(\d{12}):role\//;

function exportRoles(values: unknown[]): Array<{ account: string; partition: string }> {
  const roles = new Map<string, { account: string; partition: string }>();
  for (const value of values) {
    const [, partition, account] = (typeof value === "string" && IAM_ROLE_ARN.exec(value.trim())) || [];
    if (partition && account) roles.set(`${partition}:${account}`, { partition, account });
  }
  return [...roles.values()];
}

/**
 * Where a recording export writes: the account of the one role its credential names. When the configuration does not
 * show it (a role given by an expression, roles in several accounts, a credential defined elsewhere or none), the
 * account is not known before deployment: the org's own bucket unless the allow-list names the org's accounts, which
 * it then does not name either (completeSubject).
 */
function recordingExportDestination(
  integration: GenesysResource,
  properties: Record<string, unknown>,
  recipient: string,
  inventory: Inventory | undefined,
): Destination {
  const fields = inventory ? credentialsOf(integration, inventory).fields : {};
  const roles = exportRoles([...Object.values(fields), ...Object.values(properties)]);
  const role = roles.length === 1 ? roles[0] : undefined;
  if (!role)
    return {
      name: `${recipient} (${roles.length > 1 ? "its credential names roles in several AWS accounts" : "no role in the configuration names its AWS account"})`,
      kind: "customer_cloud",
      attribute: "config.credentials",
      awsAccountUnknown: true,
      vendor: "Amazon Web Services",
    };
  return {
    name: `${recipient} (AWS account ${role.account}${role.partition === "aws-cn" ? ", AWS China" : ""})`,
    kind: "customer_cloud",
    attribute: "config.credentials",
    awsAccount: role.account,
    // AWS China is run by local operators under their own terms, not AWS's data processing addendum.
    ...(role.partition === "aws-cn"
      ? { location: { country: "CN", by: "the role ARN's AWS China partition" }, vendor: "AWS China (local operators)" }
      : { vendor: "Amazon Web Services" }),
  };
}

/** Where an action that another action runs sends what it carries: its own integration's answer. */
function executedActionDestination(catalog: Catalog, inventory: Inventory): ExecutedActionDestination {
  return (action, seen) => {
    const integration = ofType(
      resolveReference(inventory, action.attributes.integration_id).resource,
      "genesyscloud_integration",
    );
    return actionDestination(
      action,
      integration,
      credentialsOf(integration, inventory).fields,
      catalog,
      inventory,
      seen,
    );
  };
}

/** Where an action sends what it carries: its URL, else what its integration's type and credentials name. */
export function actionDestination(
  action: GenesysResource,
  integration: GenesysResource | undefined,
  fields: Record<string, unknown>,
  catalog: Catalog,
  inventory: Inventory,
  seen: ReadonlySet<string> = new Set(),
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
      return platformApiDestination(action, catalog, inventory, executedActionDestination(catalog, inventory), seen);
    const url = credentialUrl(fields);
    if (url) return urlDestination(url, "credential fields", fields, type?.recipient ?? "Integration's service");
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

/** Any scheme with an authority (`sftp://`, `grpcs://`, `tcp://`): an endpoint whatever the protocol. */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s]/i;

/**
 * The URL an integration of an unknown type connects to: the first absolute URL, in key order, at any depth of its
 * properties (`endpoint.uri`, `connectionUris[0]`) or in its credentials' fields, whose host is not Genesys Cloud's
 * own (an API base beside the endpoint is not the recipient).
 */
function connectedUrl(
  properties: Record<string, unknown>,
  fields: Record<string, unknown>,
  catalog: Catalog,
): { at: string; url: string } | undefined {
  const found: Array<{ at: string; url: string }> = [];
  const walk = (value: unknown, at: string, depth: number): void => {
    if (typeof value === "string") {
      if (ABSOLUTE_URL.test(value.trim())) found.push({ at, url: value.trim() });
    } else if (Array.isArray(value) && depth < 8)
      value.forEach((item, index) => walk(item, `${at}[${index}]`, depth + 1));
    else if (value && typeof value === "object" && depth < 8)
      for (const key of Object.keys(value).sort())
        walk((value as Record<string, unknown>)[key], `${at}.${key}`, depth + 1);
  };
  walk(properties, "config.properties", 0);
  walk(fields, "config.credentials", 0);
  return found.find(({ url }) => {
    try {
      return !isGenesysHost(new URL(url).hostname, catalog);
    } catch {
      return true;
    }
  });
}

/** Where an integration's data goes when no action of the configuration says: its type, properties and credentials. */
const S3_RECORDING_EXPORT = "aws-s3-recording-bulk-actions-integration";

export function integrationOwnDestination(
  integration: GenesysResource,
  catalog: Catalog,
  inventory?: Inventory,
): Destination {
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const properties = integrationProperties(integration).value ?? {};
  if (!type) {
    // A type the catalog does not know sends what it sends; the URL its properties or credentials name says where (an
    // AudioHook or Audio Connector endpoint, a bot's webhook), which no rule may then overlook (the scheme included).
    const named = connectedUrl(properties, inventory ? credentialsOf(integration, inventory).fields : {}, catalog);
    if (named && !hasUnresolved(typeId))
      return urlDestination(named.url, named.at, {}, `Integration of type "${typeId}"`);
    return {
      name: "Unknown destination",
      kind: "unknown",
      attribute: "integration_type",
      unresolved: typeId ? `integration type "${typeId}" is unknown` : "integration_type is not set",
      unknownBecause: hasUnresolved(typeId) ? "expression" : "unnamed",
    };
  }
  if (typeId === "amazon-eventbridge-source") return eventBusDestination(properties);
  // Recording bulk export writes to the customer's own S3 bucket: out of Genesys, but to the org's own
  // cloud account, not to a third party (a transfer the DPIA still lists), unless the allow-list's accounts say
  // the role's account is not the org's (completeSubject).
  if (typeId === S3_RECORDING_EXPORT)
    return recordingExportDestination(integration, properties, type.recipient, inventory);
  if (type.direction === "internal" || type.direction === "inbound")
    return { name: type.recipient, kind: "genesys_org", attribute: "integration_type", vendor: "Genesys" };
  if (typeof properties.url === "string")
    return urlDestination(properties.url, "config.properties.url", {}, type.recipient);
  if (type.vendor) {
    // The type names its recipient; the credential may name the host (instance URL).
    const fields = inventory ? credentialsOf(integration, inventory).fields : {};
    const url = credentialUrl(fields);
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
