import { declareRule } from "../rule";
import { mismatch, vendorName, vendorView } from "./vendor-view";

export const VendorCanErase = declareRule({
  id: "GC-VEN-3",
  name: "VendorCanErase",
  target: "flow",
  severity: "Critical",
  description:
    "When erasure is required, the receiving vendor erases data for good (hard delete or crypto-shredding) and can be asked to by API.",
  rationale:
    "An erasure request must reach every copy (GDPR Art. 17(1), 19); a processor must help the controller answer it (Art. 28(3)(e)). A soft delete keeps the data, and without an API an erasure cannot be passed on reliably.",
  remediation:
    "Use a vendor plan with hard deletion and a deletion API, or set vendors.erasure_required to false in the policy with the legal reason (e.g. a retention obligation).",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.record || !context.vendors?.erasureRequired) return [];
    const deletion = view.record.vendor_data_capability.deletion;
    const problems: string[] = [];
    if (deletion.mode === "soft") problems.push("only soft-deletes (the data stays stored)");
    if (deletion.mode === "none") problems.push("cannot delete the data at all");
    if (!deletion.api) problems.push("has no API to delete one person's data");
    return problems.length === 0
      ? []
      : [
          mismatch(
            `erasure is required, but ${vendorName(view)} ${problems.join(" and ")}`,
            flow.destination.attribute,
          ),
        ];
  },
});
