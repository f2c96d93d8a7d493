import { numberAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const OAuthClientTokenLifetimeBounded = declareRule({
  id: "GC-OAC-5",
  name: "OAuthClientTokenLifetimeBounded",
  target: "resource",
  resourceTypes: ["genesyscloud_oauth_client"],
  severity: "Medium",
  description: "An OAuth client's access tokens live no longer than the policy allows (default 24 hours).",
  rationale:
    "A stolen bearer token works until it expires; very long lifetimes (the provider allows up to 450 days) turn a leak into months of access to whatever the client can read (GDPR Art. 32).",
  remediation: "Lower access_token_validity_seconds to the policy maximum or less; clients can request new tokens.",
  check(resource, context) {
    const value = numberAt(resource.attributes, "access_token_validity_seconds");
    const limit = context.thresholds.max_token_lifetime_seconds;
    if (value === "unknown")
      return [
        {
          attribute: "access_token_validity_seconds",
          message: "access_token_validity_seconds is not resolved before deployment",
        },
      ];
    if (value !== undefined && value > limit) {
      return [
        {
          attribute: "access_token_validity_seconds",
          message: `tokens live ${value} seconds (${Math.round(value / 3600)} h), more than the ${limit} seconds the policy allows`,
        },
      ];
    }
    return [];
  },
});
