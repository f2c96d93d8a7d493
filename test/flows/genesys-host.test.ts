import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { genesysRegionOfHost, imitatesGenesysHost, isGenesysHost } from "../../src/flows/genesys-host";
import { analyzeUrl } from "../../src/hosts/url-analysis";

const catalog = builtInCatalog();

/** The host and what a reviewer would misread, as the URL parser gives them. */
function url(raw: string) {
  const result = analyzeUrl(raw);
  if (!result.ok) throw new Error(result.reason);
  return result.url;
}

describe("Genesys Cloud hosts by region (the provider's and the SDK's region table)", () => {
  test.each([
    ["api.mypurecloud.com", "us-east-1"],
    ["apps.mypurecloud.ie", "eu-west-1"],
    ["login.mypurecloud.de", "eu-central-1"],
    ["apps.mypurecloud.jp", "ap-northeast-1"],
    ["api.mypurecloud.com.au", "ap-southeast-2"],
    ["apps.usw2.pure.cloud", "us-west-2"],
    ["login.cac1.pure.cloud", "ca-central-1"],
    ["api.euw2.pure.cloud", "eu-west-2"],
    ["apps.aps1.pure.cloud", "ap-south-1"],
    ["api.apne2.pure.cloud", "ap-northeast-2"],
    ["api.use2.us-gov-pure.cloud", "us-east-2"],
    ["apps.sae1.pure.cloud", "sa-east-1"],
    ["api.mec1.pure.cloud", "me-central-1"],
    ["login.euc2.pure.cloud", "eu-central-2"],
    ["webmessaging.mypurecloud.ie", "eu-west-1"],
    ["API.MyPureCloud.IE.", "eu-west-1"],
  ])("%s is in %s", (host, region) => {
    expect(genesysRegionOfHost(host, catalog)?.aws_region).toBe(region);
    expect(isGenesysHost(host, catalog)).toBe(true);
  });

  test("a host of Genesys's region family that no region's domain covers is Genesys, region unknown", () => {
    expect(isGenesysHost("apps.xyz9.pure.cloud", catalog)).toBe(true);
    expect(genesysRegionOfHost("apps.xyz9.pure.cloud", catalog)).toBeUndefined();
  });

  test.each([
    "mypurecloud.com.evil.example",
    "apps.mypurecloud.ie.evil.example",
    "evil-mypurecloud.com",
    "evilmypurecloud.ie",
    "mypurecloud.ie-login.example",
    "test-pure.cloud",
    "pure.cloud.evil.example",
    "mypurecloud.github.io",
  ])("%s is not Genesys", (host) => {
    expect(isGenesysHost(host, catalog)).toBe(false);
    expect(genesysRegionOfHost(host, catalog)).toBeUndefined();
  });
});

describe("hosts made to look like Genesys", () => {
  test.each([
    "https://apps.mypurecloud.ie.evil.example/directory/",
    "https://evil-mypurecloud.com/",
    "https://mypurecloud-login.example/oauth/token",
    "https://api.usw2.pure.cloud.collector.example/",
    "https://mypur\u0435cloud.ie/", // Cyrillic е
    "https://apps.mypurecloud.ie@collector.example/",
    "https://apps.mypurecloud.ie%2Flogin@collector.example/",
  ])("%s imitates Genesys", (raw) => {
    expect(imitatesGenesysHost(url(raw), catalog)).toBe(true);
  });

  test.each([
    "https://apps.mypurecloud.ie/directory/",
    "https://\u0430pps.mypurecloud.ie/", // a Cyrillic label below Genesys's own domain is still Genesys's
    "https://mypurecloud.github.io/purecloud-premium-app/wizard/index.html",
    "https://crm.example.eu/",
    "https://mock-server.prv-use1.test-pure.cloud/messaging-service/webhook",
    "https://user@crm.example.eu/",
  ])("%s does not", (raw) => {
    expect(imitatesGenesysHost(url(raw), catalog)).toBe(false);
  });
});
