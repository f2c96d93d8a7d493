import { allBlocks, boolAt, firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const WebFormContentNotCaptured = declareRule({
  id: "GC-WEB-1",
  name: "WebFormContentNotCaptured",
  target: "resource",
  resourceTypes: ["genesyscloud_webdeployments_configuration"],
  severity: "High",
  description: "Journey tracking does not capture web form contents on submit or abandon.",
  rationale:
    "form_track_event with capture_data_on_form_submit or _abandon records what visitors type, including data they chose not to send; that needs consent under the ePrivacy Directive Art. 5(3) and a necessity test (GDPR Art. 5(1)(c)).",
  remediation: "Set both capture flags to false, or track only that the form was used.",
  check(resource) {
    const journey = firstBlock(resource.attributes, "journey_events");
    if (!journey || boolAt(journey, "enabled") === false) return [];
    return allBlocks(journey, "form_track_event").flatMap((form, index) => {
      const captured = ["capture_data_on_form_submit", "capture_data_on_form_abandon"].filter(
        (flag) => boolAt(form, flag) !== false,
      );
      return captured.length === 0
        ? []
        : [
            {
              attribute: `journey_events.form_track_event[${index}]`,
              message: `form "${String(form.form_name ?? "")}" is captured (${captured.join(", ")})`,
            },
          ];
    });
  },
});
