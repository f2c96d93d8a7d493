import { declareRule } from "../rule";
import { vendorView } from "./vendor-view";

/** Every finding of this rule starts so; `vendors.on_source_failure: "error"` turns them into exit 2. */
export const SOURCE_FAILURE_PREFIX = "VENDOR_SOURCE_FAILED";

export const VendorSourceAnswered = declareRule({
  id: "GC-VEN-8",
  name: "VendorSourceAnswered",
  target: "flow",
  severity: "Critical",
  description:
    "Every vendor source configured gave a usable answer for each receiving host that personal data flows to (a record, or that it knows no vendor for the host).",
  rationale:
    'A source that is down, slow, rate-limited, answers too much, not JSON or records that do not validate, or stops paging early says nothing about the vendor: taking that as "no record" would let anyone who can make the source fail approve a flow the record would block (GDPR Art. 5(2), 28(1), 35(7)(c)). By default the run stops with exit 2; with vendors.on_source_failure set to "critical" the DPIA is blocked by this finding instead.',
  remediation:
    "Make the vendor source reachable and its answer valid (the finding names the source, the host and what went wrong), then run the gate again.",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view || (view.lookup && view.lookup.status !== "unavailable")) return [];
    // A host the sources were not asked about is no answer either (its spelling escaped the lookup).
    const { source, reason } = view.lookup ?? { source: "(none)", reason: "no source was asked about this host" };
    return [
      {
        attribute: flow.destination.attribute,
        message: `${SOURCE_FAILURE_PREFIX}: vendor source ${source} gave no answer for receiving host ${view.host}: ${reason}`,
      },
    ];
  },
});
