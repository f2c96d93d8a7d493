import { stringAt, allBlocks, resolveReference } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { retentionActions } from "../../inventory/attributes/retention-actions";

const S3_BULK_TYPE = "aws-s3-recording-bulk-actions-integration";

export const RecordingExportTargetsS3BulkIntegration = declareRule({
  id: "GC-REC-1",
  name: "RecordingExportTargetsS3BulkIntegration",
  target: "resource",
  resourceTypes: ["genesyscloud_recording_media_retention_policy"],
  severity: "High",
  description:
    "A retention policy's integration_export points at an AWS S3 recording bulk-actions integration defined in the configuration.",
  rationale:
    "integration_export copies every matching recording, including screen recordings, out of Genesys. Pointing it at another kind of integration, or at one outside the configuration, sends recordings to a recipient the DPIA cannot name (GDPR Art. 28, Art. 44).",
  remediation:
    "Reference a genesyscloud_integration of type aws-s3-recording-bulk-actions-integration in the same configuration.",
  check(resource, context) {
    return retentionActions(resource.attributes).flatMap(({ path, actions }) =>
      allBlocks(actions, "integration_export").flatMap((exported) => {
        const target = resolveReference(context.inventory, exported.integration_id);
        const type = stringAt(target.resource?.attributes, "integration_type");
        if (target.resource && type === S3_BULK_TYPE) return [];
        const message = !target.resource
          ? "recordings are exported to an integration outside this configuration"
          : type !== undefined
            ? `recordings are exported to ${target.address}, an integration of type "${type}", not ${S3_BULK_TYPE}`
            : target.resource.mode === "data"
              ? `recordings are exported to ${target.address}, an integration this configuration looks up but does not define: its type (and where it sends recordings) is not known from the configuration, so it cannot be shown to be ${S3_BULK_TYPE}`
              : `recordings are exported to ${target.address}, an integration whose type the configuration does not set: it cannot be shown to be ${S3_BULK_TYPE}`;
        return [{ attribute: `${path}.integration_export.integration_id`, message }];
      }),
    );
  },
});
