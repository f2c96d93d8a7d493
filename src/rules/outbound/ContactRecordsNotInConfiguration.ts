import { allBlocks, stringAt, stringListAt } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { hasType } from "../../inventory/resource-type";

export const ContactRecordsNotInConfiguration = declareRule({
  id: "GC-OUT-1",
  name: "ContactRecordsNotInConfiguration",
  target: "resource",
  resourceTypes: [
    "genesyscloud_outbound_contact_list_contact",
    "genesyscloud_outbound_contact_list",
    "genesyscloud_outbound_dnclist",
  ],
  severity: "High",
  description:
    "Outbound contacts, contact files and do-not-call numbers are loaded into Genesys, not written into infrastructure code.",
  rationale:
    "Names and phone numbers in Terraform live on in the repository history, plan files and state, outside any retention or erasure process; a person who asks to be erased stays in every clone (GDPR Art. 5(1)(e), Art. 17).",
  remediation:
    "Import contacts and do-not-call numbers through the Genesys API or a contact list import job from a controlled location; keep only the list's structure (columns) in code.",
  check(resource) {
    if (hasType(resource, "genesyscloud_outbound_contact_list_contact")) {
      const data = resource.attributes.data;
      const columns =
        data && typeof data === "object" && !Array.isArray(data)
          ? Object.keys(data as Record<string, unknown>).length
          : 0;
      return [
        {
          attribute: "data",
          message:
            columns > 0
              ? `an outbound contact record with ${columns} column${columns === 1 ? "" : "s"} is written into the configuration`
              : "an outbound contact record is set from the configuration",
        },
      ];
    }
    if (hasType(resource, "genesyscloud_outbound_contact_list")) {
      return stringAt(resource.attributes, "contacts_filepath") !== undefined
        ? [
            {
              attribute: "contacts_filepath",
              message: "contacts are imported from a file kept with the infrastructure code",
            },
          ]
        : [];
    }
    const numbers = allBlocks(resource.attributes, "entries").reduce(
      (sum, entry) => sum + stringListAt(entry, "phone_numbers").length,
      0,
    );
    return numbers > 0
      ? [
          {
            attribute: "entries",
            message: `${numbers} do-not-call phone number${numbers === 1 ? " is" : "s are"} written into the configuration`,
          },
        ]
      : [];
  },
});
