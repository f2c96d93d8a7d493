import { boolAt, firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { retentionActions } from "../../inventory/attributes/retention-actions";

export const RecordingRetentionHasDeletionPeriod = declareRule({
  id: "GC-REC-2",
  name: "RecordingRetentionHasDeletionPeriod",
  target: "resource",
  resourceTypes: ["genesyscloud_recording_media_retention_policy"],
  severity: "Medium",
  description: "A retention policy that keeps recordings also deletes them after a set number of days.",
  rationale:
    "Recordings kept with no deletion period break storage limitation (GDPR Art. 5(1)(e)) and, with card data in them, PCI DSS Req. 3.2.1.",
  remediation: "Add retention_duration.delete_retention.days to every actions block that retains recordings.",
  check(resource) {
    return retentionActions(resource.attributes)
      .filter(
        ({ actions }) => boolAt(actions, "retain_recording") !== false && boolAt(actions, "always_delete") !== true,
      )
      .filter(
        ({ actions }) => firstBlock(firstBlock(actions, "retention_duration"), "delete_retention")?.days === undefined,
      )
      .map(({ path }) => ({
        attribute: `${path}.retention_duration`,
        message: `${path} keeps recordings with no deletion period`,
      }));
  },
});
