import type { GenesysResource } from "../../inventory/model";
import type { ResourceClassification } from "../model";

const EMAIL_DOMAIN_RULE = "CLS-EMAIL-DOMAIN";

/** A domain's email is customers' email; with a custom SMTP server, every outbound email is relayed through it. */
export function classifyEmailDomain(resource: GenesysResource): ResourceClassification {
  const evidence =
    resource.attributes.custom_smtp_server_id === undefined
      ? ["the domain's inbound and outbound customer email"]
      : ["custom_smtp_server_id (every outbound email of the domain is relayed through it)"];
  return {
    address: resource.address,
    elements: [
      { element: "message_content", rule: EMAIL_DOMAIN_RULE, evidence },
      { element: "contact_pii", rule: EMAIL_DOMAIN_RULE, evidence },
    ],
    unknowns: [],
  };
}
