import { scopeEntry } from "../../catalog/lookup";
import type { Catalog, PermissionDomain } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, resolveReference, stringAt, stringListAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import type { ClassifiedElement, OAuthAccess, ResourceClassification, RoleGrant, UnknownValue } from "../model";

export const SCOPE_RULE = "CLS-SCOPE";
export const ROLE_RULE = "CLS-ROLE-PERMISSION";

/** The provider's validator accepts these; SAML2BEARER is an undocumented spelling of SAML2-BEARER. */
const GRANT_TYPES = ["CODE", "TOKEN", "SAML2BEARER", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"];

/** The legacy `admin` permission can change anything in the org: read it like the `all` scope. */
const LEGACY_ADMIN = "admin";

function permissionsOfPolicy(
  domain: PermissionDomain,
  entityName: string,
  actionSet: string[],
): Array<{ permission: string; elements: string[] }> {
  return domain.personal_data
    .filter((entry) => entityName === "*" || entry.entity === entityName)
    .flatMap((entry) => {
      const actions = actionSet.includes("*") ? entry.actions : entry.actions.filter((action) => actionSet.includes(action));
      return actions.map((action) => ({ permission: `${domain.domain}:${entry.entity}:${action}`, elements: entry.data_elements }));
    });
}

function divisionOf(value: unknown): RoleGrant["division"] {
  if (value === undefined || value === "") return "home";
  if (typeof value !== "string") return "unknown";
  if (value === "*") return "all";
  return hasUnresolved(value) ? "unknown" : "specific";
}

function readRoleGrants(
  client: GenesysResource,
  inventory: Inventory,
  catalog: Catalog,
  unknowns: UnknownValue[],
): RoleGrant[] {
  return allBlocks(client.attributes, "roles").map((grant, index) => {
    const attribute = `roles[${index}]`;
    const reference = String(grant.role_id ?? "");
    const resolved = resolveReference(inventory, grant.role_id);
    const role = resolved.resource?.mode === "managed" && resolved.resource.type === "genesyscloud_auth_role" ? resolved.resource : undefined;
    const result: RoleGrant = {
      attribute,
      roleReference: resolved.address ?? (resolved.literal !== undefined ? JSON.stringify(resolved.literal) : reference || "(missing role_id)"),
      roleAddress: resolved.address,
      visible: !!role,
      division: divisionOf(grant.division_id),
      permissions: [],
    };
    if (!role) {
      unknowns.push({ kind: "role", attribute: `${attribute}.role_id`, value: result.roleReference, reason: "is defined outside this configuration, so the permissions it grants cannot be read" });
      return result;
    }
    if (stringListAt(role.attributes, "permissions").includes(LEGACY_ADMIN)) {
      result.permissions.push({ permission: LEGACY_ADMIN, elements: scopeEntry(catalog, "all")?.data_elements ?? ["unknown_data"] });
    }
    for (const policy of allBlocks(role.attributes, "permission_policies")) {
      const domainName = stringAt(policy, "domain") ?? "";
      const entityName = stringAt(policy, "entity_name") ?? "*";
      const actions = stringListAt(policy, "action_set");
      const domain = catalog.permission_domains.find((entry) => entry.domain === domainName);
      if (!domain) {
        unknowns.push({ kind: "permission_domain", attribute: `${role.address}.permission_policies`, value: domainName || "(unresolved)", reason: "is not a permission domain the catalog knows" });
        result.permissions.push({ permission: `${domainName}:${entityName}:${actions.join(",")}`, elements: ["unknown_data"] });
        continue;
      }
      result.permissions.push(...permissionsOfPolicy(domain, entityName, actions));
    }
    return result;
  });
}

function readScopes(client: GenesysResource, catalog: Catalog, unknowns: UnknownValue[]): OAuthAccess["scopes"] {
  return stringListAt(client.attributes, "scopes").map((scope) => {
    const entry = hasUnresolved(scope) ? undefined : scopeEntry(catalog, scope);
    if (!entry) {
      unknowns.push({ kind: "scope", attribute: "scopes", value: scope, reason: hasUnresolved(scope) ? "is not resolved before deployment" : "is not a Genesys Cloud scope the catalog knows" });
      return { scope, known: false, elements: ["unknown_data"] };
    }
    return { scope, known: true, elements: entry.data_elements };
  });
}

/**
 * What an OAuth client can reach. Client-credentials clients are governed by their roles (in the
 * divisions granted); every other grant type by its scopes.
 */
export function classifyOAuthClient(client: GenesysResource, inventory: Inventory, catalog: Catalog): ResourceClassification {
  const unknowns: UnknownValue[] = [];
  const configured = stringAt(client.attributes, "authorized_grant_type") ?? "";
  const grantType = configured.toUpperCase();
  const known = GRANT_TYPES.includes(grantType);
  if (!known) {
    const reason = hasUnresolved(configured) ? "is not resolved before deployment" : "is not a grant type the provider accepts";
    unknowns.push({ kind: "grant_type", attribute: "authorized_grant_type", value: configured || "(missing)", reason });
  }
  // Without a known grant type either scopes or roles may govern the client: read both (fail closed).
  const readsRoles = !known || grantType === "CLIENT-CREDENTIALS";
  const readsScopes = !known || grantType !== "CLIENT-CREDENTIALS";
  const access: OAuthAccess = {
    grantType,
    scopes: readsScopes ? readScopes(client, catalog, unknowns) : [],
    grants: readsRoles ? readRoleGrants(client, inventory, catalog, unknowns) : [],
  };
  const elements: ClassifiedElement[] = [];
  for (const scope of access.scopes) {
    for (const element of scope.elements) elements.push({ element, rule: SCOPE_RULE, evidence: [`scopes: ${scope.scope}`] });
  }
  for (const grant of access.grants) {
    const division = grant.division === "all" ? "all divisions" : `${grant.division} division`;
    for (const permission of grant.permissions) {
      for (const element of permission.elements) {
        elements.push({ element, rule: ROLE_RULE, evidence: [`${grant.attribute} ${grant.roleAddress}: ${permission.permission} (${division})`] });
      }
    }
    if (!grant.visible) elements.push({ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: [`${grant.attribute}: role ${grant.roleReference} is not in this configuration`] });
  }
  for (const unknown of unknowns.filter((u) => u.kind === "scope")) {
    elements.push({ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: [`scopes: ${unknown.value} ${unknown.reason}`] });
  }
  return { address: client.address, elements, unknowns, access };
}
