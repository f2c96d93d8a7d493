import { describe, expect, test } from "vitest";
import { assess, findingsOf, terraformJson } from "../helpers/assess-config";

const settings = (transcription: Record<string, unknown>) => ({
  genesyscloud_routing_settings: { org: { transcription: [transcription] } },
});
const queue = (body: Record<string, unknown>) => ({
  genesyscloud_routing_queue: { support: { name: "Support", ...body } },
});

describe("GC-RTE-1 TranscriptionRedactsPersonalData: transcripts are made only with PII and PCI redaction", () => {
  test("Noncompliance: transcription enabled globally without redaction", () => {
    const findings = findingsOf(terraformJson(settings({ transcription: "EnabledGlobally" })), "GC-RTE-1");
    expect(findings.map((finding) => finding.attribute).sort()).toEqual([
      "transcription.pci_dss_redaction_enabled",
      "transcription.pii_redaction_enabled",
    ]);
  });
  test("Noncompliance: PCI redaction explicitly off", () => {
    const findings = findingsOf(
      terraformJson(
        settings({ transcription: "EnabledQueueFlow", pii_redaction_enabled: true, pci_dss_redaction_enabled: false }),
      ),
      "GC-RTE-1",
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "transcripts are made and PCI DSS redaction (card numbers spoken or keyed) is off",
    ]);
  });
  test("Noncompliance: a transcription mode from a variable is assessed as on", () => {
    expect(findingsOf(terraformJson(settings({ transcription: "${var.mode}" })), "GC-RTE-1")).toHaveLength(2);
  });
  test("Noncompliance: a transcribed queue when the org's redaction is not in the configuration", () => {
    const findings = findingsOf(terraformJson(queue({ enable_transcription: true })), "GC-RTE-1");
    expect(findings).toHaveLength(2);
    expect(findings[0]!.message).toContain("not set in this configuration");
  });
  test("Compliance: redaction on, transcription off, or a queue that does not transcribe", () => {
    expect(
      findingsOf(
        terraformJson(
          settings({ transcription: "EnabledGlobally", pii_redaction_enabled: true, pci_dss_redaction_enabled: true }),
        ),
        "GC-RTE-1",
      ),
    ).toEqual([]);
    expect(findingsOf(terraformJson(settings({ transcription: "Disabled" })), "GC-RTE-1")).toEqual([]);
    expect(findingsOf(terraformJson(queue({ enable_transcription: false })), "GC-RTE-1")).toEqual([]);
    expect(
      findingsOf(
        terraformJson({ ...settings({ transcription: "Disabled" }), ...queue({ enable_transcription: true }) }),
        "GC-RTE-1",
      ),
    ).toEqual([]);
  });
  test("queues join the routing settings' DPIA, which lists transcripts", () => {
    const result = assess(
      terraformJson({
        ...settings({ transcription: "EnabledGlobally", pii_redaction_enabled: true, pci_dss_redaction_enabled: true }),
        ...queue({ enable_transcription: true }),
      }),
    );
    expect(
      result.dpias.map((dpia) => [dpia.integration_name, dpia.resources.map((resource) => resource.address)]),
    ).toEqual([
      [
        "Routing and transcription settings",
        ["genesyscloud_routing_settings.org", "genesyscloud_routing_queue.support"],
      ],
    ]);
    expect(result.dpias[0]!.data_elements.map((element) => element.id)).toEqual(["transcript_text"]);
  });
});

describe("GC-RTE-2 TranscriptReachReviewed: content search, transcript streaming and audio monitoring are reviewed", () => {
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
  test("Noncompliance: a queue with live audio monitoring", () => {
    expect(findingsOf(terraformJson(queue({ enable_audio_monitoring: true })), "GC-RTE-2")[0]!.message).toContain(
      "listen",
    );
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

describe("a transcription block given as an expression is not read as transcription off", () => {
  test("it is refused as Terraform refuses it (a block cannot be an expression), not read as off", () => {
    expect(() =>
      findingsOf(
        terraformJson({ genesyscloud_routing_settings: { org: { transcription: "${var.transcription}" } } }),
        "GC-RTE-1",
      ),
    ).toThrow(/transcription: a transcription block \(an object\), got a string/);
  });
});
