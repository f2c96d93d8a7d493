import { referencedAddresses } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

/** A work item schema: the customer fields every work item of its worktypes holds in Genesys. */
export const workitemSchemaSubject: SubjectBuilder = {
  pass: "owner",
  build: (schema, context) => ({
    kind: "resource",
    primary: schema,
    members: [schema],
    name: `Work item schema ${literalName(stringAt(schema.attributes, "name"), schema.name)}`,
    provider: providerFor(schema, context.inventory),
    flows: [
      {
        source: sourceOf(schema, context),
        destination: { name: "Genesys Cloud task management (same org)", kind: "genesys_org", vendor: "Genesys" },
        data_elements: elementsOf(context, schema.address),
        processing_nature: "Work items holding the schema's fields",
        frequency: "Continuous",
        via: schema.address,
      },
    ],
  }),
};

/** A worktype joins the DPIA of the schema its work items follow. */
export const worktypeSubject: SubjectBuilder = {
  pass: "standalone",
  build: (worktype, context) => ({
    kind: "resource",
    primary: worktype,
    members: [worktype],
    name: `Worktype ${literalName(stringAt(worktype.attributes, "name"), worktype.name)}`,
    provider: providerFor(worktype, context.inventory),
    flows: [
      {
        source: sourceOf(worktype, context),
        destination: { name: "Genesys Cloud task management (same org)", kind: "genesys_org", vendor: "Genesys" },
        data_elements: elementsOf(context, worktype.address),
        processing_nature: "Work items of the worktype",
        frequency: "Continuous",
        via: worktype.address,
      },
    ],
  }),
  join(worktype, _context, drafts) {
    const schema = referencedAddresses(worktype.attributes.schema_id)[0];
    const draft = schema ? drafts.find((candidate) => candidate.primary.address === schema) : undefined;
    return draft ? [{ draft, flows: [] }] : [];
  },
};
