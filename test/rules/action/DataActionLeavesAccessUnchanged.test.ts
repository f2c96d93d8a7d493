import { describe, expect, test } from "vitest";
import { assess, findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

const roles = JSON.stringify({
  type: "object",
  properties: { userId: { type: "string" }, role1: { type: "string" } },
});

function genesysAction(
  request_type: string,
  request_url_template: string,
  integration_type = "purecloud-data-actions",
) {
  return terraformJson(
    webServiceAction(
      { contract_input: roles, config_request: { request_type, request_url_template } },
      { integration_type },
    ),
  );
}

describe("GC-ACT-4 DataActionLeavesAccessUnchanged: a data action does not grant access", () => {
  test("Noncompliance: PUT /api/v2/users/{id}/roles (the published Set User Roles action) is High, and stays in the org", () => {
    const config = genesysAction("PUT", "/api/v2/users/$${input.userId}/roles");
    const findings = findingsOf(config, "GC-ACT-4");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("High");
    expect(findings[0]!.message).toContain("PUT /api/v2/users/{subjectId}/roles changes who may read the org's data");
    const dpia = assess(config).dpias.find((candidate) => candidate.findings.some((f) => f.rule_id === "GC-ACT-4"))!;
    expect(dpia.risk_assessment.overall_risk_score).toBe("High");
    expect(dpia.data_flows.every((flow) => flow.destination_kind === "genesys_org")).toBe(true);
  });
  test.each([
    ["POST", "/api/v2/authorization/subjects/$${input.userId}/bulkadd"],
    ["POST", "/api/v2/authorization/subjects/$${input.userId}/divisions/$${input.divisionId}/roles/$${input.roleId}"],
    ["PATCH", "/api/v2/authorization/roles/$${input.roleId}"],
    ["POST", "/api/v2/oauth/clients"],
    ["POST", "/api/v2/oauth/clients/$${input.clientId}/secret"],
    ["PATCH", "/api/v2/scim/v2/users/$${input.userId}"],
    ["POST", "/api/v2/orgauthorization/trustees"],
    ["PUT", "/api/v2/orgauthorization/trustees/$${input.orgId}/users/$${input.userId}/roles"],
    ["POST", "/api/v2/orgauthorization/pairings"],
    ["POST", "/api/v2/groups/$${input.groupId}/members"],
    ["PATCH", "/api/v2/scim/v2/groups/$${input.groupId}"],
    ["POST", "/api/v2/users/$${input.userId}/password"],
    ["PUT", "/api/v2/identityproviders/okta"],
    ["POST", "/api/v2/identityproviders"],
    ["put", "/api/v2/Users/$${input.userId}/ROLES?x=1"],
  ])("Noncompliance: %s %s", (method, url) => {
    expect(findingsOf(genesysAction(method, url), "GC-ACT-4")).toHaveLength(1);
  });
  test.each([
    ["PATCH", "/api/v2/conversations/messaging/integrations/open/$${input.integrationId}"],
    ["PUT", "/api/v2/users/$${input.userId}/callforwarding"],
    ["POST", "/api/v2/recording/mediaretentionpolicies"],
    ["POST", "/api/v2/processautomation/triggers"],
    ["PUT", "/api/v2/integrations/$${input.integrationId}/config/current"],
  ])("Noncompliance: %s %s changes where the org's data goes from then on", (method, url) => {
    const findings = findingsOf(genesysAction(method, url), "GC-ACT-4");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("changes where the org's data goes from then on");
  });
  test("Noncompliance: a path segment left to the flow that may reach a role grant among other writes", () => {
    const config = genesysAction("PUT", "/api/v2/users/$${input.userId}/$${input.what}");
    expect(findingsOf(config, "GC-ACT-4")).toHaveLength(1);
  });
  test.each([
    ["GET", "/api/v2/users/$${input.userId}/roles"],
    ["POST", "/api/v2/authorization/subjects/$${input.userId}/bulkremove"],
    ["PATCH", "/api/v2/users/$${input.userId}"],
  ])("Compliance: %s %s reads, or only takes access away, or edits a profile", (method, url) => {
    expect(findingsOf(genesysAction(method, url), "GC-ACT-4")).toEqual([]);
  });
  test("Noncompliance: a web services action that calls a Genesys Cloud API host itself", () => {
    for (const url of [
      "https://api.mypurecloud.com/api/v2/users/$${input.userId}/roles",
      "https://api.mypurecloud.de:443/api/v2/authorization/subjects/$${input.userId}/bulkadd?x=1",
    ])
      expect(
        findingsOf(genesysAction(url.includes("bulkadd") ? "POST" : "PUT", url, "custom-rest-actions"), "GC-ACT-4"),
      ).toHaveLength(1);
  });
  test("Compliance: a host made to look like Genesys Cloud's is not its Platform API", () => {
    const url = "https://api.mypurecloud.com.evil.example/api/v2/users/1/roles";
    expect(findingsOf(genesysAction("PUT", url, "custom-rest-actions"), "GC-ACT-4")).toEqual([]);
  });
  test("Compliance: the same path on another integration is not the org's Platform API", () => {
    expect(
      findingsOf(
        genesysAction("PUT", "https://crm.example.com/api/v2/users/1/roles", "custom-rest-actions"),
        "GC-ACT-4",
      ),
    ).toEqual([]);
  });
});
