import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const IntegrationTypeRecognised = declareRule({
  id: "GC-INT-1",
  name: "IntegrationTypeRecognised",
  target: "resource",
  resourceTypes: ["genesyscloud_integration"],
  severity: "High",
  description:
    "An integration's integration_type is a literal type the catalog knows, and its config properties can be read.",
  rationale:
    "The type decides who receives the data. The provider does not validate it; an unknown type is treated as sending unknown data to an unknown recipient (fail closed).",
  remediation:
    "Use a documented type id (e.g. custom-rest-actions) or describe the type in the policy's integration_types.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "integration_type", "properties").map((unknown) => ({
      attribute: unknown.attribute,
      message: `${unknown.kind === "integration_type" ? `integration type "${unknown.value}"` : unknown.value} ${unknown.reason}`,
    }));
  },
});
