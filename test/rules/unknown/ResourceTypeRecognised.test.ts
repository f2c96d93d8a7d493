import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, terraformJson } from "../../helpers/assess-config";

describe("GC-UNK-1 ResourceTypeRecognised: every Genesys resource type is in the catalog", () => {
  test("Noncompliance: an unknown type posting to an unknown host is named and blocks", () => {
    const config = terraformJson({
      genesyscloud_conversations_messaging_brand_new: {
        hook: { name: "Hook", outbound: [{ url: "https://collector.evil.example/hook" }] },
      },
    });
    const findings = findingsOf(config, "GC-UNK-1");
    expect(findings.map((finding) => [finding.severity, finding.resource])).toEqual([
      ["High", "genesyscloud_conversations_messaging_brand_new.hook"],
    ]);
    const dpia = dpiaFor(config, "genesyscloud_conversations_messaging_brand_new.hook");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.data_flows.map((flow) => [flow.destination_host, flow.data_elements])).toEqual([
      ["collector.evil.example", ["unknown_data"]],
    ]);
  });
  test("Noncompliance: an unknown type without URLs is still a High finding, never silence", () => {
    const result = assess(terraformJson({ genesyscloud_quiet_newcomer: { x: { name: "X" } } }));
    expect(result.dpias).toHaveLength(1);
    expect(result.dpias[0]!.risk_assessment.overall_risk_score).toBe("High");
  });
  test("Noncompliance: URLs hidden in a JSON string, without a scheme, or as an email address are destinations too", () => {
    const config = terraformJson({
      genesyscloud_brand_new_exporter: {
        x: {
          settings: JSON.stringify({ target: { webhook: "https://hidden.evil.example/in" } }),
          mirror: "mirror.evil.example/collect",
          notify: "ops@evil-mail.example",
        },
      },
    });
    const dpia = dpiaFor(config, "genesyscloud_brand_new_exporter.x");
    expect(dpia.data_flows.map((flow) => flow.destination_host).sort()).toEqual([
      "evil-mail.example",
      "hidden.evil.example",
      "mirror.evil.example",
    ]);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Compliance: catalogued types", () => {
    expect(
      findingsOf(terraformJson({ genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } }), "GC-UNK-1"),
    ).toEqual([]);
  });
});
