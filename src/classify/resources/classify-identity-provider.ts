import type { GenesysResource } from "../../inventory/model";
import type { ResourceClassification } from "../model";

const SSO_RULE = "CLS-SSO-TRUST";

/**
 * Single sign-on: the identity provider learns who signs in and when, and asserts who they are;
 * whoever controls it can sign in as any user and reach what that user's roles reach.
 */
export function classifyIdentityProvider(resource: GenesysResource): ResourceClassification {
  return {
    address: resource.address,
    elements: [
      {
        element: "employee_pii",
        rule: SSO_RULE,
        evidence: ["SAML sign-in: the users' identities (name id, email) and sign-in times"],
      },
    ],
    unknowns: [],
  };
}
