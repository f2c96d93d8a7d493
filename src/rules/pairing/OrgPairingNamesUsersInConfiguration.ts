import { resolveReference, stringListAt } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { hasType, type ResourceType } from "../../inventory/resource-type";

const DEFINED_AS: Record<string, ResourceType> = { user_ids: "genesyscloud_user", group_ids: "genesyscloud_group" };

export const OrgPairingNamesUsersInConfiguration = declareRule({
  id: "GC-PAIR-1",
  name: "OrgPairingNamesUsersInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_orgauthorization_pairing"],
  severity: "High",
  description:
    "An org-authorization pairing names the users and groups who get cross-org access as resources defined in the same configuration.",
  rationale:
    "A pairing lets people act in another organisation's Genesys Cloud; who they are must be reviewable in the change itself (GDPR Art. 32(4), Art. 35(7)(a)). Ids typed in or set by variables cannot be reviewed.",
  remediation:
    "Reference genesyscloud_user and genesyscloud_group resources of this configuration in user_ids and group_ids, and record the partner org and its roles in the DPIA.",
  check(resource, context) {
    return Object.entries(DEFINED_AS).flatMap(([attribute, type]) =>
      stringListAt(resource.attributes, attribute)
        .map((value, index) => ({ index, target: resolveReference(context.inventory, value).resource }))
        .filter(({ target }) => !hasType(target, type))
        .map(({ index }) => ({
          attribute: `${attribute}[${index}]`,
          message: `${attribute}[${index}] is not a ${type} defined in this configuration`,
        })),
    );
  },
});
