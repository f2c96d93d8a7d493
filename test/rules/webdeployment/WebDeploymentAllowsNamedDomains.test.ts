import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, terraformJson } from "../../helpers/assess-config";

const deployment = (body: Record<string, unknown>, withConfiguration = false) =>
  terraformJson({
    ...(withConfiguration
      ? {
          genesyscloud_webdeployments_configuration: {
            web: { name: "Web chat", languages: ["en-us"], default_language: "en-us", messenger: [{ enabled: true }] },
          },
        }
      : {}),
    genesyscloud_webdeployments_deployment: {
      site: {
        name: "Public site",
        configuration: [
          {
            id: withConfiguration
              ? ref("genesyscloud_webdeployments_configuration.web")
              : "11111111-2222-3333-4444-555555555555",
            version: "1",
          },
        ],
        ...body,
      },
    },
  });

describe("GC-WEB-3 WebDeploymentAllowsNamedDomains: only named sites may embed the Messenger", () => {
  test("Noncompliance: allow_all_domains = true", () => {
    expect(findingsOf(deployment({ allow_all_domains: true }), "GC-WEB-3")[0]!.message).toContain("any website");
  });
  test("Noncompliance: a wildcard or unresolved domain", () => {
    const findings = findingsOf(
      deployment({ allowed_domains: ["*.com", "${var.site}", "www.example.eu"] }),
      "GC-WEB-3",
    );
    // One finding for the attribute, naming each domain.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('"*.com"');
    expect(findings[0]!.message).toContain("not resolved");
  });
  test("Compliance: the organisation's domains", () => {
    expect(
      findingsOf(
        deployment({ allow_all_domains: false, allowed_domains: ["www.example.eu", "help.example.eu"] }),
        "GC-WEB-3",
      ),
    ).toEqual([]);
  });
  test("a deployment joins the DPIA of the Messenger configuration it publishes", () => {
    const dpia = dpiaFor(deployment({ allow_all_domains: true }, true), "genesyscloud_webdeployments_deployment.site");
    expect(dpia.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_webdeployments_configuration.web",
      "genesyscloud_webdeployments_deployment.site",
    ]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-WEB-3");
  });
});
