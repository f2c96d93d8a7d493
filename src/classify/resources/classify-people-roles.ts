import { allBlocks } from "../../inventory/lookup";
import type { ResourceClassifier } from "./resource-classifier";
import type { UnknownValue } from "../model";
import { divisionsOf, grantElements, readRoleGrant } from "./role-grants";

/**
 * `genesyscloud_user_roles` and `genesyscloud_group_roles`: what the people given these roles can
 * read, from the same permission catalog as an OAuth client's roles.
 */
export const classifyPeopleRoles: ResourceClassifier = (resource, inventory, catalog) => {
  const unknowns: UnknownValue[] = [];
  const grants = allBlocks(resource.attributes, "roles").map((grant, index) =>
    readRoleGrant(inventory, catalog, unknowns, `roles[${index}]`, grant.role_id, divisionsOf(grant.division_ids)),
  );
  return { address: resource.address, elements: grantElements(grants), unknowns, grants };
};
