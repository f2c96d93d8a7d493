import { describe, expect, test } from "vitest";
import { parseVelocity, velocityFieldNames } from "../../src/inventory/velocity";
import { readEndpoint } from "../../src/flows/endpoint";
import { hostMatches, parseHostPattern } from "../../src/hosts/host-pattern";
import { dpiaFor, findingsOf, terraformJson, webServiceAction } from "../helpers/assess-config";

const HOST_FORMS = [
  "https://$input.tenant.crm.example.eu/customers",
  "https://$!input.tenant.crm.example.eu/customers",
  "https://${input.tenant}.crm.example.eu/customers",
  "https://$!{input.tenant}.crm.example.eu/customers",
  "https://$input.tenant.toLowerCase().crm.example.eu/customers",
  "https://${input.a}.${input.b}.crm.example.eu/",
  "https://$tenant.crm.example.eu/",
  "https://$input.hosts[0].crm.example.eu/",
  "#set($h = $input.tenant)https://$h.crm.example.eu/",
  '#set($h = "api")\nhttps://${h}.crm.example.eu/',
  "https://#if($input.eu)eu#else us#end.crm.example.eu/",
  "https://#{if}($input.eu)eu#{else}us#{end}.crm.example.eu/",
  "https://#foreach($p in $input.parts)$p.#end crm.example.eu/",
  "https://#evaluate($input.tpl).crm.example.eu/",
  "https://#pick($input.t).crm.example.eu/",
  "$input.scheme://api.crm.example.eu/",
  "${input.url}",
  "$!input.url",
  "https://api.crm.example.eu:$input.port/",
  "https://${input.user}@api.crm.example.eu/",
  "https://$input.user@api.crm.example.eu/",
  "https://api.crm.example.eu@$input.host/",
  "https://api.crm.example.eu.$input.suffix/",
  "https://$input.x#*comment*#.crm.example.eu/",
  "https://\\\\$input.x.crm.example.eu/",
  "https://${input.x/",
  "/$input.path/customers",
  "/${input.path}",
  "//$input.host/api",
];

const PATH_FORMS = [
  "https://api.crm.example.eu/customers/$input.id",
  "https://api.crm.example.eu/customers/$!input.id",
  "https://api.crm.example.eu/customers/${input.id}",
  "https://api.crm.example.eu/customers/$!{input.id}",
  "https://api.crm.example.eu/customers/$input.id.toLowerCase()/orders",
  "https://api.crm.example.eu/${input.a}.${input.b}",
  "https://api.crm.example.eu/search?q=$esc.url($input.name)",
  "https://api.crm.example.eu/#if($input.v2)v2#else v1#end/customers",
  '#set($base = "customers")https://api.crm.example.eu/$base',
  "https://api.crm.example.eu/page#section",
  "https://api.crm.example.eu/customers ## a comment",
  "https://api.crm.example.eu/customers#*block*#/x",
];

describe("relative Genesys API paths with Velocity after the first segment stay relative", () => {
  test.each(["/api/v2/users/$input.userId", "/api/v2/users/${input.userId}?expand=$!input.expand"])(
    "%s",
    (template) => {
      expect(readEndpoint(template).kind).toBe("relative");
    },
  );
});

describe("Velocity in the host position: the host is unresolved", () => {
  test.each(HOST_FORMS)("%s", (template) => {
    expect(readEndpoint(template)).toMatchObject({ kind: "unknown" });
  });
});

describe("Velocity in the path, query or fragment: the host is known", () => {
  test.each(PATH_FORMS)("%s", (template) => {
    const endpoint = readEndpoint(template);
    expect(endpoint.kind).toBe("absolute");
    expect(endpoint.url?.host).toBe("api.crm.example.eu");
  });
});

describe("escaped references are text", () => {
  test("\\$ prints a dollar sign, so the host is the literal text", () => {
    expect(parseVelocity("https://api.example.eu/\\$input.x")).toEqual([
      { kind: "text", text: "https://api.example.eu/$input.x" },
    ]);
  });
  test("\\\\$x prints a backslash and the value of $x", () => {
    expect(parseVelocity("a\\\\$x").map((part) => part.kind)).toEqual(["text", "reference"]);
  });
  test("an escaped $ in the host is literal text, and no wildcard approves a host with a $ in it", () => {
    const endpoint = readEndpoint("https://\\$x.crm.example.eu/");
    const wildcard = parseHostPattern("*.crm.example.eu");
    expect(endpoint.url?.host).toBe("$x.crm.example.eu");
    expect(wildcard.ok && hostMatches(wildcard.value, endpoint.url!.host)).toBe(false);
  });
});

describe("credentials hold literal hosts", () => {
  test("$credentials.loginUrl and ${credentials.loginUrl} read the credential", () => {
    for (const template of [
      "$credentials.baseUrl/customers",
      "${credentials.baseUrl}/customers",
      "$!{credentials.baseUrl}/customers",
    ]) {
      expect(readEndpoint(template, { baseUrl: "https://api.crm.example.eu" }).url?.host).toBe("api.crm.example.eu");
    }
  });
  test("a credential that itself holds a Velocity reference leaves the host unknown", () => {
    expect(readEndpoint("$credentials.baseUrl/customers", { baseUrl: "https://$input.t.crm.example.eu" }).kind).toBe(
      "unknown",
    );
  });
});

describe("an allow-list wildcard never matches a host with a variable label", () => {
  const wildcard = parseHostPattern("*.crm.example.eu");
  if (!wildcard.ok) throw new Error(wildcard.expected);
  test.each([
    "$input.tenant.crm.example.eu",
    "${tenant}.crm.example.eu",
    "$!{input.tenant}.crm.example.eu",
    "%24x.crm.example.eu",
    "a..crm.example.eu",
  ])("%s", (host) => {
    expect(hostMatches(wildcard.value, host)).toBe(false);
  });
  test("a real subdomain still matches", () => {
    expect(hostMatches(wildcard.value, "eu1.crm.example.eu")).toBe(true);
  });

  const action = (url: string, secure = false) =>
    terraformJson(
      webServiceAction({
        secure,
        config_request: { request_type: "GET", request_url_template: url.replace(/\$\{/g, "$${") },
      }),
    );
  const policy = {
    version: 1 as const,
    destinations: [{ host: "*.crm.example.eu", vendor: "CRM", country: "DE", purposes: ["lookup"] }],
  };
  test.each([
    "https://$!{input.tenant}.crm.example.eu/",
    "https://$input.tenant.crm.example.eu/",
    "https://$!tenant.crm.example.eu/",
    "#set($t = $input.tenant)https://${t}.crm.example.eu/",
  ])("the gate blocks %s with personal data (Critical), never approves it", (url) => {
    const dpia = dpiaFor(action(url), "genesyscloud_integration_action.lookup", policy);
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(dpia.risk_assessment.overall_risk_score).toBe("Critical");
  });
  test("the same action with a literal subdomain is approved (the wildcard still works)", () => {
    const dpia = dpiaFor(
      action("https://eu1.crm.example.eu/customers/$input.phoneNumber", true),
      "genesyscloud_integration_action.lookup",
      policy,
    );
    expect(dpia.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
  });
  test("a host named by a Velocity reference in some other attribute is an unresolved referenced host", () => {
    const config = terraformJson(
      webServiceAction(
        { secure: true },
        {
          config: {
            name: "CRM",
            properties: JSON.stringify({ callback: "https://$input.tenant.crm.example.eu/hook" }),
          },
        },
      ),
    );
    expect(
      findingsOf(config, "GC-DST-2", policy).length + findingsOf(config, "GC-DST-1", policy).length,
    ).toBeGreaterThan(0);
  });
});

describe("field names read from templates, at any depth", () => {
  test.each([
    ["$input.cardNumber", ["cardNumber"]],
    ["$!input.cardNumber", ["cardNumber"]],
    ["${input.customer.iban}", ["customer", "iban"]],
    ["$esc.jsonString($input.cvv)", ["cvv"]],
    ["$input.pan.toString()", ["pan"]],
    ["#if($input.dateOfBirth)x#end", ["dateOfBirth"]],
    ["#set($card = $input.ccn)", ["card", "ccn"]],
    ["${credentials.clientSecret} $input.rawRequest", []],
  ])("%s → %j", (template, names) => {
    expect(velocityFieldNames(template)).toEqual(names);
  });
  test("a card number read only through $input.x in the request template is classified", () => {
    const config = terraformJson(
      webServiceAction({
        secure: false,
        contract_input: JSON.stringify({ type: "object", properties: {} }),
        contract_output: JSON.stringify({ type: "object", properties: {} }),
        config_request: {
          request_type: "POST",
          request_url_template: "https://api.crm.example.eu/pay",
          request_template: '{"n": "$esc.jsonString($input.cardNumber)"}',
        },
      }),
    );
    expect(
      dpiaFor(config, "genesyscloud_integration_action.lookup").data_flows.flatMap((flow) => flow.data_elements),
    ).toContain("payment_card_pan");
  });
});

describe("hostile templates", () => {
  test("deep nesting and long runs are read in linear time without throwing", () => {
    const deep = "https://api.crm.example.eu/" + "$a.b(".repeat(50_000) + ")".repeat(50_000);
    expect(() => parseVelocity(deep)).not.toThrow();
    expect(readEndpoint(deep).url?.host).toBe("api.crm.example.eu");
    expect(() => velocityFieldNames("$".repeat(200_000) + "#if(".repeat(100_000))).not.toThrow();
  });
});

describe("unbalanced templates", () => {
  test.each([
    "https://$input.x.trim(.crm.example.eu/",
    "https://$input.hosts[0.crm.example.eu/",
    "https://#if($input.x.crm.example.eu/",
  ])("%s leaves the host unknown", (template) => {
    expect(readEndpoint(template).kind).toBe("unknown");
  });
  test("many unclosed calls end the readable part instead of being rescanned", () => {
    const text = "https://api.crm.example.eu/" + "$a.b(".repeat(100_000) + "$a[".repeat(100_000);
    expect(parseVelocity(text).at(-1)).toMatchObject({ kind: "directive", name: "unparsed" });
  });
});

describe("comments and raw blocks end where Velocity ends them, across the parts Terraform's syntax splits", () => {
  const text = (template: string) =>
    parseVelocity(template)
      .map((part) => (part.kind === "text" ? part.text : part.kind === "reference" ? `<${part.source}>` : "?"))
      .join("");
  test.each([
    // A `##` comment ends at \n, \r or \r\n, and Velocity removes that line break with it (checked against Velocity 1.7 and 2.3).
    ['{"a": 1, ## note\r"b": 2}', '{"a": 1, "b": 2}'],
    ['{"a": 1, ## note\r\n"b": 2}', '{"a": 1, "b": 2}'],
    ['{"a": 1, ## note\n"b": 2}', '{"a": 1, "b": 2}'],
    ["/api/v2/externalcontacts/contacts## x\r/exports", "/api/v2/externalcontacts/contacts/exports"],
    // A comment runs on through a reference Terraform's template syntax split off.
    ['{"a": 1, ## ${input.x} "direction": "INBOUND"\n"b": 2}', '{"a": 1, "b": 2}'],
    ['{"a": 1, #* ${input.x} *# "b": 2}', '{"a": 1,  "b": 2}'],
    ["#[[${input.x}]]# $input.y", "${input.x} <$input.y>"],
  ])("%j reads as %j", (template, expected) => {
    expect(text(template)).toBe(expected);
  });

  test("a comment that ends inside a part Terraform's syntax split off reads what follows as Velocity again", () => {
    expect(text("https://#*${input.x*#${input.Domain}}*#dev.example.com/")).toMatch(/^https:\/\/\?/);
  });

  test("a host a comment seems to hide, but which the caller names, stays unknown", () => {
    expect(readEndpoint("https://#*${input.x*#${input.Domain}}*#dev.example.com/api").kind).toBe("unknown");
  });

  test("a Terraform expression inside a comment may end it: nothing after it is known", () => {
    expect(parseVelocity('{"a": 1, ## ${var.note}\n"b": 2}').at(-1)).toMatchObject({
      kind: "directive",
      name: "unparsed",
    });
  });
});
