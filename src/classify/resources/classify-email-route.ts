import { allBlocks } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ResourceClassification } from "../model";

const EMAIL_ROUTE_RULE = "CLS-EMAIL-ROUTE";

/** An email route carries customers' emails and the agents' replies; blind copies duplicate them. */
export function classifyEmailRoute(resource: GenesysResource): ResourceClassification {
  const copies = allBlocks(resource.attributes, "auto_bcc").length;
  const evidence = [
    "inbound customer email and its replies",
    ...(copies > 0 ? [`auto_bcc (${copies} blind cop${copies === 1 ? "y" : "ies"} of every reply)`] : []),
  ];
  return {
    address: resource.address,
    elements: [
      { element: "message_content", rule: EMAIL_ROUTE_RULE, evidence },
      { element: "contact_pii", rule: EMAIL_ROUTE_RULE, evidence: ["the customer's email address and name"] },
    ],
    unknowns: [],
  };
}
