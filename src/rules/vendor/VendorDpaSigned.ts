import { declareRule } from "../rule";
import { mismatch, vendorName, vendorView } from "./vendor-view";

export const VendorDpaSigned = declareRule({
  id: "GC-VEN-4",
  name: "VendorDpaSigned",
  target: "flow",
  severity: "Critical",
  description: "A vendor that processes the data on the controller's behalf has a signed data processing agreement.",
  rationale:
    "Processing by a processor must be governed by a contract with the content of GDPR Art. 28(3) before it starts.",
  remediation:
    "Sign the vendor's DPA and record its status and date in the vendor record (vendor_data_capability.dpa).",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.record) return [];
    const { status, date } = view.record.vendor_data_capability.dpa;
    const processor = view.record.responsibility.some((role) => role !== "Controller");
    if (status === "signed" || (status === "not_relevant" && !processor)) return [];
    const state =
      status === "in_progress"
        ? "is still being negotiated"
        : status === "none"
          ? "does not exist"
          : "is marked not relevant, but the vendor acts as a processor";
    return [
      mismatch(
        `the data processing agreement with ${vendorName(view)} ${state}${date ? ` (as of ${date})` : ""}`,
        flow.destination.attribute,
      ),
    ];
  },
});
