import { declareRule, type Violation } from "../rule";
import { thirdPartyRecipient } from "./third-party-recipient";
import { vendorView } from "./vendor-view";

export const VendorCapabilityKnown = declareRule({
  id: "GC-VEN-1",
  name: "VendorCapabilityKnown",
  target: "flow",
  severity: "High",
  description:
    "The third party receiving personal data has a vendor capability record (retention, deletion, DPA, sub-processors) that could be read.",
  rationale:
    "Without knowing how long the recipient keeps the data, whether it can erase it and who it passes it to, the DPIA cannot assess storage limitation, erasure or onward transfers (GDPR Art. 28(1), 35(7)(c)). With no vendor source configured nothing was compared, and the DPIA must say so for every such flow rather than pass in silence.",
  remediation:
    "Configure a vendor source in the policy (vendors.records, vendors.files, the vendor-risk API or fides, with the vendor_data_capability extension) holding the vendor's record, or make the source reachable.",
  check(flow, context): Violation[] {
    const recipient = thirdPartyRecipient(flow, context.catalog);
    if (!recipient) return [];
    const attribute = flow.destination.attribute;
    const at = attribute ? { attribute } : {};
    if (!context.vendors?.configured)
      return [
        {
          ...at,
          message: `vendor capability unknown: configure a vendor source (no vendor source is configured, so nothing says how long ${recipient.name} keeps the data, whether it can erase it or who it passes it to)`,
        },
      ];
    if (!recipient.host)
      return [
        {
          ...at,
          message: `vendor capability of ${recipient.name} is unknown: the configuration names no host that the vendor sources could be asked about`,
        },
      ];
    const view = vendorView(flow, context);
    // Only a source that answered can say it knows no vendor; no answer is GC-VEN-8 (exit 2 by default).
    if (view?.lookup?.status !== "not_found") return [];
    return [
      {
        ...at,
        message: `vendor capability of ${view.host} is unknown: no vendor record names ${view.host} (asked ${view.lookup.source})`,
      },
    ];
  },
});
