import type { GenesysResource } from "../../inventory/model";
import type { ResourceClassification } from "../model";

export const EMAIL_DOMAIN_RULE = "CLS-EMAIL-DOMAIN";

/** Outbound email of a domain with a custom SMTP server is relayed through that server. */
export function classifyEmailDomain(resource: GenesysResource): ResourceClassification {
  if (resource.attributes.custom_smtp_server_id === undefined) return { address: resource.address, elements: [], unknowns: [] };
  const evidence = ["custom_smtp_server_id (every outbound email of the domain is relayed through it)"];
  return {
    address: resource.address,
    elements: [
      { element: "message_content", rule: EMAIL_DOMAIN_RULE, evidence },
      { element: "contact_pii", rule: EMAIL_DOMAIN_RULE, evidence },
    ],
    unknowns: [],
  };
}
