import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-DST-3 DestinationUrlUnambiguous: URLs show their real host", () => {
  const at = (url: string) =>
    terraformJson(webServiceAction({ config_request: { request_type: "GET", request_url_template: url } }));
  test("Noncompliance: user information before @", () => {
    expect(findingsOf(at("https://crm.example.eu@collector.example/x"), "GC-DST-3")[0]!.message).toContain(
      "connects to collector.example",
    );
  });
  test("Noncompliance: a Cyrillic look-alike", () => {
    expect(findingsOf(at("https://pаypal.com/x"), "GC-DST-3")[0]!.message).toContain("mixes scripts");
  });
  test("Noncompliance: a decimal IP address", () => {
    expect(
      findingsOf(at("https://3232235777/x"), "GC-DST-3")
        .map((f) => f.message)
        .join(" "),
    ).toContain("192.168.1.1");
  });
  test("Compliance: a plain host name", () => {
    expect(findingsOf(at("https://crm.example.eu/x"), "GC-DST-3")).toEqual([]);
  });
});
