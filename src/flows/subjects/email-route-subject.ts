import { allBlocks, stringAt } from "../../inventory/lookup";
import { emailDestination } from "../email-destination";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/**
 * An email route: customers' email routed to a queue or flow inside Genesys, and, when replies are
 * blind-copied, a flow of the customer's email to each copied mailbox.
 */
export const emailRouteSubject: SubjectBuilder = {
  pass: "standalone",
  build(route, context) {
    const copies = allBlocks(route.attributes, "auto_bcc");
    const provider = providerFor(route, context.inventory);
    const source = sourceName(provider, context.catalog);
    const routing: DataFlow = {
      source,
      destination: {
        name: "Genesys Cloud email routing (this org)",
        kind: "genesys_org",
        vendor: "Genesys",
        attribute: route.attributes.flow_id !== undefined ? "flow_id" : "queue_id",
      },
      data_elements: elementsOf(context, route.address),
      processing_nature: "Inbound customer email routed to a queue or flow",
      frequency: "Per interaction",
      via: route.address,
    };
    const flows: DataFlow[] = copies.map((copy, index) => ({
      source,
      destination: emailDestination(
        stringAt(copy, "email"),
        `auto_bcc[${index}].email`,
        context.inventory,
        context.catalog,
        "Blind copy of every reply",
      ),
      data_elements: elementsOf(context, route.address),
      processing_nature: "Automatic blind copy of outbound email replies",
      frequency: "Per interaction",
      via: route.address,
    }));
    const pattern = stringAt(route.attributes, "pattern");
    return {
      kind: "resource",
      primary: route,
      members: [route],
      name: literalName(pattern ? `email route ${pattern}` : undefined, `email route ${route.name}`),
      provider,
      flows: [routing, ...flows],
    };
  },
};
