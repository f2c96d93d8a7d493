import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { sourceJurisdiction } from "../../src/flows/jurisdiction";
import { locateDestination } from "../../src/flows/locate-destination";
import type { Destination } from "../../src/flows/model";
import { urlDestination } from "../../src/flows/url-destination";
import { dpiaFor, terraformJson, webServiceAction } from "../helpers/assess-config";
import { allow } from "../helpers/rules/allow-list";
import { lambdaAction as lambda, ownAccount } from "../helpers/aws-destinations";

const catalog = builtInCatalog();
const orgIn = (aws_region?: string) =>
  sourceJurisdiction(aws_region ? { attributes: { aws_region }, location: {} } : undefined, catalog);
const at = (url: string): Destination => urlDestination(url, "config.properties.url", {}, "Embedded app");

describe("a Genesys Cloud host is placed by its region", () => {
  test("a host of the org's own region stays in the org, in its country", () => {
    expect(locateDestination(at("https://apps.mypurecloud.ie/directory/"), orgIn("eu-west-1"), catalog)).toMatchObject({
      kind: "genesys_org",
      vendor: "Genesys",
      country: "IE",
      name: "Genesys Cloud (apps.mypurecloud.ie, the org's region)",
    });
  });
  test("a host of another region is Genesys in that region's country, another org: a recipient", () => {
    const located = locateDestination(at("https://apps.mypurecloud.com/directory/"), orgIn("eu-west-1"), catalog);
    expect(located).toMatchObject({ kind: "third_party", vendor: "Genesys", location: { country: "US" } });
    expect(located.name).toContain("US East (N. Virginia), us-east-1");
  });
  test("when the org's region is unknown, the Genesys host the configuration names is presumed the org's own region", () => {
    // Region-less blueprints (negative-sentiment-callback posts to apps.mypurecloud.com) were blocked as a
    // transfer to the US; GC-PRV-2 asks for the region, and the host is the best evidence of it.
    const located = locateDestination(at("https://apps.mypurecloud.ie/directory/"), orgIn(), catalog);
    expect(located).toMatchObject({ kind: "genesys_org", country: "IE" });
    expect(located.name).toContain("presumed the org's region");
  });
  test("the org's Platform API called by absolute URL stays a recipient to review, in the org's country", () => {
    const located = locateDestination(
      at("https://api.mypurecloud.ie/api/v2/conversations/emails/agentless"),
      orgIn("eu-west-1"),
      catalog,
    );
    expect(located).toMatchObject({ kind: "third_party", vendor: "Genesys", location: { country: "IE" } });
  });
  test("a host that only looks like Genesys is not placed at all", () => {
    for (const url of [
      "https://apps.mypurecloud.ie.evil.example/",
      "https://evil-mypurecloud.ie/",
      "https://apps.mypurecloud.ie@evil.example/",
    ]) {
      const located = locateDestination(at(url), orgIn("eu-west-1"), catalog);
      expect(located.kind).toBe("third_party");
      expect(located.location).toBeUndefined();
      expect(located.vendor).toBeUndefined();
    }
  });
  test("an AWS region decides the country, in any case; an unknown one leaves it unknown", () => {
    const bus = (awsRegion: string): Destination => ({ name: "Bus", kind: "customer_cloud", awsRegion });
    expect(locateDestination(bus("US-EAST-1"), orgIn("eu-west-1"), catalog).location).toEqual({
      country: "US",
      by: "the AWS region US-EAST-1",
    });
    expect(locateDestination(bus("mars-north-1"), orgIn("eu-west-1"), catalog).location).toEqual({
      by: "the AWS region mars-north-1",
    });
  });
});

describe("Genesys's own hosts and format identifiers in a DPIA", () => {
  const config = (url: string, region = "eu-west-1") =>
    terraformJson(
      {
        genesyscloud_integration: {
          app: {
            integration_type: "embedded-client-app",
            config: { name: "Directory", properties: JSON.stringify({ url }) },
          },
          api: { integration_type: "purecloud-data-actions", config: { name: "Same org" } },
        },
        genesyscloud_integration_action: {
          lookup: {
            name: "Queue by name",
            category: "Same org",
            integration_id: "${genesyscloud_integration.api.id}",
            contract_input: JSON.stringify({
              $schema: "http://json-schema.org/draft-04/schema#",
              description: "https://developer.genesys.cloud/routing/routing/",
              type: "object",
              additionalProperties: false,
              properties: { queueName: { type: "string" } },
            }),
            contract_output: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "object" }),
            config_request: {
              request_type: "GET",
              request_url_template: "/api/v2/routing/queues?name=$${input.queueName}",
            },
          },
        },
      },
      { aws_region: region },
    );
  test("the org's own hosts, $schema and a description's link are neither flows out nor referenced hosts", () => {
    const setup = config("https://apps.mypurecloud.ie/directory/");
    const app = dpiaFor(setup, "genesyscloud_integration.app");
    expect(app.data_flows.map((flow) => [flow.destination_kind, flow.country])).toEqual([["genesys_org", "IE"]]);
    expect(app.referenced_hosts).toEqual([]);
    expect(app.transfers).toEqual([]);
    expect(dpiaFor(setup, "genesyscloud_integration.api").referenced_hosts).toEqual([]);
  });
  test("for an org in Frankfurt, Irish hosts are Genesys in Ireland: a recipient, not a transfer out of the EEA", () => {
    const dpia = dpiaFor(
      config("https://apps.mypurecloud.ie/directory/", "eu-central-1"),
      "genesyscloud_integration.app",
    );
    expect(dpia.transfers.map((transfer) => [transfer.destination_country, transfer.status])).toEqual([
      ["IE", "not_a_transfer"],
    ]);
    expect(dpia.referenced_hosts.map((entry) => entry.host)).toEqual(["apps.mypurecloud.ie"]);
  });
  test("for an org in Frankfurt, a US host is a transfer to the United States", () => {
    const dpia = dpiaFor(
      config("https://apps.mypurecloud.com/directory/", "eu-central-1"),
      "genesyscloud_integration.app",
    );
    expect(dpia.transfers.map((transfer) => [transfer.destination_country, transfer.status])).toEqual([
      ["US", "missing"],
    ]);
  });
});

describe("the allow-list never moves a configured region to another country", () => {
  test("a us-east-1 Lambda listed as Irish is a transfer to the United States, without a mechanism", () => {
    const dpia = dpiaFor(lambda("us-east-1"), "genesyscloud_integration.crm", ownAccount("IE"));
    expect(dpia.data_flows[0]).toMatchObject({ country: "US", approved: true });
    expect(dpia.transfers[0]).toMatchObject({ destination_country: "US", status: "missing" });
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("the same Lambda in eu-west-1 is not a transfer", () => {
    const dpia = dpiaFor(lambda("eu-west-1"), "genesyscloud_integration.crm", ownAccount("IE"));
    expect(dpia.transfers[0]).toMatchObject({ destination_country: "IE", status: "not_a_transfer" });
  });
  test("a host the configuration does not place keeps the allow-list's country", () => {
    const config = terraformJson(webServiceAction({}));
    const dpia = dpiaFor(
      config,
      "genesyscloud_integration.crm",
      allow({ host: "crm.example.eu", vendor: "CRM", country: "DE", purposes: ["look-up"] }),
    );
    expect(dpia.data_flows[0]!.country).toBe("DE");
  });
});
