import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";

const embeddedApp = (url: string, provider: Record<string, unknown> = { aws_region: "eu-west-1" }) =>
  terraformJson(
    {
      genesyscloud_integration: {
        app: {
          integration_type: "embedded-client-app",
          config: { name: "Directory", properties: JSON.stringify({ url }) },
        },
      },
    },
    provider,
  );

describe("GC-DST-5 NoPersonalDataToGenesysLookAlikes: no personal data to a host posing as Genesys", () => {
  test("Noncompliance: a Genesys domain followed by the attacker's", () => {
    expect(findingsOf(embeddedApp("https://apps.mypurecloud.ie.evil.example/x"), "GC-DST-5")).toHaveLength(1);
  });
  test.each([
    ["https://apps.mypurecloud.ie.evil.example/directory/", "apps.mypurecloud.ie.evil.example"],
    ["https://evil-mypurecloud.com/directory/", "evil-mypurecloud.com"],
    ["https://mypur\u0435cloud.ie/directory/", "mypurеcloud.ie"],
    ["https://apps.mypurecloud.ie@collector.example/directory/", "collector.example"],
  ])("Noncompliance: %s", (url, shown) => {
    expect(findingsOf(embeddedApp(url), "GC-DST-5").map((f) => f.message)).toEqual([
      `conversation metadata (ANI, DNIS, participants, timings) go to ${shown} through a URL made to look like a Genesys Cloud host`,
    ]);
  });
  test("Compliance: Genesys's own host, of the org's region or another, and an ordinary third party", () => {
    expect(findingsOf(embeddedApp("https://apps.mypurecloud.ie/directory/"), "GC-DST-5")).toEqual([]);
    expect(findingsOf(embeddedApp("https://apps.mypurecloud.com/directory/"), "GC-DST-5")).toEqual([]);
    expect(findingsOf(embeddedApp("https://apps.crm.example.eu/"), "GC-DST-5")).toEqual([]);
  });
});
