import { describe, expect, test } from "vitest";
import { dpiaFor, terraformJson } from "../../helpers/assess-config";

function assessWeb(config: unknown) {
  return dpiaFor(config, "genesyscloud_webdeployments_configuration.web");
}

describe("destinations found outside the known fields", () => {
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
