import { declareRule } from "../rule";

export const CallDestinationKnown = declareRule({
  id: "GC-FLW-4",
  name: "CallDestinationKnown",
  target: "flow",
  severity: "High",
  description:
    "Every destination is named: calls without personal data (token requests) go to known hosts, and an integration's recipients are defined with it.",
  rationale:
    "Credentials and tokens travel with every call; sent to an unresolved host they may reach anyone (GDPR Art. 32). An integration whose actions are defined elsewhere (in the UI, another stack) has recipients this DPIA cannot name (Art. 35(7)(a)).",
  remediation:
    "Write the host literally (URL template, credential loginUrl or baseUrl) and define the integration's actions in the same configuration.",
  check(flow) {
    if (
      flow.destination.kind !== "unknown" ||
      (flow.data_elements.length > 0 && flow.destination.unknownBecause !== "unnamed")
    )
      return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `the destination of ${flow.via} is unknown: ${flow.destination.unresolved ?? "it cannot be resolved"}`,
      },
    ];
  },
});
