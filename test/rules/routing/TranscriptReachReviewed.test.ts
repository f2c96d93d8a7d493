import { describe, expect, test } from "vitest";
import { findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { queue, settings } from "../../helpers/rules/routing";

describe("GC-RTE-2 TranscriptReachReviewed: content search and transcript streaming are reviewed", () => {
  test("Noncompliance: content search and low-latency transcription on", () => {
    const findings = findingsOf(
      terraformJson(
        settings({
          transcription: "EnabledQueueFlow",
          pii_redaction_enabled: true,
          pci_dss_redaction_enabled: true,
          content_search_enabled: true,
          low_latency_transcription_enabled: true,
        }),
      ),
      "GC-RTE-2",
    );
    expect(findings.map((finding) => finding.attribute).sort()).toEqual([
      "transcription.content_search_enabled",
      "transcription.low_latency_transcription_enabled",
    ]);
  });
  test("Compliance: neither", () => {
    expect(
      findingsOf(
        terraformJson({
          ...settings({ transcription: "EnabledGlobally", content_search_enabled: false }),
          ...queue({ enable_audio_monitoring: false }),
        }),
        "GC-RTE-2",
      ),
    ).toEqual([]);
  });
});

describe("GC-RTE-2 TranscriptReachReviewed: who else reads transcripts", () => {
  const settings = (transcription: Record<string, unknown>) =>
    terraformJson({ genesyscloud_routing_settings: { org: { transcription: [transcription] } } });
  test("Noncompliance: content search and real-time streaming, each named; a setting not resolved counts as on", () => {
    expect(
      shown(
        settings({
          transcription: "EnabledGlobally",
          content_search_enabled: true,
          low_latency_transcription_enabled: "${var.ll}",
        }),
        "GC-RTE-2",
      ),
    ).toEqual([
      ["transcription.content_search_enabled", "transcripts are searchable by content across the org"],
      [
        "transcription.low_latency_transcription_enabled",
        "transcripts stream in real time to Notification API subscribers",
      ],
    ]);
  });
  test("Compliance: transcription disabled, or both off", () => {
    expect(findingsOf(settings({ transcription: "Disabled", content_search_enabled: true }), "GC-RTE-2")).toEqual([]);
    expect(
      findingsOf(
        settings({
          transcription: "EnabledGlobally",
          content_search_enabled: false,
          low_latency_transcription_enabled: false,
        }),
        "GC-RTE-2",
      ),
    ).toEqual([]);
  });
});

describe("GC-RTE-2 TranscriptReachReviewed: the transcript settings matter only while transcription is on", () => {
  const settings = (transcription: Record<string, unknown>) => ({
    genesyscloud_routing_settings: { org: { transcription: [transcription] } },
  });
  test("Compliance: content search and streaming switched on with transcription off make no transcripts to reach", () => {
    expect(
      findingsOf(
        terraformJson(
          settings({
            transcription: "Disabled",
            content_search_enabled: true,
            low_latency_transcription_enabled: true,
          }),
        ),
        "GC-RTE-2",
      ),
    ).toEqual([]);
  });
  test("Noncompliance: settings from variables are read as on", () => {
    const config = terraformJson({
      ...settings({ transcription: "EnabledGlobally", content_search_enabled: "${var.search}" }),
      genesyscloud_routing_queue: { q: { name: "Q", enable_audio_monitoring: "${var.listen}" } },
    });
    expect(
      findingsOf(config, "GC-RTE-2")
        .map((finding) => [finding.resource, finding.attribute])
        .sort(),
    ).toEqual([["genesyscloud_routing_settings.org", "transcription.content_search_enabled"]]);
  });
});
