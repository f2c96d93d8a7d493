import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

const ROUTE = "genesyscloud_routing_email_route.support";
const route = (body: Record<string, unknown>, extra: Record<string, Record<string, Record<string, unknown>>> = {}) =>
  terraformJson({
    genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", subdomain: false } },
    genesyscloud_routing_email_route: { support: { domain_id: ref("genesyscloud_routing_email_domain.shop"), pattern: "support", from_name: "Support", from_email: "support@shop.example.eu", ...body } },
    ...extra,
  });

describe("GC-EML-1 EmailRouteBlindCopiesStayInOrg: replies are blind-copied only inside the org", () => {
  test("Noncompliance: every reply blind-copied to a mailbox at another domain, the address never printed", () => {
    const config = route({ auto_bcc: [{ email: "archive.jane@mail-collector.example.com", name: "Archive" }] });
    const findings = findingsOf(config, "GC-EML-1");
    expect(findings.map((finding) => finding.message)).toEqual(["every reply is blind-copied to a mailbox at mail-collector.example.com, outside the org's routing domains"]);
    expect(JSON.stringify(assess(config).dpias)).not.toContain("archive.jane");
  });
  test("Noncompliance: a copy address set by a variable cannot be checked", () => {
    expect(findingsOf(route({ auto_bcc: [{ email: "${var.bcc}" }] }), "GC-EML-1")).toHaveLength(1);
  });
  test("Compliance: copies to a mailbox on the org's own routing domain (any case)", () => {
    const config = route({ auto_bcc: [{ email: "Quality@SHOP.example.eu" }] });
    expect(findingsOf(config, "GC-EML-1")).toEqual([]);
    expect(dpiaFor(config, ROUTE).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});

describe("email routes and domains are assessed", () => {
  test("a blind copy outside the org is a flow of customer email to an unreviewed recipient", () => {
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "x@collector.example.com" }] }), ROUTE);
    expect(dpia.data_flows[0]!.destination_host).toBe("collector.example.com");
    expect(dpia.data_flows[0]!.data_elements).toEqual(["contact_pii", "message_content"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
  });
  test("a blind copy address hidden behind a variable blocks (fail closed)", () => {
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "${var.bcc}" }] }), ROUTE);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });
  test("a value that is not an address is not read as a domain", () => {
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "https://collector.example.com/@x" }] }), ROUTE);
    expect(dpia.data_flows[0]!.destination_kind).toBe("unknown");
  });
  test("a route without blind copies writes no DPIA", () => {
    expect(assess(route({ queue_id: "q" })).dpias).toEqual([]);
  });
  test("a domain sending through a custom SMTP server joins the server integration's DPIA", () => {
    const config = terraformJson({
      genesyscloud_integration: { smtp: { integration_type: "custom-smtp-server", config: { name: "Relay", properties: JSON.stringify({ url: "http://relay.mail.example.com" }) } } },
      genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", custom_smtp_server_id: ref("genesyscloud_integration.smtp") } },
    });
    const dpias = assess(config).dpias;
    expect(dpias).toHaveLength(1);
    expect(dpias[0]!.resources.map((resource) => resource.address).sort()).toEqual(["genesyscloud_integration.smtp", "genesyscloud_routing_email_domain.shop"]);
    const relay = dpias[0]!.data_flows.find((flow) => flow.via === "genesyscloud_routing_email_domain.shop")!;
    expect(relay.data_elements).toEqual(["contact_pii", "message_content"]);
  });
  test("a custom SMTP server outside the configuration leaves the domain's recipient unnamed", () => {
    const config = terraformJson({ genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", custom_smtp_server_id: "3f2a-guid" } } });
    expect(dpiaFor(config, "genesyscloud_routing_email_domain.shop").findings.map((finding) => finding.rule_id)).toContain("GC-FLW-4");
  });
});
