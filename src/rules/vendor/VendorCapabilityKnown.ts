import { declareRule } from "../rule";
import { vendorView } from "./vendor-view";

export const VendorCapabilityKnown = declareRule({
  id: "GC-VEN-1",
  name: "VendorCapabilityKnown",
  target: "flow",
  severity: "High",
  description:
    "The vendor receiving personal data has a vendor capability record (retention, deletion, DPA, sub-processors) that could be read.",
  rationale:
    "Without knowing how long the recipient keeps the data, whether it can erase it and who it passes it to, the DPIA cannot assess storage limitation, erasure or onward transfers (GDPR Art. 28(1), 35(7)(c)).",
  remediation:
    "Add the vendor's record to the policy's vendors.records, the vendor-risk API or fides (with the vendor_data_capability extension), or make the source reachable.",
  check(flow, context) {
    const view = vendorView(flow, context);
    // Only a source that answered can say it knows no vendor; no answer is GC-VEN-8 (exit 2 by default).
    if (view?.lookup?.status !== "not_found") return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `vendor capability of ${view.host} is unknown: no vendor record names ${view.host} (asked ${view.lookup.source})`,
      },
    ];
  },
});
