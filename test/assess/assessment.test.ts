import { describe, expect, test } from "vitest";
import { atLeast } from "../../src/assess/risk-scale";
import { assess, dpiaFor, oauthClient, ref, ruleIds, terraformJson, webServiceAction } from "../helpers/assess-config";

describe("client-credentials OAuth clients are assessed from their roles", () => {
  const config = terraformJson(
    oauthClient(
      {
        name: "Recording exporter",
        authorized_grant_type: "CLIENT-CREDENTIALS",
        roles: [{ role_id: ref("genesyscloud_auth_role.recordings"), division_id: "*" }],
      },
      {
        recordings: {
          name: "Recording reader",
          permission_policies: [{ domain: "recording", entity_name: "recording", action_set: ["view", "download"] }],
        },
      },
    ),
  );
  const dpia = dpiaFor(config, "genesyscloud_oauth_client.app");

  test("no scopes, a role with recording permissions in all divisions: at least High", () => {
    expect(atLeast(dpia.risk_assessment.overall_risk_score, "High")).toBe(true);
    expect(dpia.risk_assessment.impact).toBe("High");
    expect(ruleIds(dpia)).toEqual(expect.arrayContaining(["GC-OAC-2", "GC-OAC-3"]));
  });

  test("the DPIA names the role, the permission and the division as evidence", () => {
    const recordings = dpia.data_elements.find((element) => element.id === "call_recording_audio")!;
    expect(recordings.found_by[0]!.evidence).toContain(
      "roles[0] genesyscloud_auth_role.recordings: recording:recording:view (all divisions)",
    );
    expect(dpia.resources.map((resource) => resource.address)).toContain("genesyscloud_auth_role.recordings");
    expect(dpia.screening.criteria.find((criterion) => criterion.short_id === "large_scale")!.met).toBe(true);
  });
});

describe("fail closed on what cannot be resolved", () => {
  test("an unknown scope is unknown data, at least High, and named in the DPIA", () => {
    const dpia = dpiaFor(
      terraformJson(oauthClient({ scopes: ["telepathy:readonly"] })),
      "genesyscloud_oauth_client.app",
    );
    expect(atLeast(dpia.risk_assessment.overall_risk_score, "High")).toBe(true);
    expect(dpia.data_elements.map((element) => element.id)).toContain("unknown_data");
    expect(dpia.unresolved).toContainEqual(
      expect.objectContaining({ attribute: "scopes", value: "telepathy:readonly" }),
    );
  });

  test("an unknown permission domain is at least High and named", () => {
    const config = terraformJson(
      oauthClient(
        { authorized_grant_type: "CLIENT-CREDENTIALS", roles: [{ role_id: ref("genesyscloud_auth_role.r") }] },
        { r: { name: "R", permission_policies: [{ domain: "mindReading", entity_name: "*", action_set: ["*"] }] } },
      ),
    );
    const dpia = dpiaFor(config, "genesyscloud_oauth_client.app");
    expect(atLeast(dpia.risk_assessment.overall_risk_score, "High")).toBe(true);
    expect(dpia.unresolved).toContainEqual(expect.objectContaining({ value: "mindReading" }));
  });

  test("an unknown integration type is at least High and named", () => {
    const dpia = dpiaFor(
      terraformJson({ genesyscloud_integration: { x: { integration_type: "acme-connector" } } }),
      "genesyscloud_integration.x",
    );
    expect(atLeast(dpia.risk_assessment.overall_risk_score, "High")).toBe(true);
    expect(dpia.unresolved).toContainEqual(
      expect.objectContaining({ attribute: "integration_type", value: "acme-connector" }),
    );
  });

  test("a URL host from a variable is an unknown destination, never domestic or safe", () => {
    const config = terraformJson(
      webServiceAction({
        config_request: { request_type: "POST", request_url_template: "${var.crm_base_url}/customers" },
      }),
    );
    const dpia = dpiaFor(config, "genesyscloud_integration.crm");
    expect(dpia.data_flows[0]!.destination_kind).toBe("unknown");
    expect(atLeast(dpia.risk_assessment.overall_risk_score, "High")).toBe(true);
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });

  test("a region from a variable is said to be unknown", () => {
    const dpia = dpiaFor(
      terraformJson(webServiceAction({}), { aws_region: "${var.region}" }),
      "genesyscloud_integration.crm",
    );
    expect(dpia.description.context).toContain("region: unknown");
    expect(dpia.data_flows[0]!.source).toContain("region unknown");
    // The unknown region is the provider's finding, reported in the provider configuration's DPIA.
    const all = assess(terraformJson(webServiceAction({}), { aws_region: "${var.region}" })).dpias;
    const provider = all.find((candidate) => candidate.dpia_id === dpia.provider_findings_in)!;
    expect(ruleIds(provider)).toContain("GC-PRV-2");
    expect(ruleIds(dpia)).not.toContain("GC-PRV-2");
  });
});

describe("status and risk", () => {
  test("card data to a web service is Critical and blocked", () => {
    const contract = JSON.stringify({
      type: "object",
      properties: { cardNumber: { type: "string" }, cvv: { type: "string" } },
    });
    const dpia = dpiaFor(terraformJson(webServiceAction({ contract_input: contract })), "genesyscloud_integration.crm");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Critical");
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.mitigations.map((m) => m.control_id)).toContain("M-10");
  });

  test("secure https look-up of contact details is approved, with implemented controls", () => {
    const dpia = dpiaFor(terraformJson(webServiceAction({})), "genesyscloud_integration.crm");
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(dpia.mitigations.find((m) => m.control_id === "M-01")!.status).toBe("Implemented");
    expect(dpia.mitigations.find((m) => m.control_id === "M-02")!.status).toBe("Implemented");
    expect(dpia.mitigations.find((m) => m.control_id === "M-08")!.status).toBe("Pending Review");
  });

  test("a policy may block at High", () => {
    const config = terraformJson(webServiceAction({ secure: false }));
    expect(dpiaFor(config, "genesyscloud_integration.crm").compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(
      dpiaFor(config, "genesyscloud_integration.crm", { version: 1, thresholds: { block_at: "High" } })
        .compliance_status,
    ).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("the same input gives the same DPIA and fingerprint; a changed attribute changes the fingerprint", () => {
    const first = assess(terraformJson(webServiceAction({})));
    const second = assess(terraformJson(webServiceAction({})));
    expect(JSON.stringify(second.dpias)).toBe(JSON.stringify(first.dpias));
    const changed = assess(terraformJson(webServiceAction({ config_timeout_seconds: 20 })));
    expect(changed.dpias[0]!.fingerprint).not.toBe(first.dpias[0]!.fingerprint);
    expect(first.dpias[0]!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test("one DPIA per integration (with its actions and credential) and per OAuth client", () => {
    const config = terraformJson({ ...webServiceAction({}), ...oauthClient({ scopes: ["users:readonly"] }) });
    const dpias = assess(config).dpias;
    expect(dpias.map((dpia) => dpia.subject.address)).toEqual([
      "genesyscloud_integration.crm",
      "genesyscloud_oauth_client.app",
    ]);
    expect(dpias[0]!.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_integration.crm",
      "genesyscloud_integration_action.lookup",
    ]);
  });
});
