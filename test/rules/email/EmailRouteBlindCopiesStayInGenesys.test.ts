import { describe, expect, test } from "vitest";
import { assess, dpiaFor, findingsOf } from "../../helpers/assess-config";
import { ROUTE, route } from "../../helpers/rules/email";

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
