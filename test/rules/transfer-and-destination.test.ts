import { describe, expect, test } from "vitest";
import type { Policy } from "../../src/policy/schema";
import { dpiaFor, findingsOf, oauthClient, terraformJson, webServiceAction } from "../helpers/assess-config";

type Destination = NonNullable<Policy["destinations"]>[number];
const allow = (...destinations: Destination[]): Policy => ({ version: 1, destinations });
const crm = (extra: Partial<Destination> = {}): Destination => ({
  host: "crm.example.eu",
  vendor: "Example CRM",
  country: "US",
  purposes: ["caller look-up"],
  ...extra,
});
const base = terraformJson(webServiceAction({}));

describe("GC-TRF-1 TransferHasLegalBasis: transfers rest on adequacy, DPF, SCCs or BCRs", () => {
  test("Noncompliance: EU org to a US host with no mechanism", () => {
    const findings = findingsOf(base, "GC-TRF-1", allow(crm()));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Data Privacy Framework certification, SCCs or BCRs");
  });
  test("Noncompliance: EU org to India with no mechanism", () => {
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ country: "IN" })))[0]!.message).toContain(
      "India has no adequacy decision",
    );
  });
  test("Compliance: US host with DPF, or with SCCs", () => {
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ transfer_mechanism: "dpf" })))).toEqual([]);
    expect(findingsOf(base, "GC-TRF-1", allow(crm({ transfer_mechanism: "scc", scc_module: "M2" })))).toEqual([]);
  });
});

describe("GC-TRF-2 TransferCountryKnown: recipients' and org's countries are known", () => {
  test("Noncompliance: a host that is not on the allow-list has no known country", () => {
    expect(findingsOf(base, "GC-TRF-2")[0]!.message).toContain("country is unknown");
  });
  test("Compliance: an unresolved org region alone does not make an allow-listed recipient's country unknown (judged as an EU controller; GC-PRV-2 reports the region)", () => {
    expect(
      findingsOf(
        terraformJson(webServiceAction({}), { aws_region: "${var.region}" }),
        "GC-TRF-2",
        allow(crm({ country: "DE" })),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        terraformJson(webServiceAction({}), { aws_region: "${var.region}" }),
        "GC-PRV-2",
        allow(crm({ country: "DE" })),
      ),
    ).toHaveLength(1);
  });
  test("Compliance: allow-listed with a country", () => {
    expect(findingsOf(base, "GC-TRF-2", allow(crm({ country: "DE" })))).toEqual([]);
  });
});

describe("GC-TRF-3 TransferMechanismRobust: no derogations or unconfirmed partial adequacy", () => {
  test("Noncompliance: an Art. 49 derogation", () => {
    expect(
      findingsOf(
        base,
        "GC-TRF-3",
        allow(crm({ country: "IN", transfer_mechanism: "derogation", derogation: "Art. 49(1)(b)" })),
      )[0]!.message,
    ).toContain("Art. 49(1) (Art. 49(1)(b)) derogation");
  });
  test("Noncompliance: Canada without declaring the recipient in scope of the partial decision", () => {
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CA" })))[0]!.message).toContain(
      "commercial organisations subject to PIPEDA",
    );
  });
  test("Compliance: Canada declared in scope, Switzerland (full adequacy)", () => {
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CA", transfer_mechanism: "adequacy" })))).toEqual([]);
    expect(findingsOf(base, "GC-TRF-3", allow(crm({ country: "CH" })))).toEqual([]);
  });
});

describe("GC-DST-1 DestinationApproved: recipients of personal data are allow-listed", () => {
  test("Noncompliance: a CRM host not on the allow-list", () => {
    expect(findingsOf(base, "GC-DST-1")[0]!.message).toBe(
      "crm.example.eu receives personal data and is not on the allow-list",
    );
  });
  test("Noncompliance: an OAuth client not on the allow-list", () => {
    expect(findingsOf(terraformJson(oauthClient({ scopes: ["conversations:readonly"] })), "GC-DST-1")).toHaveLength(1);
  });
  test("Compliance: the host matches an allow-list pattern; the OAuth client is named", () => {
    expect(findingsOf(base, "GC-DST-1", allow(crm({ host: "*.example.eu", country: "DE" })))).toEqual([]);
    const client = { oauth_client: "App", vendor: "Wallboard Ltd", country: "DE", purposes: ["dashboard"] };
    expect(
      findingsOf(terraformJson(oauthClient({ scopes: ["conversations:readonly"] })), "GC-DST-1", allow(client)),
    ).toEqual([]);
  });
});

describe("GC-DST-2 ReferencedHostsApproved: every named host is reviewed", () => {
  const withIcon = terraformJson({
    genesyscloud_webdeployments_configuration: {
      web: {
        name: "Web",
        languages: ["en-us"],
        default_language: "en-us",
        messenger: { enabled: true, launcher_button: { icon: { url: "https://cdn.icons.example.com/i.png" } } },
      },
    },
  });
  test("Noncompliance: an icon host in a web deployment", () => {
    expect(findingsOf(withIcon, "GC-DST-2")[0]!.message).toContain("cdn.icons.example.com");
  });
  test("Noncompliance: the provider's proxy host", () => {
    const config = terraformJson(webServiceAction({}), {
      aws_region: "eu-west-1",
      proxy: [{ host: "proxy.corp.example", port: "3128", protocol: "http" }],
    });
    expect(findingsOf(config, "GC-DST-2").map((f) => f.attribute)).toContain("proxy[0].host");
  });
  test("Compliance: the host is allow-listed; Genesys's own hosts need no entry", () => {
    expect(
      findingsOf(
        withIcon,
        "GC-DST-2",
        allow({ host: "*.example.com", vendor: "CDN", country: "IE", purposes: ["icons"] }),
      ),
    ).toEqual([]);
    const genesys = terraformJson({
      genesyscloud_integration: {
        x: {
          integration_type: "purecloud-data-actions",
          config: { name: "X", notes: "https://login.mypurecloud.ie/" },
        },
      },
    });
    expect(findingsOf(genesys, "GC-DST-2")).toEqual([]);
  });
});

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

describe("GC-MID-1 MiddlewareOnwardRecipientsDeclared: middleware names who gets the data next", () => {
  const lambda = terraformJson(
    webServiceAction(
      {
        config_request: {
          request_type: "POST",
          request_url_template: "arn:aws:lambda:eu-west-1:123456789012:function:lookup",
        },
      },
      { integration_type: "aws-lambda-data-actions" },
    ),
  );
  const account = (onward?: Destination["onward_recipients"]): Destination => ({
    aws_account: "123456789012",
    vendor: "Own AWS account",
    country: "IE",
    purposes: ["look-up"],
    ...(onward ? { onward_recipients: onward } : {}),
  });
  test("Noncompliance: a Lambda with no onward recipients", () => {
    expect(findingsOf(lambda, "GC-MID-1", allow(account()))[0]!.message).toContain("final recipient");
  });
  test("Noncompliance: an iPaaS host", () => {
    const config = terraformJson(
      webServiceAction({
        config_request: { request_type: "POST", request_url_template: "https://acme.eu.cloudhub.io/customers" },
      }),
    );
    expect(findingsOf(config, "GC-MID-1")[0]!.message).toContain("MuleSoft CloudHub");
  });
  test("Compliance: the onward recipient is declared", () => {
    expect(findingsOf(lambda, "GC-MID-1", allow(account([{ name: "Example CRM", country: "DE" }])))).toEqual([]);
  });
});

describe("GC-FLW-3 PersonalDataEncryptedInTransit: personal data only over TLS", () => {
  const at = (url: string) =>
    terraformJson(webServiceAction({ config_request: { request_type: "POST", request_url_template: url } }));
  test("Noncompliance: http, ws and ftp", () => {
    for (const url of ["http://crm.example.eu/c", "ws://crm.example.eu/c", "ftp://crm.example.eu/c"]) {
      const findings = findingsOf(at(url), "GC-FLW-3");
      expect(findings[0]!.severity).toBe("Critical");
      expect(findings[0]!.message).toContain("without TLS");
    }
  });
  test("Compliance: https and wss", () => {
    expect(findingsOf(at("https://crm.example.eu/c"), "GC-FLW-3")).toEqual([]);
    expect(findingsOf(at("wss://crm.example.eu/c"), "GC-FLW-3")).toEqual([]);
  });
});

describe("destinations found outside the known fields", () => {
  test("URLs inside integration config properties JSON, and AWS accounts in credential ARNs", () => {
    const config = terraformJson({
      genesyscloud_integration: {
        app: {
          integration_type: "embedded-client-app",
          config: {
            name: "Agent app",
            properties: JSON.stringify({
              url: "https://agent-app.vendor.example/embed",
              displayType: "standalone",
              nested: { help: "https://help.vendor.example/" },
            }),
          },
        },
      },
      genesyscloud_integration_credential: {
        role: {
          name: "Lambda role",
          credential_type_name: "amazonWebServicesARN",
          fields: { ARN: "arn:aws:iam::210987654321:role/genesys-invoke" },
        },
      },
    });
    const findings = findingsOf(config, "GC-DST-2");
    expect(findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("agent-app.vendor.example is named in config[0].properties.url"),
        expect.stringContaining("help.vendor.example is named in config[0].properties.nested.help"),
      ]),
    );
  });

  test("a web deployment names its authentication integration's host", () => {
    const config = terraformJson({
      genesyscloud_integration: {
        idp: {
          integration_type: "embedded-client-app",
          config: { name: "IdP", properties: JSON.stringify({ url: "https://login.idp.example/" }) },
        },
      },
      genesyscloud_webdeployments_configuration: {
        web: {
          name: "Web",
          languages: ["en-us"],
          default_language: "en-us",
          authentication_settings: { enabled: true, integration_id: "${genesyscloud_integration.idp.id}" },
        },
      },
    });
    const web = assessWeb(config);
    expect(web.data_flows.map((flow) => flow.destination_host)).toContain("login.idp.example");
  });
});

function assessWeb(config: unknown) {
  return dpiaFor(config, "genesyscloud_webdeployments_configuration.web");
}
