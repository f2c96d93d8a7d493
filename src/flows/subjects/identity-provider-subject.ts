import { stringAt } from "../../inventory/lookup";
import { entryFor, type ResourceType } from "../../inventory/resource-type";
import { RESOURCE_TYPES } from "../../inventory/resource-types";
import type { Destination } from "../model";
import { urlDestination } from "../url-destination";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/** Who runs each identity provider type; ADFS and generic SAML providers are run by the customer or someone it names. */
const VENDORS: Partial<Record<ResourceType, string>> = {
  genesyscloud_idp_okta: "Okta",
  genesyscloud_idp_gsuite: "Google",
  genesyscloud_idp_onelogin: "OneLogin",
  genesyscloud_idp_ping: "Ping Identity",
  genesyscloud_idp_salesforce: "Salesforce",
};

/**
 * The sign-in URL users are sent to (target_uri). The issuer is an identifier even when it looks
 * like a URL (Okta's is http://www.okta.com/...), so it never stands in for the sign-in host.
 */
function signInDestination(type: string, attributes: Record<string, unknown>): Destination {
  const target = stringAt(attributes, "target_uri");
  const vendor = entryFor(VENDORS, type);
  const recipient = `Identity provider${vendor ? ` (${vendor})` : ""}`;
  const destination = urlDestination(target, "target_uri", {}, recipient);
  if (target === undefined)
    return { ...destination, name: recipient, unresolved: "target_uri does not name where users sign in" };
  return vendor ? { ...destination, vendor } : destination;
}

/** A single sign-on trust: users' identities go to the identity provider, which decides who may sign in as whom. */
export const identityProviderSubject: SubjectBuilder = {
  pass: "standalone",
  build(idp, context) {
    const provider = providerFor(idp, context.inventory);
    const kind = idp.type.replace(/^genesyscloud_idp_/, "");
    return {
      kind: "resource",
      primary: idp,
      members: [idp],
      name: literalName(stringAt(idp.attributes, "name"), `single sign-on (${kind})`),
      provider,
      flows: [
        {
          source: sourceName(provider, context.catalog),
          destination: signInDestination(idp.type, idp.attributes),
          data_elements: elementsOf(context, idp.address),
          processing_nature: "Single sign-on of Genesys Cloud users (SAML)",
          frequency: "Per session",
          via: idp.address,
        },
      ],
    };
  },
};

/** Every single sign-on type of the provider (genesyscloud_idp_*), in the order of the schema. */
export const IDENTITY_PROVIDER_TYPES: readonly ResourceType[] = RESOURCE_TYPES.filter((type) =>
  type.startsWith("genesyscloud_idp_"),
);
