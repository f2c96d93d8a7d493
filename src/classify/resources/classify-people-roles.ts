import { allBlocks } from "../../inventory/lookup";
import type { ResourceClassifier } from "./resource-classifier";
import type { UnknownValue } from "../model";
import { divisionsOf, grantElements, readRoleGrant } from "./role-grants";

/**
 * `genesyscloud_user_roles` and `genesyscloud_group_roles`: what the people given these roles can
 * read, from the same permission catalog as an OAuth client's roles.
 */
export const classifyPeopleRoles: ResourceClassifier = (resource, { inventory, catalog }) => {
  const unknowns: UnknownValue[] = [];
  const raw = resource.attributes.roles;
  const blocks = allBlocks(resource.attributes, "roles");
  const grants = blocks.map((grant, index) =>
    readRoleGrant(inventory, catalog, unknowns, `roles[${index}]`, grant.role_id, divisionsOf(grant.division_ids)),
  );
  const elements = grantElements(grants);
  // Roles given as an expression (a variable, a for expression the reader could not evaluate) may grant anything.
  const readable =
    raw === undefined ||
    (Array.isArray(raw) ? raw.every((item) => !!item && typeof item === "object") : !!raw && typeof raw === "object");
  if (!readable || (blocks.length === 0 && raw !== undefined && !(Array.isArray(raw) && raw.length === 0))) {
    unknowns.push({
      kind: "role",
      attribute: "roles",
      value: typeof raw === "string" ? raw : "roles",
      reason: "is not resolved before deployment, so the roles granted are unknown",
    });
    elements.push({ element: "unknown_data", rule: "CLS-UNKNOWN", evidence: ["roles cannot be read"] });
    grants.push({
      attribute: "roles",
      roleReference: typeof raw === "string" ? raw : "(unreadable roles)",
      visible: false,
      division: "unknown",
      permissions: [],
    });
  }
  return { address: resource.address, elements, unknowns, grants };
};
