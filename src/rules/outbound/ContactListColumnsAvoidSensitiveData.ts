import { declareRule } from "../rule";
import { elementIdsOf, elementNames, isTopCategory } from "../helpers";

export const ContactListColumnsAvoidSensitiveData = declareRule({
  id: "GC-OUT-2",
  name: "ContactListColumnsAvoidSensitiveData",
  target: "resource",
  resourceTypes: [
    "genesyscloud_outbound_contact_list",
    "genesyscloud_outbound_contact_list_template",
    "genesyscloud_outbound_contact_list_contact",
    "genesyscloud_outbound_ruleset",
    "genesyscloud_outbound_digitalruleset",
  ],
  severity: "High",
  description:
    "Outbound contact lists do not carry card data, health or other special-category data, or criminal-offence data in their columns.",
  rationale:
    "Dialing campaigns put every column in front of agents and into scripts and data actions; Art. 9 and Art. 10 data need an explicit condition and card data is in PCI DSS scope (GDPR Art. 9(2), Art. 10; PCI DSS v4.0 Req. 3).",
  remediation:
    "Drop the column, or keep the data in the system of record and look it up only when needed; record the Art. 9(2) condition in the DPIA if it must stay.",
  check(resource, context) {
    const sensitive = elementIdsOf(context, resource.address)
      .filter((id) => isTopCategory(context, id))
      .sort();
    return sensitive.length === 0
      ? []
      : [
          {
            attribute: resource.type.includes("ruleset")
              ? "rules"
              : resource.type.endsWith("_contact")
                ? "data"
                : "column_names",
            message: `columns hold ${elementNames(context, sensitive)}`,
          },
        ];
  },
});
