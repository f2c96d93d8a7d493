import { describe, expect, test } from "vitest";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";

describe("reading Terraform JSON", () => {
  const config = {
    provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
    resource: {
      genesyscloud_integration_action: {
        a: {
          "//": { metadata: { path: "stack/a", uniqueId: "a" } },
          name: "A",
          category: "CRM",
          integration_id: "x",
          contract_input: "{}",
          contract_output: "{}",
          depends_on: ["genesyscloud_integration.x"],
          config_request: { request_type: "GET", request_url_template: "https://h.example/$${input.id}" },
        },
      },
      aws_s3_bucket: { b: { bucket: "not genesys" } },
    },
    data: { genesyscloud_auth_role: { admin: { name: "admin" } } },
  };
  const inventory = readTerraformJson(config, { scope: "s", origin: "o" });

  test("keeps Genesys resources and data sources only, with addresses and construct paths", () => {
    expect(inventory.resources.map((resource) => resource.address)).toEqual([
      "data.genesyscloud_auth_role.admin",
      "genesyscloud_integration_action.a",
    ]);
    expect(inventory.resources[1]!.location.constructPath).toBe("stack/a");
  });

  test("single blocks become arrays, meta-arguments go, $${ is read as ${", () => {
    const attributes = inventory.resources[1]!.attributes;
    expect(attributes.config_request).toEqual([
      { request_type: "GET", request_url_template: "https://h.example/${input.id}" },
    ]);
    expect(attributes).not.toHaveProperty("depends_on");
    expect(attributes).not.toHaveProperty("//");
  });

  test("reads the provider region", () => {
    expect(inventory.providers[0]!.attributes.aws_region).toBe("eu-west-1");
  });

  test("escaped and unescaped Velocity tokens give the same inventory", () => {
    const action = (template: string) => ({
      resource: {
        genesyscloud_integration_action: {
          a: {
            name: "A",
            category: "CRM",
            integration_id: "x",
            contract_input: "{}",
            contract_output: "{}",
            config_request: { request_type: "POST", request_template: template },
          },
        },
      },
    });
    const escaped = readTerraformJson(action("$${input.rawRequest}"), { scope: "s", origin: "o" });
    const plain = readTerraformJson(action("${input.rawRequest}"), { scope: "s", origin: "o" });
    expect(escaped.resources).toEqual(plain.resources);
  });

  test("blocks given as lists of objects at any label level are read (Terraform's JSON syntax allows both)", () => {
    const listed = readTerraformJson(
      {
        provider: [{ genesyscloud: { aws_region: "eu-west-1" } }],
        resource: [
          {
            genesyscloud_integration: [
              { a: { integration_type: "purecloud-data-actions" } },
              { b: [{ integration_type: "custom-rest-actions" }] },
            ],
          },
        ],
      },
      { scope: "s", origin: "o" },
    );
    expect(listed.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_integration.a",
      "genesyscloud_integration.b",
    ]);
    expect(listed.providers).toHaveLength(1);
  });

  test.each([
    ["a root that is a list", [], "main.tf.json: a Terraform JSON configuration"],
    [
      "a resource type that is a list of numbers",
      { resource: { genesyscloud_integration: [1, 2] } },
      "main.tf.json: resource.genesyscloud_integration: an object keyed by block label",
    ],
    [
      "a resource body that is a string",
      { resource: { genesyscloud_oauth_client: { x: "CODE" } } },
      "main.tf.json: resource.genesyscloud_oauth_client.x: a block body",
    ],
    [
      "a provider block that is a number",
      { provider: { genesyscloud: 1 } },
      "main.tf.json: provider.genesyscloud: a block body",
    ],
  ])("%s is an input error naming the place, never an empty inventory", (_name, config, expected) => {
    expect(() => readTerraformJson(config, { scope: "s", origin: "main.tf.json" })).toThrow(expected);
  });

  test("blocks of other providers are left to Terraform", () => {
    expect(readTerraformJson({ resource: { aws_s3_bucket: [1] } }, { scope: "s", origin: "o" }).resources).toEqual([]);
  });
});

describe("meta-arguments are Terraform's only at the top of a resource", () => {
  test("a block's own count or provider attribute is kept (journey patterns, web deployment push integrations)", () => {
    const inventory = readTerraformJson(
      {
        resource: {
          genesyscloud_journey_segment: {
            s: {
              display_name: "S",
              count: 2,
              journey: {
                patterns: [
                  {
                    criteria: [{ key: "page.url", values: ["x"], operator: "containsAll", should_ignore_case: false }],
                    count: 3,
                    stream_type: "Web",
                    session_type: "web",
                  },
                ],
              },
            },
          },
          genesyscloud_webdeployments_deployment: {
            d: {
              name: "D",
              configuration: { id: "c", version: "1" },
              push_integrations: [{ id: "p", provider: "APNS" }],
            },
          },
        },
      },
      { scope: "s", origin: "o" },
    );
    expect(inventory.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_journey_segment.s[0]",
      "genesyscloud_journey_segment.s[1]",
      "genesyscloud_webdeployments_deployment.d",
    ]);
    const [segment, , deployment] = inventory.resources;
    expect(segment!.attributes.count).toBeUndefined();
    expect(
      (segment!.attributes.journey as Array<{ patterns: Array<Record<string, unknown>> }>)[0]!.patterns[0]!.count,
    ).toBe(3);
    expect(deployment!.attributes.push_integrations).toEqual([{ id: "p", provider: "APNS" }]);
  });
});
