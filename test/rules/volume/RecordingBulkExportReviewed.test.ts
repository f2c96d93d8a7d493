import { describe, expect, test } from "vitest";
import { findingsOf, ref, terraformJson } from "../../helpers/assess-config";
import type { Policy } from "../../../src/policy/schema";

describe("GC-VOL-2 RecordingBulkExportReviewed: bulk recording exports have a declared volume", () => {
  const config = terraformJson({
    genesyscloud_integration: {
      s3: { integration_type: "aws-s3-recording-bulk-actions-integration", config: { name: "Recording archive" } },
    },
    genesyscloud_recording_media_retention_policy: {
      calls: {
        name: "Calls",
        actions: {
          retain_recording: true,
          retention_duration: { delete_retention: { days: 30 } },
          integration_export: { integration_id: ref("genesyscloud_integration.s3") },
        },
      },
    },
  });
  test("Noncompliance: every recording exported with no declared volume", () => {
    expect(findingsOf(config, "GC-VOL-2")[0]!.message).toContain("every matching recording of the org");
  });
  test("Compliance: the export's volume is declared", () => {
    const policy: Policy = { version: 1, volumes: [{ target: "Recording archive", records_per_month: 4000 }] };
    expect(findingsOf(config, "GC-VOL-2", policy)).toEqual([]);
  });
});
