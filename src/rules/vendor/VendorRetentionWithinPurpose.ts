import { declareRule } from "../rule";
import { mismatch, vendorName, vendorView } from "./vendor-view";

export const VendorRetentionWithinPurpose = declareRule({
  id: "GC-VEN-2",
  name: "VendorRetentionWithinPurpose",
  target: "flow",
  severity: "Critical",
  description:
    "The receiving vendor keeps the data (live systems plus backups) no longer than the controller needs it.",
  rationale:
    "Personal data kept by a processor after its purpose has ended breaks storage limitation (GDPR Art. 5(1)(e)), and the processor must delete it when the service ends (Art. 28(3)(g)).",
  remediation:
    "Agree a shorter retention with the vendor (and update its record), or declare the longer purpose retention in the policy's vendors.purpose_retention with its justification.",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.vendorDays || !view.need) return [];
    const kept = view.vendorDays.live + view.vendorDays.backups;
    if (kept <= view.need.days) return [];
    const backups =
      view.vendorDays.backups > 0
        ? ` (${view.vendorDays.live} days live and ${view.vendorDays.backups} in backups)`
        : "";
    return [
      mismatch(
        `${vendorName(view)} keeps the data ${kept} days${backups}, but it is needed for ${view.need.days} days (${view.need.source})`,
        flow.destination.attribute,
      ),
    ];
  },
});
