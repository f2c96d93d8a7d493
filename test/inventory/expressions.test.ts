import { describe, expect, test } from "vitest";
import { parseTemplate, referencedAddresses } from "../../src/inventory/expressions";
import { readEndpoint } from "../../src/flows/endpoint";

describe("template expressions", () => {
  test("Velocity tokens are read in every form: ${input.x}, $!{input.x}", () => {
    expect(parseTemplate("a ${input.phone} b $!{input.email}")).toEqual([
      { kind: "literal", text: "a " },
      { kind: "velocity", expression: "input.phone", namespace: "input", path: "phone" },
      { kind: "literal", text: " b " },
      { kind: "velocity", expression: "input.email", namespace: "input", path: "email" },
    ]);
  });

  test("Terraform references become addresses; variables stay unresolved", () => {
    const parts = parseTemplate("${genesyscloud_integration.crm.id}/${var.suffix}");
    expect(parts[0]).toMatchObject({ kind: "reference", address: "genesyscloud_integration.crm", attribute: "id" });
    expect(parts[2]).toMatchObject({ kind: "unresolved", expression: "var.suffix" });
    expect(referencedAddresses({ a: ["${data.genesyscloud_auth_role.admin.id}"] })).toEqual([
      "data.genesyscloud_auth_role.admin",
    ]);
  });

  test("an unresolved CDKTF token is unknown, never a literal", () => {
    expect(parseTemplate("${TfToken[TOKEN.12]}")[0]!.kind).toBe("unresolved");
  });

  test("nested braces inside an expression are kept together", () => {
    expect(parseTemplate('${jsonencode({a = "b"})}x')).toEqual([
      { kind: "unresolved", expression: 'jsonencode({a = "b"})' },
      { kind: "literal", text: "x" },
    ]);
  });
});

describe("endpoints", () => {
  test("tokens in path and query keep the host known", () => {
    expect(readEndpoint("https://api.crm.example.eu/v2/${input.id}?q=${input.q}")).toMatchObject({
      kind: "absolute",
      url: { host: "api.crm.example.eu", scheme: "https" },
    });
  });
  test("a token in the host makes it unknown", () => {
    expect(readEndpoint("https://${input.tenant}.example.com/x").kind).toBe("unknown");
    expect(readEndpoint("${var.base}/customers").kind).toBe("unknown");
    expect(readEndpoint("http://${var.host}/customers")).toMatchObject({ kind: "unknown", scheme: "http" });
  });
  test("credential fields resolve ${credentials.loginUrl}", () => {
    expect(readEndpoint("${credentials.loginUrl}", { loginUrl: "https://login.example.com/token" })).toMatchObject({
      url: { host: "login.example.com" },
    });
  });
  test("Lambda ARNs give account and region", () => {
    expect(readEndpoint("arn:aws:lambda:eu-west-1:123456789012:function:lookup")).toMatchObject({
      kind: "lambda_arn",
      account: "123456789012",
      region: "eu-west-1",
    });
  });
  test("relative /api/v2 paths are the org's own API", () => {
    expect(readEndpoint("/api/v2/externalcontacts/contacts?q=${input.x}").kind).toBe("relative");
  });
});
