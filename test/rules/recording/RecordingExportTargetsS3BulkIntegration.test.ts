import { describe, expect, test } from "vitest";
import { findingsOf, ref, shown, terraformJson } from "../../helpers/assess-config";
import { deleteAfter, policy } from "../../helpers/rules/recording";

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
  // Review 2026-12-06, F10: an integration looked up by a data source has no integration_type in the
  // configuration; the message printed `an integration of type "undefined"`.
  test("Noncompliance: export to an integration looked up by a data source, whose type the configuration does not say", () => {
    const config = terraformJson(
      policy({
        retain_recording: true,
        ...deleteAfter(30),
        integration_export: { integration_id: ref("data.genesyscloud_integration.bucket") },
      }),
      undefined,
      { genesyscloud_integration: { bucket: { name: "Partner S3 bucket" } } },
    );
    const [finding] = findingsOf(config, "GC-REC-1");
    expect(finding!.message).not.toContain("undefined");
    expect(finding!.message).toContain(
      "recordings are exported to data.genesyscloud_integration.bucket, an integration this configuration looks up but does not define: its type (and where it sends recordings) is not known from the configuration",
    );
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

describe("GC-REC-1 RecordingExportTargetsS3BulkIntegration: the finding names the export's path", () => {
  test("Noncompliance: an integration outside the configuration", () => {
    const config = terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: {
          name: "Calls",
          enabled: true,
          actions: {
            retain_recording: true,
            retention_duration: { delete_retention: { days: 30 } },
            integration_export: { integration_id: "8c2d0000-0000-4000-8000-000000000000" },
          },
        },
      },
    });
    expect(shown(config, "GC-REC-1")).toEqual([
      [
        "actions.integration_export.integration_id",
        "recordings are exported to an integration outside this configuration",
      ],
    ]);
  });
  test("Compliance: an S3 bulk-actions integration of this configuration", () => {
    const config = terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: {
          name: "Calls",
          enabled: true,
          actions: {
            retain_recording: true,
            retention_duration: { delete_retention: { days: 30 } },
            integration_export: { integration_id: ref("genesyscloud_integration.s3") },
          },
        },
      },
      genesyscloud_integration: { s3: { integration_type: "aws-s3-recording-bulk-actions-integration" } },
    });
    expect(findingsOf(config, "GC-REC-1")).toEqual([]);
  });
});
