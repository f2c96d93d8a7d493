import { describe, expect, test } from "vitest";
import { dpiaFor, oauthClient, ref, terraformJson } from "../helpers/assess-config";
import { clientCredentials, role } from "../helpers/rules/oauth";

const address = "genesyscloud_oauth_client.app";

describe("an OAuth client's data goes to the client, never to the host its users' browsers return to", () => {
  test.each([
    ["CODE", "http://localhost:8080/callback"],
    ["TOKEN", "https://app.partner-example.com/callback"],
  ])("%s client with redirect %s: the flow's destination is the API client, not the redirect host", (grant, uri) => {
    const dpia = dpiaFor(
      terraformJson(
        oauthClient({ authorized_grant_type: grant, registered_redirect_uris: [uri], scopes: ["users:readonly"] }),
      ),
      address,
    );
    expect(dpia.data_flows).toEqual([
      expect.objectContaining({ destination: 'API client "App"', destination_kind: "api_client" }),
    ]);
    expect(dpia.data_flows[0]!.destination_host).toBeUndefined();
    // Not a data destination: no plain-http transfer (GC-FLW-3), nothing at the redirect attribute.
    expect(dpia.findings.filter((finding) => finding.rule_id === "GC-FLW-3")).toEqual([]);
    expect(dpia.findings.filter((finding) => finding.rule_id !== "GC-DST-2").map((f) => f.attribute)).not.toContain(
      "registered_redirect_uris",
    );
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("the redirect host is still listed as a host the configuration names", () => {
    const dpia = dpiaFor(
      terraformJson(
        oauthClient({
          authorized_grant_type: "CODE",
          registered_redirect_uris: ["https://app.partner-example.com/callback"],
          scopes: ["users:readonly"],
        }),
      ),
      address,
    );
    expect(dpia.referenced_hosts.map((host) => host.host)).toContain("app.partner-example.com");
  });

  test("an allow-list entry naming the application's host still approves the client, with its country", () => {
    const policy = {
      version: 1 as const,
      destinations: [
        { host: "app.partner-example.com", vendor: "Partner B.V.", country: "NL", purposes: ["agent tool"] },
      ],
    };
    const dpia = dpiaFor(
      terraformJson(
        oauthClient({
          authorized_grant_type: "CODE",
          registered_redirect_uris: ["https://app.partner-example.com/callback"],
          scopes: ["users:readonly"],
        }),
      ),
      address,
      policy,
    );
    expect(dpia.data_flows[0]).toEqual(expect.objectContaining({ approved: true, country: "NL" }));
    expect(dpia.findings.map((finding) => finding.rule_id)).not.toContain("GC-DST-1");
  });

  test("what decides the risk is the grant: a client-credentials role reading recordings blocks", () => {
    const dpia = dpiaFor(
      terraformJson(
        oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recording", "recording", ["view"])),
      ),
      address,
    );
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.blocking_findings!.map((finding) => [finding.rule_id, finding.attribute])).toEqual([
      ["GC-REC-3", "roles"],
    ]);
  });
});
