import { describe, expect, test } from "vitest";
import { assess, findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { queue, settings } from "../../helpers/rules/routing";

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
    // One finding for the attribute, naming both missing redactions.
    const findings = findingsOf(terraformJson(queue({ enable_transcription: true })), "GC-RTE-1");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.split("; ")).toHaveLength(2);
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

describe("GC-RTE-1 TranscriptionRedactsPersonalData: each state of a redaction setting, and queues under the org's setting", () => {
  const settings = (transcription: Record<string, unknown>) => ({
    genesyscloud_routing_settings: { org: { transcription: [transcription] } },
  });
  const queue = (body: Record<string, unknown>) => ({
    genesyscloud_routing_queue: { support: { name: "Support", ...body } },
  });
  const PCI = "PCI DSS redaction (card numbers spoken or keyed)";
  test("Noncompliance: a setting left out is 'not enabled', one from a variable 'not resolved', each on its own attribute", () => {
    expect(
      shown(
        terraformJson(settings({ transcription: "EnabledGlobally", pii_redaction_enabled: "${var.pii}" })),
        "GC-RTE-1",
      ).sort(),
    ).toEqual([
      ["transcription.pci_dss_redaction_enabled", `transcripts are made and ${PCI} is not enabled`],
      [
        "transcription.pii_redaction_enabled",
        "transcripts are made and PII redaction is not resolved before deployment",
      ],
    ]);
  });
  test("Noncompliance: a transcribing queue takes the org's gaps, on its own enable_transcription", () => {
    const findings = findingsOf(
      terraformJson({
        ...settings({ transcription: "EnabledGlobally", pii_redaction_enabled: true }),
        ...queue({ enable_transcription: true }),
      }),
      "GC-RTE-1",
    );
    expect(findings.map((finding) => [finding.resource, finding.attribute, finding.message]).sort()).toEqual([
      ["genesyscloud_routing_queue.support", "enable_transcription", `transcripts are made and ${PCI} is not enabled`],
      [
        "genesyscloud_routing_settings.org",
        "transcription.pci_dss_redaction_enabled",
        `transcripts are made and ${PCI} is not enabled`,
      ],
    ]);
  });
  test("Compliance: a queue whose transcription is not set does not transcribe", () => {
    expect(findingsOf(terraformJson(queue({})), "GC-RTE-1")).toEqual([]);
  });
  test("Noncompliance: a queue transcribing from a variable names the missing org setting", () => {
    expect(shown(terraformJson(queue({ enable_transcription: "${var.transcribe}" })), "GC-RTE-1")).toEqual([
      [
        "enable_transcription",
        `transcripts are made and ${PCI} is not set in this configuration (genesyscloud_routing_settings); transcripts are made and PII redaction is not set in this configuration (genesyscloud_routing_settings)`,
      ],
    ]);
  });
});
