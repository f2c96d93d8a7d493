import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLASSIFICATION_RULES, type ClassificationRuleId } from "../../src/classify/classification-rules";
import { assessInventory } from "../../src/dpia/assess-inventory";
import type { Policy } from "../../src/policy/schema";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { attachReferencedFiles } from "../../src/inventory/read-referenced-files";
import { applyPolicy } from "../../src/policy/load-policy";
import { assess, FIXED_NOW, oauthClient, ref, terraformJson, webServiceAction } from "../helpers/assess-config";

const FLOW_FILE = path.resolve(__dirname, "../fixtures/flow-bindings/lookup-caller.yaml");

// Each declared classification rule, seen where users see it: in a DPIA's data elements. A rule
// the engine never applies fails here, and a rule without a configuration here does not compile.
const readerRole = {
  reader: {
    name: "Reader",
    permission_policies: [{ domain: "recording", entity_name: "recording", action_set: ["view"] }],
  },
};

/** The smallest configuration whose DPIA names each classification rule. */
const DECIDED_BY: Record<ClassificationRuleId, unknown> = {
  "CLS-API-ENDPOINT": terraformJson(
    webServiceAction({
      config_request: { request_type: "GET", request_url_template: "/api/v2/externalcontacts/contacts/$${input.id}" },
    }),
  ),
  "CLS-CONTENT": terraformJson(
    webServiceAction({
      contract_input: JSON.stringify({
        type: "object",
        properties: { ref: { type: "string", examples: ["4111 1111 1111 1111"] } },
      }),
    }),
  ),
  "CLS-FIELD-COMBINATION": terraformJson(webServiceAction({})),
  "CLS-POLICY-ELEMENT": terraformJson(
    webServiceAction({
      contract_input: JSON.stringify({ type: "object", properties: { loyalty_tier: { type: "string" } } }),
    }),
  ),
  "CLS-FREE-TEXT": terraformJson(
    webServiceAction({ contract_input: JSON.stringify({ type: "object", properties: { notes: { type: "string" } } }) }),
  ),
  "CLS-INTEGRATION-TYPE": terraformJson({
    genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
  }),
  "CLS-RECORDING-POLICY": terraformJson({
    genesyscloud_recording_media_retention_policy: {
      p: { name: "P", actions: [{ retain_recording: true, assign_evaluations: [{ evaluation_form_id: "f" }] }] },
    },
  }),
  "CLS-RESOURCE-CONTENT": terraformJson({
    genesyscloud_externalcontacts_contact: { c: { first_name: "Jean", last_name: "Dupont" } },
  }),
  "CLS-ROLE-PERMISSION": terraformJson(
    oauthClient(
      { authorized_grant_type: "CLIENT-CREDENTIALS", roles: [{ role_id: ref("genesyscloud_auth_role.reader") }] },
      readerRole,
    ),
  ),
  "CLS-SCOPE": terraformJson(oauthClient({ scopes: ["recordings:readonly"] })),
  "CLS-TOPIC": terraformJson({
    genesyscloud_processautomation_trigger: {
      t: {
        name: "T",
        topic_name: "v2.detail.events.conversation.{id}.customer.end",
        enabled: true,
        target: [{ type: "Workflow", id: "x" }],
      },
    },
  }),
  "CLS-UNKNOWN": terraformJson(oauthClient({ scopes: ["made-up:readonly"] })),
  "CLS-WEB-DEPLOYMENT": terraformJson({
    genesyscloud_webdeployments_configuration: {
      w: { name: "W", languages: ["en-us"], default_language: "en-us", messenger: [{ enabled: true }] },
    },
  }),
  "CLS-RESOURCE-TYPE": terraformJson({
    genesyscloud_ai_studio_summary_setting: { s: { name: "S", language: "en-us" } },
  }),
  "CLS-CONTACT-RECORD": terraformJson({
    genesyscloud_outbound_contact_list_contact: {
      c: { contact_list_id: "l", callable: true, data: { FirstName: "Jean", Phone: "+33612345678" } },
    },
  }),
  "CLS-CONTACT-LIST": terraformJson({
    genesyscloud_outbound_contact_list: { l: { name: "L", column_names: ["Ref"] } },
  }),
  "CLS-RULESET": terraformJson({
    genesyscloud_outbound_ruleset: {
      r: {
        name: "R",
        rules: [
          {
            name: "x",
            category: "DIALER_PRECALL",
            conditions: [{ type: "contactAttributeCondition", attribute_name: "Age" }],
            actions: [{ type: "Action", action_type_name: "DO_NOT_DIAL" }],
          },
        ],
      },
    },
  }),
  "CLS-GUIDE": terraformJson({
    ...webServiceAction({}),
    genesyscloud_guide_version: {
      v1: {
        guide_id: "g",
        instruction: "Help the customer.",
        resources: [
          { data_action: [{ data_action_id: ref("genesyscloud_integration_action.lookup"), label: "Lookup" }] },
        ],
      },
    },
  }),
  "CLS-JOURNEY": terraformJson({
    genesyscloud_journey_action_map: {
      offer: {
        display_name: "Offer",
        start_date: "2026-01-01T00:00:00.000000",
        trigger_with_segments: ["s"],
        activation: [{ type: "immediate" }],
        action: [{ media_type: "webchat" }],
      },
    },
  }),
  "CLS-DNC-LIST": terraformJson({
    genesyscloud_outbound_dnclist: {
      d: { name: "D", dnc_source_type: "rds", contact_method: "Phone", entries: [{ phone_numbers: ["+33612345678"] }] },
    },
  }),
  "CLS-EMAIL-DOMAIN": terraformJson({
    genesyscloud_routing_email_domain: { d: { domain_id: "example.com", subdomain: false } },
  }),
  "CLS-EMAIL-ROUTE": terraformJson({
    genesyscloud_routing_email_route: { r: { domain_id: "example.com", pattern: "support", from_name: "Support" } },
  }),
  "CLS-FLOW-LOG": terraformJson({
    genesyscloud_flow_loglevel: { support: { flow_id: "11111111-2222-3333-4444-555555555555", flow_log_level: "All" } },
  }),
  "CLS-SSO-TRUST": terraformJson({
    genesyscloud_idp_okta: {
      o: { certificates: ["MIIB"], issuer_uri: "https://okta.example.com", target_uri: "https://okta.example.com/sso" },
    },
  }),
  "CLS-MESSAGING-CHANNEL": terraformJson({
    genesyscloud_conversations_messaging_integrations_open: {
      o: {
        name: "O",
        outbound_notification_webhook_url: "https://hooks.example.eu/x",
        outbound_notification_webhook_signature_secret_token: "${var.s}",
      },
    },
  }),
  "CLS-ORG-EXPORT": terraformJson({ genesyscloud_tf_export: { e: { directory: "./export" } } }),
  "CLS-ORG-PAIRING": terraformJson({ genesyscloud_orgauthorization_pairing: { p: { user_ids: ["u"] } } }),
  "CLS-TRANSCRIPTION": terraformJson({
    genesyscloud_routing_settings: {
      s: { transcription: [{ transcription: "EnabledGlobally", content_search_enabled: true }] },
    },
  }),
  "CLS-SCRIPT": terraformJson({
    genesyscloud_script: { s: { script_name: "S", filepath: "./script.json", file_content_hash: "x" } },
  }),
  "CLS-CONFIGURATION-VALUE": terraformJson({
    genesyscloud_architect_datatable_row: {
      r: { datatable_id: "d", key_value: "k", properties_json: JSON.stringify({ email: "jean@example.com" }) },
    },
  }),
  "CLS-TELEPHONY": terraformJson({
    genesyscloud_telephony_providers_edges_site: {
      s: { name: "S", location_id: "l", media_model: "Cloud", media_regions: ["us-east-1"] },
    },
  }),
  "CLS-EMPLOYEE-RECORD": terraformJson({ genesyscloud_user: { u: { email: "agent@example.com", name: "Agent" } } }),
  "CLS-FLOW-BINDING": terraformJson({
    ...webServiceAction({}),
    genesyscloud_flow: { lookup: { filepath: FLOW_FILE } },
  }),
};

/** The policy a rule needs to be seen: its own data elements. */
const POLICY_FOR: Partial<Record<ClassificationRuleId, Policy>> = {
  "CLS-POLICY-ELEMENT": {
    version: 1,
    data_elements: [
      {
        id: "loyalty_profile",
        name: "Loyalty programme profile",
        source_api_endpoint: "",
        fields: ["loyaltyTier"],
        regulatory_category: "personal_data",
        risk_level: "Medium",
        default_retention_days: null,
        encryption_required: true,
        data_subjects: "customers",
      },
    ],
  },
};

/** The flow's file is read as the CLI reads it, so what the flow binds is seen. */
function assessWithFiles(config: unknown) {
  const inventory = attachReferencedFiles(
    readTerraformJson(config, { scope: "test", origin: "test" }),
    path.dirname(FLOW_FILE),
  );
  return assessInventory(inventory, { policy: applyPolicy(undefined), now: FIXED_NOW });
}

describe("every declared classification rule decides a data element of some DPIA", () => {
  test.each(CLASSIFICATION_RULES.map((rule) => rule.id))("%s", (id) => {
    const assessed =
      id === "CLS-FLOW-BINDING" ? assessWithFiles(DECIDED_BY[id]) : assess(DECIDED_BY[id], POLICY_FOR[id]);
    const rules = assessed.dpias.flatMap((dpia) =>
      dpia.data_elements.flatMap((element) => element.found_by.map((found) => found.rule)),
    );
    expect(rules).toContain(id);
  });
});
