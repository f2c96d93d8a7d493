import type { FakeGenesysOptions } from "./fake-genesys";

/**
 * The drift tests' org as Terraform: one reporting role and one OAuth client holding it in a
 * division. `division: "*"` widens the grant to every division, the change drift must never miss.
 */
export function reportingOrgTf(
  options: { division?: string; description?: string; tokenSeconds?: number } = {},
): string {
  const { division = "home", description, tokenSeconds = 3600 } = options;
  const describedAs = description === undefined ? "" : `\n  description = "${description}"`;
  return `provider "genesyscloud" {
  aws_region = "eu-west-1"
}

resource "genesyscloud_auth_role" "reader" {
  name        = "Reporting reader"${describedAs}
  permission_policies {
    domain      = "analytics"
    entity_name = "conversationAggregate"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "reporting" {
  name                          = "Reporting"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = ${tokenSeconds}
  roles {
    role_id     = genesyscloud_auth_role.reader.id
    division_id = "${division}"
  }
}
`;
}

/**
 * The listings the live reader reads (read-live-org.ts), as the Platform API gives them for an org of
 * `roles` and OAuth `clients` and nothing else: every other listing empty. The role objects are kept, not
 * copied, so that a test may change a role while the stand-in serves it.
 */
export function liveOrgListings(
  roles: Record<string, unknown>[],
  clients: Record<string, unknown>[],
): Pick<FakeGenesysOptions, "listings" | "cursorListings"> {
  return {
    listings: {
      "/api/v2/authorization/roles": roles,
      "/api/v2/oauth/clients": clients,
      "/api/v2/integrations": [],
      "/api/v2/integrations/actions": [],
      "/api/v2/recording/mediaretentionpolicies": [],
      "/api/v2/conversations/messaging/integrations/open": [],
      "/api/v2/outbound/contactlists": [],
      "/api/v2/routing/queues": [],
    },
    cursorListings: {
      "/api/v2/integrations/credentials/listing": [],
      "/api/v2/processautomation/triggers": [],
      "/api/v2/webdeployments/deployments": [],
      "/api/v2/webdeployments/configurations": [],
    },
  };
}
