import { scopeEntry } from "../../catalog/lookup";
import type { Catalog, PermissionDomain } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, resolveReference, stringAt, stringListAt } from "../../inventory/lookup";
import type { Inventory } from "../../inventory/model";
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
  return domain.personal_data
    .filter((entry) => entityName === "*" || entry.entity === entityName)
    .flatMap((entry) => {
      const actions = actionSet.includes("*")
        ? entry.actions
        : entry.actions.filter((action) => actionSet.includes(action));
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

/** What one granted role can reach, read from the `genesyscloud_auth_role` it references. */
export function readRoleGrant(
  inventory: Inventory,
  catalog: Catalog,
  unknowns: UnknownValue[],
  attribute: string,
  roleId: unknown,
  division: RoleGrant["division"],
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
    roleAddress: resolved.address,
    visible: !!role,
    division,
    permissions: [],
  };
  if (!role) {
    unknowns.push({
      kind: "role",
      attribute: `${attribute}.role_id`,
      value: result.roleReference,
      reason: "is defined outside this configuration, so the permissions it grants cannot be read",
    });
    return result;
  }
  if (stringListAt(role.attributes, "permissions").includes(LEGACY_ADMIN)) {
    result.permissions.push({
      permission: LEGACY_ADMIN,
      elements: scopeEntry(catalog, "all")?.data_elements ?? ["unknown_data"],
    });
  }
  for (const policy of allBlocks(role.attributes, "permission_policies")) {
    const domainName = stringAt(policy, "domain") ?? "";
    const entityName = stringAt(policy, "entity_name") ?? "*";
    const actions = stringListAt(policy, "action_set");
    const domain = catalog.permission_domains.find((entry) => entry.domain === domainName);
    if (!domain) {
      unknowns.push({
        kind: "permission_domain",
        attribute: `${role.address}.permission_policies`,
        value: domainName || "(unresolved)",
        reason: "is not a permission domain the catalog knows",
      });
      result.permissions.push({
        permission: `${domainName}:${entityName}:${actions.join(",")}`,
        elements: ["unknown_data"],
      });
      continue;
    }
    result.permissions.push(...permissionsOfPolicy(domain, entityName, actions));
  }
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
