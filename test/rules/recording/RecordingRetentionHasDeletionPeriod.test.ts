import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { deleteAfter, policy } from "../../helpers/rules/recording";

describe("GC-REC-2 RecordingRetentionHasDeletionPeriod: retained recordings are deleted in time", () => {
  test("Noncompliance: retain with no delete_retention", () => {
    expect(findingsOf(terraformJson(policy({ retain_recording: true })), "GC-REC-2")).toHaveLength(1);
  });
  test("Compliance: retain and delete after 90 days", () => {
    expect(findingsOf(terraformJson(policy({ retain_recording: true, ...deleteAfter(90) })), "GC-REC-2")).toEqual([]);
  });
});

describe("GC-REC-2 RecordingRetentionHasDeletionPeriod: which actions keep recordings", () => {
  const policy = (actions: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: { name: "Calls", enabled: true, media_policies: { chat_policy: { actions } } },
      },
    });
  test("Noncompliance: named by the path of its actions block, also when retain_recording is left out", () => {
    const expected = [
      [
        "media_policies.chat_policy.actions.retention_duration",
        "media_policies.chat_policy.actions keeps recordings with no deletion period",
      ],
    ];
    expect(shown(policy({ retain_recording: true }), "GC-REC-2")).toEqual(expected);
    expect(shown(policy({ always_delete: false }), "GC-REC-2")).toEqual(expected);
    expect(
      shown(policy({ retain_recording: true, retention_duration: { archive_retention: { days: 30 } } }), "GC-REC-2"),
    ).toEqual(expected);
  });
  test("Compliance: recordings not retained, always deleted, or deleted after a set period", () => {
    expect(findingsOf(policy({ retain_recording: false }), "GC-REC-2")).toEqual([]);
    expect(findingsOf(policy({ retain_recording: true, always_delete: true }), "GC-REC-2")).toEqual([]);
    expect(
      findingsOf(
        policy({ retain_recording: true, retention_duration: { delete_retention: { days: 30 } } }),
        "GC-REC-2",
      ),
    ).toEqual([]);
  });
});
