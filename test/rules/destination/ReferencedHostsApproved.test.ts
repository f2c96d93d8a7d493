import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow } from "../../helpers/rules/allow-list";

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

describe("GC-DST-2 ReferencedHostsApproved: destinations found outside the known fields", () => {
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
});
