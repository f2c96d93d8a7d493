import { stringListAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ResourceClassification } from "../model";

const PAIRING_RULE = "CLS-ORG-PAIRING";

/**
 * A pairing sets up a trust between two Genesys Cloud orgs for the users and groups it names.
 * The people shared are known; what they may read is granted in the trusting org, outside this
 * configuration, and is recorded as unresolved for the DPO to complete.
 */
export function classifyOrgPairing(resource: GenesysResource): ResourceClassification {
  const named = ["user_ids", "group_ids"].filter((key) => stringListAt(resource.attributes, key).length > 0);
  return {
    address: resource.address,
    elements: [
      {
        element: "employee_pii",
        rule: PAIRING_RULE,
        evidence:
          named.length > 0
            ? named.map((key) => `${key} (the users and groups shared with the other org)`)
            : ["the users and groups shared with the other org"],
      },
    ],
    unknowns: [
      {
        kind: "role",
        attribute: "user_ids",
        value: "cross-org trust",
        reason: "the roles and divisions granted across the trust are not in this configuration",
      },
    ],
  };
}
