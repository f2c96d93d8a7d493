import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";

const ROUTE = "genesyscloud_routing_email_route.support";
const route = (body: Record<string, unknown>, extra: Record<string, Record<string, Record<string, unknown>>> = {}) =>
  terraformJson({
    genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", subdomain: false } },
    genesyscloud_routing_email_route: {
      support: {
        domain_id: ref("genesyscloud_routing_email_domain.shop"),
        pattern: "support",
        from_name: "Support",
        from_email: "support@shop.example.eu",
        ...body,
      },
    },
    ...extra,
  });

describe("GC-EML-1 EmailRouteBlindCopiesStayInGenesys: replies are blind-copied only inside Genesys Cloud", () => {
  test("Noncompliance: every reply blind-copied to a mailbox at another domain, the address never printed", () => {
    const config = route({ auto_bcc: [{ email: "archive.jane@mail-collector.example.com", name: "Archive" }] });
    const findings = findingsOf(config, "GC-EML-1");
    expect(findings.map((finding) => finding.message)).toEqual([
      "every reply is blind-copied to a mailbox at mail-collector.example.com, outside Genesys Cloud",
    ]);
    expect(JSON.stringify(assess(config).dpias)).not.toContain("archive.jane");
  });
  test("Noncompliance: a copy address set by a variable cannot be checked", () => {
    expect(findingsOf(route({ auto_bcc: [{ email: "${var.bcc}" }] }), "GC-EML-1")).toHaveLength(1);
  });
  test("Noncompliance: a custom routing domain does not make its mailboxes Genesys's: its MX records decide who receives the copy", () => {
    const laundered = route(
      { auto_bcc: [{ email: "archive@gmail.com" }] },
      { genesyscloud_routing_email_domain: { gmail: { domain_id: "gmail.com", subdomain: false } } },
    );
    expect(findingsOf(laundered, "GC-EML-1")).toHaveLength(1);
    expect(dpiaFor(laundered, ROUTE).data_flows[1]!.destination_host).toBe("gmail.com");
  });
  test("Compliance: copies to the org's routing subdomain in Genesys Cloud (any case)", () => {
    const config = route({ auto_bcc: [{ email: "Quality@Shop.MyPureCloud.ie" }] });
    expect(findingsOf(config, "GC-EML-1")).toEqual([]);
    expect(dpiaFor(config, ROUTE).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
});

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
    expect(dpia.findings.map((finding) => finding.rule_id)).toEqual(["GC-EML-1"]);
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
