import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { clientCredentials, role } from "../../helpers/rules/oauth";
import { exportPolicyTo } from "../../helpers/recording-export";

const recordingContract = JSON.stringify({
  type: "object",
  additionalProperties: false,
  properties: { conversationId: { type: "string" }, mediaUris: { type: "string" } },
});

describe("GC-REC-3 CallRecordingsStayOutOfThirdParties: recordings (voice) do not leave Genesys for a third party", () => {
  test("Noncompliance: a data action posts recording media URIs to a CRM", () => {
    const findings = findingsOf(terraformJson(webServiceAction({ contract_input: recordingContract })), "GC-REC-3");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
    expect(findings[0]!.message).toContain("call and interaction recordings");
    expect(findings[0]!.message).toContain("without end-to-end encryption");
  });
  test("Noncompliance: a client-credentials OAuth client whose role reads recordings", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recording", "recording", ["view"])),
    );
    expect(findingsOf(config, "GC-REC-3")).toHaveLength(1);
  });
  test("Compliance: recordings to a recipient the policy's allow-list approves (reviewed)", () => {
    const policy = {
      version: 1 as const,
      destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["quality"] }],
    };
    expect(
      findingsOf(terraformJson(webServiceAction({ contract_input: recordingContract })), "GC-REC-3", policy),
    ).toEqual([]);
  });
  test("Compliance: contact details alone to a CRM", () => {
    expect(findingsOf(terraformJson(webServiceAction({})), "GC-REC-3")).toEqual([]);
  });
  test("Compliance: recording fields handled by a Genesys Cloud data action stay in the org", () => {
    const config = terraformJson(
      webServiceAction(
        {
          contract_input: recordingContract,
          config_request: {
            request_type: "GET",
            request_url_template: "/api/v2/conversations/$${input.conversationId}",
          },
        },
        { integration_type: "purecloud-data-actions" },
      ),
    );
    expect(findingsOf(config, "GC-REC-3")).toEqual([]);
  });
  const exportTo = (integrationType: string) =>
    terraformJson({
      genesyscloud_integration: { target: { integration_type: integrationType, config: { name: "Target" } } },
      ...exportPolicyTo("genesyscloud_integration.target"),
    });
  test("Noncompliance: a retention policy's media policy exports recordings to a web-services integration", () => {
    expect(findingsOf(exportTo("custom-rest-actions"), "GC-REC-3")).toHaveLength(1);
  });
  test("Compliance: the same export to the org's own S3 bucket (recording bulk-actions integration)", () => {
    expect(findingsOf(exportTo("aws-s3-recording-bulk-actions-integration"), "GC-REC-3")).toEqual([]);
  });
});
