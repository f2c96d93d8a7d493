import { describe, expect, test } from "vitest";
import { findingsOf, ref, terraformJson } from "../helpers/assess-config";

const policy = (actions: Record<string, unknown>) => ({
  genesyscloud_recording_media_retention_policy: { calls: { name: "Calls", enabled: true, actions } },
});
const deleteAfter = (days: number) => ({ retention_duration: { delete_retention: { days } } });

describe("GC-REC-1 RecordingExportTargetsS3BulkIntegration: recordings are exported only to an S3 bulk-actions integration", () => {
  test("Noncompliance: export to a web-services integration (as the provider example does)", () => {
    const config = terraformJson({
      ...policy({
        retain_recording: true,
        ...deleteAfter(30),
        integration_export: {
          integration_id: ref("genesyscloud_integration.rest"),
          should_export_screen_recordings: true,
        },
      }),
      genesyscloud_integration: { rest: { integration_type: "custom-rest-actions" } },
    });
    expect(findingsOf(config, "GC-REC-1")[0]!.message).toContain("custom-rest-actions");
  });
  test("Noncompliance: export to an integration outside the configuration", () => {
    const config = terraformJson(
      policy({
        retain_recording: true,
        ...deleteAfter(30),
        integration_export: { integration_id: "8c2d0000-0000-4000-8000-000000000000" },
      }),
    );
    expect(findingsOf(config, "GC-REC-1")).toHaveLength(1);
  });
  test("Compliance: export to an aws-s3-recording-bulk-actions-integration", () => {
    const config = terraformJson({
      ...policy({
        retain_recording: true,
        ...deleteAfter(30),
        integration_export: { integration_id: ref("genesyscloud_integration.s3") },
      }),
      genesyscloud_integration: { s3: { integration_type: "aws-s3-recording-bulk-actions-integration" } },
    });
    expect(findingsOf(config, "GC-REC-1")).toEqual([]);
  });
});

describe("GC-REC-2 RecordingRetentionHasDeletionPeriod: retained recordings are deleted in time", () => {
  test("Noncompliance: retain with no delete_retention", () => {
    expect(findingsOf(terraformJson(policy({ retain_recording: true })), "GC-REC-2")).toHaveLength(1);
  });
  test("Compliance: retain and delete after 90 days", () => {
    expect(findingsOf(terraformJson(policy({ retain_recording: true, ...deleteAfter(90) })), "GC-REC-2")).toEqual([]);
  });
});
