import { describe, expect, test } from "vitest";
import { hostMatches, parseHostPattern, type HostPattern } from "../../src/hosts/host-pattern";
import { analyzeUrl, MAX_URL_LENGTH } from "../../src/hosts/url-analysis";

function pattern(text: string): HostPattern {
  const parsed = parseHostPattern(text);
  if (!parsed.ok) throw new Error(parsed.expected);
  return parsed.value;
}

/** The host a client would connect to, whether `allowed` approves it, and the warning kinds. */
function check(url: string, allowed: string) {
  const result = analyzeUrl(url);
  if (!result.ok) throw new Error(result.reason);
  return {
    host: result.url.host,
    unicode: result.url.unicodeHost,
    matches: hostMatches(pattern(allowed), result.url.host),
    warnings: result.url.warnings.map((w) => w.kind),
    ip: result.url.ip,
  };
}

describe("URL tricks: the host reported is the one a client connects to", () => {
  test("userinfo: https://trusted.example@collector.example/ goes to collector.example", () => {
    const r = check("https://trusted.example@collector.example/", "trusted.example");
    expect(r).toMatchObject({ host: "collector.example", matches: false });
    expect(r.warnings).toContain("userinfo");
  });

  test("IDN and punycode: both forms shown, mixed scripts flagged, no match against the Latin name", () => {
    const cyrillic = check("https://pаypal.com/pay", "paypal.com");
    expect(cyrillic).toMatchObject({ host: "xn--pypal-4ve.com", unicode: "pаypal.com", matches: false });
    expect(cyrillic.warnings).toEqual(expect.arrayContaining(["idn", "mixed_script"]));
    const punycode = check("https://xn--pypal-4ve.com/pay", "paypal.com");
    expect(punycode).toMatchObject({ host: "xn--pypal-4ve.com", unicode: "pаypal.com", matches: false });
    const german = check("https://münchen.de/", "xn--mnchen-3ya.de");
    expect(german).toMatchObject({ host: "xn--mnchen-3ya.de", unicode: "münchen.de", matches: true });
    expect(german.warnings).not.toContain("mixed_script");
  });

  test.each([
    ["http://3232235777/", "decimal"],
    ["http://0300.0250.1.1/", "octal"],
    ["http://0xC0A80101/", "hexadecimal"],
    ["http://192.168.257/", "shortened"],
  ])("IPv4 in %s notation is reported as 192.168.1.1, private, obfuscated", (url, notation) => {
    const r = check(url, "192.168.1.1");
    expect(r.host).toBe("192.168.1.1");
    expect(r.ip).toEqual({ version: 4, range: "private", notation });
    expect(r.warnings).toEqual(expect.arrayContaining(["ip_literal", "obfuscated_ip", "internal_address"]));
  });

  test("IPv6 and IPv4-mapped IPv6", () => {
    const loopback = check("https://[::1]:8443/", "example.com");
    expect(loopback).toMatchObject({ host: "::1", matches: false, ip: { version: 6, range: "loopback" } });
    const mapped = check("https://[::ffff:10.0.0.5]/", "example.com");
    expect(mapped.ip).toMatchObject({ version: 6, range: "private", notation: "IPv4-mapped IPv6 for 10.0.0.5" });
    expect(mapped.warnings).toContain("obfuscated_ip");
  });

  test("loopback and link-local IPv4", () => {
    expect(check("https://127.0.0.1/", "example.com").ip?.range).toBe("loopback");
    expect(check("https://169.254.169.254/latest/meta-data", "example.com").ip?.range).toBe("link_local");
    expect(check("https://8.8.8.8/", "example.com").warnings).not.toContain("internal_address");
  });

  test("ports, trailing dots and case", () => {
    const r = check("https://API.Salesforce.COM.:8443/services", "*.salesforce.com");
    expect(r).toMatchObject({ host: "api.salesforce.com", matches: true });
    expect(r.warnings).toEqual(expect.arrayContaining(["trailing_dot", "non_default_port"]));
    expect(check("https://eu1.my.salesforce.com:443/", "*.salesforce.com").warnings).not.toContain("non_default_port");
  });

  test("allow-list matching works on label boundaries", () => {
    expect(check("https://evilsalesforce.com/", "*.salesforce.com").matches).toBe(false);
    expect(check("https://salesforce.com.evil.example/", "*.salesforce.com").matches).toBe(false);
    expect(check("https://eu1.my.salesforce.com/", "*.salesforce.com").matches).toBe(true);
    expect(check("https://salesforce.com/", "*.salesforce.com").matches).toBe(false);
    expect(check("https://salesforce.com/", "salesforce.com").matches).toBe(true);
  });

  test("patterns that would approve a whole public suffix, or are not host names, are rejected", () => {
    expect(parseHostPattern("*.com")).toMatchObject({ ok: false });
    expect(parseHostPattern("*.co.uk")).toMatchObject({ ok: false });
    expect(parseHostPattern("*.herokuapp.com")).toMatchObject({ ok: false });
    expect(parseHostPattern("https://crm.example.com/")).toMatchObject({ ok: false });
    expect(parseHostPattern("crm.*.example.com")).toMatchObject({ ok: false });
    expect(parseHostPattern("*.example.co.uk")).toMatchObject({ ok: true });
  });

  test("unparseable and absurdly long URLs are reported, not crashed on", () => {
    expect(analyzeUrl("https://exa mple.com/")).toEqual({ ok: false, reason: "the URL cannot be parsed" });
    expect(analyzeUrl(`https://example.com/${"a".repeat(MAX_URL_LENGTH)}`)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("characters long"),
    });
  });

  test("non-TLS schemes are marked", () => {
    for (const url of ["http://x.example/", "ws://x.example/", "ftp://x.example/"])
      expect(check(url, "x.example").warnings).toContain("not_encrypted");
  });
});
