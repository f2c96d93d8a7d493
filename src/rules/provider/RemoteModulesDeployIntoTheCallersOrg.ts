import type { ProviderConfig } from "../../inventory/model";
import { providerAddress } from "../../inventory/provider-address";
import { hasType } from "../../inventory/resource-type";
import { providerFor } from "../../flows/subjects/subject-context";
import { elementIdsOf, elementNames } from "../helpers";
import { declareRule } from "../rule";

/**
 * A configuration whose OAuth client (id and secret) or access token is written into a remote module: the module's
 * resources are created in whichever org that client belongs to, and the caller can neither choose nor override it
 * (Terraform refuses a `providers` entry for a name the module configures itself).
 */
function orgFixedByRemoteModule(provider: ProviderConfig | undefined): provider is ProviderConfig {
  return (
    provider?.module !== undefined && provider.module_source !== undefined && provider.credentials_written === true
  );
}

export const RemoteModulesDeployIntoTheCallersOrg = declareRule({
  id: "GC-PRV-5",
  name: "RemoteModulesDeployIntoTheCallersOrg",
  target: "subject",
  severity: "Critical",
  description:
    "Credentials and personal data the configuration deploys go to the org it deploys to, not to an org a remote module's own provider block fixes with a literal OAuth client.",
  rationale:
    "Terraform creates a module's resources with the provider configuration the module declares itself. When a module taken from a registry or a repository configures the provider with its own literal OAuth client, those resources, and the CRM credentials or personal data they hold, are created in whichever Genesys Cloud org owns that client: a recipient the controller neither names nor controls (GDPR Art. 5(1)(f), Art. 28, Art. 32).",
  remediation:
    "Remove the provider block from the module (fork it, or use a version without one) so that it inherits the caller's configuration, and rotate any credential already applied with it.",
  check(context) {
    return context.subject.members.flatMap((member) => {
      const provider = providerFor(member, context.inventory);
      if (!orgFixedByRemoteModule(provider)) return [];
      const elements = elementIdsOf(context, member.address);
      const credential = hasType(member, "genesyscloud_integration_credential");
      if (!credential && elements.length === 0) return [];
      const what = credential ? "the credential's secrets" : elementNames(context, elements);
      return [
        {
          resource: member.address,
          attribute: "provider",
          message: `${what} go to whichever Genesys Cloud org owns the OAuth client written into ${providerAddress(provider)} of ${provider.module_source}, not to the org this configuration deploys to`,
        },
      ];
    });
  },
});
