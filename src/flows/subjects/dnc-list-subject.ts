import { parseTemplate } from "../../inventory/expressions";
import { allBlocks, stringAt, stringListAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow, Destination } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/** External do-not-call services: the campaign's phone numbers are checked against them. */
const SERVICES: Record<string, { name: string; vendor: string; attribute: string }> = {
  "dnc.com": { name: "DNC.com do-not-call scrubbing service", vendor: "DNC.com", attribute: "login_id" },
  gryphon: {
    name: "Gryphon Networks do-not-call compliance service",
    vendor: "Gryphon Networks",
    attribute: "license_id",
  },
};
const INTERNAL = new Set(["rds", "rds_custom"]);

function listDestination(list: GenesysResource): Destination {
  const type = stringAt(list.attributes, "dnc_source_type") ?? "";
  const service = SERVICES[type.toLowerCase()];
  if (service)
    return {
      name: `${service.name} (${service.vendor})`,
      kind: "third_party",
      attribute: service.attribute,
      vendor: service.vendor,
    };
  if (INTERNAL.has(type.toLowerCase()))
    return {
      name: "Genesys Cloud do-not-call list (this org)",
      kind: "genesys_org",
      vendor: "Genesys",
      attribute: "dnc_source_type",
    };
  const expression = parseTemplate(type).some((part) => part.kind !== "literal");
  return {
    name: "Unknown do-not-call source",
    kind: "unknown",
    attribute: "dnc_source_type",
    unresolved: expression
      ? "dnc_source_type is not resolved before deployment"
      : `dnc_source_type "${type}" is not a source the gate knows (rds, rds_custom, dnc.com, gryphon)`,
    unknownBecause: expression ? "expression" : "unparseable",
  };
}

/** A do-not-call list: kept by Genesys, or checked against an external service; numbers written into the code are a flow of their own. */
export const dncListSubject: SubjectBuilder = {
  pass: "standalone",
  build(list, context) {
    const provider = providerFor(list, context.inventory);
    const source = sourceName(provider, context.catalog);
    const flows: DataFlow[] = [
      {
        source,
        destination: listDestination(list),
        data_elements: elementsOf(context, list.address),
        processing_nature: "Do-not-call list checked before dialing",
        frequency: "Per interaction",
        via: list.address,
      },
    ];
    if (allBlocks(list.attributes, "entries").some((entry) => stringListAt(entry, "phone_numbers").length > 0)) {
      flows.push({
        source,
        destination: {
          name: "Terraform configuration and state (phone numbers written into infrastructure code)",
          kind: "configuration",
          attribute: "entries",
        },
        data_elements: ["contact_pii"],
        processing_nature: "Do-not-call phone numbers kept in infrastructure code",
        frequency: "Continuous",
        via: list.address,
      });
    }
    return {
      kind: "resource",
      primary: list,
      members: [list],
      name: literalName(stringAt(list.attributes, "name"), list.name),
      provider,
      flows,
    };
  },
};
