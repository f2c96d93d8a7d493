import { declareRule } from "../rule";
import { elementNames } from "../helpers";

export const DataFlowDestinationKnown = declareRule({
  id: "GC-FLW-2",
  name: "DataFlowDestinationKnown",
  target: "flow",
  severity: "Critical",
  description: "No flow of personal data goes to a destination hidden behind a variable, a token or an unreadable URL.",
  rationale:
    "A DPIA must name the recipients of the data (GDPR Art. 35(7)(a), Art. 30(1)(d)) and each transfer needs a basis (Art. 44). A host set by a variable, a token or an environment value cannot be reviewed by anyone, so it is treated as the worst case: a transfer to an unknown recipient with no basis.",
  remediation:
    "Write the host literally in the URL template or the credential, and keep only the path or query dynamic.",
  check(flow, context) {
    const { destination } = flow;
    // What only the response returns comes from the destination: an unknown host learns nothing of it.
    const sent = flow.data_elements.filter((id) => !flow.received_only?.includes(id));
    if (destination.kind !== "unknown" || destination.unknownBecause === "unnamed" || sent.length === 0) return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `${elementNames(context, sent)} go to an unknown destination: ${flow.destination.unresolved ?? "it cannot be resolved"}`,
      },
    ];
  },
});
