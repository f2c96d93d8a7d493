import { describe, expect, test } from "vitest";
import { assessInventory } from "../../../src/dpia/assess-inventory";
import { hostsNamedIn } from "../../../src/flows/hosts-in-inventory";
import { readTerraformJson } from "../../../src/inventory/read-terraform-json";
import { applyPolicy } from "../../../src/policy/load-policy";
import type { Policy } from "../../../src/policy/schema";
import { resolveVendorKnowledgeSync } from "../../../src/vendors/sources/resolve-sync";
import {
  assess,
  FIXED_NOW,
  findingsOf,
  oauthClient,
  terraformJson,
  webServiceAction,
} from "../../helpers/assess-config";
import { idsOf, integrationDpia, recordingShareConfig, vendorPolicy, vendorRecord } from "../../helpers/vendors";

const config = recordingShareConfig(90);
const UNKNOWN = "vendor capability unknown: configure a vendor source";

/** A web-services data action posting to `url` (its host or Genesys-ness is what a case varies). */
const postingTo = (url: string) =>
  terraformJson(webServiceAction({ config_request: { request_type: "POST", request_url_template: url } }), {
    aws_region: "eu-west-1",
  });

/** A Zendesk integration: the catalog names its vendor, the configuration no host. */
const zendesk = terraformJson({
  genesyscloud_integration: { desk: { integration_type: "zendesk-data-actions", config: { name: "Desk" } } },
});

/** GC-VEN-1's findings with the policy's vendor sources asked, as the gate asks them. */
function withSources(config: unknown, policy: Policy) {
  const effective = applyPolicy(policy);
  const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
  const vendors = resolveVendorKnowledgeSync(effective.vendors, hostsNamedIn(inventory, effective.catalog), FIXED_NOW);
  return assessInventory(inventory, { policy: effective, now: FIXED_NOW, vendors })
    .dpias.flatMap((dpia) => dpia.findings)
    .filter((finding) => finding.rule_id === "GC-VEN-1");
}

describe("GC-VEN-1 VendorCapabilityKnown: the receiving vendor's capability is known", () => {
  test("Noncompliance: vendor checks are configured but no record names the host", () => {
    const dpia = integrationDpia(
      config,
      vendorPolicy({ records: [vendorRecord({ hosts: ["api.other.example.eu"] })] }),
    );
    const finding = dpia.findings.find((candidate) => candidate.rule_id === "GC-VEN-1");
    expect(finding?.severity).toBe("High");
    expect(finding?.message).toContain("no vendor record names api.marketing.example.eu");
    expect(dpia.vendor_governance?.flows[0]?.status).toBe("not_found");
  });

  test("Noncompliance: no vendor source configured: the flow to the vendor says its capability is unknown (issue 27, item 4)", () => {
    const dpia = integrationDpia(config, vendorPolicy(undefined));
    const finding = dpia.findings.find((candidate) => candidate.rule_id === "GC-VEN-1");
    expect(finding).toMatchObject({
      severity: "High",
      resource: "genesyscloud_integration_action.share",
      attribute: "config_request.request_url_template",
    });
    expect(finding?.message).toContain(UNKNOWN);
    expect(finding?.message).toContain("api.marketing.example.eu");
    // Still not assessed: the finding says so, the section too.
    expect(dpia.vendor_governance).toMatchObject({ assessed: false });
    expect(dpia.vendor_governance?.note).toContain("Not assessed");
  });

  test("Noncompliance: High does not block by default; a policy that blocks at High blocks on it", () => {
    const high = { version: 1 as const, thresholds: { block_at: "High" as const } };
    const by = (policy?: Parameters<typeof assess>[1]) =>
      assess(postingTo("https://api.partner.example.net/v1/notes"), policy).dpias[0]!;
    expect(by().findings.map((f) => f.rule_id)).toContain("GC-VEN-1");
    expect(by().compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    expect(by(high).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("Noncompliance: a vendor the catalog names by integration type, with no host in the configuration", () => {
    expect(findingsOf(zendesk, "GC-VEN-1").map((f) => f.message)).toEqual([
      expect.stringContaining(`${UNKNOWN} (no vendor source is configured, so nothing says how long Zendesk`),
    ]);
  });

  test("Noncompliance: configuring a source does not silence a vendor it cannot be asked about", () => {
    const policy = { version: 1 as const, vendors: { records: [vendorRecord()] } };
    expect(withSources(zendesk, policy).map((f) => f.message)).toEqual([
      "vendor capability of Zendesk is unknown: the configuration names no host that the vendor sources could be asked about",
    ]);
  });

  test.each([
    ["upper case and a trailing dot", "https://API.Partner.Example.NET./v1/notes"],
    ["a look-alike of a Genesys domain", "https://api.mypurecloud.ie.evil.example/v1/notes"],
    ["a host with user information", "https://api.mypurecloud.ie@evil.example/v1/notes"],
  ])("Noncompliance: another spelling of a third party's host: %s", (_, url) => {
    expect(findingsOf(postingTo(url), "GC-VEN-1")).toHaveLength(1);
  });

  test("Noncompliance: an allow-list entry calling the vendor Genesys does not make it Genesys", () => {
    const policy = {
      version: 1 as const,
      destinations: [{ host: "api.partner.example.net", vendor: "Genesys", country: "IE", purposes: ["Notes"] }],
    };
    expect(findingsOf(postingTo("https://api.partner.example.net/v1/notes"), "GC-VEN-1", policy)).toHaveLength(1);
  });

  test("Compliance (of this rule): a source that gave no answer is GC-VEN-8, not this High finding", () => {
    const policy = vendorPolicy({
      records: [vendorRecord(), vendorRecord({}, { fides_key: "twin" })],
      on_source_failure: "critical",
    });
    expect(idsOf(config, policy)).toEqual(expect.arrayContaining(["GC-VEN-8"]));
    expect(idsOf(config, policy)).not.toContain("GC-VEN-1");
  });

  test("Compliance: a record names the host", () => {
    expect(idsOf(config, vendorPolicy({ records: [vendorRecord()] }))).not.toContain("GC-VEN-1");
  });

  test.each([
    ["Genesys Cloud in the org's region", "https://api.mypurecloud.ie/api/v2/users"],
    [
      "Genesys Cloud in another region (a transfer, judged by the transfer rules)",
      "https://api.usw2.pure.cloud/api/v2/users",
    ],
    ["the org's own AWS account (a Lambda)", "arn:aws:lambda:eu-west-1:123456789012:function:notes"],
  ])("Compliance: not a third party vendor: %s", (_, url) => {
    expect(findingsOf(postingTo(url), "GC-VEN-1")).toEqual([]);
  });

  test("Compliance: no personal data in the flow", () => {
    const config = terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object", properties: { ticketCount: { type: "integer" } } }),
        contract_output: JSON.stringify({ type: "object", properties: { accepted: { type: "boolean" } } }),
        config_request: { request_type: "POST", request_url_template: "https://api.partner.example.net/v1/count" },
      }),
    );
    expect(findingsOf(config, "GC-VEN-1")).toEqual([]);
  });

  test("Compliance: an API client (who runs it is the allow-list's question, GC-DST-1)", () => {
    const config = terraformJson(oauthClient({ scopes: ["conversations:readonly"] }));
    expect(findingsOf(config, "GC-VEN-1")).toEqual([]);
    expect(findingsOf(config, "GC-DST-1")).not.toEqual([]);
  });
});
