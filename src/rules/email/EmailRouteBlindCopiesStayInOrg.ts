import { emailDestination } from "../../flows/email-destination";
import { orgMailDomains } from "../../flows/subjects/email-domains";
import { allBlocks, stringAt } from "../../inventory/lookup";
import type { ResourceRule } from "../rule";

export const EmailRouteBlindCopiesStayInOrg: ResourceRule = {
  id: "GC-EML-1",
  name: "EmailRouteBlindCopiesStayInOrg",
  target: "resource",
  resourceTypes: ["genesyscloud_routing_email_route"],
  severity: "Medium",
  description: "An email route blind-copies replies only to mailboxes on the org's own routing domains.",
  rationale:
    "auto_bcc sends a hidden copy of every reply, with the customer's whole email thread, to a mailbox the customer is not told about; outside the org it is a disclosure to another recipient (GDPR Art. 5(1)(a) transparency, Art. 13(1)(e), Art. 28).",
  remediation: "Copy replies to a mailbox on a routing domain of the org, or remove auto_bcc and use recording and retention policies to keep replies.",
  check(resource, context) {
    const own = orgMailDomains(context.inventory);
    return allBlocks(resource.attributes, "auto_bcc").flatMap((copy, index) => {
      const attribute = `auto_bcc[${index}].email`;
      const destination = emailDestination(stringAt(copy, "email"), attribute, own, context.catalog, "Blind copy");
      if (destination.kind === "genesys_org") return [];
      const where = destination.url ? `a mailbox at ${destination.url.host}` : `a mailbox that cannot be read (${destination.unresolved})`;
      return [{ attribute, message: `every reply is blind-copied to ${where}, outside the org's routing domains` }];
    });
  },
};
