import { emailDestination } from "../../flows/email-destination";
import { allBlocks, stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const EmailRouteBlindCopiesStayInGenesys = declareRule({
  id: "GC-EML-1",
  name: "EmailRouteBlindCopiesStayInGenesys",
  target: "resource",
  resourceTypes: ["genesyscloud_routing_email_route"],
  severity: "Medium",
  description: "An email route blind-copies replies only to Genesys Cloud mailboxes (the org's routing subdomains).",
  rationale:
    "auto_bcc sends a hidden copy of every reply, with the customer's whole email thread, to a mailbox the customer is not told about; outside Genesys it goes to whoever receives mail for that domain, which the configuration cannot show (GDPR Art. 5(1)(a) transparency, Art. 13(1)(e), Art. 28).",
  remediation:
    "Copy replies to a routing subdomain of the org in Genesys Cloud, or remove auto_bcc and keep replies with recording and retention policies; a copy to your own mail domain must also be on the allow-list.",
  check(resource, context) {
    return allBlocks(resource.attributes, "auto_bcc").flatMap((copy, index) => {
      const attribute = `auto_bcc[${index}].email`;
      const destination = emailDestination(
        stringAt(copy, "email"),
        attribute,
        context.inventory,
        context.catalog,
        "Blind copy",
      );
      if (destination.kind === "genesys_org") return [];
      const where = destination.url
        ? `a mailbox at ${destination.url.host}`
        : `a mailbox that cannot be read (${destination.unresolved})`;
      return [{ attribute, message: `every reply is blind-copied to ${where}, outside Genesys Cloud` }];
    });
  },
});
