import { resolveReference, resourcesOfType, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName, type SubjectContext } from "./subject-context";

function refersTo(resource: GenesysResource, attribute: string, address: string, context: SubjectContext): boolean {
  return resolveReference(context.inventory, resource.attributes[attribute]).address === address;
}

/** A contact written into the configuration: it lives in the repository, plans and state. */
function contactRecordFlow(contact: GenesysResource, source: string, context: SubjectContext): DataFlow {
  return {
    source,
    destination: {
      name: "Terraform configuration and state (contact records written into infrastructure code)",
      kind: "configuration",
      attribute: "data",
    },
    data_elements: elementsOf(context, contact.address),
    processing_nature: "Outbound contact record kept in infrastructure code",
    frequency: "Continuous",
    via: contact.address,
  };
}

/**
 * An outbound contact list (or template) with the filters that select from it and the contacts
 * the configuration adds to it; a contacts file imported from the repository is a flow of its own.
 */
export const contactListSubject: SubjectBuilder = {
  pass: "owner",
  build(list, context) {
    const provider = providerFor(list, context.inventory);
    const source = sourceName(provider, context.catalog);
    const filterAttribute = hasType(list, "genesyscloud_outbound_contact_list")
      ? "contact_list_id"
      : "contact_list_template_id";
    const filters = resourcesOfType(context.inventory, "genesyscloud_outbound_contactlistfilter").filter((resource) =>
      refersTo(resource, filterAttribute, list.address, context),
    );
    const contacts = hasType(list, "genesyscloud_outbound_contact_list")
      ? resourcesOfType(context.inventory, "genesyscloud_outbound_contact_list_contact").filter((resource) =>
          refersTo(resource, "contact_list_id", list.address, context),
        )
      : [];
    const flows: DataFlow[] = [
      {
        source,
        destination: {
          name: "Genesys Cloud outbound dialing (this org)",
          kind: "genesys_org",
          vendor: "Genesys",
          attribute: "column_names",
        },
        data_elements: elementsOf(context, list.address),
        processing_nature: hasType(list, "genesyscloud_outbound_contact_list")
          ? "Outbound campaign contact list"
          : "Outbound contact list template",
        frequency: "Continuous",
        via: list.address,
      },
    ];
    const file = stringAt(list.attributes, "contacts_filepath");
    if (file !== undefined) {
      flows.push({
        source,
        destination: {
          name: "Contacts file imported from the machine running Terraform (contacts_filepath)",
          kind: "configuration",
          attribute: "contacts_filepath",
        },
        data_elements: elementsOf(context, list.address),
        processing_nature: "Contacts imported from a CSV file kept with the infrastructure code",
        frequency: "Batch",
        via: list.address,
      });
    }
    flows.push(...contacts.map((contact) => contactRecordFlow(contact, source, context)));
    return {
      kind: "resource",
      primary: list,
      members: [list, ...filters, ...contacts],
      name: literalName(stringAt(list.attributes, "name"), list.name),
      provider,
      flows,
    };
  },
};

/** A contact whose list is outside the configuration still puts a person's data into the code. */
export const contactListContactSubject: SubjectBuilder = {
  pass: "standalone",
  build(contact, context) {
    const provider = providerFor(contact, context.inventory);
    return {
      kind: "resource",
      primary: contact,
      members: [contact],
      name: `outbound contact ${contact.name}`,
      provider,
      flows: [contactRecordFlow(contact, sourceName(provider, context.catalog), context)],
    };
  },
};
