import { allBlocks, stringAt } from "../../inventory/lookup";
import { emailDestination } from "../email-destination";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/**
 * An email route whose replies are blind-copied: each copy is a flow of the customer's email to
 * the copied mailbox. Routing mail into a queue or flow stays in Genesys and needs no DPIA of its own.
 */
export const emailRouteSubject: SubjectBuilder = {
  pass: "standalone",
  build(route, context) {
    const copies = allBlocks(route.attributes, "auto_bcc");
    if (copies.length === 0) return undefined;
    const provider = providerFor(route, context.inventory);
    const source = sourceName(provider, context.catalog);
    const flows: DataFlow[] = copies.map((copy, index) => ({
      source,
      destination: emailDestination(stringAt(copy, "email"), `auto_bcc[${index}].email`, context.inventory, context.catalog, "Blind copy of every reply"),
      data_elements: elementsOf(context, route.address),
      processing_nature: "Automatic blind copy of outbound email replies",
      frequency: "Per interaction",
      via: route.address,
    }));
    const pattern = stringAt(route.attributes, "pattern");
    return { kind: "resource", primary: route, members: [route], name: literalName(pattern ? `email route ${pattern}` : undefined, `email route ${route.name}`), provider, flows };
  },
};
