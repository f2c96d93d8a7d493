import { retentionActions } from "../../inventory/attributes/retention-actions";
import { allBlocks, boolAt, firstBlock } from "../../inventory/lookup";
import { elementSeen, type ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const RECORDING_RULE = "CLS-RECORDING-POLICY";

/** A recording retention policy: what it keeps (recordings, messages, screens) and whom it sends surveys or evaluations. */
export const classifyRetentionPolicy: ResourceClassifier = (resource) => {
  const elements: ClassifiedElement[] = [];
  for (const { path, media, actions } of retentionActions(resource.attributes)) {
    if (boolAt(actions, "retain_recording") !== false && boolAt(actions, "always_delete") !== true) {
      elements.push(
        elementSeen(
          media === "call" ? "call_recording_audio" : "message_content",
          RECORDING_RULE,
          `${path}.retain_recording (${media})`,
        ),
      );
    }
    if (firstBlock(actions, "initiate_screen_recording"))
      elements.push(elementSeen("screen_recording", RECORDING_RULE, `${path}.initiate_screen_recording`));
    if (allBlocks(actions, "assign_surveys").length > 0)
      elements.push(elementSeen("contact_pii", RECORDING_RULE, `${path}.assign_surveys (survey emails to customers)`));
    if (allBlocks(actions, "assign_evaluations").length + allBlocks(actions, "assign_metered_evaluations").length > 0) {
      elements.push(elementSeen("employee_monitoring", RECORDING_RULE, `${path}.assign_evaluations`));
    }
  }
  return { address: resource.address, elements, unknowns: [] };
};
