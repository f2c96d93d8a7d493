import type { RoleGrant } from "../classify/model";
import { elementNames, isCustomerData } from "./helpers";
import type { RuleContext, Violation } from "./rule";

/** One violation per granted permission that reaches customer data. */
export function customerDataGrants(grants: RoleGrant[], context: RuleContext): Violation[] {
  return grants.flatMap((grant) =>
    grant.permissions
      .filter((permission) => permission.elements.some((id) => id !== "unknown_data" && isCustomerData(context, id)))
      .map((permission) => ({
        attribute: `${grant.attribute}.role_id`,
        message: `role ${grant.roleAddress} grants ${permission.permission}, which reaches ${elementNames(
          context,
          permission.elements.filter((id) => isCustomerData(context, id)),
        )}`,
      })),
  );
}

/** One violation per grant of a personal-data (or unreadable) role in all divisions or an unresolved one. */
export function wideDivisionGrants(grants: RoleGrant[], divisionAttribute: string): Violation[] {
  return grants
    .filter(
      (grant) =>
        (grant.division === "all" || grant.division === "unknown") &&
        (!grant.visible || grant.permissions.some((p) => p.elements.length > 0)),
    )
    .map((grant) => ({
      attribute: `${grant.attribute}.${divisionAttribute}`,
      message:
        grant.division === "all"
          ? `role ${grant.roleReference} is granted in all divisions (${divisionAttribute} = "*")`
          : `role ${grant.roleReference} is granted in a division that is not resolved before deployment`,
    }));
}
