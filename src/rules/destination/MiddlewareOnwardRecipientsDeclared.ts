import { declareRule } from "../rule";

export const MiddlewareOnwardRecipientsDeclared = declareRule({
  id: "GC-MID-1",
  name: "MiddlewareOnwardRecipientsDeclared",
  target: "flow",
  severity: "Medium",
  description:
    "When personal data goes to middleware (a Lambda, an event bus, an iPaaS, a function), the allow-list names its onward recipients.",
  rationale:
    "Middleware hides the final recipient: the DPIA would name the pipe, not the company that ends up with the data, and onward transfers must meet Chapter V too (GDPR Art. 44).",
  remediation: "Add onward_recipients (name, country, transfer_mechanism) to the destination's allow-list entry.",
  check(flow) {
    const destination = flow.destination;
    if (
      !destination.middleware ||
      flow.data_elements.length === 0 ||
      (destination.approval?.onward_recipients?.length ?? 0) > 0
    )
      return [];
    return [
      {
        attribute: destination.attribute,
        message: `the final recipient behind ${destination.name} is not visible (${destination.middleware}); name the onward recipients`,
      },
    ];
  },
});
