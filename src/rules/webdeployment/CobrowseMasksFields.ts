import { boolAt, firstBlock, stringListAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const CobrowseMasksFields = declareRule({
  id: "GC-WEB-2",
  name: "CobrowseMasksFields",
  target: "resource",
  resourceTypes: ["genesyscloud_webdeployments_configuration"],
  severity: "Medium",
  description:
    "Co-browse, when enabled, masks page elements (mask_selectors) so agents do not see what visitors type into sensitive fields.",
  rationale:
    "Without masking, agents see everything on the visitor's page, including card and account fields (GDPR Art. 25, PCI DSS Req. 3.4.1).",
  remediation: "List the selectors of payment, password and identity fields in cobrowse.mask_selectors.",
  check(resource) {
    const cobrowse = firstBlock(resource.attributes, "cobrowse");
    if (!cobrowse || boolAt(cobrowse, "enabled") !== true) return [];
    return stringListAt(cobrowse, "mask_selectors").length > 0
      ? []
      : [{ attribute: "cobrowse.mask_selectors", message: "co-browse is enabled with no masked fields" }];
  },
});
