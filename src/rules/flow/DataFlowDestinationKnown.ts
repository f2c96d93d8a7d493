import type { FlowRule } from "../rule";

export const DataFlowDestinationKnown: FlowRule = {
  id: "GC-FLW-2",
  name: "DataFlowDestinationKnown",
  target: "flow",
  severity: "High",
  description: "Every data flow's destination (URL host, AWS account and region) is known before deployment.",
  rationale:
    "A DPIA must name the recipients of the data (GDPR Art. 35(7)(a), Art. 30(1)(d)). A host or region set by a variable, a token or an environment value cannot be assessed and is never treated as safe.",
  remediation: "Write the host literally in the URL template or the credential, and keep only the path or query dynamic.",
  check(flow) {
    if (flow.destination.kind !== "unknown") return [];
    return [{ attribute: flow.destination.attribute, message: `the destination of ${flow.via} is unknown: ${flow.destination.unresolved ?? "it cannot be resolved"}` }];
  },
};
