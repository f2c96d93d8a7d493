import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";

describe("GC-FLW-5 UnknownContractDataStaysInGenesys: data actions with contracts that cannot be evaluated stay inside Genesys", () => {
  const policy = {
    version: 1 as const,
    destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  const post = (action: Record<string, unknown>) =>
    terraformJson(
      webServiceAction({
        config_request: {
          request_type: "POST",
          request_url_template: "https://crm.example.eu/customers",
          request_template: "$${input.rawRequest}",
        },
        ...action,
      }),
    );
  test.each([
    ["merge() from HCL", '{"type":"object","properties":"${merge(...)}"}'],
    ["a conditional", "$${var.pci ? local.a : local.b}"],
    ["a for expression", '$${jsonencode({ for k in var.f : k => { type = "string" } })}'],
    ["a missing file()", "$${file(...)}"],
    ["a CDKTF token", "$${TfToken[TOKEN.12]}"],
    ["a TerraformLocal", "$${local.contract}"],
    ["a remote $ref", JSON.stringify({ $ref: "https://schemas.example.eu/customer.json" })],
    [
      "a $ref to a missing definition",
      JSON.stringify({
        type: "object",
        properties: { a: { $ref: "#/definitions/nope" } },
        additionalProperties: false,
      }),
    ],
  ])("Noncompliance: contract_input is %s", (_what, contract) => {
    const findings = findingsOf(post({ contract_input: contract }), "GC-FLW-5", policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
    expect(findings[0]!.message).toContain("contract_input is unknown and flows to");
    expect(
      dpiaFor(post({ contract_input: contract }), "genesyscloud_integration_action.lookup", policy).compliance_status,
    ).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("Noncompliance: an unresolved contract_output on a secure GET action to an approved host", () => {
    const config = terraformJson(webServiceAction({ secure: true, contract_output: "$${local.out}" }));
    expect(findingsOf(config, "GC-FLW-5", policy)[0]!.message).toContain("contract_output");
  });
  test.each([
    ["an object naming no property", { type: "object" }],
    ["an empty properties object", { type: "object", properties: {} }],
    ["the empty schema", {}],
    ["the schema true", true],
    ["only additionalProperties as a schema", { type: "object", additionalProperties: { type: "string" } }],
    ["a property pattern with no literal word", { type: "object", patternProperties: { "^[a-zA-Z][\\w-]*$": {} } }],
    ["a nested object naming no property", { type: "object", properties: { customer: { type: "object" } } }],
  ])("Noncompliance: contract_input is %s, forwarded by ${input.rawRequest}", (_what, schema) => {
    const findings = findingsOf(post({ contract_input: JSON.stringify(schema) }), "GC-FLW-5", policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("Critical");
  });
  test("Noncompliance: no request template on a POST forwards the input whole (the default)", () => {
    const config = terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object" }),
        config_request: { request_type: "POST", request_url_template: "https://crm.example.eu/customers" },
      }),
    );
    expect(findingsOf(config, "GC-FLW-5", policy)).toHaveLength(1);
  });
  test("Compliance: an open input contract that declares its properties is its data (a flow passes only those)", () => {
    const config = post({
      contract_input: JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } }),
    });
    expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
    expect(findingsOf(config, "GC-CTR-1", policy)).toHaveLength(1);
  });
  test("Compliance: a GET does not send its request template (Genesys builds bodies for POST, PUT and PATCH only)", () => {
    const config = terraformJson(
      webServiceAction({
        contract_input: JSON.stringify({ type: "object" }),
        config_request: {
          request_type: "GET",
          request_url_template: "https://crm.example.eu/customers",
          request_template: "$${input.rawRequest}",
        },
      }),
    );
    expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
  });
  test("Compliance: a closed input contract forwarded whole", () => {
    const closed = JSON.stringify({
      type: "object",
      properties: { phoneNumber: { type: "string" } },
      additionalProperties: false,
    });
    expect(findingsOf(post({ contract_input: closed }), "GC-FLW-5", policy)).toEqual([]);
  });
  test("Compliance: an open input contract whose named fields alone are sent", () => {
    const config = post({
      config_request: {
        request_type: "POST",
        request_url_template: "https://crm.example.eu/customers",
        request_template: '{"phone": "$${input.phoneNumber}"}',
      },
    });
    expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
  });
  test("Compliance: an unresolved contract on an action that stays inside the Genesys org", () => {
    const config = terraformJson(
      webServiceAction(
        {
          contract_input: "$${local.contract}",
          config_request: { request_type: "GET", request_url_template: "/api/v2/users/$${input.id}" },
        },
        { integration_type: "purecloud-data-actions" },
      ),
    );
    expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
  });
});

describe("GC-FLW-5 UnknownContractDataStaysInGenesys: every way a template forwards the whole input", () => {
  const policy = {
    version: 1 as const,
    destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  const open = JSON.stringify({ type: "object" });
  test.each([
    "$${input.rawRequest}",
    "$input.rawRequest",
    "$!{input.rawRequest}",
    '{"body": $esc.jsonString($input.rawRequest)}',
    "#set($b = $input.rawRequest)$b",
    "$${input}",
    "$input",
  ])("Noncompliance: %s", (template) => {
    const config = terraformJson(
      webServiceAction({
        contract_input: open,
        config_request: {
          request_type: "POST",
          request_url_template: "https://crm.example.eu/c",
          request_template: template,
        },
      }),
    );
    expect(findingsOf(config, "GC-FLW-5", policy)).toHaveLength(1);
  });
  test.each(['{"p": "$input.phoneNumber"}', '{"p": "$${input.phoneNumber}"}', '{"p": "$input.rawRequestId"}'])(
    "Compliance: %s names its fields",
    (template) => {
      const config = terraformJson(
        webServiceAction({
          contract_input: open,
          config_request: {
            request_type: "POST",
            request_url_template: "https://crm.example.eu/c",
            request_template: template,
          },
        }),
      );
      expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
    },
  );
});

describe("GC-FLW-5 UnknownContractDataStaysInGenesys: what was tried against the declared-properties reading", () => {
  const policy = {
    version: 1 as const,
    destinations: [{ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  const nothing = JSON.stringify({ type: "object" });
  const action = (request: Record<string, unknown>, contract = nothing) =>
    terraformJson(webServiceAction({ contract_input: contract, config_request: request }));
  test("Noncompliance: a property named only under not is no declaration", () => {
    const contract = JSON.stringify({ type: "object", not: { required: ["queueName"] } });
    const config = action(
      {
        request_type: "POST",
        request_url_template: "https://crm.example.eu/c",
        request_template: "$${input.rawRequest}",
      },
      contract,
    );
    expect(findingsOf(config, "GC-FLW-5", policy)).toHaveLength(1);
  });
  test("Noncompliance: a template that walks the input by computed names ($input.keySet(), $input.get)", () => {
    for (const template of [
      '{#foreach($k in $input.keySet())"$k": "$input.get($k)",#end "x": 1}',
      '{"all": "$input.get(\\"anything\\")"}',
      '{"v": "$input[$k]"}',
    ]) {
      const config = action({
        request_type: "POST",
        request_url_template: "https://crm.example.eu/c",
        request_template: template,
      });
      expect(findingsOf(config, "GC-FLW-5", policy), template).toHaveLength(1);
    }
  });
  test("Noncompliance: a GET that puts the raw request in its URL or a header sends it", () => {
    const inUrl = action({
      request_type: "GET",
      request_url_template: "https://crm.example.eu/c?q=$${input.rawRequest}",
    });
    expect(findingsOf(inUrl, "GC-FLW-5", policy)).toHaveLength(1);
    const inHeader = action({
      request_type: "GET",
      request_url_template: "https://crm.example.eu/c",
      headers: { "X-Payload": "$${input.rawRequest}" },
    });
    expect(findingsOf(inHeader, "GC-FLW-5", policy)).toHaveLength(1);
  });
  test("Noncompliance: a method not known before deployment may send a body", () => {
    const config = action({
      request_type: "$${var.method}",
      request_url_template: "https://crm.example.eu/c",
      request_template: "$${input.rawRequest}",
    });
    expect(findingsOf(config, "GC-FLW-5", policy)).toHaveLength(1);
  });
  test("Compliance: a method called on a named property is that property", () => {
    const config = action({
      request_type: "POST",
      request_url_template: "https://crm.example.eu/c/$${input.Key.replace(' ','%20')}",
      request_template: '{"p": "$esc.jsonString($input.phoneNumber.trim())"}',
    });
    expect(findingsOf(config, "GC-FLW-5", policy)).toEqual([]);
  });
});
