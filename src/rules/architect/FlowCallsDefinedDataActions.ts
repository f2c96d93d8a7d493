import { declareRule } from "../rule";
import { unreadFileParts } from "../../classify/model";
import { classificationOf } from "../helpers";

export const FlowCallsDefinedDataActions = declareRule({
  id: "GC-FLOW-1",
  name: "FlowCallsDefinedDataActions",
  target: "resource",
  resourceTypes: ["genesyscloud_flow"],
  severity: "High",
  description:
    "Every data action an Architect flow calls is defined in the configuration, and the flow file can be read.",
  rationale:
    "A flow passes what callers say and type to the data actions it calls. An action defined elsewhere (by hand in the org, in another repository) sends it to a destination nobody assessed; a flow file that cannot be read hides every call (GDPR Art. 35(7)(a), Art. 5(2)).",
  remediation:
    "Define the data actions the flow calls in the same configuration (or assess their configuration together), and keep the flow file next to it rather than behind a variable or an S3 URL.",
  check(resource, context) {
    const unreadable = unreadFileParts(classificationOf(context, resource.address));
    // A file read in part (it may also be written with a text not known before apply) has both.
    return [
      ...unreadable.map((unknown) => ({ attribute: "filepath", message: `the flow file ${unknown.reason}` })),
      ...(classificationOf(context, resource.address)?.dataActionCalls ?? [])
        .filter((call) => !call.action)
        .map((call) => ({
          attribute: "filepath",
          message: `the flow calls data action "${call.name}"${call.category ? ` (category ${call.category})` : ""} at ${call.path}, which this configuration does not define`,
        })),
    ];
  },
});
