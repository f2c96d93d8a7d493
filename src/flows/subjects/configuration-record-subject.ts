import { referencedAddresses } from "../../inventory/expressions";
import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

/** The flow of personal data written into the configuration: it lives on in the repository, plans and state. */
function intoConfiguration(resource: GenesysResource, context: SubjectContext, nature: string): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination: {
      name: "Terraform configuration and state (personal data written into infrastructure code)",
      kind: "configuration",
    },
    data_elements: elementsOf(context, resource.address),
    processing_nature: nature,
    frequency: "Continuous",
    via: resource.address,
  };
}

/** A record kept in code (an employee, a data-table row): a DPIA per record, or per group the caller names. */
function configurationRecordSubject(options: {
  nature: string;
  nameOf: (resource: GenesysResource) => string;
  groupOf?: (resource: GenesysResource) => string | undefined;
  /** The resource the records belong to (a row's data table), assessed with them. */
  containerOf?: (resource: GenesysResource, context: SubjectContext) => GenesysResource | undefined;
}): SubjectBuilder {
  return {
    pass: "standalone",
    build(resource, context) {
      const container = options.containerOf?.(resource, context);
      return {
        kind: "resource",
        primary: resource,
        members: container ? [resource, container] : [resource],
        name: options.nameOf(resource),
        provider: providerFor(resource, context.inventory),
        flows: [intoConfiguration(resource, context, options.nature)],
      };
    },
    join(resource, context, drafts) {
      const group = options.groupOf?.(resource);
      if (!group) return [];
      const draft = drafts.find(
        (candidate) =>
          candidate.primary.type === resource.type &&
          options.groupOf!(candidate.primary) === group &&
          candidate.provider === providerFor(resource, context.inventory),
      );
      return draft ? [{ draft, flows: [intoConfiguration(resource, context, options.nature)] }] : [];
    },
  };
}

export const userSubject = configurationRecordSubject({
  nature: "Employee record managed in infrastructure code",
  // The resource's label, never the person's name: a DPIA's title is printed everywhere.
  nameOf: (user) => `Employee record ${user.name}`,
});

export const datatableRowSubject = configurationRecordSubject({
  nature: "Data-table rows managed in infrastructure code",
  nameOf: (row) =>
    `Rows of data table ${referencedAddresses(row.attributes.datatable_id)[0] ?? literalName(stringAt(row.attributes, "datatable_id"), row.name)}`,
  groupOf: (row) => stringAt(row.attributes, "datatable_id"),
  containerOf: (row, context) => {
    const table = resolveReference(context.inventory, row.attributes.datatable_id).resource;
    return hasType(table, "genesyscloud_architect_datatable") ? table : undefined;
  },
});

export const workitemSubject = configurationRecordSubject({
  nature: "Work items managed in infrastructure code",
  nameOf: (item) => `Work item ${item.name}`,
});
