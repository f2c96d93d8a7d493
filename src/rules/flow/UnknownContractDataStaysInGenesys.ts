import { integrationType } from "../../catalog/lookup";
import type { DataFlow } from "../../flows/model";
import { stringAt } from "../../inventory/lookup";
import { hasType } from "../../inventory/resource-type";
import { declareRule, type RuleContext } from "../rule";
import { unknownsOf } from "../helpers";

/**
 * An integration of a type the catalog does not know, whose properties name the host it sends to: fail closed, as for
 * a resource type it does not know. With no host named, the recipient is one the DPIA must name (GC-FLW-4).
 */
function unknownIntegrationTo(flow: DataFlow, context: RuleContext): boolean {
  const { primary } = context.subject;
  return (
    flow.destination.kind === "third_party" &&
    hasType(primary, "genesyscloud_integration") &&
    !integrationType(context.catalog, stringAt(primary.attributes, "integration_type") ?? "")
  );
}

export const UnknownContractDataStaysInGenesys = declareRule({
  id: "GC-FLW-5",
  name: "UnknownContractDataStaysInGenesys",
  target: "flow",
  severity: "Critical",
  description:
    "No data action whose contracts cannot be evaluated, or that forwards whole an input contract declaring no property, and no resource of a type the catalog does not know, sends data outside Genesys Cloud.",
  rationale:
    "What the gate cannot read may be anything the action can carry, card numbers and Art. 9 data included, so it is rated as the most sensitive data such an action can carry (fail closed): never lower than the same contract written out, which GC-FLW-1 would block. A merge(), a conditional, a for expression, a missing file(), a CDKTF token or a local, a remote $ref, or an object that names no property forwarded by ${input.rawRequest} all hide what is sent. This holds whether or not the destination is on the allow-list: approving a recipient is not knowing what it receives.",
  remediation:
    "Write the contracts out as literal JSON Schemas (jsonencode of a literal object, JSON.stringify in CDKTF), use only local $refs, declare the input's properties (with additionalProperties: false) or build the request body from named fields instead of ${input.rawRequest}.",
  check(flow, context) {
    if (flow.destination.kind === "genesys_org") return [];
    // A resource type the catalog does not know sends what it sends: fail closed, as for a contract.
    if (
      (context.subject.assessedFrom === "unknown_type" || unknownIntegrationTo(flow, context)) &&
      flow.data_elements.includes("unknown_data")
    )
      return [
        {
          ...(flow.destination.attribute ? { attribute: flow.destination.attribute } : {}),
          message: `${context.subject.assessedFrom === "unknown_type" ? `${context.subject.primary.type} is a resource type` : `integration type ${JSON.stringify(stringAt(context.subject.primary.attributes, "integration_type"))} is one`} the catalog does not know, so what it sends to ${flow.destination.name} is unknown; it is rated as the most sensitive data a resource can carry`,
        },
      ];
    const unknowns = unknownsOf(context, flow.via, "contract", "undeclared_contract");
    if (unknowns.length === 0) return [];
    const what = [...new Set(unknowns.map((unknown) => unknown.attribute))].sort().join(" and ");
    return [
      {
        attribute: unknowns[0]!.attribute,
        message: `the data described by ${what} is unknown and flows to ${flow.destination.name}; it is rated as the most sensitive data an action can carry`,
      },
    ];
  },
});
