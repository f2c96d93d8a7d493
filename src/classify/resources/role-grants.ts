import { scopeEntry } from "../../catalog/lookup";
import type { Catalog, PermissionDomain } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, resolveReference, resourcesOfType, stringAt, stringListAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { ClassifiedElement, RoleGrant, UnknownValue } from "../model";

const ROLE_RULE = "CLS-ROLE-PERMISSION";

/** The legacy `admin` permission can change anything in the org: read it like the `all` scope. */
const LEGACY_ADMIN = "admin";

function permissionsOfPolicy(
  domain: PermissionDomain,
  entityName: string,
  actionSet: string[],
): Array<{ permission: string; elements: string[] }> {
  // Read the way that grants most (fail closed): another casing of an entity or action as that one, and a
  // wildcard anywhere in it (`recording*`) as every one.
  const anyEntity = entityName.includes("*");
  const anyAction = actionSet.some((action) => action.includes("*"));
  const wanted = new Set(actionSet.map((action) => action.toLowerCase()));
  return domain.personal_data
    .filter((entry) => anyEntity || entry.entity.toLowerCase() === entityName.toLowerCase())
    .flatMap((entry) => {
      const actions = anyAction ? entry.actions : entry.actions.filter((action) => wanted.has(action.toLowerCase()));
      return actions.map((action) => ({
        permission: `${domain.domain}:${entry.entity}:${action}`,
        elements: entry.data_elements,
      }));
    });
}

/** One `division_id` as the provider reads it: unset is the home division, "*" all of them. */
export function divisionOf(value: unknown): RoleGrant["division"] {
  if (value === undefined || value === "") return "home";
  if (typeof value !== "string") return "unknown";
  if (value === "*") return "all";
  return hasUnresolved(value) ? "unknown" : "specific";
}

/** A `division_ids` set: the widest of its members decides; anything that is not a list of strings is unknown. */
export function divisionsOf(value: unknown): RoleGrant["division"] {
  if (value === undefined) return "home";
  if (typeof value === "string") return hasUnresolved(value) ? "unknown" : divisionOf(value);
  if (!Array.isArray(value)) return "unknown";
  if (value.length === 0) return "home";
  const each = value.map(divisionOf);
  return each.includes("all") ? "all" : each.includes("unknown") ? "unknown" : "specific";
}

/** What a `genesyscloud_auth_role` of this configuration grants, permission by permission. */
function permissionsOfRole(
  role: GenesysResource,
  catalog: Catalog,
  unknowns: UnknownValue[],
): RoleGrant["permissions"] {
  const permissions: RoleGrant["permissions"] = [];
  if (stringListAt(role.attributes, "permissions").includes(LEGACY_ADMIN)) {
    permissions.push({
      permission: LEGACY_ADMIN,
      elements: scopeEntry(catalog, "all")?.data_elements ?? ["unknown_data"],
    });
  }
  for (const policy of allBlocks(role.attributes, "permission_policies")) {
    const domainName = stringAt(policy, "domain") ?? "";
    const entityName = stringAt(policy, "entity_name") ?? "*";
    const actions = stringListAt(policy, "action_set");
    const domain = catalog.permission_domains.find((entry) => entry.domain === domainName);
    if (domain) {
      permissions.push(...permissionsOfPolicy(domain, entityName, actions));
      continue;
    }
    // Not a domain as Genesys spells it. Read the way that grants most (fail closed): `*` as every domain (the
    // wildcard documented for entities and actions), another casing of a known domain as that domain.
    const cased = catalog.permission_domains.find((entry) => entry.domain.toLowerCase() === domainName.toLowerCase());
    const permission = `${domainName}:${entityName}:${actions.join(",")}`;
    unknowns.push({
      kind: "permission_domain",
      attribute: `${role.address}.permission_policies`,
      value: domainName || "(unresolved)",
      reason:
        domainName === "*"
          ? "is not a permission domain the catalog knows; it is read as every domain"
          : cased
            ? `is not a permission domain the catalog knows; it is read as "${cased.domain}"`
            : "is not a permission domain the catalog knows",
    });
    if (domainName === "*")
      permissions.push({ permission, elements: scopeEntry(catalog, "all")?.data_elements ?? ["unknown_data"] });
    else if (cased) permissions.push(...permissionsOfPolicy(cased, entityName, actions));
    permissions.push({ permission, elements: ["unknown_data"] });
  }
  return permissions;
}

/**
 * The roles of this configuration a `role_id` the gate cannot resolve may be: a loop or splat over the
 * configuration's roles, a module's output or a local in a plan, an id known only after apply (a role
 * this run creates). Those the expression names when it names any, else every role the configuration
 * defines. None for a literal id or a data source: those are roles defined elsewhere.
 */
function rolesItMayBe(
  inventory: Inventory,
  roleId: unknown,
  resolved: { resource?: GenesysResource; literal?: string },
): GenesysResource[] {
  if (resolved.resource || resolved.literal !== undefined || typeof roleId !== "string") return [];
  const roles = resourcesOfType(inventory, "genesyscloud_auth_role");
  const named = roles.filter((role) => roleId.includes(`${role.type}.${role.name}`));
  return named.length > 0 ? named : roles;
}

/**
 * What a role the gate cannot read may grant when it is granted to an API client: any permission, as the
 * built-in Master Admin or Admin role does, so it is read like the legacy `admin` permission (fail closed).
 */
function anyPermission(catalog: Catalog): RoleGrant["permissions"][number] {
  return {
    permission: "any permission (a role defined outside this configuration may grant every permission)",
    elements: scopeEntry(catalog, "all")?.data_elements ?? ["unknown_data"],
  };
}

/**
 * An unresolved expression that may still be a role defined elsewhere: it names a data source, a variable, a
 * local or a module's output (`var.admin ? data.genesyscloud_auth_role.a.id : genesyscloud_auth_role.v.id`,
 * `coalesce(var.role, …)`, `try(data.…, …)`). An iteration over this configuration's roles (`roles.value.id`
 * in a dynamic block, an id known only after apply) names none of these.
 */
const MAY_BE_OUTSIDE = /\b(?:data|var|local|module)\./;

/**
 * What one granted role can reach, read from the `genesyscloud_auth_role` it references. A role it cannot
 * read is unknown data for people (they sign in to Genesys with it); granted to an API client (`unseen:
 * "any"`), it may be any role, so it may grant any permission.
 */
export function readRoleGrant(
  inventory: Inventory,
  catalog: Catalog,
  unknowns: UnknownValue[],
  attribute: string,
  roleId: unknown,
  division: RoleGrant["division"],
  unseen: "unknown" | "any" = "unknown",
): RoleGrant {
  const resolved = resolveReference(inventory, roleId);
  const role =
    resolved.resource?.mode === "managed" && hasType(resolved.resource, "genesyscloud_auth_role")
      ? resolved.resource
      : undefined;
  const result: RoleGrant = {
    attribute,
    roleReference:
      resolved.address ??
      (resolved.literal !== undefined ? JSON.stringify(resolved.literal) : String(roleId ?? "") || "(missing role_id)"),
    roleAddress: resolved.address ?? (resolved.literal !== undefined ? JSON.stringify(resolved.literal) : undefined),
    visible: !!role,
    division,
    permissions: [],
  };
  if (role) {
    result.permissions.push(...permissionsOfRole(role, catalog, unknowns));
    return result;
  }
  unknowns.push({
    kind: "role",
    attribute: `${attribute}.role_id`,
    value: result.roleReference,
    reason: "is defined outside this configuration, so the permissions it grants cannot be read",
  });
  // Unresolved, it may still be one of this configuration's roles: what any of them grants is possible (fail closed).
  const candidates = rolesItMayBe(inventory, roleId, resolved);
  if (candidates.length > 0) {
    result.mayBe = candidates.map((candidate) => candidate.address);
    result.roleAddress = `${result.roleReference} (unresolved; it may be ${result.mayBe.join(" or ")})`;
    for (const candidate of candidates) result.permissions.push(...permissionsOfRole(candidate, catalog, unknowns));
  }
  // A literal id, a data source, or an expression that may take its value from outside the configuration's
  // roles may be a role defined elsewhere, Master Admin included.
  const outside = candidates.length === 0 || (typeof roleId === "string" && MAY_BE_OUTSIDE.test(roleId));
  if (unseen === "any" && outside) result.permissions.push(anyPermission(catalog));
  return result;
}

/** The data elements a set of grants reaches, with the grant as evidence. */
export function grantElements(grants: RoleGrant[]): ClassifiedElement[] {
  const elements: ClassifiedElement[] = [];
  for (const grant of grants) {
    const division = grant.division === "all" ? "all divisions" : `${grant.division} division`;
    for (const permission of grant.permissions) {
      for (const element of permission.elements) {
        elements.push({
          element,
          rule: ROLE_RULE,
          evidence: [`${grant.attribute} ${grant.roleAddress}: ${permission.permission} (${division})`],
        });
      }
    }
    if (!grant.visible)
      elements.push({
        element: "unknown_data",
        rule: "CLS-UNKNOWN",
        evidence: [`${grant.attribute}: role ${grant.roleReference} is not in this configuration`],
      });
  }
  return elements;
}
