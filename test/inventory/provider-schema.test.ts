import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { knownResourceTypes, providerSchema, resourceSchema } from "../../src/inventory/provider-schema";

describe("provider schema kept in the repository", () => {
  test("covers the provider block and the resources the DPIA reads", () => {
    expect(knownResourceTypes()).toEqual(
      expect.arrayContaining([
        "genesyscloud_oauth_client",
        "genesyscloud_auth_role",
        "genesyscloud_integration",
        "genesyscloud_integration_credential",
        "genesyscloud_integration_action",
        "genesyscloud_integration_custom_auth_action",
        "genesyscloud_processautomation_trigger",
        "genesyscloud_recording_media_retention_policy",
        "genesyscloud_webdeployments_configuration",
        "genesyscloud_externalcontacts_contact",
      ]),
    );
    expect(providerSchema().attributes?.aws_region).toMatchObject({ type: "string", optional: true });
    expect(providerSchema().attributes?.sdk_debug).toMatchObject({ type: "bool" });
  });

  test("has the attribute names, types and nesting of the reference", () => {
    const client = resourceSchema("genesyscloud_oauth_client")!;
    expect(client.attributes?.scopes).toMatchObject({ type: ["set", "string"] });
    expect(client.attributes?.client_secret).toMatchObject({ sensitive: true, computed: true });
    expect(client.block_types?.roles).toMatchObject({ nesting_mode: "set" });
    expect(client.block_types?.roles?.block.attributes?.role_id).toMatchObject({ type: "string", required: true });
    const credential = resourceSchema("genesyscloud_integration_credential")!;
    expect(credential.attributes?.fields).toMatchObject({ type: ["map", "string"], sensitive: true });
    const action = resourceSchema("genesyscloud_integration_action")!;
    expect(action.block_types?.config_request).toMatchObject({ nesting_mode: "list", max_items: 1 });
    const customAuth = resourceSchema("genesyscloud_integration_custom_auth_action")!;
    expect(customAuth.block_types?.config_request?.block.attributes?.request_url_template).toMatchObject({
      required: true,
    });
    const role = resourceSchema("genesyscloud_auth_role")!;
    const terms = role.block_types?.permission_policies?.block.block_types?.conditions?.block.block_types?.terms;
    expect(terms?.block.block_types?.operands?.block.attributes).toHaveProperty("queue_id");
    const policy = resourceSchema("genesyscloud_recording_media_retention_policy")!;
    expect(policy.block_types?.actions?.block.block_types?.integration_export?.block.attributes).toHaveProperty(
      "should_export_screen_recordings",
    );
    const web = resourceSchema("genesyscloud_webdeployments_configuration")!;
    expect(web.block_types?.journey_events?.block.block_types?.form_track_event?.block.attributes).toHaveProperty(
      "capture_data_on_form_submit",
    );
  });

  test("the generated bindings expose a class per resource", () => {
    const gen = path.join(__dirname, "../../.gen/providers/genesyscloud");
    for (const folder of [
      "oauth-client",
      "auth-role",
      "integration",
      "integration-credential",
      "integration-action",
      "integration-custom-auth-action",
      "processautomation-trigger",
      "recording-media-retention-policy",
      "webdeployments-configuration",
      "externalcontacts-contact",
      "provider",
    ]) {
      expect(fs.existsSync(path.join(gen, folder, "index.ts")), folder).toBe(true);
    }
  });
});
