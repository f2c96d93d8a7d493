import { scopeEntry } from "../../catalog/lookup";
import type { Catalog } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { allBlocks, stringAt, stringListAt } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import type { ClassifiedElement, OAuthAccess, RoleGrant, UnknownValue } from "../model";
import type { ResourceClassifier } from "./resource-classifier";
import { divisionOf, grantElements, readRoleGrant } from "./role-grants";

const SCOPE_RULE = "CLS-SCOPE";
/** The provider's validator accepts these; SAML2BEARER is an undocumented spelling of SAML2-BEARER. */
const GRANT_TYPES = ["CODE", "TOKEN", "SAML2BEARER", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"];

function readRoleGrants(
  client: GenesysResource,
  inventory: Inventory,
  catalog: Catalog,
  unknowns: UnknownValue[],
): RoleGrant[] {
  return allBlocks(client.attributes, "roles").map((grant, index) =>
    readRoleGrant(inventory, catalog, unknowns, `roles[${index}]`, grant.role_id, divisionOf(grant.division_id), "any"),
  );
}

function readScopes(client: GenesysResource, catalog: Catalog, unknowns: UnknownValue[]): OAuthAccess["scopes"] {
  return stringListAt(client.attributes, "scopes").map((scope) => {
    const entry = hasUnresolved(scope) ? undefined : scopeEntry(catalog, scope);
    if (!entry) {
      unknowns.push({
        kind: "scope",
        attribute: "scopes",
        value: scope,
        reason: hasUnresolved(scope)
          ? "is not resolved before deployment"
          : "is not a Genesys Cloud scope the catalog knows",
      });
      // Not resolved before deployment, it may be any scope, the widest included (fail closed); a name the catalog
      // does not know stays unknown data.
      const any = hasUnresolved(scope) ? (scopeEntry(catalog, "all")?.data_elements ?? []) : [];
      return { scope, known: false, elements: [...any, "unknown_data"] };
    }
    return { scope, known: true, elements: entry.data_elements };
  });
}

/**
 * What an OAuth client can reach. Client-credentials clients are governed by their roles (in the
 * divisions granted); every other grant type by its scopes.
 */
export const classifyOAuthClient: ResourceClassifier = (client, { inventory, catalog }) => {
  const unknowns: UnknownValue[] = [];
  const configured = stringAt(client.attributes, "authorized_grant_type") ?? "";
  const grantType = configured.toUpperCase();
  const known = GRANT_TYPES.includes(grantType);
  if (!known) {
    const reason = hasUnresolved(configured)
      ? "is not resolved before deployment"
      : "is not a grant type the provider accepts";
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
    for (const element of scope.elements)
      elements.push({ element, rule: SCOPE_RULE, evidence: [`scopes: ${scope.scope}`] });
  }
  elements.push(...grantElements(access.grants));
  for (const unknown of unknowns.filter((u) => u.kind === "scope")) {
    elements.push({
      element: "unknown_data",
      rule: "CLS-UNKNOWN",
      evidence: [`scopes: ${unknown.value} ${unknown.reason}`],
    });
  }
  return { address: client.address, elements, unknowns, access };
};
