import { transferViolations } from "../helpers";
import { declareRule } from "../rule";

export const TransferCountryKnown = declareRule({
  id: "GC-TRF-2",
  name: "TransferCountryKnown",
  target: "flow",
  severity: "High",
  description: "The country of every recipient of personal data is known.",
  rationale:
    "Whether Chapter V applies, and which safeguard is needed, depends on where the recipient is. An unknown country is never treated as domestic or adequate (GDPR Art. 44; Art. 30(1)(e)).",
  remediation: "Add the destination to the policy's allow-list with its ISO 3166 country.",
  check(flow, context) {
    return transferViolations(flow, context, "unknown");
  },
});
