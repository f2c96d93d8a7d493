import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInCatalog, checkReferences } from "../../src/catalog/load-catalog";
import { resourceTypeInfo } from "../../src/catalog/lookup";
import { ResourceTypesSchema } from "../../src/catalog/schema";
import { knownResourceTypes, resourceSchema, type SchemaBlock } from "../../src/inventory/provider-schema";
import { InputError } from "../../src/validation/input-error";

const catalog = builtInCatalog();
const entries = Object.entries(catalog.resourceTypes.resource_types);

/** Whether a dot path names an attribute of the block, through nested blocks and object attributes. */
function pathExists(block: SchemaBlock | undefined, steps: string[]): boolean {
  const [step, ...rest] = steps;
  if (!block || step === undefined) return false;
  const attribute = block.attributes?.[step];
  if (attribute) {
    let type = attribute.type;
    for (const next of rest) {
      if (Array.isArray(type) && ["list", "set", "map"].includes(type[0]) && Array.isArray(type[1])) type = type[1];
      if (!Array.isArray(type) || type[0] !== "object") return false;
      type = (type[1] as Record<string, unknown>)[next];
      if (type === undefined) return false;
    }
    return true;
  }
  return rest.length > 0 && pathExists(block.block_types?.[step]?.block, rest);
}

describe("resource-type catalog: every provider type classified", () => {
  test("classifies exactly the resource types of the provider schema, so an upgrade forces a decision", () => {
    const classified = entries.map(([type]) => type).sort();
    const inSchema = knownResourceTypes();
    expect(inSchema).toHaveLength(145);
    expect(
      inSchema.filter((type) => !classified.includes(type)),
      "provider types the catalog does not classify",
    ).toEqual([]);
    expect(
      classified.filter((type) => !inSchema.includes(type)),
      "catalog types the provider does not have",
    ).toEqual([]);
  });

  test("every destination, personal-data and secret attribute path exists in the provider schema", () => {
    const missing: string[] = [];
    for (const [type, entry] of entries) {
      const paths = [
        ...entry.destination_attributes,
        ...entry.secret_attributes,
        ...entry.personal_data_attributes.map((a) => a.path),
      ];
      for (const attributePath of paths)
        if (!pathExists(resourceSchema(type), attributePath.split("."))) missing.push(`${type}: ${attributePath}`);
    }
    expect(missing).toEqual([]);
    expect(pathExists(resourceSchema("genesyscloud_user"), ["addresses", "phone_numbers", "number"])).toBe(true);
    expect(pathExists(resourceSchema("genesyscloud_routing_email_route"), ["auto_bcc", "emails"])).toBe(false);
    expect(pathExists(resourceSchema("genesyscloud_routing_email_route"), ["auto_bcc"])).toBe(false);
  });

  test("is made for the provider version the schema was transcribed from", () => {
    const source = fs.readFileSync(
      path.resolve(__dirname, "../../../shared/reference/provider-docs/SOURCE.md"),
      "utf8",
    );
    expect(source).toContain(`tag \`v${catalog.resourceTypes.provider_version}\``);
  });

  test("the types the issue names as able to move, widen or keep personal data are high", () => {
    const high = [
      "conversations_messaging_integrations_open",
      "conversations_messaging_integrations_whatsapp",
      "integration_facebook",
      "conversations_messaging_integrations_instagram",
      "conversations_messaging_integrations_apple",
      "processautomation_trigger",
      "routing_email_route",
      "routing_email_domain",
      "outbound_contact_list",
      "outbound_contact_list_contact",
      "outbound_ruleset",
      "outbound_dnclist",
      "orgauthorization_pairing",
      "idp_adfs",
      "idp_generic",
      "idp_gsuite",
      "idp_okta",
      "idp_onelogin",
      "idp_ping",
      "idp_salesforce",
      "user_roles",
      "group_roles",
      "user",
      "architect_datatable_row",
      "flow",
      "flow_loglevel",
      "routing_settings",
      "routing_queue",
      "telephony_providers_edges_trunk",
      "telephony_providers_edges_trunkbasesettings",
      "telephony_providers_edges_site",
      "webdeployments_deployment",
      "webdeployments_configuration",
      "guide_version",
      "journey_action_map",
      "integration_action",
      "integration_action_draft",
      "script",
      "task_management_workitem",
      "task_management_workitem_schema",
      "tf_export",
      "bcp_tf_exporter",
      "recording_media_retention_policy",
      "oauth_client",
      "integration",
      "integration_credential",
      "externalcontacts_contact",
    ].map((type) => `genesyscloud_${type}`);
    expect(high.filter((type) => resourceTypeInfo(catalog, type)?.relevance !== "high")).toEqual([]);
    const counts = { high: 0, low: 0, none: 0 };
    for (const [, entry] of entries) counts[entry.relevance]++;
    expect(counts.high).toBeGreaterThanOrEqual(47);
    expect(counts.high + counts.low + counts.none).toBe(145);
  });

  test("a high type says where data goes, what it holds or what it reaches; a none type reaches nothing", () => {
    for (const [type, entry] of entries) {
      if (entry.relevance === "high") expect(entry.data_categories.length, type).toBeGreaterThan(0);
      if (entry.relevance === "none") {
        expect(
          [
            entry.data_categories,
            entry.personal_data_attributes,
            entry.destination_attributes,
            entry.secret_attributes,
          ].flat(),
          type,
        ).toEqual([]);
      }
    }
  });

  test("names the attributes that carry a webhook, a BCC address, a password and card-capable payment URLs", () => {
    expect(resourceTypeInfo(catalog, "genesyscloud_conversations_messaging_integrations_open")).toMatchObject({
      destination_attributes: ["outbound_notification_webhook_url"],
      secret_attributes: expect.arrayContaining(["outbound_notification_webhook_signature_secret_token"]),
    });
    expect(resourceTypeInfo(catalog, "genesyscloud_routing_email_route")?.destination_attributes).toContain(
      "auto_bcc.email",
    );
    expect(resourceTypeInfo(catalog, "genesyscloud_user")?.personal_data_attributes).toContainEqual({
      path: "password",
      element: "credentials",
    });
    expect(resourceTypeInfo(catalog, "genesyscloud_user")?.secret_attributes).toContain("password");
    expect(
      resourceTypeInfo(catalog, "genesyscloud_conversations_messaging_integrations_apple")?.destination_attributes,
    ).toContain("apple_pay.payment_gateway_url");
    expect(
      resourceTypeInfo(catalog, "genesyscloud_outbound_contact_list_contact")?.personal_data_attributes,
    ).toContainEqual({ path: "data", element: "contact_pii" });
  });
});

describe("resourceTypeInfo", () => {
  test("returns the entry of a classified type and undefined for anything else, inherited names included", () => {
    expect(resourceTypeInfo(catalog, "genesyscloud_routing_skill")?.relevance).toBe("none");
    expect(resourceTypeInfo(catalog, "genesyscloud_not_a_type")).toBeUndefined();
    expect(resourceTypeInfo(catalog, "constructor")).toBeUndefined();
    expect(resourceTypeInfo(catalog, "__proto__")).toBeUndefined();
    expect(resourceTypeInfo(catalog, "toString")).toBeUndefined();
  });
});

describe("resource-type catalog: bad data is refused with its place", () => {
  test("an unknown relevance or a malformed path fails the schema at that entry", () => {
    const result = ResourceTypesSchema.safeParse({
      provider_version: "1.84.1",
      resource_types: {
        genesyscloud_user: {
          relevance: "medium",
          why: "x".repeat(20),
          destination_attributes: ["a..b"],
          personal_data_attributes: [],
          secret_attributes: [],
          data_categories: [],
        },
      },
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "resource_types.genesyscloud_user.relevance",
        "resource_types.genesyscloud_user.destination_attributes.0",
      ]),
    );
  });

  test("a data element the catalog does not define is named with the type and attribute", () => {
    const broken = structuredClone(catalog);
    broken.resourceTypes.resource_types.genesyscloud_user!.personal_data_attributes.push({
      path: "email",
      element: "shoe_size",
    });
    expect(() => checkReferences(broken, "test catalog")).toThrow(InputError);
    try {
      checkReferences(broken, "test catalog");
    } catch (error) {
      expect((error as InputError).problems).toContainEqual(
        expect.objectContaining({
          file: "test catalog",
          location: expect.stringContaining("resource_types.genesyscloud_user.personal_data_attributes"),
          expected: expect.stringContaining("shoe_size"),
        }),
      );
    }
  });
});
