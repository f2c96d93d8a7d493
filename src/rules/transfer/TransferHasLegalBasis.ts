import { transferViolations } from "../helpers";
import { declareRule } from "../rule";

export const TransferHasLegalBasis = declareRule({
  id: "GC-TRF-1",
  name: "TransferHasLegalBasis",
  target: "flow",
  severity: "Critical",
  description:
    "Personal data sent to a country outside the org's jurisdiction rests on adequacy, the Data Privacy Framework, SCCs or BCRs.",
  rationale:
    "A transfer to a third country without an adequacy decision and without appropriate safeguards is unlawful (GDPR Art. 44-46; UK GDPR and the Swiss nFADP Art. 16 likewise). It is a hard stop, not a residual risk.",
  remediation:
    "Add the destination to the policy's allow-list with its transfer_mechanism (dpf for certified US recipients, scc with the module, bcr), or keep the data in the EEA.",
  check(flow, context) {
    return transferViolations(flow, context, "missing");
  },
});
