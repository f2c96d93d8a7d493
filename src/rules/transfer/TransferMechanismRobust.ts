import { transferViolations } from "../helpers";
import { declareRule } from "../rule";

export const TransferMechanismRobust = declareRule({
  id: "GC-TRF-3",
  name: "TransferMechanismRobust",
  target: "flow",
  severity: "High",
  description:
    "No transfer rests on an Art. 49 derogation, on a partial adequacy decision not confirmed for the recipient, on a cloud provider's standard terms the controller has not confirmed for its own account, or on a regime this tool does not assess.",
  rationale:
    "Derogations are for occasional transfers, not for a contact centre's routine flows (EDPB Guidelines 2/2018); partial adequacy decisions (Canada, Japan, Korea, Israel, the US) cover only some recipients.",
  remediation:
    "Use SCCs or BCRs, declare in the allow-list that the recipient falls within the adequacy decision (transfer_mechanism: adequacy), or list the org's own cloud account with the mechanism its provider's terms give once confirmed (transfer_mechanism: scc or dpf).",
  check(flow, context) {
    return transferViolations(flow, context, "needs_review");
  },
});
