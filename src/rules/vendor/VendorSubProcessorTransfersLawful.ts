import { countryName } from "../../hosts/country";
import { decideTransfer, sourceJurisdiction } from "../../flows/jurisdiction";
import { declareRule } from "../rule";
import { mismatch, vendorName, vendorView } from "./vendor-view";

export const VendorSubProcessorTransfersLawful = declareRule({
  id: "GC-VEN-5",
  name: "VendorSubProcessorTransfersLawful",
  target: "flow",
  severity: "Critical",
  description:
    "Every sub-processor of the receiving vendor is in the org's jurisdiction, an adequate country, or covered by a transfer mechanism.",
  rationale:
    "Onward transfers by a processor to a sub-processor in a third country need the same Chapter V basis as the first transfer (GDPR Art. 44-46, 28(2) and (4)).",
  remediation:
    "Ask the vendor for the sub-processor's transfer mechanism (SCCs, DPF, BCRs) and record it, or require a sub-processor in an adequate country.",
  check(flow, context) {
    const view = vendorView(flow, context);
    if (!view?.record) return [];
    const source = sourceJurisdiction(context.subject.provider, context.catalog, context.controllerCountry);
    return view.record.vendor_data_capability.sub_processors
      .filter(
        (sub) =>
          decideTransfer(
            source,
            sub.country,
            sub.transfer_mechanism === "none" ? undefined : sub.transfer_mechanism,
            context.catalog,
          ).status === "missing",
      )
      .map((sub) =>
        mismatch(
          `sub-processor ${sub.name} of ${vendorName(view)} is in ${countryName(sub.country)} with no transfer mechanism`,
          flow.destination.attribute,
        ),
      );
  },
});
