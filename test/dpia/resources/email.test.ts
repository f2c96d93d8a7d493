import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../../helpers/assess-config";
import { ROUTE, route } from "../../helpers/rules/email";

describe("email routes and domains are assessed", () => {
  test("a blind copy outside the org is a flow of customer email to an unreviewed recipient", () => {
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "x@collector.example.com" }] }), ROUTE);
    expect(dpia.data_flows[1]!.destination_host).toBe("collector.example.com");
    expect(dpia.data_flows[1]!.data_elements).toEqual(["contact_pii", "message_content"]);
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(expect.arrayContaining(["GC-DST-1", "GC-TRF-2"]));
  });
  test("a blind copy address hidden behind a variable blocks (fail closed)", () => {
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "${var.bcc}" }] }), ROUTE);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });
  test("a value that is not an address is not read as a domain, and blocks", () => {
    for (const email of ["https://collector.example.com/@x", "Archive <x@collector.example.com>", "x@localhost"]) {
      const dpia = dpiaFor(route({ auto_bcc: [{ email }] }), ROUTE);
      expect(dpia.data_flows[1]!.destination_kind, email).toBe("unknown");
      expect(dpia.compliance_status, email).toBe("BLOCKED_FOR_DEPLOYMENT");
    }
  });
  test("an address built from a routing domain's domain_id (as the provider's examples write it) is read through the reference", () => {
    const custom = route({ auto_bcc: [{ email: "supervisors@${genesyscloud_routing_email_domain.shop.domain_id}" }] });
    expect(dpiaFor(custom, ROUTE).data_flows[1]!.destination_host).toBe("shop.example.eu");
    const genesys = route(
      { auto_bcc: [{ email: "quality@${genesyscloud_routing_email_domain.sub.domain_id}" }] },
      { genesyscloud_routing_email_domain: { sub: { domain_id: "acme", subdomain: true } } },
    );
    expect(dpiaFor(genesys, ROUTE).data_flows[1]!.destination_kind).toBe("genesys_org");
    expect(findingsOf(genesys, "GC-EML-1")).toEqual([]);
  });
  test("a reference to anything else is not taken as a host (it blocks)", () => {
    const config = route({ auto_bcc: [{ email: "x@${genesyscloud_routing_queue.q.name}" }] });
    expect(dpiaFor(config, ROUTE).findings.map((finding) => finding.rule_id)).toContain("GC-FLW-2");
  });
  test("a copy to the company's own mail domain is approved once the allow-list names it", () => {
    const policy = {
      version: 1 as const,
      destinations: [
        {
          host: "shop.example.eu",
          vendor: "Shop GmbH (own mail)",
          country: "DE",
          purposes: ["Quality review of replies"],
        },
      ],
    };
    const dpia = dpiaFor(route({ auto_bcc: [{ email: "quality@shop.example.eu" }] }), ROUTE, policy);
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    // The allow-list's vendor name does not make it the company's own: its capability is unknown without a source.
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(["GC-VEN-1", "GC-EML-1"]);
  });
  test("a route without blind copies is a DPIA of email that stays in Genesys, approved", () => {
    const dpias = assess(route({ queue_id: "q" })).dpias;
    expect(dpias.map((dpia) => dpia.data_flows.map((flow) => flow.destination_kind))).toEqual([
      ["genesys_org"],
      ["genesys_org"],
    ]);
    expect(
      dpias.every((dpia) => dpia.compliance_status === "APPROVED_FOR_DEPLOYMENT" && dpia.findings.length === 0),
    ).toBe(true);
  });
  test("a domain sending through a custom SMTP server joins the server integration's DPIA", () => {
    const config = terraformJson({
      genesyscloud_integration: {
        smtp: {
          integration_type: "custom-smtp-server",
          config: { name: "Relay", properties: JSON.stringify({ url: "http://relay.mail.example.com" }) },
        },
      },
      genesyscloud_routing_email_domain: {
        shop: { domain_id: "shop.example.eu", custom_smtp_server_id: ref("genesyscloud_integration.smtp") },
      },
    });
    const dpias = assess(config).dpias;
    expect(dpias).toHaveLength(1);
    expect(dpias[0]!.resources.map((resource) => resource.address).sort()).toEqual([
      "genesyscloud_integration.smtp",
      "genesyscloud_routing_email_domain.shop",
    ]);
    const relay = dpias[0]!.data_flows.find((flow) => flow.via === "genesyscloud_routing_email_domain.shop")!;
    expect(relay.data_elements).toEqual(["contact_pii", "message_content"]);
  });
  test("a custom SMTP server outside the configuration leaves the domain's recipient unnamed", () => {
    const config = terraformJson({
      genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", custom_smtp_server_id: "3f2a-guid" } },
    });
    expect(
      dpiaFor(config, "genesyscloud_routing_email_domain.shop").findings.map((finding) => finding.rule_id),
    ).toContain("GC-FLW-4");
  });
});
