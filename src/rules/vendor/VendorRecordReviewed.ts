import { declareRule } from "../rule";
import { mismatch, vendorName, vendorView } from "./vendor-view";

const DAY_MS = 86_400_000;

export const VendorRecordReviewed = declareRule({
  id: "GC-VEN-6",
  name: "VendorRecordReviewed",
  target: "flow",
  severity: "Critical",
  description: "The vendor capability record was reviewed within the policy's review interval.",
  rationale:
    "A DPIA rests on current facts and must be reviewed when the processing or its risks change (GDPR Art. 35(11)); a stale vendor record may no longer describe the vendor.",
  remediation: "Review the vendor's retention, deletion, DPA and sub-processors and update the record's as_of date.",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.record || !context.now || !context.vendors) return [];
    const asOf = Date.parse(view.record.vendor_data_capability.as_of);
    const ageDays = Math.floor((context.now.getTime() - asOf) / DAY_MS);
    if (ageDays < -1)
      return [
        mismatch(
          `the record of ${vendorName(view)} claims a review date in the future (${view.record.vendor_data_capability.as_of}); it cannot be relied on`,
        ),
      ];
    if (!Number.isFinite(ageDays) || ageDays <= context.vendors.reviewIntervalDays) return [];
    return [
      mismatch(
        `the record of ${vendorName(view)} was last reviewed ${ageDays} days ago (${view.record.vendor_data_capability.as_of}), longer than the review interval of ${context.vendors.reviewIntervalDays} days`,
      ),
    ];
  },
});
