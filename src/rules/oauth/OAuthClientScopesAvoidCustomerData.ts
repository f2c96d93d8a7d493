import { declareRule } from "../rule";
import { classificationOf, elementNames, isCustomerData } from "../helpers";

export const OAuthClientScopesAvoidCustomerData = declareRule({
  id: "GC-OAC-1",
  name: "OAuthClientScopesAvoidCustomerData",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "High",
  description: "An OAuth client's scopes do not reach customer personal data, recordings or transcripts.",
  rationale:
    "Scopes decide what an application acting for a user may read. Scopes such as conversations, recordings, analytics or external-contacts hand customer data, call audio and transcripts to the application's operator (GDPR Art. 5(1)(c), Art. 28, Art. 32).",
  remediation:
    "Grant only the scopes the application needs, prefer :readonly variants, and record the recipient as a processor.",
  check(resource, context) {
    const access = classificationOf(context, resource.address)?.access;
    return (access?.scopes ?? [])
      .filter((scope) => scope.known && scope.elements.some((id) => isCustomerData(context, id)))
      .map((scope) => ({
        attribute: "scopes",
        message: `scope "${scope.scope}" reaches ${elementNames(
          context,
          scope.elements.filter((id) => isCustomerData(context, id)),
        )}`,
      }));
  },
});
