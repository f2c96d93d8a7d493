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
