import { declareRule } from "../rule";
import { mismatch, vendorView } from "./vendor-view";

export const GenesysRetentionWithinPurpose = declareRule({
  id: "GC-VEN-7",
  name: "GenesysRetentionWithinPurpose",
  target: "flow",
  severity: "Critical",
  description:
    "Genesys keeps the data sent to a vendor no longer than the purpose retention the controller declared for that vendor.",
  rationale:
    "When the purpose that the data is shared for ends sooner than Genesys keeps it, the two sides disagree and the longer copy has no purpose (GDPR Art. 5(1)(e)).",
  remediation:
    "Shorten the recording retention policy's delete_retention.days (or the other Genesys retention setting) to the declared purpose retention, or correct the declared purpose retention.",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.need?.declared) return [];
    const { genesys, need } = view;
    if (genesys.days === null && genesys.source.includes("no deletion period")) {
      return [
        mismatch(
          `Genesys keeps the data with no deletion period (${genesys.source}), but the purpose for ${view.host} ends after ${need.days} days`,
        ),
      ];
    }
    if (genesys.days === null || genesys.days <= need.days || genesys.source.startsWith("catalog default")) return [];
    return [
      mismatch(
        `Genesys keeps the data ${genesys.days} days (${genesys.source}), but the purpose for ${view.host} ends after ${need.days} days (${need.source})`,
      ),
    ];
  },
});
