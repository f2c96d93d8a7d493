import { declareRule } from "../rule";
import { classificationOf } from "../helpers";

export const CalledTargetsDefinedInConfiguration = declareRule({
  id: "GC-JRN-1",
  name: "CalledTargetsDefinedInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_guide_version", "genesyscloud_journey_action_map"],
  severity: "High",
  description:
    "The data actions a guide version calls, and the flow or open action a journey action map starts, are defined in the configuration.",
  rationale:
    "A guide passes what customers tell it, and an action map passes what a web visitor did and typed, to what they call. A target defined elsewhere sends it to a destination nobody assessed (GDPR Art. 35(7)(a), Art. 5(2)).",
  remediation:
    "Define the data actions and flows in the same configuration (or assess their configuration together) and reference them by resource, not by id.",
  check(resource, context) {
    return (classificationOf(context, resource.address)?.dataActionCalls ?? [])
      .filter((call) => !call.action)
      .map((call) => ({
        attribute: call.path,
        message: `${call.path} names ${call.name}, which this configuration does not define`,
      }));
  },
});
